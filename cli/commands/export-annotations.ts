import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { goldFromReviews } from "../annotations/gold-from-reviews.js";
import type { GetStore } from "../context.js";

export function registerExportAnnotations(program: Command, getStore: GetStore): void {
  program
    .command("export-annotations")
    .description(
      "write reviewed documents in the gold annotation format (offsets and span hashes) for `npm run eval -- --dir OUT` and training: confirmed, corrected and added facts in, rejected out. Each document's text is written beside its annotations (OUT/<name>.txt, OUT/gold/<name>.json); keep OUT outside the repository when the texts are not yours to publish",
    )
    .requiredOption("--out <dir>", "folder to write into")
    .option("--document <id...>", "only these documents (default: every document a review names)")
    .option("--include-unreviewed", "also keep facts nobody reviewed")
    .action(async (options: { out: string; document?: string[]; includeUnreviewed?: boolean }) => {
      const store = await getStore();
      const documents = await goldFromReviews(store, { documentIds: options.document, includeUnreviewed: options.includeUnreviewed });
      const out = resolve(options.out);
      await mkdir(join(out, "gold"), { recursive: true });
      for (const d of documents) {
        await writeFile(join(out, d.fileName), d.text, "utf8");
        await writeFile(join(out, "gold", d.fileName.replace(/\.\w+$/, ".json")), `${JSON.stringify(d.gold, null, 1)}\n`, "utf8");
      }
      const facts = documents.reduce((n, d) => n + d.gold.facts.length, 0);
      console.log(`${documents.length} document(s), ${facts} fact(s) written to ${out}. Score the extractor on them: npm run eval -- --dir ${out}`);
    });
}
