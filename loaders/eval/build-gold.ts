import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { readDocument } from "../documents/index.js";
import type { GoldDocument } from "./gold-schema.js";
import { evalSetFromArgs } from "./run-eval.js";

/**
 * Turns the hand annotations of our own held-out articles (<set>/annotations.yaml, which quote the words they
 * mark) into gold files of offsets and span hashes in <set>/gold. Run after editing an article or its
 * annotations: `npx tsx loaders/eval/build-gold.ts [--set heldout | --set heldout-b | --set heldout-c | --dir <path>]`.
 */
const quote = z.string().min(1);
const annotationsSchema = z.record(
  z.string(),
  z.object({
    entities: z.array(z.object({ id: z.string(), name: z.string(), at: quote })),
    facts: z.array(
      z.object({
        s: z.string(),
        p: z.string(),
        o: z.string(),
        value: z.number().optional(),
        min: z.number().optional(),
        max: z.number().optional(),
        unit: z.string().optional(),
        status: z.string(),
        at: quote,
      }),
    ),
  }),
);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const KINDS: Record<string, string> = { actor: "Actor", asset: "Asset", element: "Element", country: "Country", region: "Region" };

/** The span `at` marks: the quote itself, or its ⟦…⟧ part; the quote must occur exactly once. */
export function locate(text: string, at: string, where: string): { start: number; end: number; sha256: string } {
  const open = at.indexOf("⟦");
  const close = at.indexOf("⟧");
  const plain = at.replace("⟦", "").replace("⟧", "");
  const index = text.indexOf(plain);
  if (index < 0) throw new Error(`${where}: "${at}" is not in the text.`);
  if (text.indexOf(plain, index + 1) >= 0) throw new Error(`${where}: "${at}" occurs more than once; quote more words or mark the span with ⟦…⟧.`);
  const start = open < 0 ? index : index + open;
  const end = open < 0 ? index + plain.length : index + close - 1;
  return { start, end, sha256: sha256(text.slice(start, end)) };
}

/** A fact as annotators write it (s, p, o, bounds, `at` quote) in the gold format, its span located in the text. */
export function goldFactOf(
  f: { s: string; p: string; o: string; value?: number; min?: number; max?: number; unit?: string; status: string; at: string },
  text: string,
  document: string,
): GoldDocument["facts"][number] {
  return {
    subject: f.s,
    predicate: f.p,
    object: f.o,
    ...(f.value === undefined ? {} : { value: f.value }),
    ...(f.min === undefined ? {} : { valueMin: f.min }),
    ...(f.max === undefined ? {} : { valueMax: f.max }),
    ...(f.unit === undefined ? {} : { unit: f.unit }),
    status: f.status,
    span: locate(text, f.at, `${document} ${f.s} ${f.p} ${f.o}`),
  };
}

export async function buildGold(annotationsPath: string, textDir: string): Promise<Map<string, GoldDocument>> {
  const annotations = annotationsSchema.parse(parse(await readFile(annotationsPath, "utf8")));
  const gold = new Map<string, GoldDocument>();
  for (const [document, a] of Object.entries(annotations)) {
    const path = join(textDir, document);
    const bytes = await readFile(path);
    // Offsets refer to the text the loader reads: the file itself, or the article text of an HTML page.
    const { text } = readDocument(path, bytes);
    gold.set(document, {
      version: 1,
      document,
      sha256: sha256(bytes.toString("utf8")),
      note: "Own-written article, annotated by hand in annotations.yaml before any extractor run; see README.md.",
      entities: a.entities.map((e) => {
        const kind = KINDS[e.id.split(":")[0] ?? ""];
        if (!kind) throw new Error(`${document}: ${e.id} has no known kind prefix.`);
        return { id: e.id, kind, name: e.name, mention: locate(text, e.at, `${document} ${e.id}`) };
      }),
      facts: a.facts.map((f) => goldFactOf(f, text, document)),
    });
  }
  return gold;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { gold: goldDir, texts } = evalSetFromArgs(process.argv.slice(2), "heldout");
  await mkdir(goldDir, { recursive: true });
  for (const [document, g] of await buildGold(join(texts, "annotations.yaml"), texts)) {
    const file = join(goldDir, `${document.replace(/\.[a-z]+$/, "")}.json`);
    await writeFile(file, `${JSON.stringify(g, null, 1)}\n`);
    console.log(`${file}: ${g.entities.length} entities, ${g.facts.length} facts`);
  }
}
