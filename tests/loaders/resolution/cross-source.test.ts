import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type GraphStore } from "../../../graph/index.js";
import { bodsLoader } from "../../../loaders/bods/bods-loader.js";
import { ftmLoader } from "../../../loaders/ftm/ftm-loader.js";
import { loadPathsWith, type LoadSummary } from "../../../loaders/load-paths.js";
import type { Loader } from "../../../loaders/loader.js";
import { referenceLoader } from "../../../loaders/reference/reference-loader.js";
import { REFERENCE_DIR } from "../../../loaders/resolution/reference-index.js";

const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));

/** Stands in for the document loader: an article yields an actor under the name the text uses. */
const articleLoader: Loader = {
  name: "article-stub",
  accepts: (file) => file.path.endsWith(".txt"),
  load: async (file) => ({
    batches: [{ source: file.path, nodes: [{ id: "actor:mp-materials-inc", name: "MP Materials Inc.", type: "company", evidence: [{ sourceUrl: `file:${file.path}`, loader: "article-stub", confidence: 0.8, quote: file.bytes.toString("utf8").trim() }] }] }],
    issues: [],
  }),
};

describe("entity resolution across sources (embedded store)", () => {
  let dir: string;
  let store: GraphStore;
  let summary: LoadSummary;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ytterby-resolution-"));
    store = await openStore({ kind: "embedded", path: join(dir, "graph.lbug") });
    await store.ensureSchema();
    summary = await loadPathsWith(store, [REFERENCE_DIR, fixtures], { loaders: [referenceLoader, bodsLoader, ftmLoader, articleLoader] });
  });

  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads every file", () => {
    expect(summary.issues).toEqual([]);
    expect(summary.files.filter((f) => !f.ok)).toEqual([]);
  });

  it("ends with one MP Materials node, whichever way a source spells it", async () => {
    const result = await store.read("MATCH (a:Actor) WHERE a.name CONTAINS 'MP Materials' OR a.name CONTAINS 'MP MATERIALS' RETURN a.id AS id, a.aliases AS aliases");
    expect(result.rows.map((r) => r.id)).toEqual(["actor:mp-materials"]);
    expect(result.rows[0]?.aliases).toEqual(expect.arrayContaining(["MP MATERIALS CORP. / DE", "MP Materials Corp.", "MP Materials Inc."]));
    expect(summary.merges).toEqual(
      expect.arrayContaining([
        { from: "actor:sec-cik-1801368", to: "actor:mp-materials", by: "identifier" },
        { from: "actor:mp-materials-corp", to: "actor:mp-materials", by: "name" },
        { from: "actor:mp-materials-inc", to: "actor:mp-materials", by: "name" },
      ]),
    );
  });

  it("keeps the 8% Shenghe stake as one claim backed by every source", async () => {
    const result = await store.read(
      "MATCH (s:Actor {id: 'actor:shenghe-resources'})-[o:OWNS]->(m:Actor {id: 'actor:mp-materials'}) WHERE o.share = 8.0 RETURN o.id AS id",
    );
    expect(result.rows).toHaveLength(1);
    const evidence = await store.evidenceFor(result.rows[0]?.id as string);
    expect(new Set(evidence.map((e) => e.loader))).toEqual(new Set(["reference", "bods", "ftm"]));
  });
});
