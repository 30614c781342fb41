import { readFile } from "node:fs/promises";
import { loadKnowledgeBase, type KnowledgeBase } from "./knowledge-base.js";
import { extractFromText, readDocument } from "./extract-document.js";
import type { ExtractedDocument } from "./types.js";

export { documentLoader } from "./document-loader.js";
export { DocumentReadError, DOCUMENT_EXTENSIONS, readDocument, extractFromText } from "./extract-document.js";
export { buildKnowledgeBase, loadKnowledgeBase, type KnowledgeBase } from "./knowledge-base.js";
export { documentToBatch } from "./document-to-batch.js";
export { MAX_DOCUMENT_BYTES } from "./decode-text.js";
export type { ExtractedDocument, ExtractedEntity, ExtractedFact, EntityRef, EvidenceSpan, Language } from "./types.js";

export interface ExtractOptions {
  knowledgeBase?: KnowledgeBase;
}

/**
 * Reads one article (.txt, .md, .html) and returns its entities and facts in the shape `ytterby extract --json`
 * prints. Throws DocumentReadError for files that are not readable articles.
 */
export async function extractDocument(path: string, options: ExtractOptions & { bytes?: Uint8Array } = {}): Promise<ExtractedDocument> {
  const kb = options.knowledgeBase ?? (await loadKnowledgeBase());
  const bytes = options.bytes ?? (await readFile(path));
  const { mentions: _mentions, ...document } = extractFromText(readDocument(path, bytes), kb);
  return document;
}
