import winkNLP, { type ItemSentence, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Block, Language, Sentence, Token } from "./types.js";
import { allMatches } from "./all-matches.js";
import { continuesLatinAbbreviation, continuesLegalForm } from "./continues-latin-abbreviation.js";

let english: WinkMethods | undefined;
let englishTagger: WinkMethods | undefined;
/** Loaded on first use: the model costs a few hundred milliseconds and `--help` should not pay it. */
function englishNlp(): WinkMethods {
  // Sentence boundaries only: wink's NER and sentiment would cost time and tell us nothing we use, and tags are
  // read by a second instance only for the paragraphs that need them.
  english ??= winkNLP(model, ["sbd"]);
  return english;
}

/** Same tokens and sentences as `englishNlp` (the tagger runs after both), plus part-of-speech tags. */
function englishTaggerNlp(): WinkMethods {
  englishTagger ??= winkNLP(model, ["sbd", "pos"]);
  return englishTagger;
}

/**
 * Tagging is a third of wink's time and entity discovery needs a tag only where the first word of a sentence
 * could start a name, so a paragraph is tagged the first time one of its tokens is asked for its tag.
 */
class PieceTags {
  private tags: string[] | undefined;

  constructor(private readonly text: string) {}

  tag(index: number): string | undefined {
    if (!this.tags) {
      const nlp = englishTaggerNlp();
      this.tags = nlp.readDoc(this.text).tokens().out(nlp.its.pos) as string[];
    }
    return this.tags[index];
  }
}

class EnglishToken implements Token {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    private readonly piece: PieceTags,
    private readonly index: number,
  ) {}

  get pos(): string | undefined {
    return this.piece.tag(this.index);
  }
}

const segmenters = new Map<string, { sentence: Intl.Segmenter; word: Intl.Segmenter }>();
function icu(language: string): { sentence: Intl.Segmenter; word: Intl.Segmenter } {
  let pair = segmenters.get(language);
  if (!pair) {
    pair = { sentence: new Intl.Segmenter(language, { granularity: "sentence" }), word: new Intl.Segmenter(language, { granularity: "word" }) };
    segmenters.set(language, pair);
  }
  return pair;
}

/** wink's tokenisation is lossless: spaces before each token plus the token rebuild the text exactly. */
function englishSentences(text: string, offset: number): Array<{ start: number; end: number; tokens: Token[] }> {
  const nlp = englishNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = new PieceTags(text);
  const tokens: Token[] = [];
  let position = 0;
  values.forEach((value, i) => {
    position += (spaces[i] ?? "").length;
    tokens.push(new EnglishToken(value, offset + position, offset + position + value.length, tags, i));
    position += value.length;
  });
  const sentences: Array<{ start: number; end: number; tokens: Token[] }> = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const own = tokens.slice(first, last + 1).filter((t) => t.text.trim().length > 0);
    const head = own[0];
    const tail = own[own.length - 1];
    if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: own });
  });
  return sentences;
}

function icuSentences(text: string, offset: number, language: string): Array<{ start: number; end: number; tokens: Token[] }> {
  const { sentence, word } = icu(language);
  const sentences: Array<{ start: number; end: number; tokens: Token[] }> = [];
  for (const segment of sentence.segment(text)) {
    const raw = segment.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = offset + segment.index + lead;
    const tokens: Token[] = [];
    for (const chunk of chunksOf(trimmed)) {
      for (const w of word.segment(chunk.text)) {
        if (w.segment.trim().length === 0) continue;
        const at = start + chunk.offset + w.index;
        tokens.push({ text: w.segment, start: at, end: at + w.segment.length });
      }
    }
    sentences.push({ start, end: start + trimmed.length, tokens });
  }
  return sentences;
}

/**
 * Several pattern scans look back or ahead across their whole sentence, so their cost grows with the square of
 * its length: a 0.5 MB run-on "sentence" took 26 s. Real sentences are far shorter (the seeds' and held-out
 * sets' longest is under 500 characters), so longer ones are read in windows of at most this many characters,
 * cut after a clause mark where there is one.
 */
export const MAX_SENTENCE_CHARS = 2_000;
/**
 * wink tests every token against an abbreviation pattern in time that grows with the square of the token's
 * length (one 100k-character "word": 8 s), so a piece holding a "word" longer than any URL goes to ICU instead.
 */
const OVERLONG_WORD = /\S{300}/;
const CHUNK_BREAK = /[\s,;，、；：:]/u;

/**
 * V8's word segmenter slows down with the square of its input's length (a 100k-character Russian sentence:
 * 6 s, 200k: 26 s), so an overlong sentence is word-segmented in chunks cut after a space or a comma.
 */
