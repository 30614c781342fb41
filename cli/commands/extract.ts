import type { Command } from "commander";
import { walkPaths } from "../../loaders/index.js";
import { DOCUMENT_EXTENSIONS, DocumentReadError, extractDocument, loadKnowledgeBase, type ExtractedDocument } from "../../loaders/documents/index.js";
import { printJson } from "../output.js";

function printDocument(document: ExtractedDocument): void {
  console.log(`${document.path} (${document.language}${document.title ? `, "${document.title}"` : ""}): ${document.entities.length} entities, ${document.facts.length} facts`);
  for (const fact of document.facts) {
    const value = fact.value === null ? "" : ` ${fact.valueMin !== undefined && fact.valueMax !== undefined ? `${fact.valueMin}–${fact.valueMax}` : fact.value}${fact.unit ? ` ${fact.unit}` : ""}`;
    const year = fact.year ? ` (${fact.year})` : "";
    const status = fact.status === "reported" ? "" : ` [${fact.status}]`;
    console.log(`  ${fact.subject.name} ${fact.predicate} ${fact.object.name}${value}${year}${status}`);
    console.log(`    “${fact.evidence[0]?.quote.slice(0, 160) ?? ""}”`);
  }
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and facts from articles (.txt, .md, .html) without loading them; every fact quotes its sentence")
    .argument("<files...>", "article files or folders")
    .option("--json", "print { documents: [...] } as JSON")
    .action(async (paths: string[], options: { json?: boolean }) => {
      const knowledgeBase = await loadKnowledgeBase();
      const files = (await walkPaths(paths)).filter((p) => DOCUMENT_EXTENSIONS.has(p.slice(p.lastIndexOf(".")).toLowerCase()));
      const documents: ExtractedDocument[] = [];
      const errors: Array<{ path: string; message: string }> = [];
      for (const path of files) {
        try {
          documents.push(await extractDocument(path, { knowledgeBase }));
        } catch (error) {
          if (!(error instanceof DocumentReadError) && !(error instanceof Error && "code" in error)) throw error;
          errors.push({ path, message: (error as Error).message });
        }
      }
      if (options.json) printJson({ documents, errors });
      else documents.forEach(printDocument);
      for (const e of errors) console.error(e.message);
      if (errors.length > 0 || files.length === 0) process.exitCode = 1;
      if (files.length === 0) console.error(`ytterby extract: no .txt, .md or .html files in ${paths.join(", ")}. Pass article files or folders holding them.`);
    });
}
