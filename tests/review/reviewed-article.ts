import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphStore } from "../../graph/index.js";
import { REFERENCE_DIR, loadPaths } from "../../loaders/index.js";
import { addFact, correctFact, readDocumentFacts, reviewFact, type DocumentFact } from "../../queries/index.js";

/** A sample article of the repository (data/samples/README.md says where it comes from), copied to a temp folder. */
export const SAMPLE = fileURLToPath(new URL("../../data/samples/lynas-mount-weld.txt", import.meta.url));

export interface ReviewedArticle {
  path: string;
  documentId: string;
  rejected: DocumentFact;
  confirmed: DocumentFact;
  corrected: DocumentFact;
  /** The fact the correction created. */
  correction: DocumentFact;
  added: DocumentFact;
}

const find = (facts: DocumentFact[], subject: string, type: string, object: string) => {
  const fact = facts.find((f) => f.subject.id === subject && f.type === type && f.object.id === object);
  if (!fact) throw new Error(`test article: the extractor no longer reads ${subject} ${type} ${object}; pick another fact.`);
  return fact;
};

/**
 * Loads the reference base and the article, then reviews four of its facts the way an analyst would: rejects one,
 * confirms one, corrects a figure and adds a fact the extractor missed (Lynas owning Mount Weld, from the span of
 * the sentence that says it operates the mine).
 */
export async function loadAndReview(store: GraphStore, dir: string): Promise<ReviewedArticle> {
  const path = join(dir, "lynas-mount-weld.txt");
  copyFileSync(SAMPLE, path);
  await loadPaths(store, [REFERENCE_DIR, path]);
  const [document] = (await store.read("MATCH (d:Document) WHERE d.path = $path RETURN d.id AS id", { path })).rows;
  const documentId = String(document?.id);
  const facts = await readDocumentFacts(store, documentId);
  const rejected = find(facts, "country:us", "IMPORTS_FROM", "country:cn");
  const confirmed = find(facts, "actor:lynas", "OPERATES", "asset:mount-weld");
  const corrected = find(facts, "asset:mount-weld", "SHARE_OF_GLOBAL", "element:ree");
  await reviewFact(store, rejected.factId, { action: "reject", reviewer: "Ada", reason: "the article gives no source for it", documentId });
  await reviewFact(store, confirmed.factId, { action: "confirm", reviewer: "Ada", documentId });
  const correction = (await correctFact(store, corrected.factId, { reviewer: "Ada", reason: "the company says 12%", properties: { share: 12 }, documentId })).fact;
  const span = confirmed.evidence[0];
  if (span?.start === undefined || span.end === undefined) throw new Error("test article: the OPERATES fact has no span.");
  const added = (await addFact(store, documentId, { reviewer: "Ada", subjectId: "actor:lynas", type: "OWNS", objectId: "asset:mount-weld", start: span.start, end: span.end })).fact;
  return { path, documentId, rejected, confirmed, corrected, correction, added };
}
