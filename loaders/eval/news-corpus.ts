import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The real-news corpus lives beside the repository, never in it: it is third-party text. */
export const NEWS_CORPUS_DIR = fileURLToPath(new URL("../../../shared/news-corpus", import.meta.url));
export const NEWS_GOLD_DIR = fileURLToPath(new URL("../../tests/fixtures/news/gold", import.meta.url));
export const NEWS_SPLIT_FILE = fileURLToPath(new URL("../../tests/fixtures/news/split.json", import.meta.url));

export interface NewsArticle {
  /** Corpus-relative path, e.g. `en/a001-….txt`. */
  file: string;
  url: string;
  date: string | undefined;
  outlet: string;
  language: string;
  /** The text after line 2: what offsets in the gold files index into. */
  text: string;
  /** SHA-256 of the whole file, header included. */
  sha256: string;
}

const HEADER = /^URL: (.*?) \| DATE: (.*?) \| OUTLET: (.*?) \| LANG: (\w+)\s*$/;

/** Splits a corpus file into its header fields and the article text that follows the empty second line. */
export function parseNewsFile(file: string, content: string): NewsArticle {
  const firstBreak = content.indexOf("\n");
  const secondBreak = firstBreak < 0 ? -1 : content.indexOf("\n", firstBreak + 1);
  const header = HEADER.exec(firstBreak < 0 ? content : content.slice(0, firstBreak));
  if (!header || secondBreak < 0) throw new Error(`${file}: line 1 is not a "URL: … | DATE: … | OUTLET: … | LANG: …" header followed by an empty line.`);
  const [, url = "", date = "", outlet = "", language = ""] = header;
  return {
    file,
    url,
    date: date === "unknown" ? undefined : date,
    outlet,
    language,
    text: content.slice(secondBreak + 1),
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}

export async function readNewsArticle(file: string, corpusDir: string = NEWS_CORPUS_DIR): Promise<NewsArticle> {
  return parseNewsFile(file, await readFile(join(corpusDir, file), "utf8"));
}
