// Result tables and the entity picker speak to a reader, not in the column names code and CSV files use.
import { describe, expect, it } from "vitest";
import { columnLabel, isIdColumn, shownAlias } from "../../ui/src/state/column-label.js";

describe("table headings and search hits in words", () => {
  it("names columns for a reader and leaves id columns out", () => {
    expect(columnLabel("over25")).toBe("≥ 25%");
    expect(columnLabel("effectiveStake")).toBe("Effective stake %");
    expect(columnLabel("conflictingClaims")).toBe("Conflicting claims");
    expect(columnLabel("ownerKind")).toBe("Owner kind");
    expect(["ownerId", "countryId", "controllerIds", "id", "fact"].every(isIdColumn)).toBe(true);
    expect(["owner", "idea", "via", "paid"].some(isIdColumn)).toBe(false);
  });

  it("shows the alias a hit matched, but not the id's slug", () => {
    expect(shownAlias({ id: "asset:lovozero-gok", name: "Lovozero GOK", matched: "lovozero-gok" })).toBeUndefined();
    expect(shownAlias({ id: "element:dy", name: "Dysprosium", matched: "dy" })).toBeUndefined();
    expect(shownAlias({ id: "actor:rosatom", name: "Rosatom", matched: "Росатом" })).toBe("Росатом");
  });
});
