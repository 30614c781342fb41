import { createHash } from "node:crypto";
import type { GraphStore } from "../../graph/index.js";
import type { GoldDocument, GoldEntity, GoldFact } from "../../loaders/eval/gold-schema.js";
import { documentText, readDocumentFacts, type DocumentFact, type ReviewState } from "../../queries/index.js";

/** A reviewed document as the eval tool reads a folder: its text under `fileName`, its annotations beside it. */
export interface ExportedDocument {
  documentId: string;
  fileName: string;
  text: string;
  gold: GoldDocument;
}

export interface ExportOptions {
  /** Only these documents; by default every document a review statement names. */
  documentIds?: readonly string[];
  /** Also keep facts nobody reviewed (the extractor's unchecked output); by default only what a person vouched for. */
  includeUnreviewed?: boolean;
}

/** Facts a person vouched for. Rejected facts (and the old side of a correction, which is rejected) stay out. */
const KEPT: ReadonlySet<ReviewState> = new Set(["confirmed", "corrected", "added"]);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The figure of a fact as gold annotations state it (loaders/eval/gold-schema.ts): value, bounds and unit. */
function goldValue(fact: DocumentFact): Pick<GoldFact, "value" | "valueMin" | "valueMax" | "unit"> {
  const p = fact.properties;
  const number = (v: unknown) => (typeof v === "number" ? v : undefined);
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const out: Pick<GoldFact, "value" | "valueMin" | "valueMax" | "unit"> = {};
  const share = number(p.share);
  const shareMin = number(p.shareMin);
  const shareMax = number(p.shareMax);
  if (share !== undefined || shareMin !== undefined || shareMax !== undefined) {
    if (share !== undefined) out.value = share;
    if (shareMin !== undefined) out.valueMin = shareMin;
    if (shareMax !== undefined) out.valueMax = shareMax;
    out.unit = "%";
    return out;
  }
  const amount = number(p.amount);
  if (amount !== undefined) {
    out.value = amount;
    const unit = text(p.unit) ?? text(p.currency);
    if (unit !== undefined) out.unit = unit;
  }
  return out;
}

/** Relationships the gold format has a predicate for; export controls (ISSUED, RESTRICTS, TARGETS) are read apart. */
const GOLD_PREDICATES = new Set(["OWNS", "OPERATES", "LOCATED_IN", "PRODUCES", "HAS_RESERVES", "SUPPLIES", "IMPORTS_FROM", "INVESTS_IN", "PLANS", "SHARE_OF_GLOBAL"]);

export function goldFacts(facts: readonly DocumentFact[], text: string, includeUnreviewed = false): GoldFact[] {
  const kept = facts.filter((f) => GOLD_PREDICATES.has(f.type) && (f.review === null ? includeUnreviewed : KEPT.has(f.review)));
  return kept.flatMap((fact) =>
    fact.evidence.flatMap((e) => {
      if (e.start === undefined || e.end === undefined || e.end > text.length) return [];
      const span = { start: e.start, end: e.end, sha256: sha256(text.slice(e.start, e.end)) };
      return [{ subject: fact.subject.id, predicate: fact.type, object: fact.object.id, ...goldValue(fact), status: fact.status, span }];
    }),
  );
}

async function documentEntities(store: GraphStore, documentId: string, text: string): Promise<GoldEntity[]> {
  // Nodes and edges come back dialect-neutral (the collector supplies kinds), as in the document route.
  const mentioned = await store.read("MATCH (d:Document {id: $id})-[m:MENTIONS]->(n) RETURN d, m, n", { id: documentId }, { rowLimit: 5_000 });
  const nodes = new Map(mentioned.graph.nodes.map((n) => [n.id, n]));
  const entities: GoldEntity[] = [];
  for (const edge of mentioned.graph.edges) {
    const node = nodes.get(edge.target);
    const first = ((edge.properties.spans as string[] | undefined) ?? [])
      .map((s) => s.split("-").map(Number) as [number, number])
      .filter(([start, end]) => end <= text.length && end > start)
      .sort((a, b) => a[0] - b[0])[0];
    if (!node || !first) continue;
    entities.push({ id: node.id, kind: node.kind, name: node.name, mention: { start: first[0], end: first[1], sha256: sha256(text.slice(first[0], first[1])) } });
  }
  return entities.sort((a, b) => a.mention.start - b.mention.start || a.id.localeCompare(b.id));
}

async function reviewedDocumentIds(store: GraphStore): Promise<string[]> {
  const result = await store.read("MATCH (v:Review) WHERE v.documentId IS NOT NULL RETURN DISTINCT v.documentId AS id ORDER BY id", {}, { rowLimit: 100_000 });
  return result.rows.map((row) => String(row.id));
}

/** The reviewed documents in the gold annotation format: offsets and span hashes, the text kept apart. */
export async function goldFromReviews(store: GraphStore, options: ExportOptions = {}): Promise<ExportedDocument[]> {
  const ids = options.documentIds ?? (await reviewedDocumentIds(store));
  const exported: ExportedDocument[] = [];
  for (const documentId of ids) {
    const text = await documentText(store, documentId);
    const path = (await store.read("MATCH (d:Document {id: $id}) RETURN d.path AS path", { id: documentId })).rows[0]?.path;
    const fileName = `${documentId.slice(documentId.indexOf(":") + 1)}${typeof path === "string" && /\.md$/i.test(path) ? ".md" : ".txt"}`;
    const facts = await readDocumentFacts(store, documentId);
    exported.push({
      documentId,
      fileName,
      text,
      gold: {
        version: 1,
        document: fileName,
        sha256: sha256(text),
        note: `Exported by ytterby export-annotations from the reviews of ${documentId}: ${options.includeUnreviewed ? "reviewed and unreviewed" : "confirmed, corrected and added"} facts; rejected facts left out.`,
        entities: await documentEntities(store, documentId, text),
        facts: goldFacts(facts, text, options.includeUnreviewed),
      },
    });
  }
  return exported;
}
