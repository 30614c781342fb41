import { describe, expect, it } from "vitest";
import { statesARestriction } from "../../../loaders/documents/relations-learned/restriction-cue.js";

// Invented sentences of the shapes wire copy uses about exports.
describe("whether a sentence states a restriction of exports", () => {
  it("finds bans, controls, quotas and licences in three languages", () => {
    expect(statesARestriction("Freedonia will ban exports of raw tin ore from March.")).toBe(true);
    expect(statesARestriction("The ministry set an export quota of 5,000 tonnes for bismuth.")).toBe(true);
    expect(statesARestriction("Exporters of indium now need a licence.")).toBe(true);
    expect(statesARestriction("Фридония ввела запрет на вывоз олова.")).toBe(true);
    expect(statesARestriction("弗里多尼亚宣布对铋实施出口管制。")).toBe(true);
  });

  it("finds none where exports are only described", () => {
    expect(statesARestriction("Freedonia is a major exporter of bismuth.")).toBe(false);
    expect(statesARestriction("Фридония — крупный экспортёр олова.")).toBe(false);
    expect(statesARestriction("弗里多尼亚锡业有限公司上月出口锡300吨。")).toBe(false);
  });
});
