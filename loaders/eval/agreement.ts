import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { normaliseName } from "../resolution/normalise-name.js";
import { goldDocumentSchema, type GoldDocument, type GoldFact } from "./gold-schema.js";
import { NEWS_GOLD_DIR } from "./news-corpus.js";
import { matchAll, scoresOf, addCounts, type Counts } from "./score.js";

/**
 * Inter-annotator agreement on the real-news sample annotated twice: one annotation is scored against the
 * other as if it were a prediction (F1 is symmetric). Entities the reference base lacks get different slugs
 * from different annotators, so ids also agree when the kinds match and one name contains the other.
 * `npx tsx loaders/eval/agreement.ts`
 */
export const NEWS_SECOND_DIR = fileURLToPath(new URL("../../tests/fixtures/news/gold-second", import.meta.url));

type Names = Map<string, string>;

function sameEntity(a: string, b: string, namesA: Names, namesB: Names): boolean {
  if (a === b) return true;
  if (a.split(":")[0] !== b.split(":")[0]) return false;
  const x = normaliseName(namesA.get(a) ?? "");
  const y = normaliseName(namesB.get(b) ?? "");
  return x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x));
}

const closeValue = (a: number | undefined, b: number | undefined) => (a === undefined && b === undefined) || (a !== undefined && b !== undefined && Math.abs(a - b) <= Math.abs(a) * 0.01);
const overlaps = (a: GoldFact, b: GoldFact) => a.span.start < b.span.end && b.span.start < a.span.end;

export interface Agreement {
  documents: number;
  entities: Counts;
  /** Predicate, arguments, figure and overlapping span all agree: the standard the extractor is scored by. */
  facts: Counts;
  /** Predicate and arguments agree, wherever in the article each annotator marked the statement. */
  factsByTriple: Counts;
}

export function compare(first: GoldDocument, second: GoldDocument): Omit<Agreement, "documents"> {
  const namesA: Names = new Map(first.entities.map((e) => [e.id, e.name]));
  const namesB: Names = new Map(second.entities.map((e) => [e.id, e.name]));
  const triple = (a: GoldFact, b: GoldFact) => a.predicate === b.predicate && sameEntity(a.subject, b.subject, namesA, namesB) && sameEntity(a.object, b.object, namesA, namesB);
  return {
    entities: matchAll(first.entities, second.entities, (a, b) => sameEntity(a.id, b.id, namesA, namesB)),
    facts: matchAll(first.facts, second.facts, (a, b) => triple(a, b) && overlaps(a, b) && closeValue(a.value, b.value) && closeValue(a.valueMin, b.valueMin) && closeValue(a.valueMax, b.valueMax)),
    factsByTriple: matchAll(first.facts, second.facts, triple),
  };
}

export async function measureAgreement(firstDir = NEWS_GOLD_DIR, secondDir = NEWS_SECOND_DIR): Promise<Agreement> {
  const zero: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const total: Agreement = { documents: 0, entities: zero, facts: zero, factsByTriple: zero };
  const read = async (path: string) => goldDocumentSchema.parse(JSON.parse(await readFile(path, "utf8")));
  for (const file of (await readdir(secondDir)).filter((f) => f.endsWith(".json")).sort()) {
    const result = compare(await read(join(firstDir, file)), await read(join(secondDir, file)));
    total.documents += 1;
    total.entities = addCounts(total.entities, result.entities);
    total.facts = addCounts(total.facts, result.facts);
    total.factsByTriple = addCounts(total.factsByTriple, result.factsByTriple);
  }
  return total;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const a = await measureAgreement();
  const line = (name: string, c: Counts) => {
    const s = scoresOf(c);
    return `${name.padEnd(34)} F1 ${(s.f1 * 100).toFixed(1)}%  (both ${s.truePositives}, first only ${s.falseNegatives}, second only ${s.falsePositives})`;
  };
  console.log(`Inter-annotator agreement on ${a.documents} real-news files annotated twice`);
  console.log(line("entities", a.entities));
  console.log(line("facts (as scored)", a.facts));
  console.log(line("facts (predicate and arguments)", a.factsByTriple));
}
