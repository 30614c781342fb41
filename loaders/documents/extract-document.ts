import { createHash } from "node:crypto";
import { extname } from "node:path";
import { assignPolicies } from "./assign-policies.js";
import { decodeText } from "./decode-text.js";
import { dominantLanguage } from "./detect-language.js";
import { extractFacts, mergeFacts, patternsFor } from "./extract-facts.js";
import { findBlocks } from "./find-blocks.js";
import { findMentions } from "./find-mentions.js";
import { htmlToText } from "./html-text.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import { isoOf, parseDates } from "./parse-dates.js";
import { parseQuantities } from "./parse-quantities.js";
import { segmentSentences } from "./segment-sentences.js";
import { SentenceFrame } from "./sentence-frame.js";
import type { Block, ExtractedDocument, ExtractedEntity, ExtractedFact, KnownEntity, Mention } from "./types.js";
import { withoutStateBodyOutput } from "./state-body-facts.js";
import { futureOutputAsPlans } from "./future-output.js";
import { carriedEntities, combineFacts, frameWithTopic, previousTopicsZh, producerTitlesZh, shippedRelationModels, withCarriedRestrictionsEn, withCarriedRestrictionsZh, type RelationModels } from "./relations-learned/index.js";

export class DocumentReadError extends Error {
  override name = "DocumentReadError";
}

export interface ReadDocument {
  path: string;
  /** The text offsets refer to: the file itself, or the article text of an HTML page. */
  text: string;
  contentHash: string;
  htmlTitle?: string;
  htmlDate?: string;
}

export const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** Decodes a file and, for HTML, takes the article text out of the page. Throws DocumentReadError. */
export function readDocument(path: string, bytes: Uint8Array): ReadDocument {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new DocumentReadError(`${path}: ${decoded.message}`);
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  if (/\.html?$/i.test(extname(path))) {
    const html = htmlToText(decoded.text);
    if (html.text.trim().length === 0) throw new DocumentReadError(`${path}: the page has no article text (only scripts, styles or navigation). Save the article itself.`);
    return { path, text: html.text, contentHash, htmlTitle: html.title, htmlDate: html.date };
  }
  return { path, text: decoded.text, contentHash };
}

function topicElement(mentions: readonly Mention[]): KnownEntity | undefined {
  const counts = new Map<string, { entity: KnownEntity; n: number }>();
  for (const m of mentions) {
    if (m.entity.kind !== "Element") continue;
    const c = counts.get(m.entity.id) ?? { entity: m.entity, n: 0 };
    c.n++;
    counts.set(m.entity.id, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  // Three mentions make a topic; one passing mention does not.
  return best && best.n >= 3 ? best.entity : undefined;
}

function entitiesOf(mentions: readonly Mention[]): ExtractedEntity[] {
  const byId = new Map<string, ExtractedEntity>();
  for (const m of mentions) {
    const entity = byId.get(m.entity.id) ?? { id: m.entity.id, kind: m.entity.kind, name: m.entity.name, discovered: m.entity.discovered === true, mentions: [] };
    entity.mentions.push({ start: m.start, end: m.end, text: m.text });
    byId.set(m.entity.id, entity);
  }
  return [...byId.values()];
}

/** A body sentence as the extractor reads it: its frame of mentions, figures and dates, and what the rules read. */
export interface ReadSentence {
  frame: SentenceFrame;
  ruleFacts: ExtractedFact[];
}

/**
 * Blocks, sentences, mentions and the rules' facts of a text: everything the learned relation step (and its
 * trainer) reads. Sentences naming nothing that could make a fact get no entry.
 */
export function readSentences(text: string, kb: KnowledgeBase): { blocks: Block[]; all: Mention[]; topic: KnownEntity | undefined; read: ReadSentence[] } {
  const blocks = findBlocks(text);
  const sentences = segmentSentences(text, blocks);
  const { all, bySentence } = findMentions(text, blocks, sentences, kb.gazetteer);
  const topic = topicElement(all);
  const patterns = patternsFor(kb.world?.id);
  const read: ReadSentence[] = [];
  for (const sentence of sentences) {
    if (sentence.role !== "body") continue;
    const mentions = bySentence[sentence.index]?.mentions ?? [];
    // Every pattern needs a named subject except a world tonnage of the topic element ("global production
    // reached 390 thousand tons"), so a sentence naming nothing is read only when that could apply.
    if (mentions.length === 0 && !topic) continue;
    const body = text.slice(sentence.start, sentence.end);
    const quantities = parseQuantities(body, sentence.start);
    if (mentions.length === 0 && !quantities.some((q) => q.unit === "t")) continue;
    const frame = new SentenceFrame(sentence, text, mentions, quantities, parseDates(body, sentence.start));
    read.push({ frame, ruleFacts: futureOutputAsPlans(frame, withoutStateBodyOutput(frame, extractFacts({ frame, topicElement: topic }, patterns, text))) });
  }
  return { blocks, all, topic, read };
}

/**
 * Entities and facts of one document, every offset into `document.text`. Pure: the caller does the reading.
 * `models` are the learned relation step over the rules' facts, one per sentence language; null reads with the rules alone.
 */
export function extractFromText(document: ReadDocument, kb: KnowledgeBase, models: RelationModels | null = shippedRelationModels()): ExtractedDocument & { mentions: Mention[] } {
  const { text } = document;
  const { blocks, all, read } = readSentences(text, kb);
  const frames = read.map((r) => r.frame);
  const carried = models ? carriedEntities(all) : [];
  const topics = models ? previousTopicsZh(frames) : [];
  const perFrame = read.map(({ frame, ruleFacts }, i) => (models ? futureOutputAsPlans(frame, withoutStateBodyOutput(frame, producerTitlesZh(frame, combineFacts(frameWithTopic(frame, topics[i]), ruleFacts, models.of(frame.sentence.language), carried)))) : ruleFacts));
  const facts = (models ? withCarriedRestrictionsEn(frames, withCarriedRestrictionsZh(frames, perFrame)) : perFrame).flat();
  const merged = mergeFacts(facts);
  assignPolicies(merged, kb);
  const titleBlock = blocks.find((b) => b.role === "title");
  const firstBody = blocks.findIndex((b) => b.role === "body");
  const head = blocks.slice(0, firstBody < 0 ? 5 : firstBody + 2).filter((b) => b.role !== "body");
  const headDate = head.flatMap((b) => parseDates(text.slice(b.start, b.end))).find((d) => d.month !== undefined);
  return {
    id: `document:${document.contentHash.slice(0, 16)}`,
    path: document.path,
    language: dominantLanguage(blocks.filter((b) => b.role !== "furniture")),
    title: document.htmlTitle ?? (titleBlock ? text.slice(titleBlock.start, titleBlock.end).replace(/^#+\s*/, "") : null),
    date: document.htmlDate?.slice(0, 10) ?? (headDate ? isoOf(headDate) : null),
    contentHash: document.contentHash,
    entities: entitiesOf(all),
    facts: merged,
    mentions: all,
  };
}
