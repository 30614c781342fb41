import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, Neo4jStore, type GraphStore } from "../../graph/index.js";
import { entityIndexFor, investigationResultSchema, loadCatalogue, readyEntityIndex, runInvestigation, type Catalogue } from "../../queries/index.js";
import { FIXTURE } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-cold-search-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Each store object has its own entity index, so a reopened store is cold: its first lookups come before any
 * index exists, whatever the timing, and are answered from the database.
 */
function describeColdSearch(name: string, open: () => Promise<GraphStore>): void {
  describe(`entity search before and after the index is built, on ${name}`, () => {
    let store: GraphStore | undefined;
    let catalogue: Catalogue;

    beforeAll(async () => {
      const loading = await open();
      await loading.reset();
      await loading.upsert(FIXTURE);
      await loading.close();
      catalogue = await loadCatalogue();
    });

    afterAll(async () => {
      await store?.close();
    });

    async function coldStore(): Promise<GraphStore> {
      await store?.close();
      store = await open();
      return store;
    }

    const search = (cold: GraphStore, q: string, kind = "any") => runInvestigation(cold, catalogue.get("entity-search"), { q, kind, limit: 10 });

    it("answers the first search from the store, marked provisional, then from the index with typo tolerance", async () => {
      const cold = await coldStore();
      expect(readyEntityIndex(cold)).toBeUndefined(); // starts the build in its worker thread
      const first = investigationResultSchema.parse(await search(cold, "rosat"));
      expect(first.provisional).toBe(true);
      expect(first.summary).toContain("while the search index is built");
      expect(first.rows[0]).toMatchObject({ id: "actor:rosatom", name: "Rosatom" });

      const index = await entityIndexFor(cold);
      expect(readyEntityIndex(cold)).toBe(index);
      const warm = await search(cold, "rosatm");
      expect(warm.provisional).toBeUndefined();
      expect(warm.rows[0]).toMatchObject({ id: "actor:rosatom" });
      expect((await search(cold, "rosat")).rows[0]).toMatchObject({ id: "actor:rosatom" });
    });

    it("matches aliases in another script and filters by kind from the store; a misspelling waits for the index", async () => {
      const alias = await search(await coldStore(), "Россия", "Country");
      expect(alias.provisional).toBe(true);
      expect(alias.rows.map((r) => r.id)).toEqual(["country:ru"]);
      // No name contains "rosatm", so the store has nothing: the search waits for the index's fuzzy matching.
      const typo = await search(await coldStore(), "rosatm");
      expect(typo.provisional).toBeUndefined();
      expect(typo.rows[0]).toMatchObject({ id: "actor:rosatom" });
    });

    it("resolves a parameter given by name before the index is ready, and lists an ambiguous name's entities", async () => {
      const ambiguous = await runInvestigation(await coldStore(), catalogue.get("actor-holdings"), { actor: "atlas mining" });
      expect(ambiguous.choices?.candidates.map((c) => c.id)).toEqual(["actor:atlas-au", "actor:atlas-ca"]);

      const named = await runInvestigation(await coldStore(), catalogue.get("actor-holdings"), { actor: "ROSATOM" });
      expect(named.entities.actor?.id).toBe("actor:rosatom");

      // A spelling variant the store's case-insensitive equality misses waits for the index, which normalises punctuation.
      const variant = await runInvestigation(await coldStore(), catalogue.get("actor-holdings"), { actor: "fin proyekt" });
      expect(variant.entities.actor?.id).toBe("actor:fin-proyekt");
    });
  });
}

describeColdSearch("the embedded store (LadybugDB)", () => EmbeddedStore.open(join(dir, "graph.lbug")));

const uri = process.env.NEO4J_URI;
if (uri) {
  describeColdSearch(`Neo4j (${uri})`, () => Neo4jStore.open({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE }));
}
