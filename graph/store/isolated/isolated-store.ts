import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import type { GraphBatchInput } from "../../batch.js";
import { BusyError, QueryResourceError, QueryTimeoutError, StoreError } from "../../errors.js";
import type { EvidenceNode, QueryResult, ResultNode, ReviewRecord, Subgraph } from "../../schema/index.js";
import type { FactReviewState, GraphStats, GraphStore, IncompleteLoad, Neighbourhood, NeighbourhoodOptions, PathOptions, ReadOptions, ReviewQuery, UpsertOptions, UpsertSummary } from "../graph-store.js";
import { reviveError, type WorkerCall, type WorkerReply } from "./worker-protocol.js";

export interface IsolatedStoreOptions {
  /** The store process is killed, and the query that was running refused, past this resident size. */
  memoryBudgetBytes?: number;
  /** Calls waiting or running beyond this are refused at once with BusyError (HTTP 503). */
  maxPending?: number;
  /** Read connections in the store process (reads run side by side up to this many). */
  readConnections?: number;
  /** A read still running this long after its own timeout is stopped by killing the process. */
  graceMs?: number;
  bufferPoolBytes?: number;
}

interface Pending {
  call: WorkerCall;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  deadline: number;
}

const WORKER = fileURLToPath(new URL("./store-worker.ts", import.meta.url));
const DEFAULT_MEMORY_BUDGET = 768 * 1024 * 1024;
const DEFAULT_BUFFER_POOL = 256 * 1024 * 1024;
/** Calls admitted at once; the store process runs as many side by side as it has read connections, the rest wait. Past this the server answers 503. */
const DEFAULT_MAX_PENDING = 64;
const WATCH_INTERVAL_MS = 50;
const NO_DEADLINE = Number.POSITIVE_INFINITY;

const DEFAULT_READ_CONNECTIONS = Math.max(2, availableParallelism());

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

const megabytes = (mb: number | undefined) => (mb === undefined ? undefined : Math.round(mb * 1024 * 1024));

