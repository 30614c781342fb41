import type { GraphBatchInput } from "../batch.js";
import type { InputIssue } from "../errors.js";
import type { EvidenceNode, NodeKind, QueryResult, RelationshipType, ResultNode, ReviewFilter, ReviewRecord, ReviewState, Subgraph } from "../schema/index.js";

export type StoreKind = "embedded" | "neo4j";
/** The Cypher dialect a store speaks; saved investigations carry a text per dialect where they differ. */
export type CypherDialect = "ladybug" | "neo4j";

export interface UpsertOptions {
  /** Throw on the first invalid record (default) or skip invalid records and report them. */
  onInvalid?: "throw" | "skip";
  /**
   * Names the load this write belongs to, when a load writes in several bounded batches: the store remembers
   * what the load created (ids only), so later batches check existence against that instead of reading the
   * tables back. The load ends it with markLoad(undefined). Stores may ignore it.
   */
  loadSession?: string;
  /**
   * With loadSession: the load has handed over all its records, so write whatever the store has kept back for
   * the end (the embedded store stages a load into an empty graph and copies each table once, here). Issues of
   * that write name the sources whose rows it held.
   */
  endLoadSession?: boolean;
}

export interface UpsertSummary {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUnchanged: number;
  evidenceCreated: number;
  issues: InputIssue[];
  /**
   * The store staged this write of a load session on disk: its rows reach the tables only when the session ends,
   * so the size of each write changes nothing but how long its objects live.
   */
  staged?: boolean;
}

export interface ReadOptions {
  /** Milliseconds before the query is cancelled. */
  timeoutMs?: number;
  /** Rows beyond this are dropped and the result is flagged `truncated`. */
  rowLimit?: number;
  /**
   * The text comes from a user (ad-hoc Cypher), not from a saved investigation: the store asks its engine for
   * the plan first and refuses any operator that is not a read (see each store's plan allowlist).
   */
  untrusted?: boolean;
}

export interface NeighbourhoodOptions {
  limit?: number;
  types?: RelationshipType[];
  /** Which reviewed facts count; rejected ones are left out by default. */
  reviews?: ReviewFilter;
}

export interface PathOptions {
  maxHops?: number;
  limit?: number;
  types?: RelationshipType[];
}

/** A load that began and never finished (the process was killed); loading the same paths again completes it. */
export interface IncompleteLoad {
  startedAt: string;
  paths?: string[];
}

export interface GraphStats {
  nodes: Record<NodeKind, number>;
  relationships: Record<string, number>;
  incompleteLoad?: IncompleteLoad;
}

/** Neighbourhood results say how many neighbours exist beyond the cap ("+N more" in the UI). */
export interface Neighbourhood extends Subgraph {
  total: number;
  truncated: boolean;
}

/** Which review statements to read: those about a fact, an entity or a document (any one given). */
export interface ReviewQuery {
  factId?: string;
  entityId?: string;
  documentId?: string;
}

/** A fact whose `review` property a statement sets: the statement's outcome for that fact. */
export interface FactReviewState {
  factId: string;
  state: ReviewState;
}

export interface GraphStore {
  readonly kind: StoreKind;
  readonly dialect: CypherDialect;
  /** Where the data lives: a database path or a server URI, for messages and /api/health. */
  readonly location: string;
  /**
   * The store this one forwards every call to, when it is a wrapper (the server's write-watching store): what is
   * kept per store (the entity index) is kept for the wrapped one, so a writer holding either can invalidate it.
   */
  readonly wraps?: GraphStore;
  ensureSchema(): Promise<void>;
  upsert(batch: GraphBatchInput, options?: UpsertOptions): Promise<UpsertSummary>;
  /**
   * Several batches written as one: every table once, nodes before relationships, so a relationship may refer
   * to a node of another batch. Issues name each batch's own source. Optional: loads fall back to upsert().
   */
  upsertAll?(batches: readonly GraphBatchInput[], options?: UpsertOptions): Promise<UpsertSummary>;
  /**
   * A value the database itself changes on every write (the embedded store's data stamp), read on a connection of
   * its own so it never waits behind other reads: what a cache of earlier answers checks before each answer.
   * Optional: without it callers compare what stats() counts (queries/params/entity-index.ts storeGeneration).
   */
  generation?(): Promise<string | undefined>;
  /** Runs read-only Cypher in the store's dialect; write clauses raise ReadOnlyViolationError. */
  read(cypher: string, params?: Record<string, unknown>, options?: ReadOptions): Promise<QueryResult>;
  getNodes(ids: string[]): Promise<ResultNode[]>;
  neighbourhood(id: string, options?: NeighbourhoodOptions): Promise<Neighbourhood>;
  /** Shortest paths between two nodes, ignoring direction, shortest first. */
  paths(fromId: string, toId: string, options?: PathOptions): Promise<Subgraph[]>;
  /** The statements behind a node or relationship id. */
  evidenceFor(factId: string): Promise<EvidenceNode[]>;
  stats(): Promise<GraphStats>;
  /**
   * Records that a load is running (a marker) or has finished (undefined), in the database itself so that a
   * load killed midway is reported by `stats()`; returns the marker that was there before. Optional: a store
   * without it just does not report unfinished loads.
   */
  markLoad?(marker: IncompleteLoad | undefined): Promise<IncompleteLoad | undefined>;
  /**
   * The content hashes of files loaded before without an issue (the load ledger), so a load can skip files
   * that have not changed. Optional: without it every file is read again. reset() empties it.
   */
  loadedFiles?(): Promise<Set<string>>;
  recordLoadedFiles?(hashes: readonly string[]): Promise<void>;
  /**
   * Stores a review statement (its own record; graph/schema/review.ts) and sets each listed fact's `review`
   * property to its state, together. Unknown fact ids raise NotFoundError and nothing is written.
   */
  recordReview(record: ReviewRecord, states: readonly FactReviewState[]): Promise<void>;
  /** Review statements about a fact, an entity or a document, oldest first. */
  reviews(query: ReviewQuery): Promise<ReviewRecord[]>;
  /**
   * Rebuilds what the store derives from the data for fast reads (the embedded store's ownership snapshot,
   * graph/ownership/snapshot.ts) if the data changed since; loads call it once at their end. Optional: stores
   * without derived data answer every question from the data itself.
   */
  refreshDerived?(): Promise<{ built: boolean; ms: number }>;
  /** Deletes every node and relationship; the schema stays. */
  reset(): Promise<void>;
  close(): Promise<void>;
}
