import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { assertNoIssues, missingReferenceIssue, missingReferencesByBatch, normaliseBatch, normaliseBatches, type GraphBatchInput, type NormalisedBatch, type RelationshipRow } from "../../batch.js";
import { NotFoundError, QueryError, QueryTimeoutError, ReadOnlyViolationError, StoreError, type InputIssue } from "../../errors.js";
import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  kindOfId,
  nodeColumns,
  relationshipColumns,
  REVIEW_LABEL,
  type ReviewRecord,
  type EvidenceNode,
  type NodeKind,
  type QueryResult,
  type ResultNode,
  type Subgraph,
} from "../../schema/index.js";
import { LOAD_LEDGER_PREFIX } from "../load-ledger.js";
import { LOAD_MARKER_KEY, parseLoadMarker, serialiseLoadMarker } from "../load-marker.js";
import type { FactReviewState, GraphStats, GraphStore, IncompleteLoad, Neighbourhood, NeighbourhoodOptions, PathOptions, ReadOptions, ReviewQuery, UpsertOptions, UpsertSummary } from "../graph-store.js";
import { groupFactStates, reviewFilter, reviewFromRow } from "../review-records.js";
import { groupBy } from "../../group-by.js";
import { readNeighbourhood, readPaths } from "../graph-reads.js";
import { ResultCollector } from "../result-collector.js";
import { neo4jSchemaStatements } from "./constraints.js";
import { assertReadPlan } from "./plan-allowlist.js";
import { neo4jStatements } from "./statements.js";
import { fromNeo4j, integerColumns, plainNumber, toNeo4jRow } from "./neo4j-values.js";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Rows per write transaction; benches try other sizes, everything else keeps WRITE_BATCH_SIZE. */
  writeBatchSize?: number;
}

type Row = Record<string, unknown>;

/**
 * Rows per UNWIND … MERGE write transaction, measured with bench/neo4j-load.ts against tools/neo4j on 2 cores
 * (2026-12-06; BENCHMARKS.md, "Neo4j beside LadybugDB"), loading a synthetic world from empty at 500, 1,000,
 * 2,000 and 5,000 rows. Four sweeps. On a quiet machine 5,000 was fastest both times (10k nodes, load average 4–8:
 * 4.4, 3.1, 19.9, 2.6 s; load average ~5: 19.5, 6.6, 5.7, 2.1 s). Only with the cores saturated by other jobs did
 * big transactions lose (20k nodes, load average 10–22: 31, 43, 136, 219 s; 10k, 15–19: 25, 16, 19, 42 s).
 * 5,000 rows is a few megabytes a transaction, well inside the launcher's 1 GiB heap.
 */
