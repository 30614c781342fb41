import { describe, expect, it } from "vitest";
import { lowerCaseWords } from "../../../loaders/documents/lower-case-words.js";

describe("lowerCaseWords", () => {
  it("holds the words written in lower case somewhere, not those only capitalised", () => {
    const words = lowerCaseWords("Sends Shares Over. The firm sends its shares to Kola-Ore and re-export partners.");
    expect([...words].sort()).toEqual(["and", "firm", "its", "partners", "re-export", "sends", "shares", "to"]);
    expect(words.has("over")).toBe(false);
  });

  it("answers for the text it is given, not the one asked about before it", () => {
    const first = lowerCaseWords("gallium is mined here");
    const second = lowerCaseWords("Antimony ships from Ordos");
    expect(first.has("gallium")).toBe(true);
    expect(second.has("gallium")).toBe(false);
    expect([...second]).toEqual(["ships", "from"]);
    expect(lowerCaseWords("gallium is mined here").has("mined")).toBe(true);
  });
});
