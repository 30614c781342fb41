import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jStore, ReadOnlyViolationError, type GraphStore } from "../../graph/index.js";
import { runAdHocCypher } from "../../queries/index.js";
import { HOSTILE_CYPHER } from "./hostile-cypher.js";

// The same hostile statements against Neo4j (this file runs in the serial neo4j project; CI sets NEO4J_URI).
const uri = process.env.NEO4J_URI;
describe.runIf(uri)(`Neo4j (${uri}) refuses the hostile ad-hoc statements`, () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-neo4j-hostile-"));
  const canary = join(dir, "canary.csv");
  writeFileSync(canary, "canary-secret-7f3a,do-not-read\n");
  const mtime = statSync(canary).mtimeMs;
  let store: GraphStore;

  beforeAll(async () => {
    store = await Neo4jStore.open({ uri: uri ?? "", user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE });
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`refuses all ${HOSTILE_CYPHER.length} through runAdHocCypher, reading and writing no file`, async () => {
    const stats = JSON.stringify(await store.stats());
    for (const [query] of HOSTILE_CYPHER) {
      const text = query.replaceAll("CANARY_DIR", join(dir, "dump")).replaceAll("CANARY", canary);
      const error = await runAdHocCypher(store, text).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, query).toBeInstanceOf(ReadOnlyViolationError);
      expect(String((error as Error).message)).not.toContain("canary-secret");
    }
    expect(readFileSync(canary, "utf8")).toContain("canary-secret");
    expect(statSync(canary).mtimeMs).toBe(mtime);
    expect(JSON.stringify(await store.stats())).toBe(stats);
  });

  it("still answers a read", async () => {
    const result = await runAdHocCypher(store, "MATCH (n) RETURN count(n) AS n");
    expect(result.rows).toHaveLength(1);
  });
});
