import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { GraphBatchInput, GraphStore, RelationshipInput } from "../graph/index.js";
import { DATED_TYPES, claimDateAligner } from "./claims/align-claim-dates.js";
import { storedDatedClaims } from "./claims/stored-dated-claims.js";
import { addUpsert, reportTo, type FileLoadSummary, type LoadSummary } from "./load-summary.js";

/**
 * Records per write. Each write stages and copies its tables once; the size bounds what a load holds in memory
 * (records, their normalised rows and evidence) whatever the size of the input.
 */
export const DEFAULT_BATCH_RECORDS = 100_000;
/**
 * Records per write once the store says it stages the load (its rows reach the tables in one COPY per table at the
 * end, so the write size changes nothing stored). A write's records, normalised rows and evidence all live until
 * it is staged: at 100,000 they outlived several young-generation collections and were copied and promoted, which
 * made garbage collection the largest single cost of a load. Normalising the 100k world's bulk files in writes of
 * 5,000 instead of 50,000 took 1.6–1.9 CPU s instead of 2.4–2.6 (BENCHMARKS.md).
 */
export const STAGED_WRITE_RECORDS = 5_000;

type Part = { file: FileLoadSummary; batch: GraphBatchInput };

/**
 * Writes a load in bounded batches. Nodes are written as they come; relationships go to a spool file on disk
 * and are written once every file's nodes are in, so a fact may still refer to a node of a later file.
 * Every write names the same load session, so the store checks existence against what the load created
 * instead of reading its tables back.
 */
export class LoadWriter {
  private readonly session = randomUUID();
  private nodes: Part[] = [];
  private bufferedNodes = 0;
  /** Each file and source that spooled relationships; spool lines name their position, not the path again. */
  private readonly spooled: Array<{ file: FileLoadSummary; source: string | undefined }> = [];
  private readonly spooledIndex = new Map<FileLoadSummary, Map<string | undefined, number>>();
  /** Dated claims only: date alignment needs all of them at once, and they are few. */
  private readonly dated: RelationshipInput[] = [];
  private spool?: { dir: string; path: string; stream: WriteStream };
  /** Every source a write named, with its file: the store's last write may report issues for any of them. */
  private readonly sourceFiles = new Map<string, FileLoadSummary>();
  /** Records per write: small while the store stages the load (and for its first write, which tells), else batchRecords. */
  private writeRecords: number;

  constructor(
    private readonly store: GraphStore,
    private readonly summary: LoadSummary,
    private readonly batchRecords = DEFAULT_BATCH_RECORDS,
  ) {
    this.writeRecords = Math.min(batchRecords, STAGED_WRITE_RECORDS);
  }

  async add(file: FileLoadSummary, batch: GraphBatchInput): Promise<void> {
    const source = batch.source;
    this.sourceFiles.set(source ?? file.path, file);
    const nodes = batch.nodes ?? [];
    for (let start = 0; start < nodes.length; ) {
      const size = this.writeRecords - this.bufferedNodes;
      const slice = start === 0 && nodes.length <= size ? nodes : nodes.slice(start, start + size);
      start += slice.length;
      this.nodes.push({ file, batch: { source, nodes: slice, relationships: [] } });
      this.bufferedNodes += slice.length;
      if (this.bufferedNodes >= this.writeRecords) await this.flushNodes();
    }
    const relationships = batch.relationships ?? [];
    if (relationships.length === 0) return;
    const { stream } = (this.spool ??= await openSpool());
    // Written without an await per line (a promise and a microtask each): only a full stream is waited for.
    for (const relationship of relationships) if (!this.spoolRelationship(stream, file, source, relationship)) await once(stream, "drain");
  }

  /**
   * Writes what is left: the last nodes, then every spooled relationship in batches, then tells the store the
   * load is complete (a store that staged the load copies it now).
   */
  async finish(): Promise<void> {
    await this.writeBuffered();
    await this.endSession();
  }

  private async endSession(): Promise<void> {
    if (!this.store.upsertAll || this.spooled.length + this.sourceFiles.size === 0) return;
    try {
      const { issues, ...counts } = await this.store.upsertAll([], { onInvalid: "skip", loadSession: this.session, endLoadSession: true });
      addUpsert(this.summary, undefined, { ...counts, issues: [] });
      for (const issue of issues) {
        const file = this.sourceFiles.get(issue.where);
        if (file) reportTo(this.summary, file, [issue]);
        else this.summary.issues.push(issue);
      }
    } catch (error) {
      for (const file of new Set(this.sourceFiles.values())) {
        file.ok = false;
        reportTo(this.summary, file, [{ where: file.path, message: `could not be written: ${(error as Error).message}` }]);
      }
    }
  }

