import { readFile } from "node:fs/promises";
import { stringify } from "yaml";
import { goldDocumentSchema } from "./gold-schema.js";
import { readNewsArticle } from "./news-corpus.js";

/**
 * Prints a real-news gold file back as quote-based YAML (the words read from the corpus at run time), the
 * format build-news-gold.ts reads: review or correct it outside the repository, then rebuild the gold.
 * `npx tsx loaders/eval/show-news-gold.ts tests/fixtures/news/gold/a001-….json`
 */
const path = process.argv[2];
if (!path) {
  console.error("Usage: npx tsx loaders/eval/show-news-gold.ts GOLD.json");
  process.exit(2);
}
const gold = goldDocumentSchema.parse(JSON.parse(await readFile(path, "utf8")));
const { text } = await readNewsArticle(gold.document);
const at = (s: { start: number; end: number }) => {
  const words = text.slice(s.start, s.end);
  if (text.indexOf(words) === text.lastIndexOf(words)) return words;
  // Widen the quote until it is unique, marking the span with ⟦…⟧ as the annotators did.
  for (let pad = 5; pad < 400; pad += 5) {
    const before = text.slice(Math.max(0, s.start - pad), s.start);
    const after = text.slice(s.end, s.end + pad);
    const wide = before + words + after;
    if (text.indexOf(wide) === text.lastIndexOf(wide)) return `${before}⟦${words}⟧${after}`;
  }
  return words;
};
console.log(
  stringify({
    [gold.document]: {
      entities: gold.entities.map((e) => ({ id: e.id, name: e.name, at: at(e.mention) })),
      facts: gold.facts.map((f) => ({ s: f.subject, p: f.predicate, o: f.object, ...(f.value === undefined ? {} : { value: f.value }), ...(f.valueMin === undefined ? {} : { min: f.valueMin }), ...(f.valueMax === undefined ? {} : { max: f.valueMax }), ...(f.unit === undefined ? {} : { unit: f.unit }), status: f.status, at: at(f.span) })),
    },
  }),
);