function chunksOf(text: string): Array<{ offset: number; text: string }> {
  const chunks: Array<{ offset: number; text: string }> = [];
  let offset = 0;
  while (text.length - offset > MAX_SENTENCE_CHARS) {
    let cut = offset + MAX_SENTENCE_CHARS;
    while (cut > offset + MAX_SENTENCE_CHARS / 2 && !CHUNK_BREAK.test(text.charAt(cut - 1))) cut--;
    if (cut <= offset + MAX_SENTENCE_CHARS / 2) cut = offset + MAX_SENTENCE_CHARS;
    // Never between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
    chunks.push({ offset, text: text.slice(offset, cut) });
    offset = cut;
  }
  chunks.push({ offset, text: text.slice(offset) });
  return chunks;
}

const ICU_LOCALE: Record<Language, string> = { en: "en", ru: "ru", zh: "zh", other: "en" };

/**
 * Run-together summaries separate points with " - " after a full stop or a citation mark ("… [1][3]. - Russia
 * ranks …"); those separators end a sentence even though no tokenizer treats them so.
 */
const LIST_SEPARATOR = /(?<=[.!?\]])\s+[-–—•]\s+(?=\p{Lu})/gu;
const LIST_DASH = /[-–—•]/;

function pieces(block: Block, text: string): Array<{ start: number; end: number }> {
  const slice = text.slice(block.start, block.end);
  const parts: Array<{ start: number; end: number }> = [];
  let from = 0;
  // The separator's dash is rare in prose; looking for it first spares the look-behind scan of every block.
  const matches = LIST_DASH.test(slice) ? allMatches(LIST_SEPARATOR, slice) : [];
  for (const match of matches) {
    parts.push({ start: block.start + from, end: block.start + match.index });
    from = match.index + match[0].length;
  }
  parts.push({ start: block.start + from, end: block.end });
  return parts;
}

const LOWER_CASE = /^\p{Ll}/u;

const CLAUSE_MARK = /^[,;:，；、]$/;

function windowsOf(sentence: Sentence): Sentence[] {
  if (sentence.end - sentence.start <= MAX_SENTENCE_CHARS) return [sentence];
  const windows: Sentence[] = [];
  let tokens: Token[] = [];
  let lastMark = -1;
  const close = (count: number) => {
    const own = tokens.slice(0, count);
    tokens = tokens.slice(count);
    lastMark = -1;
    tokens.forEach((t, i) => {
      if (CLAUSE_MARK.test(t.text)) lastMark = i;
    });
    const head = own[0];
    const tail = own[own.length - 1];
    if (head && tail) windows.push({ ...sentence, start: head.start, end: tail.end, tokens: own });
  };
  for (const token of sentence.tokens) {
    const head = tokens[0];
    if (head && token.end - head.start > MAX_SENTENCE_CHARS) close(lastMark >= tokens.length / 2 ? lastMark + 1 : tokens.length);
    tokens.push(token);
    if (CLAUSE_MARK.test(token.text)) lastMark = tokens.length - 1;
  }
  close(tokens.length);
  return windows;
}

/** Sentences of every block that may hold facts, with tokens and offsets into the original text. */
export function segmentSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (block.role === "furniture") continue;
    for (const piece of pieces(block, text)) {
      const slice = text.slice(piece.start, piece.end);
      const found =
        block.language === "en" && !OVERLONG_WORD.test(slice) ? englishSentences(slice, piece.start) : icuSentences(slice, piece.start, ICU_LOCALE[block.language]);
      let previous: Sentence | undefined;
      for (const s of found) {
        // A "sentence" that starts in lower case continues the previous one: "… approximately 1%. world production".
        // A Chinese one cut after "B.V.(" inside a firm's name continues it too (see continuesLatinAbbreviation), and
        // so does any one cut between "Co." and "Ltd." (see continuesLegalForm).
        const previousText = previous ? text.slice(previous.start, previous.end) : "";
        const runsOn =
          previous &&
          (LOWER_CASE.test(text.slice(s.start, s.start + 1)) ||
            (block.language === "zh" && continuesLatinAbbreviation(previousText)) ||
            continuesLegalForm(previousText, text.slice(s.start, s.end)));
        if (previous && runsOn) {
          previous.end = s.end;
          for (const token of s.tokens) previous.tokens.push(token);
          continue;
        }
        previous = { start: s.start, end: s.end, tokens: s.tokens, index: sentences.length, language: block.language, role: block.role };
        sentences.push(previous);
      }
    }
  }
  const windows: Sentence[] = [];
  for (const sentence of sentences) for (const window of windowsOf(sentence)) windows.push({ ...window, index: windows.length });
  return windows;
}