/** Resident set size of a process, from Linux's /proc; undefined where there is none (the watchdog then only enforces deadlines). */
function residentBytes(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The embedded store in a child process, for the server. LadybugDB builds some results in native memory that
 * neither its buffer pool nor its query timeout bounds, so one ad-hoc query could take the whole machine. Here
 * the parent watches the child's resident size and each call's deadline; past either it kills the child,
 * refuses the call that was running (the store runs one statement at a time, so that is the oldest one), tells
 * the calls queued behind it to retry, and starts a fresh child on the next call. The server writes only when a
 * user uploads documents (POST /api/documents); a write killed midway is rolled back by LadybugDB's write-ahead log on the next open.
 */
export class IsolatedStore implements GraphStore {
  readonly kind = "embedded" as const;
  readonly dialect = "ladybug" as const;
  private child?: ChildProcess;
  private ready?: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private watchdog?: NodeJS.Timeout;
  private closed = false;
  /** Calls waiting for the process to start; they count against maxPending like the ones sent. */
  private starting = 0;

  private constructor(
    readonly location: string,
    private readonly options: Required<IsolatedStoreOptions>,
  ) {}

  static async open(path: string, options: IsolatedStoreOptions = {}): Promise<IsolatedStore> {
    const store = new IsolatedStore(path, {
      memoryBudgetBytes: options.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET,
      maxPending: options.maxPending ?? envNumber("YTTERBY_MAX_PENDING") ?? DEFAULT_MAX_PENDING,
      readConnections: options.readConnections ?? envNumber("YTTERBY_READ_CONNECTIONS") ?? DEFAULT_READ_CONNECTIONS,
      graceMs: options.graceMs ?? 2_000,
      bufferPoolBytes: options.bufferPoolBytes ?? megabytes(envNumber("YTTERBY_BUFFER_POOL_MB")) ?? DEFAULT_BUFFER_POOL,
    });
    await store.start();
    return store;
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const child = fork(WORKER, [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, YTTERBY_WORKER_DB: this.location, YTTERBY_WORKER_BUFFER_POOL: String(this.options.bufferPoolBytes), YTTERBY_READ_CONNECTIONS: String(this.options.readConnections) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      serialization: "advanced",
    });
    this.child = child;
    // A runaway query keeps both cores busy; at a lower priority it cannot slow the parent's answers (health, 503s).
    if (child.pid) setPriority(child.pid, 5);
    this.ready = new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new StoreError(`${this.location}: the store process stopped while opening the database (exit ${code}). Is another ytterby process using it? Stop it or set YTTERBY_DB to another path.`));
      child.once("exit", onExit);
      child.once("message", () => {
        child.off("exit", onExit);
        resolve();
      });
    });
    child.on("message", (reply: WorkerReply) => this.settle(reply));
    child.on("exit", () => this.lost(child));
    this.watchdog ??= setInterval(() => this.watch(), WATCH_INTERVAL_MS);
    this.watchdog.unref();
    return this.ready;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(reviveError(reply.error));
  }

  /** The child died on its own (a native crash): every call in flight fails, the next call starts a new child. */
  private lost(child: ChildProcess): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.ready = undefined;
    this.failAll(() => new StoreError("the store process stopped unexpectedly; the query was not completed. Try again."));
  }

  private failAll(error: (pending: Pending, index: number) => Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    all.forEach((p, i) => p.reject(error(p, i)));
  }

  /** `culprit` gets the given error (by default the oldest call); every other call is told to retry. */
  private kill(first: () => Error, culprit?: Pending): void {
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    const target = culprit ?? this.pending.values().next().value;
    this.failAll((pending) => (pending === target ? first() : new BusyError("the store was restarted to stop a runaway query; this one did not run. Try again.", 1)));
    child?.kill("SIGKILL");
  }

  private watch(): void {
    const child = this.child;
    if (!child?.pid || this.pending.size === 0) return;
    // Not only the oldest call: an upload's write (no deadline) may be ahead of a read that overran.
    const now = Date.now();
    const overdue = [...this.pending.values()].find((p) => now > p.deadline);
    if (overdue) {
      this.kill(() => new QueryTimeoutError(`query: still running ${this.options.graceMs} ms past its timeout, so it was stopped. Narrow the query.`), overdue);
      return;
    }
    const rss = residentBytes(child.pid);
    if (rss !== undefined && rss > this.options.memoryBudgetBytes) {
      const mb = Math.round(this.options.memoryBudgetBytes / 1024 / 1024);
      this.kill(() => new QueryResourceError(`query: needed more than the ${mb} MB a query may use, so it was stopped. Narrow it (fewer rows, a smaller range, a LIMIT earlier in the query).`));
    }
  }

  private async call<T>(method: string, args: unknown[], timeoutMs?: number): Promise<T> {
    if (this.closed) throw new StoreError("the store is closed.");
    const waiting = this.pending.size + this.starting;
    if (waiting >= this.options.maxPending) throw new BusyError(`${waiting} queries are already waiting; try again in a moment.`, 1);
    this.starting++;
    try {
      await this.start();
    } finally {
      this.starting--;
    }
    const child = this.child;
    if (!child) throw new StoreError("the store process is not running; try again.");
    const call: WorkerCall = { id: this.nextId++, method, args };
    return new Promise<T>((resolve, reject) => {
      // The deadline counts from when the call reaches the head of the queue only approximately: it is set at
      // sending time, with the timeout of every call ahead of it added, so a queue of slow reads does not trip it.
      const ahead = [...this.pending.values()].reduce((sum, p) => (p.deadline === NO_DEADLINE ? sum : sum + (p.deadline - Date.now())), 0);
      const deadline = timeoutMs === undefined ? NO_DEADLINE : Date.now() + ahead + timeoutMs + this.options.graceMs;
      this.pending.set(call.id, { call, resolve: resolve as (value: unknown) => void, reject, deadline });
      child.send(call);
    });
  }

  ensureSchema(): Promise<void> {
    return this.call("ensureSchema", []);
  }

  upsert(batch: GraphBatchInput, options?: UpsertOptions): Promise<UpsertSummary> {
    return this.call("upsert", [batch, options]);
  }

  /**
   * Writes run on the store process's one write connection while its read connections keep answering, so a
   * document uploaded to the server loads without stopping investigations. No deadline: a load takes as long
   * as it takes, and the memory watchdog still guards the process.
   */
  upsertAll(batches: readonly GraphBatchInput[], options?: UpsertOptions): Promise<UpsertSummary> {
    return this.call("upsertAll", [batches, options]);
  }

  markLoad(marker: IncompleteLoad | undefined): Promise<IncompleteLoad | undefined> {
    return this.call("markLoad", [marker]);
  }

  loadedFiles(): Promise<Set<string>> {
    return this.call("loadedFiles", [], 30_000);
  }

  recordLoadedFiles(hashes: readonly string[]): Promise<void> {
    return this.call("recordLoadedFiles", [hashes]);
  }

  refreshDerived(): Promise<{ built: boolean; ms: number }> {
    return this.call("refreshDerived", []);
  }

  generation(): Promise<string | undefined> {
    return this.call("generation", [], 30_000);
  }

  read(cypher: string, params?: Record<string, unknown>, options: ReadOptions = {}): Promise<QueryResult> {
    return this.call("read", [cypher, params, options], options.timeoutMs ?? 30_000);
  }

  getNodes(ids: string[]): Promise<ResultNode[]> {
    return this.call("getNodes", [ids], 30_000);
  }

  neighbourhood(id: string, options?: NeighbourhoodOptions): Promise<Neighbourhood> {
    return this.call("neighbourhood", [id, options], 30_000);
  }

  paths(fromId: string, toId: string, options?: PathOptions): Promise<Subgraph[]> {
    return this.call("paths", [fromId, toId, options], 30_000);
  }

  evidenceFor(factId: string): Promise<EvidenceNode[]> {
    return this.call("evidenceFor", [factId], 30_000);
  }

  recordReview(record: ReviewRecord, states: readonly FactReviewState[]): Promise<void> {
    return this.call("recordReview", [record, states], 30_000);
  }

  reviews(query: ReviewQuery): Promise<ReviewRecord[]> {
    return this.call("reviews", [query], 30_000);
  }

  stats(): Promise<GraphStats> {
    return this.call("stats", [], 30_000);
  }

  reset(): Promise<void> {
    return this.call("reset", []);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.disconnect();
    });
  }
}
