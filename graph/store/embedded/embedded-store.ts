import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { Connection, Database, type PreparedStatement, type QueryResult as LadybugResult } from "@ladybugdb/core";
import { assertNoIssues, mergeNodeRows, missingReferenceIssue, missingReferencesByBatch, normaliseBatch, normaliseBatches, type GraphBatchInput, type NodeRow, type NormalisedBatch, type RelationshipRow } from "../../batch.js";
import { NotFoundError, QueryError, type InputIssue, QueryResourceError, ReadOnlyViolationError, StoreError } from "../../errors.js";
import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  REVIEW_COLUMNS,
  REVIEW_LABEL,
  kindOfId,
  nodeColumns,
  type ReviewRecord,
  type Column,
  type EvidenceNode,
  type NodeKind,
  type QueryResult,
  type ResultNode,
  type Subgraph,
} from "../../schema/index.js";
import type {
  FactReviewState,
  GraphStats,
  GraphStore,
  IncompleteLoad,
  Neighbourhood,
  NeighbourhoodOptions,
  PathOptions,
  ReadOptions,
  ReviewQuery,
  UpsertOptions,
  UpsertSummary,
} from "../graph-store.js";
import { groupBy } from "../../group-by.js";
import { readNeighbourhood, readPaths } from "../graph-reads.js";
import { ResultCollector } from "../result-collector.js";
import { collectGarbage } from "./collect-garbage.js";
import { copyStatement, makeStagingDir, stageCsv, withStagingDir } from "./csv-staging.js";
import { DATA_STAMP_KEY, DATA_STAMP_QUERY, newDataStamp, snapshotStamp, type ReviewedEdge } from "../../ownership/snapshot.js";
import { applyReviewsToSnapshot, currentDataStamp, refreshOwnershipSnapshot, type Run, type SnapshotRefresh } from "./ownership-snapshot.js";
import { nameIndexStamp, restampNameIndex } from "../../names/name-index-file.js";
import { refreshNameIndex, type NameIndexRefresh } from "./name-index-refresh.js";
import { EMBEDDED_SCHEMA_VERSION, META_TABLE, embeddedDdl, relTableColumns, type EmbeddedRelTable } from "./ddl.js";
import { fromLadybug } from "./ladybug-values.js";
import { ladybugReadStatements } from "./statements.js";
import { migrateEmbedded } from "./migrations.js";
import { assertReadPlan } from "./plan-allowlist.js";
import { LOAD_LEDGER_PREFIX } from "../load-ledger.js";
import { ReadWriteGate } from "./read-write-gate.js";
import { readFailure } from "./read-errors.js";
import { groupFactStates, reviewFilter, reviewFromRow } from "../review-records.js";
import { LoadSession, type StagedEdgeRow } from "./load-session.js";
import { StagedTable } from "./staged-table.js";
import { LOAD_MARKER_KEY, parseLoadMarker, serialiseLoadMarker } from "../load-marker.js";

export interface EmbeddedStoreOptions {
  /** Batches with at least this many new rows for one table go through COPY FROM instead of UNWIND … CREATE. */
  copyThreshold?: number;
  /** LadybugDB's buffer pool; 0 takes its default (most of the machine's memory). */
  bufferPoolBytes?: number;
  /** Read connections on the one database, so reads run side by side (LadybugDB allows several per database). */
  readConnections?: number;
}

type Row = Record<string, unknown>;
type EdgeTableRow = { id: string; src: string; dst: string } & Row;

const DEFAULT_COPY_THRESHOLD = 500;
const DEFAULT_READ_TIMEOUT_MS = 30_000;
const DEFAULT_ROW_LIMIT = 10_000;
/** What an ad-hoc answer may hold, in JSON characters; the server would otherwise build strings past V8's limit. */
const UNTRUSTED_RESULT_CHARS = 64_000_000;
const WRITE_TIMEOUT_MS = 60 * 60 * 1000;
/** 0 lets LadybugDB pick its default buffer pool size. */
const DEFAULT_BUFFER_POOL = 0;
/**
 * The pool the derived builds read through (refreshDerived): reads of evictable pages and sorts of one slice
 * (chunked-reads.ts), so a small pool serves; scanning a 1M-node graph fills whatever it is given. 64 MB was
 * enough for the 100k world, 128 leaves room.
 */
const DERIVED_BUFFER_POOL = 128 * 1024 * 1024;
/** Measured on 300k OWNS: one primary-key lookup of a claim costs about as much as scanning 40 edges. */
const LOOKUP_COST_IN_SCANNED_EDGES = 40;
/**
 * Off because LadybugDB 0.19's floating-point (ALP) compression makes COPY into relationship tables
 * with a DOUBLE column ~5× slower once a node group holds more than ~30k edges (300k OWNS: 10.7 s vs
 * 2.2 s; see LadybugDB issue #645). The file is about twice as large; either setting reads the other's files.
 */
const ENABLE_COMPRESSION = false;
/**
 * Reads run on one thread: LadybugDB 0.19 crashes the process (SIGSEGV in
 * AggregateHashTable::mergeDistinctAggregateInfo) now and then when several threads finalise a DISTINCT
 * aggregate, as dependency-paths and policy-exposure use. Loads keep every core for COPY.
 */
const READ_THREADS = 1;
const WRITE_THREADS = availableParallelism();
/** Statements kept prepared per read connection: the catalogue's texts and the stores' own reads fit. */
const PREPARED_PER_CONNECTION = 64;
/** Reads are single-threaded each, so one connection a core keeps the cores busy without queueing in the engine. */
const DEFAULT_READ_CONNECTIONS = Math.max(2, availableParallelism());

const quoteName = (name: string) => `\`${name}\``;

