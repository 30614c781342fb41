import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact } from "../types.js";
import { argKindOf } from "./arg-kinds.js";

/** "甲集团的股权结构为：", "甲公司股东结构如下:": what follows lists the firm's holders. */
const STRUCTURE = /⟦e(\d+)⟧(?:的|之)?(?:股权结构|股東結構|股东结构|持股结构|股权比例|股东构成)(?:为|如下)?\s*[:：]?/gu;
/** A holder's clause: its names ("国务院国资委", "乙股份和丙集团"), then 持有/持股 (分别 for several), then the share. */
const HOLDING = /^([^;；。持]{0,60}?)(?:分别|分別|各)?(?:持有|持股)[^⟦;；。]{0,6}⟦q(\d+)⟧/u;
const CLAUSE = /[;；。]/u;

/**
 * "甲集团的股权结构为:乙持有31.21%;丙、丁分别持有20.33%": each holder listed after a firm's shareholding
 * structure owns that firm, with the share written after it (one share 分别 for each of several names).
 */
export function shareholdersZh(frame: SentenceFrame): ExtractedFact[] {
  if (frame.sentence.language !== "zh") return [];
  const facts: ExtractedFact[] = [];
  const sentenceText = frame.text.slice(frame.sentence.start, frame.sentence.end);
  for (const match of frame.template.matchAll(STRUCTURE)) {
    const owned = frame.entity(Number(match[1]));
    if (!owned || argKindOf(owned.entity.id) !== "actor") continue;
    const rest = frame.template.slice(match.index + match[0].length);
    for (const clause of rest.split(CLAUSE)) {
      const holding = HOLDING.exec(clause.trim());
      if (!holding) continue;
      const share = frame.quantity(Number(holding[2]));
      if (share?.unit !== "%") continue;
      for (const slot of (holding[1] ?? "").matchAll(/⟦e(\d+)⟧/gu)) {
        const holder = frame.entity(Number(slot[1]));
        if (!holder || holder.entity.id === owned.entity.id) continue;
        const kind = argKindOf(holder.entity.id);
        if (kind !== "actor" && kind !== "country") continue;
        facts.push({
          subject: { id: holder.entity.id, name: holder.entity.name, kind: holder.entity.kind },
          predicate: "OWNS",
          object: { id: owned.entity.id, name: owned.entity.name, kind: owned.entity.kind },
          value: share.value,
          unit: "%",
          year: null,
          status: "reported",
          confidence: 0.6,
          properties: {},
          extractor: "zh-shareholders",
          evidence: [{ start: frame.sentence.start, end: frame.sentence.end, quote: sentenceText, sentence: frame.sentence.index }],
        });
      }
    }
  }
  return facts;
}

/** The sentence's facts with each listed holder's share of the firm, over any reading of the same pair. */
export function withShareholdersZh(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  const listed = shareholdersZh(frame);
  if (listed.length === 0) return [...facts];
  const keys = new Set(listed.map((f) => `${f.subject.id}|${f.object.id}`));
  return [...facts.filter((f) => f.predicate !== "OWNS" || !keys.has(`${f.subject.id}|${f.object.id}`)), ...listed];
}