export const WRITE_BATCH_SIZE = 5_000;
const DEFAULT_READ_TIMEOUT_MS = 30_000;
const DEFAULT_ROW_LIMIT = 10_000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function classify(error: unknown, timeoutMs: number): Error {
  const code = (error as { code?: string }).code ?? "";
  if (code === "Neo.ClientError.Statement.AccessMode" || code === "Neo.ClientError.Security.Forbidden") {
    return new ReadOnlyViolationError("query: this query writes to the graph. Only read queries can run here.");
  }
  if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
    return new QueryTimeoutError(`query: cancelled after ${timeoutMs} ms. Narrow the query or raise the timeout.`);
  }
  if (code.startsWith("Neo.ClientError.Statement")) return new QueryError(`query: ${(error as Error).message}`);
  return new StoreError(`neo4j: ${(error as Error).message}`, { cause: error });
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  readonly dialect = "neo4j" as const;

  private constructor(
    readonly location: string,
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly batchSize: number,
  ) {}

  static async open(config: Neo4jConfig): Promise<Neo4jStore> {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: false });
    try {
      await driver.getServerInfo({ database: config.database });
    } catch (error) {
      await driver.close();
      throw new StoreError(`${config.uri}: cannot reach Neo4j (${(error as Error).message}). Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded database.`, { cause: error });
    }
    const store = new Neo4jStore(config.uri, driver, config.database, config.writeBatchSize ?? WRITE_BATCH_SIZE);
    await store.ensureSchema();
    return store;
  }

  private async withSession<T>(mode: "READ" | "WRITE", work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  async ensureSchema(): Promise<void> {
    await this.withSession("WRITE", async (session) => {
      // Schema statements cannot share a transaction with each other, so each runs on its own.
      for (const statement of neo4jSchemaStatements()) await session.run(statement);
    });
  }

  async upsert(input: GraphBatchInput, options: UpsertOptions = {}): Promise<UpsertSummary> {
    const { batch, issues } = normaliseBatch(input);
    const where = input.source ?? "batch";
    return this.write(batch, issues, where, (missing) => [...missing].map((id) => missingReferenceIssue(where, id)), options);
  }

  /**
   * Several batches written as one, as the embedded store does: duplicates across files merge before writing, so
   * a load reports the same counts on both stores. Issues name each batch's own source.
   */
  async upsertAll(inputs: readonly GraphBatchInput[], options: UpsertOptions = {}): Promise<UpsertSummary> {
    const { batch, issues } = normaliseBatches(inputs);
    const describeMissing = (missing: Set<string>) => missingReferencesByBatch(inputs, missing);
    return this.write(batch, issues, inputs.length === 1 ? (inputs[0]?.source ?? "batch") : "load", describeMissing, options);
  }

  private async write(batch: NormalisedBatch, issues: InputIssue[], where: string, describeMissing: (missing: Set<string>) => InputIssue[], options: UpsertOptions): Promise<UpsertSummary> {
    if (options.onInvalid !== "skip") assertNoIssues(issues);
    const missing = await this.missingNodes([...batch.references]);
    if (missing.size > 0) {
      if (options.onInvalid !== "skip") {
        throw new NotFoundError(`${where}: ${missing.size} referenced node(s) do not exist: ${[...missing].slice(0, 10).join(", ")}. Load them first or add them to the batch.`, [...missing]);
      }
      for (const issue of describeMissing(missing)) issues.push(issue);
    }
    const summary: UpsertSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUnchanged: 0, evidenceCreated: 0, issues };
    await this.withSession("WRITE", async (session) => {
      for (const [kind, rows] of batch.nodes) {
        const integers = integerColumns(nodeColumns(kind));
        for (const chunk of chunks(rows, this.batchSize)) {
          const result = await session.executeWrite((tx: ManagedTransaction) =>
            tx.run(neo4jStatements.mergeNodes(kind), { rows: chunk.map((row) => toNeo4jRow(row, integers)) }),
          );
          const created = result.summary.counters.updates().nodesCreated;
          if (kind === "Evidence") summary.evidenceCreated += created;
          else summary.nodesCreated += created;
          summary.nodesUpdated += plainNumber(result.records[0]?.get("updated"));
        }
      }
      const kept = batch.relationships.filter((r) => !missing.has(r.from) && !missing.has(r.to));
      for (const [key, rows] of groupBy(kept, (r: RelationshipRow) => `${r.type}|${r.fromKind}|${r.toKind}`)) {
        const [type, fromKind, toKind] = key.split("|") as [RelationshipRow["type"], string, string];
        const integers = integerColumns(relationshipColumns(type));
        for (const chunk of chunks(rows, this.batchSize)) {
          const params = chunk.map((r) => toNeo4jRow({ ...r.properties, id: r.id, src: r.from, dst: r.to }, integers));
          const result = await session.executeWrite((tx: ManagedTransaction) =>
            tx.run(neo4jStatements.mergeRelationships(type, fromKind, toKind), { rows: params }),
          );
          const created = result.summary.counters.updates().relationshipsCreated;
          summary.relationshipsCreated += created;
          summary.relationshipsUnchanged += chunk.length - created;
        }
      }
      for (const [type, links] of [["SUPPORTS", batch.supports], ["CITES", batch.cites]] as const) {
        for (const [targetKind, group] of groupBy(links.filter((l) => !missing.has(l.targetId)), (l) => l.targetKind)) {
          for (const chunk of chunks(group, this.batchSize)) {
            const rows = chunk.map((l) => ({ src: l.evidenceId, dst: l.targetId }));
            await session.executeWrite((tx: ManagedTransaction) => tx.run(neo4jStatements.mergeEvidenceLinks(type, targetKind), { rows }));
          }
        }
      }
    });
    return summary;
  }

  private async missingNodes(ids: string[]): Promise<Set<string>> {
    const missing = new Set<string>();
    for (const [kind, group] of groupBy(ids, (id) => kindOfId(id) ?? "unknown")) {
      if (kind === "unknown") {
        group.forEach((id) => missing.add(id));
        continue;
      }
      // Every id may be found: the default row limit cut the answer at 10,000 and reported the rest as missing.
      const result = await this.read(neo4jStatements.existingIds(kind), { ids: group }, { rowLimit: group.length });
      const found = new Set(result.rows.map((r) => r.id));
      for (const id of group) if (!found.has(id)) missing.add(id);
    }
    return missing;
  }

  async read(cypher: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<QueryResult> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
    const limit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
    const driverParams = toDriverParams(params);
    return this.withSession("READ", async (session) => {
      try {
        // EXPLAIN reports the query type without running it, so writes are refused before anything happens.
        const plan = await session.run(`EXPLAIN ${cypher}`, driverParams);
        // Untrusted text is also held to the plan's operators (plan-allowlist.ts): some non-reads plan as "r".
        if (options.untrusted) assertReadPlan(plan.summary.plan);
        if (plan.summary.queryType !== "r") throw new ReadOnlyViolationError("query: this query writes to the graph. Only read queries (MATCH … RETURN) can run here.");
        return await session.executeRead(
          async (tx: ManagedTransaction) => {
            const result = tx.run(cypher, driverParams);
            const collector = new ResultCollector();
            const rows: Row[] = [];
            let columns: string[] = [];
            let truncated = false;
            for await (const record of result) {
              columns = record.keys as string[];
              if (rows.length >= limit) {
                truncated = true;
                break;
              }
              rows.push(Object.fromEntries(record.keys.map((k) => [String(k), fromNeo4j(record.get(k), collector)])));
            }
            if (columns.length === 0) columns = (await result.keys()) as string[];
            return { columns, rows, graph: collector.finish(), truncated };
          },
          { timeout: timeoutMs },
        );
      } catch (error) {
        if (error instanceof QueryError) throw error;
        throw classify(error, timeoutMs);
      }
    });
  }

  async getNodes(ids: string[]): Promise<ResultNode[]> {
    const result = await this.read(neo4jStatements.nodesById(), { ids });
    return result.graph.nodes;
  }

  async neighbourhood(id: string, options: NeighbourhoodOptions = {}): Promise<Neighbourhood> {
    return readNeighbourhood((cypher, params, read) => this.read(cypher, params, read), neo4jStatements, id, options);
  }

  async paths(fromId: string, toId: string, options: PathOptions = {}): Promise<Subgraph[]> {
    return readPaths((cypher, params, read) => this.read(cypher, params, read), neo4jStatements, fromId, toId, options);
  }

  async evidenceFor(factId: string): Promise<EvidenceNode[]> {
    const result = await this.read(neo4jStatements.evidenceFor(), { id: factId });
    return result.rows.map((row) => {
      const node = row.e as ResultNode;
      return { id: node.id, name: node.name, ...node.properties } as EvidenceNode;
    });
  }

  async recordReview(record: ReviewRecord, states: readonly FactReviewState[]): Promise<void> {
    const byType = groupFactStates(states);
    const properties = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
    await this.withSession("WRITE", (session) =>
      session.executeWrite(async (tx: ManagedTransaction) => {
        // Checked inside the transaction, so a missing fact rolls back the states already set and the statement.
        for (const [type, group] of byType) {
          const result = await tx.run(`UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() SET r.review = row.state RETURN r.id AS id`, {
            rows: group.map((g) => ({ id: g.factId, state: g.state })),
          });
          const found = new Set(result.records.map((r) => r.get("id") as string));
          const missing = group.filter((g) => !found.has(g.factId)).map((g) => g.factId);
          if (missing.length > 0) throw new NotFoundError(`review: no fact with id ${missing.slice(0, 5).join(", ")}. Reload the document's facts and try again.`, missing);
        }
        await tx.run(`CREATE (v:${REVIEW_LABEL}) SET v = $properties`, { properties });
      }),
    );
  }

  async reviews(query: ReviewQuery): Promise<ReviewRecord[]> {
    const { where, value } = reviewFilter(query);
    const result = await this.read(`MATCH (v:${REVIEW_LABEL}) WHERE ${where} RETURN properties(v) AS v ORDER BY v.at, v.id`, { value }, { rowLimit: 100_000 });
    return result.rows.map((row) => reviewFromRow(row.v as Record<string, unknown>));
  }

  async stats(): Promise<GraphStats> {
    const nodes = {} as Record<NodeKind, number>;
    for (const kind of NODE_KINDS) nodes[kind] = Number((await this.read(neo4jStatements.countNodes(kind))).rows[0]?.c ?? 0);
    const relationships: Record<string, number> = {};
    for (const type of RELATIONSHIP_TYPES) relationships[type] = Number((await this.read(neo4jStatements.countRelationships(type))).rows[0]?.c ?? 0);
    const incompleteLoad = await this.loadMarker();
    return incompleteLoad ? { nodes, relationships, incompleteLoad } : { nodes, relationships };
  }

  // The load marker (issue 11) is one :YtterbyMeta node, a label outside the schema's kinds, so reset() keeps it.
  private async loadMarker(): Promise<IncompleteLoad | undefined> {
    const result = await this.read("MATCH (m:YtterbyMeta {key: $key}) RETURN m.value AS value", { key: LOAD_MARKER_KEY });
    return parseLoadMarker(result.rows[0]?.value);
  }

  async markLoad(marker: IncompleteLoad | undefined): Promise<IncompleteLoad | undefined> {
    const before = await this.loadMarker();
    await this.withSession("WRITE", (session) =>
      session.executeWrite((tx: ManagedTransaction) =>
        marker
          ? tx.run("MERGE (m:YtterbyMeta {key: $key}) SET m.value = $value", { key: LOAD_MARKER_KEY, value: serialiseLoadMarker(marker) })
          : tx.run("MATCH (m:YtterbyMeta {key: $key}) DELETE m", { key: LOAD_MARKER_KEY }),
      ),
    );
    return before;
  }

  async loadedFiles(): Promise<Set<string>> {
    const result = await this.read("MATCH (m:YtterbyMeta) WHERE m.key STARTS WITH $prefix RETURN m.key AS key", { prefix: LOAD_LEDGER_PREFIX }, { rowLimit: Number.MAX_SAFE_INTEGER });
    return new Set(result.rows.map((row) => String(row.key).slice(LOAD_LEDGER_PREFIX.length)));
  }

  async recordLoadedFiles(hashes: readonly string[]): Promise<void> {
    if (hashes.length === 0) return;
    const keys = hashes.map((h) => `${LOAD_LEDGER_PREFIX}${h}`);
    await this.withSession("WRITE", (session) => session.executeWrite((tx: ManagedTransaction) => tx.run("UNWIND $keys AS k MERGE (m:YtterbyMeta {key: k}) SET m.value = 'loaded'", { keys })));
  }

  async reset(): Promise<void> {
    await this.withSession("WRITE", async (session) => {
      for (const kind of [...NODE_KINDS, REVIEW_LABEL]) {
        await session.run(neo4jStatements.deleteAll(kind));
      }
      // The ledger goes with the graph (the load marker stays: a reset does not finish a killed load).
      await session.run("MATCH (m:YtterbyMeta) WHERE m.key STARTS WITH $prefix DELETE m", { prefix: LOAD_LEDGER_PREFIX });
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Whole numbers go to Neo4j as integers, or LIMIT and range bounds would receive floats and fail. */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

