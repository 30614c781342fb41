import { beforeAll } from "vitest";
import { extractFromText, loadKnowledgeBase, type ExtractedDocument, type KnowledgeBase } from "../../../loaders/documents/index.js";
import type { RelationModel } from "../../../loaders/documents/relations-learned/index.js";

/** A fact as one comparable line: "actor:rosatom OWNS actor:armz 100%", with " [planned]" unless reported. */
export function factLines(document: ExtractedDocument): string[] {
  return document.facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}${f.unit ?? ""}`}${f.status === "reported" ? "" : ` [${f.status}]`}`);
}

/**
 * Extraction of short invented texts against the reference knowledge base, which is loaded once per test file
 * (call at the top level of the file). `rulesOnly` reads with the phrase rules alone, for tests of a rule layer
 * whose readings the learned step may otherwise drop.
 */
export function sentenceReader(options: { rulesOnly?: boolean } = {}) {
  let kb: KnowledgeBase | undefined;
  beforeAll(async () => {
    kb = await loadKnowledgeBase();
  });
  const extract = (text: string) => {
    if (!kb) throw new Error("the knowledge base is loaded in beforeAll; read sentences inside tests");
    const model: RelationModel | null | undefined = options.rulesOnly ? null : undefined;
    return extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb, model);
  };
  return { extract, read: (text: string) => factLines(extract(text)) };
}
