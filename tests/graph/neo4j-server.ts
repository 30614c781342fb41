import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Neo4jStore } from "../../graph/index.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The server the Neo4j suites run against (CI starts tools/neo4j and sets it); unset, they do not run. */
export const NEO4J_URI = process.env.NEO4J_URI || undefined;

export function openTestNeo4j(): Promise<Neo4jStore> {
  if (!NEO4J_URI) throw new Error("tests: NEO4J_URI is not set. Start `npm run neo4j` and set NEO4J_URI=bolt://127.0.0.1:7687.");
  return Neo4jStore.open({ uri: NEO4J_URI, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE });
}

/**
 * The whole sample corpus: reference base, USGS MCS 2026, sample articles, the seed articles when shared/ is
 * checked out beside us (as on CI), and the BODS and FtM fixtures that are well-formed.
 */
export const SAMPLE_CORPUS: string[] = [
  here("../../data/reference"),
  here("../../data/usgs-mcs2026"),
  here("../../data/samples"),
  here("../../../shared/seeds"),
  here("../loaders/bods/fixtures/bods-package-entity-owning-entity.json"),
  here("../loaders/bods/fixtures/indirect-ownership.json"),
  here("../loaders/bods/fixtures/joint-ownership.json"),
  here("../loaders/ftm/fixtures/ownership.jsonl"),
].filter((path) => existsSync(path));
