import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

const facts = (text: string) =>
  extractFromText({ path: "x.txt", text: `Mining news.\n\n${text}`, contentHash: "0".repeat(64) }, kb).facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}`}${f.valueMin === undefined ? "" : ` min ${f.valueMin}`}`);

describe("English readings", () => {
  it("finds sites named together with bracketed other spellings before one commodity and plural site word", () => {
    const text = "Acme Mining agreed to develop the Upper Foomskoye (Verkhny Foom) and North Barat (Severny Barat) tungsten projects in northern Kazakhstan.";
    const ids = extractFromText({ path: "x.txt", text: `Mining news.\n\n${text}`, contentHash: "0".repeat(64) }, kb).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["asset:upper-foomskoye", "asset:north-barat"]));
  });

  it("reads 'wholly-owned' as the whole of a firm when no share is written", () => {
    expect(facts("Lithea Mining, a wholly-owned subsidiary of Ganfeng Lithium, operates in Argentina.")).toContain("actor:ganfeng-lithium OWNS actor:lithea-mining 100");
  });

  it("gives one state the export restriction when others only talk about it", () => {
    const restricting = facts("Korea joined Canada and the EU to talk with China over Chinese export restrictions on tungsten and bismuth.").filter((f) => f.includes("RESTRICTS_EXPORT"));
    expect(restricting.length).toBeGreaterThan(0);
    expect(restricting.filter((f) => !f.startsWith("country:cn "))).toEqual([]);
  });
});
