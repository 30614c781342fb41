import { extname } from "node:path";
import type { Loader, LoaderOutput, SourceFile } from "../loader.js";
import { documentToBatch } from "./document-to-batch.js";
import { DOCUMENT_EXTENSIONS, DocumentReadError, extractFromText, readDocument } from "./extract-document.js";
import { loadKnowledgeBase } from "./knowledge-base.js";

/** News articles and reports as text, Markdown or HTML: entities and facts with the sentence behind each. */
export const documentLoader: Loader = {
  name: "documents",
  accepts(file: SourceFile): boolean {
    return DOCUMENT_EXTENSIONS.has(extname(file.path).toLowerCase());
  },
  async load(file: SourceFile): Promise<LoaderOutput> {
    try {
      const document = readDocument(file.path, file.bytes);
      const { mentions, ...extracted } = extractFromText(document, await loadKnowledgeBase());
      return { batches: [documentToBatch(extracted, document.text, mentions)], issues: [] };
    } catch (error) {
      if (error instanceof DocumentReadError) return { batches: [], issues: [{ where: file.path, message: error.message.slice(file.path.length + 2) }] };
      throw error;
    }
  },
};
