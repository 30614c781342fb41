import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { loadCatalogue, runInvestigation, type Catalogue } from "../../queries/index.js";

// The evidence investigation names each statement's fact from the entity's own relationships, in their direction;
// statements behind other entities' facts are not listed.
describe("evidence for an entity and for a relationship", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-evidence-"));
  let store: EmbeddedStore;
  let catalogue: Catalogue;
  const text = "Alpha owns 60% of Mine B. Gamma owns 40% of Alpha. Delta owns Mine E.";
  const quote = (part: string) => ({ documentId: "document:d1", start: text.indexOf(part), end: text.indexOf(part) + part.length, quote: part, loader: "test", confidence: 0.9 });

  beforeAll(async () => {
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    await store.upsert({
      nodes: [
        { id: "actor:alpha", name: "Alpha", type: "company" },
        { id: "actor:gamma", name: "Gamma", type: "company" },
        { id: "actor:delta", name: "Delta", type: "company" },
        { id: "asset:b", name: "Mine B", type: "mine" },
        { id: "asset:e", name: "Mine E", type: "mine" },
        { id: "document:d1", name: "Report", title: "Report", date: "2024-01-23", text, language: "en" },
      ],
      relationships: [
        { type: "OWNS", from: "actor:alpha", to: "asset:b", properties: { share: 60 }, evidence: [quote("Alpha owns 60% of Mine B.")] },
        { type: "OWNS", from: "actor:gamma", to: "actor:alpha", properties: { share: 40 }, evidence: [quote("Gamma owns 40% of Alpha.")] },
        { type: "OWNS", from: "actor:delta", to: "asset:e", properties: {}, evidence: [quote("Delta owns Mine E.")] },
      ],
    });
    catalogue = await loadCatalogue();
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists the statements behind the entity's relationships both ways, each with the fact it backs", async () => {
    const result = await runInvestigation(store, catalogue.get("evidence"), { fact: "actor:alpha" });
    const rows = result.rows.map((r) => [r.about, r.quote]).sort();
    expect(rows).toEqual([
      ["Alpha OWNS Mine B", "Alpha owns 60% of Mine B."],
      ["Gamma OWNS Alpha", "Gamma owns 40% of Alpha."],
    ]);
    expect(result.rows.every((r) => r.source === "Report")).toBe(true);
  });

  it("lists the statements behind one relationship given by its id", async () => {
    const edges = (await store.read("MATCH (:Actor {id: 'actor:delta'})-[r:OWNS]->() RETURN r.id AS id")).rows;
    const factId = String(edges[0]?.id);
    const result = await runInvestigation(store, catalogue.get("evidence"), { fact: factId });
    expect(result.rows.map((r) => [r.about, r.fact, r.quote])).toEqual([["Delta OWNS Mine E", factId, "Delta owns Mine E."]]);
  });
});
