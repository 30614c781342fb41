import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { readDocument } from "../documents/index.js";
import { goldDocumentSchema, type GoldDocument } from "./gold-schema.js";
import { NEWS_SPLIT_FILE, readNewsArticle } from "./news-corpus.js";

export class GoldMismatchError extends Error {
  override name = "GoldMismatchError";
}

export type NewsSplit = "train" | "dev" | "test";

/** One annotated article ready to extract: the text its gold offsets index into, and the gold itself. */
export interface EvalArticle {
  path: string;
  text: string;
  contentHash: string;
  /** The corpus folder (en, ru, zh) for real news; otherwise unknown until the loader detects it. */
  language?: string;
  htmlTitle?: string;
  htmlDate?: string;
  gold: GoldDocument;
}

const splitSchema = z.object({ train: z.array(z.string()), dev: z.array(z.string()), test: z.array(z.string()) });

export async function newsSplitFiles(split: NewsSplit): Promise<Set<string>> {
  return new Set(splitSchema.parse(JSON.parse(await readFile(NEWS_SPLIT_FILE, "utf8")))[split]);
}

const sha256 = (s: string | Uint8Array) => createHash("sha256").update(s).digest("hex");

function checkSpans(file: string, gold: GoldDocument, text: string): void {
  for (const s of [...gold.entities.map((e) => e.mention), ...gold.facts.map((f) => f.span)]) {
    if (sha256(text.slice(s.start, s.end)) !== s.sha256) throw new GoldMismatchError(`${file}: span ${s.start}-${s.end} no longer hashes to its recorded value.`);
  }
}

/**
 * The articles of a gold folder with their texts, every document and span hash checked. With `split`, the texts
 * are real-news corpus files (header stripped) and only the gold files of that part of the fixed split count.
 */
export async function loadEvalArticles(goldDir: string, textsDir: string, split?: NewsSplit): Promise<EvalArticle[]> {
  if (!existsSync(textsDir)) throw new GoldMismatchError(`${textsDir}: the articles are not there. Check out ../shared beside the repository (seeds, news-corpus).`);
  const only = split ? await newsSplitFiles(split) : undefined;
  const files = (await readdir(goldDir)).filter((f) => f.endsWith(".json")).sort();
  const articles: EvalArticle[] = [];
  for (const file of files) {
    const gold = goldDocumentSchema.parse(JSON.parse(await readFile(join(goldDir, file), "utf8")));
    if (only && !only.has(gold.document)) continue;
    const path = join(textsDir, gold.document);
    if (only) {
      const news = await readNewsArticle(gold.document, textsDir);
      if (news.sha256 !== gold.sha256) throw new GoldMismatchError(`${path}: the text differs from the one ${file} was annotated on. Re-annotate or restore the article.`);
      checkSpans(file, gold, news.text);
      articles.push({ path, text: news.text, contentHash: news.sha256, language: gold.document.split("/")[0], gold });
      continue;
    }
    const bytes = await readFile(path);
    if (sha256(bytes.toString("utf8")) !== gold.sha256) throw new GoldMismatchError(`${path}: the text differs from the one ${file} was annotated on. Re-annotate or restore the article.`);
    // Offsets refer to the text the loader reads: the file itself, or the article text of an HTML page.
    const { text, contentHash, htmlTitle, htmlDate } = readDocument(path, bytes);
    checkSpans(file, gold, text);
    articles.push({ path, text, contentHash, gold, ...(htmlTitle === undefined ? {} : { htmlTitle }), ...(htmlDate === undefined ? {} : { htmlDate }) });
  }
  return articles;
}
