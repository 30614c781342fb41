import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EmbeddedStore, type GraphBatchInput } from "../graph/index.js";
import type { BenchResult } from "./bench-result.js";

function syntheticOwnershipGraph(assets: number, owners: number): GraphBatchInput {
  const nodes = [
    ...Array.from({ length: owners }, (_, i) => ({ id: `actor:owner-${i}`, name: `Owner ${i} Holding`, type: "company", aliases: [`O${i}`] })),
    ...Array.from({ length: assets }, (_, i) => ({ id: `asset:mine-${i}`, name: `Mine ${i}`, type: "mine", aliases: [`Рудник ${i}`, `矿 ${i}`] })),
  ];
  const relationships = Array.from({ length: assets * 3 }, (_, i) => ({
    type: "OWNS" as const,
    from: `actor:owner-${i % owners}`,
    to: `asset:mine-${Math.floor(i / 3)}`,
    properties: { share: 10 + (i % 3) * 20 },
  }));
  return { source: "bench", nodes, relationships };
}

/** Bulk load through COPY FROM, then the same batch again (the idempotent re-load path), then a small UNWIND upsert. */
export async function runStoreLoadBench(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), "ytterby-bench-"));
  const results: BenchResult[] = [];
  try {
    const store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    const batch = syntheticOwnershipGraph(100_000, 10_000);
    const rows = (batch.nodes?.length ?? 0) + (batch.relationships?.length ?? 0);
    let started = performance.now();
    await store.upsert(batch);
    let seconds = (performance.now() - started) / 1000;
    results.push({ name: "embedded bulk load (COPY FROM), 110k nodes + 300k OWNS", metrics: { rows, seconds: round(seconds), rowsPerSecond: Math.round(rows / seconds) } });
    started = performance.now();
    await store.upsert(batch);
    seconds = (performance.now() - started) / 1000;
    results.push({ name: "embedded re-load of the same batch (idempotent, nothing written)", metrics: { rows, seconds: round(seconds), rowsPerSecond: Math.round(rows / seconds) } });
    const small = syntheticOwnershipGraph(300, 30);
    small.nodes = small.nodes?.map((n) => ({ ...n, id: n.id.replace("-", "-small-") }));
    small.relationships = small.relationships?.map((r) => ({ ...r, from: r.from.replace("-", "-small-"), to: r.to.replace("-", "-small-") }));
    const smallRows = (small.nodes?.length ?? 0) + (small.relationships?.length ?? 0);
    started = performance.now();
    await store.upsert(small);
    seconds = (performance.now() - started) / 1000;
    results.push({ name: "embedded incremental upsert (UNWIND … CREATE), 330 nodes + 900 OWNS", metrics: { rows: smallRows, seconds: round(seconds), rowsPerSecond: Math.round(smallRows / seconds) } });
    started = performance.now();
    const read = await store.read("MATCH (a:Actor)-[r:OWNS]->(m:Asset) RETURN a.id, r.share, m.id", {}, { rowLimit: 1_000_000 });
    seconds = (performance.now() - started) / 1000;
    results.push({ name: "embedded read of 300k rows (getAllSync)", metrics: { rows: read.rows.length, seconds: round(seconds), rowsPerSecond: Math.round(read.rows.length / seconds) } });
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
