import type { Mention, Predicate, Quantity } from "../types.js";
import { isMoneyUnit } from "../parse-quantities.js";
import { slotIndex, type FactDraft, type Pattern } from "./draft.js";
import { elementsListedAfter } from "./listed-elements.js";
import { scriptsOf, type RelationRule, type Script } from "./relation-rule.js";
import { ENGLISH_RULES } from "./relation-rules-en.js";
import { RUSSIAN_RULES } from "./relation-rules-ru.js";
import { CHINESE_RULES } from "./relation-rules-zh.js";
import { LOCATED_RULES } from "./relation-rules-located.js";
import { OWNERSHIP_RULES } from "./relation-rules-ownership.js";
import { SUPPLY_RULES } from "./relation-rules-supplies.js";

const RULES: readonly RelationRule[] = [...ENGLISH_RULES, ...RUSSIAN_RULES, ...CHINESE_RULES, ...LOCATED_RULES, ...OWNERSHIP_RULES, ...SUPPLY_RULES];

/** A generic noun in the dative before a quoted name carries the case for it: "компании «Х»". */
const DATIVE_NOUN = /(?:компании|корпорации|госкорпорации|группе|холдингу|фонду|государству|правительству)\s*[«"]?$/u;

/** "Росатому", "Норникелю", "Китаю": the case that names the owner with "принадлежит". */
function isDative(mention: Mention, text: string): boolean {
  return /(?:у|ю|ам|ям)$/u.test(mention.text) || DATIVE_NOUN.test(text.slice(Math.max(0, mention.start - 20), mention.start));
}

const isMoney = (quantity: Quantity | undefined): boolean => isMoneyUnit(quantity?.unit);

/** Whether the text holds every piece of a rule's gate (RelationRule.gate): a regex, or one of a list of words. */
function hasAll(gate: RelationRule["gate"], text: string): boolean {
  for (const piece of gate) {
    if (piece instanceof RegExp ? !piece.test(text) : !hasAnyWord(piece, text)) return false;
  }
  return true;
}

function hasAnyWord(words: readonly string[], text: string): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** `scripts[script]` with a named read per case: a keyed read by a varying name is a slow generic look-up. */
function inScripts(script: Script, scripts: Record<Script, boolean>): boolean {
  switch (script) {
    case "latin":
      return scripts.latin;
    case "cyrillic":
      return scripts.cyrillic;
    case "han":
      return scripts.han;
    default:
      return true;
  }
}

/** Relations stated by a verb or phrase between two names, in either voice. */
export const relations: Pattern = ({ frame }) => {
  const drafts: FactDraft[] = [];
  const elements = frame.entityIndexes(["Element"]);
  const scripts = scriptsOf(frame.template);
  const hasMoney = frame.quantityIndexes(isMoney).length > 0;
  const hasShare = frame.quantityIndexes((q) => q.unit === "%").length > 0;
  for (const r of RULES) {
    // A rule whose subject or object kind (or figure) the sentence lacks cannot match; most rules end here, unrun.
    if (!inScripts(r.script, scripts) || (r.needsMoney && !hasMoney) || (r.needsShare && !hasShare)) continue;
    if (!frame.names(r.from) || !frame.names(r.to) || !hasAll(r.gate, frame.template)) continue;
    r.re.lastIndex = 0;
    for (let match = r.re.exec(frame.template); match; match = r.re.exec(frame.template)) {
      // Restart one character later so overlapping statements ("A and B … from C") are all read.
      r.re.lastIndex = match.index + 1;
      const s = slotIndex(match.groups?.s);
      const o = slotIndex(match.groups?.o);
      const q = slotIndex(match.groups?.q);
      const subject = s === undefined ? undefined : frame.entity(s);
      const object = o === undefined ? undefined : frame.entity(o);
      if (!subject || !object || s === undefined || o === undefined || subject.entity.id === object.entity.id) continue;
      if (!r.from.includes(subject.entity.kind) || !r.to.includes(object.entity.kind)) continue;
      // "s?"/"o?": a demonym may fill the role ("came from Chinese suppliers") as well as a name.
      if (subject.via === "demonym" && r.demonym !== "s") continue;
      if (object.via === "demonym" && r.demonym !== "o" && r.demonym !== "o?") continue;
      if (r.demonym === "o" && object.via !== "demonym") continue;
      const read = q === undefined ? undefined : frame.quantity(q);
      // A stake is a percentage; a price paid ("收购了X，耗资3亿元") says nothing about how much is owned.
      const quantity = r.predicate === "OWNS" && read?.unit !== "%" ? undefined : read;
      if (r.needsShare && quantity?.unit !== "%") continue;
      if (r.needsMoney && !isMoney(quantity)) continue;
      if (r.dative && !isDative(subject, frame.text)) continue;
      const element = elements.find((i) => i > Math.min(s, o)) ?? elements[0];
      if (r.needsElement && element === undefined) continue;
      const properties: Record<string, string> = {};
      const elementEntity = element === undefined ? undefined : frame.entity(element)?.entity;
      if ((r.predicate === "SUPPLIES" || r.predicate === "IMPORTS_FROM") && elementEntity) properties.element = elementEntity.id;
      drafts.push({
        predicate: r.predicate,
        subject: subject.entity,
        object: object.entity,
        items: [s, o, ...(q === undefined || !quantity ? [] : [q])],
        quantity,
        properties,
        extractor: r.name,
        confidence: r.confidence * Math.min(subject.confidence, object.confidence),
        allowNegation: r.allowNegation,
        ...(r.plannedIf?.test(match[0]) ? { status: "planned" as const } : {}),
      });
      if (!r.listedObjects || object.entity.kind !== "Element") continue;
      // One statement of a list of elements: each is the subject's.
      const listed = elementsListedAfter(frame, o, frame.items.length);
      for (const e of listed) {
        const listedObject = frame.entity(e);
        if (!listedObject) continue;
        drafts.push({ predicate: r.predicate, subject: subject.entity, object: listedObject.entity, items: [s, e], properties: {}, extractor: r.name, confidence: r.confidence * Math.min(subject.confidence, listedObject.confidence), allowNegation: r.allowNegation });
      }
    }
  }
  // Most sentences match no rule: nothing to filter.
  return drafts.length === 0 ? drafts : withoutFigurelessRepeats(withoutGoodsForMoney(drafts));
};

/**
 * Two rules reading one statement ("received a $150 million loan from") may differ only in whether they caught
 * the figure; the reading without it would stand as a second, valueless claim.
 */
function withoutFigurelessRepeats(drafts: FactDraft[]): FactDraft[] {
  const withFigure = new Set(drafts.filter((d) => d.quantity).map((d) => `${d.predicate} ${d.subject.id} ${d.object.id}`));
  if (withFigure.size === 0) return drafts;
  return drafts.filter((d) => d.quantity || !withFigure.has(`${d.predicate} ${d.subject.id} ${d.object.id}`));
}

const TRADE = new Set<Predicate>(["SUPPLIES", "IMPORTS_FROM"]);

/**
 * "provided MP Materials with $35 million", "received $58 million from the Department": a sum of money passing
 * between two parties is funding; the supply and import rules that also match those verbs would read it as goods.
 */
function withoutGoodsForMoney(drafts: FactDraft[]): FactDraft[] {
  const funded = new Set(drafts.filter((d) => d.predicate === "INVESTS_IN" && isMoney(d.quantity)).map((d) => pairKey(d.items)));
  if (funded.size === 0) return drafts;
  return drafts.filter((d) => !TRADE.has(d.predicate) || !funded.has(pairKey(d.items)));
}

function pairKey(items: readonly number[]): string {
  const [a = -1, b = -1] = items;
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}
