import { beforeAll } from "vitest";
import { extractFromText, loadKnowledgeBase, type ExtractedDocument, type KnowledgeBase } from "../../../loaders/documents/index.js";

/** A fact as one comparable line: "actor:rosatom OWNS actor:armz 100%", with " [planned]" unless reported. */
export function factLines(document: ExtractedDocument): string[] {
  return document.facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}${f.unit ?? ""}`}${f.status === "reported" ? "" : ` [${f.status}]`}`);
}

/**
 * Extraction of short invented texts against the reference knowledge base, which is loaded once per test file
 * (call at the top level of the file).
 */
export function sentenceReader() {
  let kb: KnowledgeBase | undefined;
  beforeAll(async () => {
    kb = await loadKnowledgeBase();
  });
  const extract = (text: string) => {
    if (!kb) throw new Error("the knowledge base is loaded in beforeAll; read sentences inside tests");
    return extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb);
  };
  return { extract, read: (text: string) => factLines(extract(text)) };
}