  private async writeBuffered(): Promise<void> {
    await this.flushNodes();
    if (!this.spool) return;
    const { dir, path, stream } = this.spool;
    try {
      stream.end();
      await once(stream, "finish");
      // Without the stored claims a restated stake may become a parallel edge, but nothing is lost: load anyway.
      const stored = await storedDatedClaims(this.store, this.dated).catch((error: Error) => {
        this.summary.issues.push({ where: "load", message: `stored claims could not be read to match dates (${error.message}); restated claims may be stored twice` });
        return [];
      });
      const alignDates = claimDateAligner(this.dated, stored);
      let parts = new Map<number, Part & { relationships: RelationshipInput[] }>();
      let buffered = 0;
      const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
      for await (const line of lines) {
        const [index, relationship] = JSON.parse(line) as [number, RelationshipInput];
        let part = parts.get(index);
        if (!part) {
          const { file, source } = this.spooled[index]!;
          const relationships: RelationshipInput[] = [];
          parts.set(index, (part = { file, relationships, batch: { source, nodes: [], relationships } }));
        }
        part.relationships.push(alignDates(relationship));
        if (++buffered >= this.writeRecords) {
          await this.write([...parts.values()]);
          parts = new Map();
          buffered = 0;
        }
      }
      await this.write([...parts.values()]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Removes the spool without writing it (the load failed before the end). */
  async discard(): Promise<void> {
    if (!this.spool) return;
    this.spool.stream.destroy();
    await rm(this.spool.dir, { recursive: true, force: true });
  }

  private async flushNodes(): Promise<void> {
    const parts = this.nodes;
    this.nodes = [];
    this.bufferedNodes = 0;
    await this.write(parts);
  }

  /** Appends a relationship to the spool; false when the stream wants a drain before more. */
  private spoolRelationship(stream: WriteStream, file: FileLoadSummary, source: string | undefined, relationship: RelationshipInput): boolean {
    let sources = this.spooledIndex.get(file);
    if (!sources) this.spooledIndex.set(file, (sources = new Map()));
    let index = sources.get(source);
    if (index === undefined) {
      sources.set(source, (index = this.spooled.length));
      this.spooled.push({ file, source });
    }
    if (DATED_TYPES.has(relationship.type) && (relationship.properties?.since !== undefined || relationship.properties?.until !== undefined)) this.dated.push(relationship);
    return stream.write(`${JSON.stringify([index, relationship])}\n`);
  }

  private async write(parts: Part[]): Promise<void> {
    const used = parts.filter(({ batch }) => (batch.nodes?.length ?? 0) > 0 || (batch.relationships?.length ?? 0) > 0);
    if (used.length === 0) return;
    if (this.store.upsertAll) await this.writeAll(used);
    else await this.writeEach(used);
  }

  /** One write for the batch: each table staged and copied once. Issues go back to the file they name. */
  private async writeAll(parts: Part[]): Promise<void> {
    const bySource = new Map(parts.map(({ file, batch }) => [batch.source ?? file.path, file]));
    try {
      const upsert = await this.store.upsertAll!(
        parts.map((p) => p.batch),
        { onInvalid: "skip", loadSession: this.session },
      );
      const { issues, staged, ...counts } = upsert;
      this.writeRecords = staged ? Math.min(this.batchRecords, STAGED_WRITE_RECORDS) : this.batchRecords;
      addUpsert(this.summary, undefined, { ...counts, issues: [] });
      for (const issue of issues) {
        const file = bySource.get(issue.where) ?? [...bySource].find(([source]) => issue.where.startsWith(`${source} `))?.[1];
        if (file) reportTo(this.summary, file, [issue]);
        else this.summary.issues.push(issue);
      }
    } catch (error) {
      for (const file of new Set(parts.map((p) => p.file))) {
        file.ok = false;
        reportTo(this.summary, file, [{ where: file.path, message: `could not be written: ${(error as Error).message}` }]);
      }
    }
  }

  /** Stores without upsertAll: one write per file's part. */
  private async writeEach(parts: Part[]): Promise<void> {
    this.writeRecords = this.batchRecords;
    for (const { file, batch } of parts) {
      try {
        addUpsert(this.summary, file, await this.store.upsert(batch, { onInvalid: "skip" }));
      } catch (error) {
        file.ok = false;
        reportTo(this.summary, file, [{ where: batch.source ?? file.path, message: `could not be written: ${(error as Error).message}` }]);
      }
    }
  }
}

async function openSpool(): Promise<{ dir: string; path: string; stream: WriteStream }> {
  const dir = await mkdtemp(join(tmpdir(), "ytterby-spool-"));
  const path = join(dir, "relationships.jsonl");
  return { dir, path, stream: createWriteStream(path, { encoding: "utf8" }) };
}
