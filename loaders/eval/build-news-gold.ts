import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { z } from "zod";
import { goldFactOf, locate } from "./build-gold.js";
import type { GoldDocument } from "./gold-schema.js";
import { NEWS_GOLD_DIR, readNewsArticle } from "./news-corpus.js";

/**
 * Turns quote-based annotations of real-news corpus files (kept outside the repository, since their quotes are
 * third-party sentences) into gold files of offsets and span hashes:
 * `npx tsx loaders/eval/build-news-gold.ts [--out DIR] [--check] FILE.yaml…`. Keys are corpus paths (`en/a001-….txt`).
 */
const quote = z.string().min(1);
const KINDS: Record<string, string> = { actor: "Actor", asset: "Asset", element: "Element", country: "Country", region: "Region" };
const PREDICATES = ["OWNS", "OPERATES", "LOCATED_IN", "PRODUCES", "HAS_RESERVES", "SUPPLIES", "IMPORTS_FROM", "RESTRICTS_EXPORT", "INVESTS_IN", "PLANS", "SHARE_OF_GLOBAL"] as const;
const entityId = z.string().regex(/^(actor|asset|element|country|region):[a-z0-9][a-z0-9-]*$/, "an id is kind:slug (actor, asset, element, country or region; lower-case ASCII, digits and hyphens)");

const annotationsSchema = z.record(
  z.string().regex(/^(en|ru|zh)\/[a-z]\d{3}-[^/]+\.txt$/, "keys are corpus paths such as en/a001-….txt"),
  z.object({
    entities: z.array(z.object({ id: entityId, name: z.string().min(1), at: quote }).strict()),
    facts: z.array(
      z
        .object({
          s: entityId,
          p: z.enum(PREDICATES),
          o: entityId,
          value: z.number().optional(),
          min: z.number().optional(),
          max: z.number().optional(),
          unit: z.string().optional(),
          status: z.enum(["reported", "planned", "target"]),
          at: quote,
        })
        .strict(),
    ),
  }),
);

export async function buildNewsGold(yamlText: string, source: string): Promise<GoldDocument[]> {
  const parsed = annotationsSchema.safeParse(parse(yamlText));
  if (!parsed.success) throw new Error(`${source}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const documents: GoldDocument[] = [];
  for (const [file, a] of Object.entries(parsed.data)) {
    const article = await readNewsArticle(file);
    const ids = new Set(a.entities.map((e) => e.id));
    for (const f of a.facts) {
      for (const id of [f.s, f.o]) if (!ids.has(id)) throw new Error(`${source} ${file}: fact ${f.s} ${f.p} ${f.o} uses ${id}, which is not among the entities.`);
    }
    documents.push({
      version: 1,
      document: file,
      sha256: article.sha256,
      note: "Real-news excerpt annotated by hand from quotes kept outside the repository; see ../README.md.",
      entities: a.entities.map((e) => ({ id: e.id, kind: KINDS[e.id.split(":")[0] ?? ""] ?? "", name: e.name, mention: locate(article.text, e.at, `${file} ${e.id}`) })),
      facts: a.facts.map((f) => goldFactOf(f, article.text, file)),
    });
  }
  return documents;
}

const { values, positionals } = parseArgs({ options: { out: { type: "string" }, check: { type: "boolean" } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error("Usage: npx tsx loaders/eval/build-news-gold.ts [--out DIR] [--check] ANNOTATIONS.yaml…");
  process.exit(2);
}
const out = values.out ?? NEWS_GOLD_DIR;
let failed = false;
for (const path of positionals) {
  try {
    const documents = await buildNewsGold(await readFile(path, "utf8"), path);
    for (const g of documents) {
      if (!values.check) {
        await mkdir(out, { recursive: true });
        await writeFile(join(out, `${basename(g.document, ".txt")}.json`), `${JSON.stringify(g, null, 1)}\n`);
      }
      console.log(`${g.document}: ${g.entities.length} entities, ${g.facts.length} facts${values.check ? " (checked)" : ""}`);
    }
  } catch (error) {
    failed = true;
    console.error((error as Error).message);
  }
}
process.exit(failed ? 1 : 0);