/** Casts keep UNWIND rows typed when every value of a field is null, which LadybugDB would read as STRING. */
const castFrom = (variable: string, column: Column) => `CAST(${variable}.${quoteName(column.name)} AS ${column.type})`;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class EmbeddedStore implements GraphStore {
  readonly kind = "embedded" as const;
  readonly dialect = "ladybug" as const;
  private queue: Promise<unknown> = Promise.resolve();
  private readers: ReaderPool;
  private readonly gate = new ReadWriteGate();
  /** The load writing now in several batches (UpsertOptions.loadSession); one at a time, ended by markLoad(undefined). */
  private loadSession?: LoadSession;

  private constructor(
    readonly location: string,
    private database: Database,
    private connection: Connection,
    private readonly copyThreshold: number,
    private readonly bufferPoolBytes: number,
    private readonly readConnections: number,
  ) {
    this.readers = new ReaderPool(database, readConnections);
  }

  static async open(path: string, options: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
    await mkdir(dirname(path), { recursive: true });
    const bufferPoolBytes = options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL;
    const { database, connection } = await openDatabase(path, bufferPoolBytes);
    const store = new EmbeddedStore(path, database, connection, options.copyThreshold ?? DEFAULT_COPY_THRESHOLD, bufferPoolBytes, options.readConnections ?? DEFAULT_READ_CONNECTIONS);
    await store.ensureSchema();
    return store;
  }

  /**
   * Closes the database and opens it again with this buffer pool, between statements (no read runs meanwhile).
   * What LadybugDB holds for the data it has seen (pool pages, COPY memory) goes back with the close.
   */
  private async reopen(bufferPoolBytes: number): Promise<void> {
    await this.gate.write(async () => {
      await this.readers.close();
      await this.connection.close();
      await this.database.close();
      ({ database: this.database, connection: this.connection } = await openDatabase(this.location, bufferPoolBytes));
      this.readers = new ReaderPool(this.database, this.readConnections);
    });
  }

  /** One connection, one statement at a time: LadybugDB connections are not safe for concurrent use. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async prepare(cypher: string, connection: Connection = this.connection): Promise<PreparedStatement> {
    const prepared = await connection.prepare(cypher);
    if (!prepared.isSuccess()) throw new QueryError(prepared.getErrorMessage());
    return prepared;
  }

  private async run(cypher: string, params: Row = {}): Promise<Row[]> {
    // The timeout and thread count are per connection, so a read's settings must not linger into a load.
    this.connection.setQueryTimeout(WRITE_TIMEOUT_MS);
    this.connection.setMaxNumThreadForExec(WRITE_THREADS);
    try {
      const t0 = performance.now();
      const rows = await this.gate.write(async () => {
        const prepared = await this.prepare(cypher);
        // Plans prepared before a write may have been planned for the data before it: prepare them again.
        if (!prepared.isReadOnly()) this.readers.forgetPrepared();
        const result = await this.connection.execute(prepared, params as never);
        return this.drainAndClose(result, Number.POSITIVE_INFINITY).rows;
      });
      if (process.env.YTTERBY_PROFILE) console.error(`${(performance.now() - t0).toFixed(0)}ms ${cypher.slice(0, 140)}`);
      return rows;
    } catch (error) {
      if (error instanceof QueryError) throw new StoreError(`embedded store: ${error.message}\nin: ${cypher.slice(0, 300)}`, { cause: error });
      throw new StoreError(`embedded store: ${(error as Error).message}\nin: ${cypher.slice(0, 300)}`, { cause: error });
    }
  }

  /**
   * Reads the rows, then frees the native result at once. Left to the garbage collector, a result is freed
   * whenever a finaliser runs, which can be while the next statement executes on LadybugDB's worker thread:
   * concurrent HTTP requests crashed the server (SIGSEGV) that way.
   */
  private drainAndClose(result: LadybugResult | LadybugResult[], limit: number): { rows: Row[]; columns: string[]; truncated: boolean } {
    try {
      return this.drain(result, limit);
    } finally {
      for (const each of Array.isArray(result) ? result : [result]) each.close();
    }
  }

  private drain(result: LadybugResult | LadybugResult[], limit: number): { rows: Row[]; columns: string[]; truncated: boolean } {
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    if (!last) return { rows: [], columns: [], truncated: false };
    const columns = last.getColumnNamesSync();
    const total = last.getNumTuples();
    // getAllSync costs ~1–2 µs a row against ~100 µs for the async reader, so use it when the whole result is wanted.
    if (total <= limit) return { rows: last.getAllSync(), columns, truncated: false };
    const rows: Row[] = [];
    while (rows.length < limit && last.hasNext()) rows.push(last.getNextSync() as Row);
    return { rows, columns, truncated: true };
  }

  async ensureSchema(): Promise<void> {
    await this.exclusive(async () => {
      for (const statement of embeddedDdl()) await this.run(statement);
      const [meta] = await this.run(`MATCH (m:${META_TABLE} {key: 'schemaVersion'}) RETURN m.value AS version`);
      const found = meta ? Number(meta.version) : EMBEDDED_SCHEMA_VERSION;
      if (found > EMBEDDED_SCHEMA_VERSION) {
        throw new StoreError(`${this.location}: the database has schema version ${found}, newer than this Ytterby (${EMBEDDED_SCHEMA_VERSION}). Upgrade Ytterby or run \`ytterby reset\`.`);
      }
      for (const statement of migrateEmbedded(found, EMBEDDED_SCHEMA_VERSION)) await this.run(statement);
      await this.run(`MERGE (m:${META_TABLE} {key: 'schemaVersion'}) SET m.value = $version`, { version: String(EMBEDDED_SCHEMA_VERSION) });
    });
  }

  async upsert(input: GraphBatchInput, options: UpsertOptions = {}): Promise<UpsertSummary> {
    const { batch, issues } = normaliseBatch(input);
    if (options.onInvalid !== "skip") assertNoIssues(issues);
    const where = input.source ?? "batch";
    return this.write(batch, issues, where, (missing) => [...missing].map((id) => missingReferenceIssue(where, id)), options, [where]);
  }

  async upsertAll(inputs: readonly GraphBatchInput[], options: UpsertOptions = {}): Promise<UpsertSummary> {
    const { batch, issues } = normaliseBatches(inputs);
    if (options.onInvalid !== "skip") assertNoIssues(issues);
    // A missing node is reported under each batch that refers to it, so the user learns which file to fix.
    const describeMissing = (missing: Set<string>) => missingReferencesByBatch(inputs, missing);
    const sources = inputs.map((input, position) => input.source ?? `batch ${position + 1}`);
    return this.write(batch, issues, inputs.length === 1 ? (inputs[0]?.source ?? "batch") : "load", describeMissing, options, sources);
  }

  private write(
    batch: NormalisedBatch,
    issues: InputIssue[],
    where: string,
    describeMissing: (missing: Set<string>) => InputIssue[],
    options: UpsertOptions,
    sources: readonly string[],
  ): Promise<UpsertSummary> {
    return this.exclusive(async () => {
      const session = this.sessionFor(options.loadSession);
      if (options.loadSession) {
        session.deferred ??= await this.graphIsEmpty();
        if (session.deferred) {
          const staged = await this.stage(session, batch, issues, describeMissing, sources);
          if (!options.endLoadSession) return staged;
          // Ended: a later write naming the same session finds the graph no longer empty and asks the database.
          if (this.loadSession === session) this.loadSession = undefined;
          const copied = await this.copyStaged(session);
          // The staged rows reach the tables only here: a new stamp, or what was derived from the empty graph passes for current.
          if (copied.nodesCreated + copied.nodesUpdated + copied.relationshipsCreated + copied.evidenceCreated > 0) await this.setDataStamp();
          return addSummaries(staged, copied);
        }
      }
      const missing = await this.missingNodes([...batch.references].filter((id) => !session.createdIds.has(id)));
      if (missing.size > 0) {
        if (options.onInvalid !== "skip") {
          const list = [...missing].slice(0, 10).join(", ");
          throw new NotFoundError(`${where}: ${missing.size} referenced node(s) do not exist: ${list}. Load them first or add them to the batch.`, [...missing]);
        }
        for (const issue of describeMissing(missing)) issues.push(issue);
      }
      const summary: UpsertSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUnchanged: 0, evidenceCreated: 0, issues };
      // Edges written that the summary does not count: a re-stated claim's raised confidence, a new evidence link.
      let edgesWritten = 0;
      await withStagingDir(async (dir) => {
        for (const [kind, rows] of batch.nodes) {
          const { created, updated } = await this.writeNodes(dir, kind, rows, session);
          if (kind === "Evidence") summary.evidenceCreated += created;
          else summary.nodesCreated += created;
          summary.nodesUpdated += updated;
        }
        const touchesMissing = (row: { from: string; to: string }) => missing.has(row.from) || missing.has(row.to);
        for (const [key, rows] of groupRelationships(batch.relationships.filter((r) => !touchesMissing(r)))) {
          const [type, fromKind, toKind] = key.split("|") as [EmbeddedRelTable, string, string];
          const { created, unchanged, updated } = await this.writeEdges(dir, type, fromKind, toKind, rows, session);
          summary.relationshipsCreated += created;
          summary.relationshipsUnchanged += unchanged;
          edgesWritten += created + updated;
        }
        for (const [type, links] of [["SUPPORTS", batch.supports], ["CITES", batch.cites]] as const) {
          const kept = links.filter((l) => !missing.has(l.targetId));
          const byKind = groupBy(kept, (l) => l.targetKind);
          for (const [targetKind, group] of byKind) {
            const rows = group.map((l) => ({ id: `${type.toLowerCase()}:${l.evidenceId}>${l.targetId}`, src: l.evidenceId, dst: l.targetId }));
            const { created, updated } = await this.writeEdges(dir, type, "Evidence", targetKind, rows, session);
            edgesWritten += created + updated;
          }
        }
      });
      if (summary.nodesCreated + summary.nodesUpdated + summary.evidenceCreated + edgesWritten > 0) await this.setDataStamp();
      return summary;
    });
  }

  /** A new data stamp: whatever was derived from the data before (the ownership snapshot) is stale from now on. */
  private async setDataStamp(): Promise<string> {
    const value = newDataStamp();
    await this.run(`MERGE (m:${META_TABLE} {key: $key}) SET m.value = $value`, { key: DATA_STAMP_KEY, value });
    return value;
  }

  /**
   * Rebuilds the ownership snapshot (graph/ownership/snapshot.ts) and the name index (graph/names/) beside the
   * database when the data changed since they were built; loads call it once, at their end. Cheap when nothing
   * changed: a few small reads. Each is attempted even if the other fails; a failure is thrown after both.
   */
  async refreshDerived(): Promise<SnapshotRefresh & { names?: NameIndexRefresh }> {
    return this.exclusive(async () => {
      const run = (cypher: string, params?: Row) => this.run(cypher, params);
      const started = performance.now();
      // The builds scan every entity and OWNS edge; through the default pool (most of the machine's memory) the
      // pages they touch stay resident, on top of what the load's COPYs left. Read through a small pool instead,
      // on a database opened afresh, then open it again as it was.
      const stale = await this.derivedAreStale(run);
      if (stale) await this.reopen(DERIVED_BUFFER_POOL);
      const ownership = await refreshOwnershipSnapshot(this.location, run).catch((e: Error) => e);
      // The snapshot's columns are garbage once written, but V8 keeps them until it next needs room: at 1M nodes
      // they sat beside the name index's build and the two set the load's peak together (about 1.8 GB each alone).
      collectGarbage();
      const names = await refreshNameIndex(this.location, run).catch((e: Error) => e);
      if (stale) await this.reopen(this.bufferPoolBytes);
      if (ownership instanceof Error) throw ownership;
      if (names instanceof Error) throw new StoreError(`${this.location}: the name index could not be rebuilt (${names.message}); searches read the names from the database instead.`, { cause: names });
      return { ...ownership, built: ownership.built || names.built, ms: performance.now() - started, names };
    });
  }

  /** Whether the data stamp differs from the one either derived file was built from (a few small reads). */
  private async derivedAreStale(run: Run): Promise<boolean> {
    const stamp = await currentDataStamp(run);
    return stamp === undefined || (await snapshotStamp(this.location)) !== stamp || (await nameIndexStamp(this.location)) !== stamp;
  }

  /** A load's session, or a throwaway one: within one call the same reasoning holds. */
  private sessionFor(id: string | undefined): LoadSession {
    if (!id) return new LoadSession("");
    if (this.loadSession?.id !== id) {
      void this.loadSession?.discardStaged();
      this.loadSession = new LoadSession(id);
    }
    return this.loadSession;
  }

  private async graphIsEmpty(): Promise<boolean> {
    for (const kind of NODE_KINDS) if ((await this.tableSize(`(n:${kind})`)) > 0) return false;
    return true;
  }

  /**
   * A deferred load's batch: rows never staged before are appended to their table's file, rows staged before are
   * kept aside to be merged after the COPY. The graph was empty when the load began, so a reference the load has
   * not staged exists nowhere: no read of the database.
   */
  private async stage(
    session: LoadSession,
    batch: NormalisedBatch,
    issues: InputIssue[],
    describeMissing: (missing: Set<string>) => InputIssue[],
    sources: readonly string[],
  ): Promise<UpsertSummary> {
    const missing = new Set([...batch.references].filter((id) => !session.createdIds.has(id)));
    if (missing.size > 0) for (const issue of describeMissing(missing)) issues.push(issue);
    const dir = (session.stagingDir ??= await makeStagingDir());
    const tableFor = (key: string, name: string, columns: Column[], endpoints?: [string, string]) => {
      let table = session.staged.get(key);
      if (!table) session.staged.set(key, (table = new StagedTable(dir, name, columns, endpoints)));
      return table;
    };
    let repeated = false;
    for (const [kind, rows] of batch.nodes) {
      const fresh = setAsideRepeated(rows, session.createdIds, session.repeatedNodes, kind, mergeNodeRows, (row) => row);
      repeated ||= fresh.length < rows.length;
      await tableFor(kind, kind, nodeColumns(kind)).append(fresh, sources);
    }
    const edgeTable = (key: string) => {
      const [type, fromKind, toKind] = key.split("|") as [EmbeddedRelTable, string, string];
      const columns: Column[] = [{ name: "src", type: "STRING" }, { name: "dst", type: "STRING" }, ...relTableColumns(type)];
      return tableFor(key, type, columns, [fromKind, toKind]);
    };
    // Staged from the relationship rows as they are: a row shaped for its table per relationship was garbage at once.
    const relationshipGroups = groupBy(
      batch.relationships.filter((r) => !missing.has(r.from) && !missing.has(r.to)),
      (row) => `${row.type}|${row.fromKind}|${row.toKind}`,
    );
    for (const [key, rows] of relationshipGroups) {
      const fresh = setAsideRepeated(rows, session.createdEdgeIds, session.repeatedEdges, key, mergeEdgeRows, edgeTableRow);
      repeated ||= fresh.length < rows.length;
      await edgeTable(key).append(fresh, sources, relationshipCell);
    }
    const linkGroups = new Map<string, EdgeTableRow[]>();
    for (const [type, links] of [["SUPPORTS", batch.supports], ["CITES", batch.cites]] as const) {
      for (const link of links) {
        if (missing.has(link.targetId)) continue;
        const key = `${type}|Evidence|${link.targetKind}`;
        let group = linkGroups.get(key);
        if (!group) linkGroups.set(key, (group = []));
        group.push({ id: `${type.toLowerCase()}:${link.evidenceId}>${link.targetId}`, src: link.evidenceId, dst: link.targetId });
      }
    }
    for (const [key, rows] of linkGroups) {
      const fresh = setAsideRepeated(rows, session.createdEdgeIds, session.repeatedEdges, key, mergeEdgeRows, (row) => row);
      repeated ||= fresh.length < rows.length;
      await edgeTable(key).append(fresh, sources);
    }
    if (repeated) for (const source of sources) session.repeatedSources.add(source);
    return { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUnchanged: 0, evidenceCreated: 0, issues, staged: true };
  }

  /**
   * The end of a deferred load: one COPY per node table, then the rows seen again merged into what was copied,
   * then one COPY per relationship table pair and its repeated rows. A COPY that fails writes nothing of its
   * table (COPY is one statement) and is reported under every source with rows in it, so none of them is
   * recorded as loaded; tables already copied stay.
   */
  private async copyStaged(session: LoadSession): Promise<UpsertSummary> {
    const summary: UpsertSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUnchanged: 0, evidenceCreated: 0, issues: [] };
    const fail = (sources: Iterable<string>, table: string, error: unknown) => {
      for (const where of sources) summary.issues.push({ where, message: `could not be written (${table}): ${(error as Error).message}` });
    };
    const check = new LoadSession("");
    // Rows stated again are merged into copied rows only: for a table whose COPY failed they would be its only rows.
    const failed = new Set<string>();
    session.forgetIds();
    collectGarbage();
    try {
      const staged = [...session.staged];
      for (const [kind, table] of staged.filter(([key]) => !key.includes("|"))) {
        try {
          await this.run(await table.finish());
          if (kind === "Evidence") summary.evidenceCreated += table.rows;
          else summary.nodesCreated += table.rows;
        } catch (error) {
          failed.add(kind);
          fail(table.sources, kind, error);
        }
      }
      await withStagingDir(async (dir) => {
        for (const [kind, rows] of session.repeatedNodes) {
          if (failed.has(kind)) {
            fail(session.repeatedSources, kind, new Error("its table could not be copied"));
            continue;
          }
          try {
            const { created, updated } = await this.writeNodes(dir, kind as NodeKind, [...rows.values()], check);
            if (kind === "Evidence") summary.evidenceCreated += created;
            else summary.nodesCreated += created;
            summary.nodesUpdated += updated;
          } catch (error) {
            fail(session.repeatedSources, kind, error);
          }
        }
      });
      for (const [key, table] of staged.filter(([key]) => key.includes("|"))) {
        try {
          await this.run(await table.finish());
          if (!isLinkTable(table.table)) summary.relationshipsCreated += table.rows;
        } catch (error) {
          failed.add(key);
          fail(table.sources, key, error);
        }
      }
      await withStagingDir(async (dir) => {
        for (const [key, rows] of session.repeatedEdges) {
          const [type, fromKind, toKind] = key.split("|") as [EmbeddedRelTable, string, string];
          if (failed.has(key) || failed.has(fromKind) || failed.has(toKind)) {
            fail(session.repeatedSources, key, new Error("its table could not be copied"));
            continue;
          }
          try {
            const { created, unchanged } = await this.writeEdges(dir, type, fromKind, toKind, [...rows.values()], check);
            if (!isLinkTable(type)) {
              summary.relationshipsCreated += created;
              summary.relationshipsUnchanged += unchanged;
            }
          } catch (error) {
            fail(session.repeatedSources, key, error);
          }
        }
      });
    } finally {
      await session.discardStaged();
    }
    return summary;
  }

  private async missingNodes(ids: string[]): Promise<Set<string>> {
    const missing = new Set<string>();
    const byKind = groupBy(ids, (id) => kindOfId(id) ?? "unknown");
    for (const [kind, group] of byKind) {
      if (kind === "unknown") {
        group.forEach((id) => missing.add(id));
        continue;
      }
      const found = new Set((await this.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n.id AS id`, { ids: group })).map((r) => r.id));
      for (const id of group) if (!found.has(id)) missing.add(id);
    }
    return missing;
  }

  /** Rows in a table; LadybugDB answers this from its statistics without a scan. */
  private async tableSize(pattern: string): Promise<number> {
    const [row] = await this.run(`MATCH ${pattern} RETURN count(*) AS c`);
    return Number(row?.c ?? 0);
  }

  private async writeNodes(dir: string, kind: NodeKind, rows: NodeRow[], session: LoadSession): Promise<{ created: number; updated: number }> {
    const columns = nodeColumns(kind);
    const existing = new Map<string, Row>();
    const projection = columns.map((c) => `n.${quoteName(c.name)} AS ${quoteName(c.name)}`).join(", ");
    // In a table this load found empty, only ids it created itself can exist: no read of the table needed.
    const wasEmpty = await session.tableWasEmpty(kind, () => this.tableSize(`(n:${kind})`));
    const toCheck = wasEmpty ? rows.filter((r) => session.createdIds.has(r.id)) : rows;
    if (toCheck.length > 0) {
      for (const row of await this.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN ${projection}`, { ids: toCheck.map((r) => r.id) })) {
        existing.set(row.id as string, row);
      }
    }
    const fresh = rows.filter((r) => !existing.has(r.id));
    const changed = rows.flatMap((row) => {
      const before = existing.get(row.id);
      if (!before) return [];
      const merged = mergeNodeRows(before as NodeRow, row);
      return columns.some((c) => !sameValue(before[c.name], merged[c.name])) ? [merged] : [];
    });
    if (fresh.length >= this.copyThreshold) {
      const file = await stageCsv(dir, kind, columns, fresh);
      await this.run(copyStatement(kind, columns, file));
    } else if (fresh.length > 0) {
      const assignments = columns.map((c) => `${quoteName(c.name)}: ${castFrom("row", c)}`).join(", ");
      await this.run(`UNWIND $rows AS row CREATE (:${kind} {${assignments}})`, { rows: fresh.map((r) => pick(r, columns)) });
    }
    // Only once written: a failed write must not make later batches of the load believe these rows exist.
    for (const row of fresh) session.createdIds.add(row.id);
    if (changed.length > 0) {
      const settable = columns.filter((c) => c.name !== "id");
      const assignments = settable.map((c) => `n.${quoteName(c.name)} = ${castFrom("row", c)}`).join(", ");
      await this.run(`UNWIND $rows AS row MATCH (n:${kind} {id: row.id}) SET ${assignments}`, { rows: changed.map((r) => pick(r, columns)) });
    }
    return { created: fresh.length, updated: changed.length };
  }

  private async writeEdges(
    dir: string,
    type: EmbeddedRelTable,
    fromKind: string,
    toKind: string,
    rows: EdgeTableRow[],
    session: LoadSession,
  ): Promise<{ created: number; unchanged: number; updated: number }> {
    const columns = relTableColumns(type);
    const existing = new Map<string, Row>();
    // A stored edge either predates the load (then the table was not empty and neither endpoint is new) or this
    // load created it; only those candidates are looked up.
    const wasEmpty = await session.tableWasEmpty(type, () => this.tableSize(`()-[r:${type}]->()`));
    const predates = (r: EdgeTableRow) => !wasEmpty && !session.createdIds.has(r.src) && !session.createdIds.has(r.dst);
    const candidates = rows.filter((r) => session.createdEdgeIds.has(r.id) || predates(r));
    if (candidates.length > 0) {
      for (const row of await this.findEdges(type, fromKind, toKind, columns, candidates)) existing.set(row.id as string, row);
    }
    const fresh = rows.filter((r) => !existing.has(r.id));
    // A re-stated claim keeps its identity; only its confidence may rise and missing details may be filled.
    const changed = rows.flatMap((row) => {
      const before = existing.get(row.id);
      if (!before) return [];
      const merged: Row = { ...row };
      for (const c of columns) if (before[c.name] !== null && before[c.name] !== undefined) merged[c.name] = before[c.name];
      if (typeof row.confidence === "number" && typeof before.confidence === "number") merged.confidence = Math.max(row.confidence, before.confidence);
      return columns.some((c) => !sameValue(before[c.name], merged[c.name])) ? [merged as EdgeTableRow] : [];
    });
    const tableColumns: Column[] = [{ name: "src", type: "STRING" }, { name: "dst", type: "STRING" }, ...columns];
    if (fresh.length >= this.copyThreshold) {
      const file = await stageCsv(dir, `${type}-${fromKind}-${toKind}`, tableColumns, fresh);
      await this.run(copyStatement(type, tableColumns, file, [fromKind, toKind]));
    } else if (fresh.length > 0) {
      const assignments = columns.map((c) => `${quoteName(c.name)}: ${castFrom("row", c)}`).join(", ");
      // Endpoints are matched in two separate clauses: one combined MATCH is planned as a scan per row.
      await this.run(
        `UNWIND $rows AS row MATCH (a:${fromKind} {id: row.src}) MATCH (b:${toKind} {id: row.dst}) CREATE (a)-[:${type} {${assignments}}]->(b)`,
        { rows: fresh.map((r) => pick(r, tableColumns)) },
      );
    }
    for (const row of fresh) session.createdEdgeIds.add(row.id);
    if (changed.length > 0) {
      const settable = columns.filter((c) => c.name !== "id");
      const assignments = settable.map((c) => `r.${quoteName(c.name)} = ${castFrom("row", c)}`).join(", ");
      await this.run(
        `UNWIND $rows AS row MATCH (a:${fromKind} {id: row.src})-[r:${type}]->(b:${toKind}) WHERE r.id = row.id SET ${assignments}`,
        { rows: changed.map((r) => pick(r, tableColumns)) },
      );
    }
    return { created: fresh.length, unchanged: rows.length - fresh.length, updated: changed.length };
  }

  /**
   * The stored versions of these claims. `r.id IN $ids` compares every edge with every id (quadratic),
   * so either scan the table pair once (~3 µs an edge) or look each claim up from its source's primary
   * key (~100–200 µs a claim), whichever the table's size makes cheaper.
   */
  private async findEdges(type: EmbeddedRelTable, fromKind: string, toKind: string, columns: Column[], rows: EdgeTableRow[]): Promise<Row[]> {
    // Scalar columns read several times faster than whole relationship values.
    const projection = columns.map((c) => `r.${quoteName(c.name)} AS ${quoteName(c.name)}`).join(", ");
    const stored = await this.tableSize(`()-[r:${type}]->()`);
    if (stored === 0) return [];
    if (rows.length * LOOKUP_COST_IN_SCANNED_EDGES > stored) return this.run(`MATCH (:${fromKind})-[r:${type}]->(:${toKind}) RETURN ${projection}`);
    return this.run(`UNWIND $rows AS row MATCH (a:${fromKind} {id: row.src})-[r:${type}]->(b:${toKind}) WHERE r.id = row.id RETURN ${projection}`, {
      rows: rows.map((r) => ({ id: r.id, src: r.src })),
    });
  }

  read(cypher: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<QueryResult> {
    return this.readOn("pool", cypher, params, options);
  }

  /** The data stamp, on the reader pool's reserved connection: a cache's check must not queue behind investigations. */
  async generation(): Promise<string | undefined> {
    const stamp = (await this.readOn("reserved", DATA_STAMP_QUERY, { key: DATA_STAMP_KEY })).rows[0]?.value;
    return typeof stamp === "string" ? stamp : undefined;
  }

  private async readOn(lane: "pool" | "reserved", cypher: string, params: Record<string, unknown>, options: ReadOptions = {}): Promise<QueryResult> {
    const limit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
    const readers = this.readers;
    const body = async (connection: Connection, cache: PreparedCache): Promise<QueryResult | undefined> => {
      // The database was opened again (refreshDerived) while this read waited: its connection is closed.
      if (readers !== this.readers) return undefined;
      const prepared = cache.get(cypher) ?? (await this.prepare(cypher, connection));
      cache.set(cypher, prepared);
      if (!prepared.isReadOnly()) {
        throw new ReadOnlyViolationError("query: this query writes to the graph. Only read queries (MATCH … RETURN) can run here; load data with `ytterby load`.");
      }
      if (options.untrusted) await this.checkPlan(cypher, params, connection);
      connection.setQueryTimeout(options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS);
      connection.setMaxNumThreadForExec(READ_THREADS);
      let result: LadybugResult | LadybugResult[];
      try {
        result = await connection.execute(prepared, params as never);
      } catch (error) {
        throw readFailure((error as Error).message, options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS);
      }
      const { rows, columns, truncated } = this.drainAndClose(result, limit);
      const collector = new ResultCollector();
      const plainRows: Row[] = [];
      let bytes = 0;
      for (const row of rows) {
        const plain = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fromLadybug(v, collector)]));
        // A user's query can return few rows of huge strings: past the budget the answer is cut, as for too many rows.
        if (options.untrusted) {
          bytes += JSON.stringify(plain).length;
          if (bytes > UNTRUSTED_RESULT_CHARS) {
            if (plainRows.length === 0) throw new QueryResourceError(`query: its first row alone is larger than the ${UNTRUSTED_RESULT_CHARS / 1e6} M characters an answer may hold. Return less.`);
            return { columns, rows: plainRows, graph: collector.finish(), truncated: true };
          }
        }
        plainRows.push(plain);
      }
      return { columns, rows: plainRows, graph: collector.finish(), truncated };
    };
    // The reserved connection is taken inside the gate, where no reopen can close its pool meanwhile.
    const answer =
      lane === "pool"
        ? await readers.use((connection, cache) => this.gate.read(() => body(connection, cache)))
        : await this.gate.read(async () => (readers === this.readers ? readers.useReserved(body) : undefined));
    if (answer) return answer;
    // The pool was closed: by a reopen, which holds the gate until the new pool is in place, or by close().
    await this.gate.read(async () => undefined);
    if (readers === this.readers) throw new StoreError(`${this.location}: the store is closed.`);
    return this.readOn(lane, cypher, params, options);
  }

  /** EXPLAIN plans without executing; the plan's operators must all be reads (plan-allowlist.ts). */
  private async checkPlan(cypher: string, params: Record<string, unknown>, connection: Connection): Promise<void> {
    const explain = await this.prepare(`EXPLAIN ${cypher}`, connection);
    let result: LadybugResult | LadybugResult[];
    try {
      result = await connection.execute(explain, params as never);
    } catch (error) {
      throw new QueryError(`query: ${(error as Error).message}`);
    }
    const { rows } = this.drainAndClose(result, Number.POSITIVE_INFINITY);
    assertReadPlan(rows.map((row) => Object.values(row).join("\n")).join("\n"));
  }

  async getNodes(ids: string[]): Promise<ResultNode[]> {
    const nodes: ResultNode[] = [];
    for (const [kind, group] of groupBy(ids, (id) => kindOfId(id))) {
      if (!kind) continue;
      const result = await this.read(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n`, { ids: group });
      nodes.push(...result.graph.nodes);
    }
    return nodes;
  }

  async neighbourhood(id: string, options: NeighbourhoodOptions = {}): Promise<Neighbourhood> {
    return readNeighbourhood((cypher, params, read) => this.read(cypher, params, read), ladybugReadStatements, id, options);
  }

  async paths(fromId: string, toId: string, options: PathOptions = {}): Promise<Subgraph[]> {
    return readPaths((cypher, params, read) => this.read(cypher, params, read), ladybugReadStatements, fromId, toId, options);
  }

  async evidenceFor(factId: string): Promise<EvidenceNode[]> {
    const rows = await this.exclusive(() => this.run(`MATCH (e:Evidence) WHERE e.factId = $id RETURN e ORDER BY e.confidence DESC, e.id`, { id: factId }));
    return rows.map((row) => evidenceFromRow(row.e as Row));
  }

  async recordReview(record: ReviewRecord, states: readonly FactReviewState[]): Promise<void> {
    const byType = groupFactStates(states);
    await this.exclusive(async () => {
      const missing: string[] = [];
      const reviewed: ReviewedEdge[] = [];
      for (const [type, group] of byType) {
        const rows = await this.run(`MATCH (a)-[r:${type}]->(b) WHERE r.id IN $ids RETURN r.id AS id, a.id AS fromId, b.id AS toId`, { ids: group.map((g) => g.factId) });
        const found = new Map(rows.map((row) => [String(row.id), row]));
        missing.push(...group.filter((g) => !found.has(g.factId)).map((g) => g.factId));
        for (const g of group) {
          const row = found.get(g.factId);
          if (row) reviewed.push({ type, id: g.factId, fromId: String(row.fromId), toId: String(row.toId), state: g.state });
        }
      }
      if (missing.length > 0) throw new NotFoundError(`review: no fact with id ${missing.slice(0, 5).join(", ")}. Reload the document's facts and try again.`, missing);
      const stampBefore = await currentDataStamp((cypher, params) => this.run(cypher, params));
      const snapshotWasCurrent = stampBefore !== undefined && (await snapshotStamp(this.location)) === stampBefore;
      for (const [type, group] of byType) {
        await this.run(`UNWIND $rows AS row MATCH ()-[r:${type}]->() WHERE r.id = row.id SET r.review = row.state`, { rows: group.map((g) => ({ id: g.factId, state: g.state })) });
      }
      const columns = REVIEW_COLUMNS as unknown as Column[];
      const assignments = columns.map((c) => `${quoteName(c.name)}: ${castFrom("row", c)}`).join(", ");
      await this.run(`UNWIND $rows AS row CREATE (:${REVIEW_LABEL} {${assignments}})`, { rows: [pick(record, columns)] });
      const stamp = await this.setDataStamp();
      // What was derived from the data stays current where a review cannot change it: names never, ownership by patch.
      if (snapshotWasCurrent) await applyReviewsToSnapshot(this.location, stamp, reviewed).catch(() => false);
      if (stampBefore !== undefined) await restampNameIndex(this.location, stampBefore, stamp).catch(() => false);
    });
  }

  async reviews(query: ReviewQuery): Promise<ReviewRecord[]> {
    const { where, value } = reviewFilter(query);
    const rows = await this.exclusive(() => this.run(`MATCH (v:${REVIEW_LABEL}) WHERE ${where} RETURN v ORDER BY v.at, v.id`, { value }));
    return rows.map((row) => reviewFromRow(row.v as Row));
  }

  async stats(): Promise<GraphStats> {
    return this.exclusive(async () => {
      const nodes = {} as Record<NodeKind, number>;
      for (const kind of NODE_KINDS) nodes[kind] = Number((await this.run(`MATCH (n:${kind}) RETURN count(n) AS c`))[0]?.c ?? 0);
      const relationships: Record<string, number> = {};
      for (const type of RELATIONSHIP_TYPES) relationships[type] = Number((await this.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS c`))[0]?.c ?? 0);
      const incompleteLoad = await this.loadMarker();
      return incompleteLoad ? { nodes, relationships, incompleteLoad } : { nodes, relationships };
    });
  }

  private async loadMarker(): Promise<IncompleteLoad | undefined> {
    const [row] = await this.run(`MATCH (m:${META_TABLE} {key: $key}) RETURN m.value AS value`, { key: LOAD_MARKER_KEY });
    return parseLoadMarker(row?.value);
  }

  async markLoad(marker: IncompleteLoad | undefined): Promise<IncompleteLoad | undefined> {
    return this.exclusive(async () => {
      const before = await this.loadMarker();
      if (marker) await this.run(`MERGE (m:${META_TABLE} {key: $key}) SET m.value = $value`, { key: LOAD_MARKER_KEY, value: serialiseLoadMarker(marker) });
      else {
        await this.run(`MATCH (m:${META_TABLE} {key: $key}) DELETE m`, { key: LOAD_MARKER_KEY });
        await this.loadSession?.discardStaged();
        this.loadSession = undefined;
      }
      return before;
    });
  }

  async loadedFiles(): Promise<Set<string>> {
    const rows = await this.exclusive(() => this.run(`MATCH (m:${META_TABLE}) WHERE starts_with(m.key, $prefix) RETURN m.key AS key`, { prefix: LOAD_LEDGER_PREFIX }));
    return new Set(rows.map((row) => String(row.key).slice(LOAD_LEDGER_PREFIX.length)));
  }

  async recordLoadedFiles(hashes: readonly string[]): Promise<void> {
    if (hashes.length === 0) return;
    await this.exclusive(() => this.run(`UNWIND $keys AS k MERGE (m:${META_TABLE} {key: k}) SET m.value = 'loaded'`, { keys: hashes.map((h) => `${LOAD_LEDGER_PREFIX}${h}`) }));
  }

  async reset(): Promise<void> {
    await this.exclusive(async () => {
      for (const kind of NODE_KINDS) await this.run(`MATCH (n:${kind}) DETACH DELETE n`);
      await this.run(`MATCH (v:${REVIEW_LABEL}) DELETE v`);
      await this.run(`MATCH (m:${META_TABLE}) WHERE starts_with(m.key, $prefix) DELETE m`, { prefix: LOAD_LEDGER_PREFIX });
      await this.loadSession?.discardStaged();
      this.loadSession = undefined;
      await this.setDataStamp();
    });
  }

  async close(): Promise<void> {
    await this.exclusive(async () => {
      await this.loadSession?.discardStaged();
      await this.readers.close();
      await this.connection.close();
      await this.database.close();
    });
  }
}




async function openDatabase(path: string, bufferPoolBytes: number): Promise<{ database: Database; connection: Connection }> {
  let database: Database;
  try {
    database = new Database(path, bufferPoolBytes, ENABLE_COMPRESSION);
    await database.init();
  } catch (error) {
    throw new StoreError(`${path}: cannot open the embedded database (${(error as Error).message}). Is another ytterby process using it? Stop it or set YTTERBY_DB to another path.`, { cause: error });
  }
  const connection = new Connection(database);
  await connection.init();
  return { database, connection };
}

/**
 * The statements a read connection has prepared, most recently used last. Preparing (parsing, binding and
 * planning) took 30–400 ms of an investigation's time at 100k nodes, the same text each time; a prepared
 * statement runs again with new parameters.
 */
class PreparedCache {
  private readonly statements = new Map<string, PreparedStatement>();

  get(cypher: string): PreparedStatement | undefined {
    const prepared = this.statements.get(cypher);
    if (prepared) {
      this.statements.delete(cypher);
      this.statements.set(cypher, prepared);
    }
    return prepared;
  }

  set(cypher: string, prepared: PreparedStatement): void {
    this.statements.set(cypher, prepared);
    if (this.statements.size > PREPARED_PER_CONNECTION) this.statements.delete(this.statements.keys().next().value as string);
  }

  clear(): void {
    this.statements.clear();
  }
}

/**
 * Read connections handed out one query at a time: a read waits only when every connection is busy, and a
 * connection is opened on first need. Writes keep the store's own connection and queue.
 */
class ReaderPool {
  private readonly idle: Connection[] = [];
  private readonly waiting: Array<(connection: Connection | undefined) => void> = [];
  private opened = 0;
  private readonly all: Connection[] = [];
  private readonly prepared = new Map<Connection, PreparedCache>();

  constructor(
    private readonly database: Database,
    private readonly size: number,
  ) {}

  /** Undefined once the pool is closed (the database was opened again): the caller asks the new pool instead. */
  async use<T>(work: (connection: Connection, prepared: PreparedCache) => Promise<T>): Promise<T | undefined> {
    const connection = await this.acquire();
    if (!connection) return undefined;
    try {
      return await work(connection, this.preparedFor(connection));
    } finally {
      this.release(connection);
    }
  }

  /**
   * One connection beside the pool for small reads that must not wait for a pooled one (the data stamp a result
   * cache reads per request: behind two seconds-long investigations, every cached answer waited for one of them).
   * Its reads run one at a time. Undefined once the pool is closed (the database was opened again): a connection
   * opened on the closed database would crash the process, so the caller asks the new pool instead.
   */
  useReserved<T>(work: (connection: Connection, prepared: PreparedCache) => Promise<T>): Promise<T | undefined> {
    const next = this.reservedQueue.then(async () => {
      if (this.closed) return undefined;
      this.reserved ??= this.openReserved();
      const connection = await this.reserved;
      return work(connection, this.preparedFor(connection));
    });
    this.reservedQueue = next.catch(() => undefined);
    return next;
  }

  private reserved?: Promise<Connection>;
  private reservedQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private async openReserved(): Promise<Connection> {
    const connection = new Connection(this.database);
    await connection.init();
    this.all.push(connection);
    return connection;
  }

  private preparedFor(connection: Connection): PreparedCache {
    let cache = this.prepared.get(connection);
    if (!cache) this.prepared.set(connection, (cache = new PreparedCache()));
    return cache;
  }

  /**
   * A free connection, a new one while the pool has room, else the next one released; undefined once the pool is
   * closed. A read arriving while a reopen closes the database used to open a connection on it ("Database is
   * closed") or wait for a release that never came.
   */
  private async acquire(): Promise<Connection | undefined> {
    if (this.closed) return undefined;
    const free = this.idle.pop();
    if (free) return free;
    if (this.opened < this.size) {
      this.opened++;
      const connection = new Connection(this.database);
      await connection.init();
      this.all.push(connection);
      return connection;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(connection: Connection): void {
    if (this.closed) return;
    const next = this.waiting.shift();
    if (next) next(connection);
    else this.idle.push(connection);
  }

  forgetPrepared(): void {
    for (const cache of this.prepared.values()) cache.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter(undefined);
    this.forgetPrepared();
    for (const connection of this.all) await connection.close();
    this.all.length = 0;
    this.idle.length = 0;
  }
}

/**
 * Shapes a row for an UNWIND list. Scalars travel as strings and are parsed by the statement's CAST:
 * LadybugDB types a JS number as INT64 or DOUBLE value by value, so a list holding both 1 and 0.9
 * has no single struct type and the write fails.
 */
function pick(row: Row, columns: Column[]): Row {
  return Object.fromEntries(
    columns.map((c) => {
      const value = row[c.name];
      if (value === undefined || value === null) return [c.name, c.type === "STRING[]" ? [] : null];
      return [c.name, typeof value === "number" || typeof value === "boolean" ? String(value) : value];
    }),
  );
}

const isLinkTable = (table: string) => table === "SUPPORTS" || table === "CITES";

function addSummaries(a: UpsertSummary, b: UpsertSummary): UpsertSummary {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesUpdated: a.nodesUpdated + b.nodesUpdated,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    relationshipsUnchanged: a.relationshipsUnchanged + b.relationshipsUnchanged,
    evidenceCreated: a.evidenceCreated + b.evidenceCreated,
    issues: [...a.issues, ...b.issues],
  };
}

/** A claim stated again within one load: the first statement's details win, the highest confidence is kept. */
function mergeEdgeRows(earlier: StagedEdgeRow, again: StagedEdgeRow): StagedEdgeRow {
  const confidence = Math.max(Number(earlier.confidence ?? 0), Number(again.confidence ?? 0));
  const merged: StagedEdgeRow = { ...again, ...earlier };
  for (const [key, value] of Object.entries(again)) if (merged[key] === undefined || merged[key] === null) merged[key] = value;
  if (confidence > 0) merged.confidence = confidence;
  return merged;
}

function groupRelationships(rows: RelationshipRow[]): Map<string, EdgeTableRow[]> {
  const groups = groupBy(rows, (row) => `${row.type}|${row.fromKind}|${row.toKind}`);
  return new Map([...groups].map(([key, group]) => [key, group.map(edgeTableRow)]));
}

/** A relationship shaped as its table's row: properties, id and endpoints. */
function edgeTableRow(row: RelationshipRow): EdgeTableRow {
  return { ...row.properties, id: row.id, src: row.from, dst: row.to };
}

/** A column of edgeTableRow(row), read without building it. */
function relationshipCell(row: RelationshipRow, column: string): unknown {
  return column === "src" ? row.from : column === "dst" ? row.to : column === "id" ? row.id : row.properties[column];
}

export function evidenceFromRow(raw: Row): EvidenceNode {
  const entries = Object.entries(raw).filter(([k, v]) => !k.startsWith("_") && v !== null);
  return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])) as EvidenceNode;
}

/**
 * The rows of a staged batch whose ids this load has not staged before; the others are set aside under `key`,
 * merged with their earlier versions, to be merged into the copied rows after the COPY.
 */
function setAsideRepeated<Row extends { id: string }, Aside>(
  rows: readonly Row[],
  created: { add(id: string): boolean },
  repeated: Map<string, Map<string, Aside>>,
  key: string,
  merge: (earlier: Aside, later: Aside) => Aside,
  shapeAside: (row: Row) => Aside,
): Row[] {
  const fresh: Row[] = [];
  for (const row of rows) {
    if (created.add(row.id)) {
      fresh.push(row);
      continue;
    }
    let aside = repeated.get(key);
    if (!aside) repeated.set(key, (aside = new Map()));
    const earlier = aside.get(row.id);
    const again = shapeAside(row);
    aside.set(row.id, earlier ? merge(earlier, again) : again);
  }
  return fresh;
}
