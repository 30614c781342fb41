// A from/to range that ends before it starts matches nothing; the run is refused with the field named.
import { describe, expect, it } from "vitest";
import { InputError } from "../../graph/index.js";
import { loadCatalogue, validateParams } from "../../queries/index.js";

describe("year ranges", () => {
  it("refuses a timeline whose toYear is before its fromYear, naming toYear", async () => {
    const timeline = (await loadCatalogue()).list().find((i) => i.id === "timeline");
    if (!timeline) throw new Error("timeline: not in the catalogue");
    expect(validateParams(timeline, { entity: "Rosatom", fromYear: 2020, toYear: 2020 })).toMatchObject({ fromYear: 2020, toYear: 2020 });
    let error: unknown;
    try { validateParams(timeline, { entity: "Rosatom", fromYear: 2024, toYear: 2020 }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('parameter "toYear" 2020 is before "fromYear" 2024');
    expect((error as InputError).issues.map((i) => i.field)).toEqual(["toYear"]);
  });
});
