import type { FactDraft, Pattern } from "./draft.js";
import { PRODUCER_KINDS, afterPreposition, asidesBefore, canBeSubject, insideAside, locatesPrecedingSite } from "./draft.js";
import { allMatches } from "../all-matches.js";
import { elementsListedAfter } from "./listed-elements.js";
import { nameAfterFigureZh, oreBeforeContentZh } from "./reserve-figures-zh.js";

const PRODUCTION = /(produc|output|mined|mines|mining|extract|smelt|выпуск|производ|добы|产量|生产|开采|年产)/;
/** "reserves", and the verbs a deposit states its contents with: "holds an estimated 1.2 million tonnes", "contains". */
const RESERVES = /(reserves|\bholds?\b|\bcontains?\b|\bcontained\b|запас|ресурс|содерж(?:ит|ат|ится|атся)|储量|儲量|资源量|資源量|资源总量|資源總量|蕴藏|蘊藏)/;
/** A company "holds" stockpiles and stakes, not deposits: the verbs alone make reserves only of a site or a country. */
const RESERVES_NOUN = /(reserves|resources?\b|запас|ресурс|储量|儲量|资源|資源)/;
/** "the head of the state lithium company, Omar Alarcon, said …": a person named by a title speaks, not produces. */
const PERSON_TITLE = /(?:负责人|負責人|董事长|董事長|总裁|總裁|总经理|總經理|首席执行官|chief executive(?: officer)?|\bCEO|chairman|\bminister|глава|директор|министр|председатель)[\s,]*$/iu;
const RU_COMPARED_WITH = /(?<!\p{L})(?:в\s+сравнении\s+с|по\s+сравнению\s+с|против)\s+(?:\p{Ll}+\s+)?$/u;
const STOCKS = /(stockpil|inventor|stocks\b|запасы\s+на\s+склад)/;
const NOT_PRODUCTION = /(consum|import|export|demand|need|capacity of|потребл|импорт|экспорт|проектн\p{L}*\s+мощност|消费|进口|出口)/u;
/**
 * "加纳Ewoyaa锂辉石项目二期年产能…", "远华印尼镍钴项目已形成年产…": a country written before a project's or a
 * plant's name is part of the name, and the site (recognised or not) is what produces.
 */
const SITE_AFTER_COUNTRY = /^(?:⟦e\d+⟧|[\p{Script=Han}\p{Script=Latin}\s-]){0,30}?(?:项目|矿山|矿区|冶炼厂|工厂|盐湖)/u;
/** "global REM production …", "… are produced in the world": output attributed to the world as a whole. */
const WORLD_BEFORE = /(\bglobal|\bworld|\bworldwide|мировое|мировая|全球|世界)\s+(?:⟦e\d+⟧\s+)?(?:[\p{L}-]+\s+)?(production|output|mining|производство|добыча|产量)\b/u;
const WORLD_AFTER = /^[^;]{0,40}?(produced|mined|extracted)\s+(in the world|worldwide|globally|in the whole world)/;

const globalCopies = new Map<RegExp, RegExp>();
function lastIndexOf(pattern: RegExp, text: string): number {
  // allMatches needs a global regex; one copy per pattern, not a new regex per figure.
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  let at = -1;
  for (const m of allMatches(global, text)) at = m.index;
  return at;
}
const STAGES: Array<[RegExp, string]> = [
  [/(oxide|оксид|氧化)/, "oxide"],
  [/(concentrate|концентрат|精矿)/, "concentrate"],
  [/(magnet|магнит|磁)/, "magnet"],
  [/(refined|рафинир|精炼)/, "refined"],
  [/(metal form|as metal)/, "metal"],
];

/**
 * Tonnages of output and reserves: "China produces 270 thousand tons of REM", "global REM production
 * increased from 110 thousand tons in 2014 to 390 thousand tons in 2024", "reserves … amount to 658 million
 * tons". Each tonnage pairs with the nearest producer before it, the element beside it and the year after it.
 */
export function amountsPattern(worldId: string | undefined): Pattern {
  return ({ frame, topicElement }) => {
    const drafts: FactDraft[] = [];
    const masses = frame.quantityIndexes((q) => q.unit === "t");
    const producers = frame.entityIndexes(PRODUCER_KINDS);
    const elements = frame.entityIndexes(["Element"]);
    const dates = frame.dateIndexes();
    masses.forEach((q, n) => {
      const quantity = frame.quantity(q);
      if (!quantity) return;
      const previousMass = masses[n - 1] ?? -1;
      const nextMass = masses[n + 1] ?? frame.items.length;
      const before = frame.template.slice(previousMass >= 0 ? frame.slotEnd(previousMass) : 0, frame.slotStart(q));
      const after = frame.template.slice(frame.slotEnd(q), nextMass < frame.items.length ? frame.slotStart(nextMass) : undefined);
      const sinceStart = frame.template.slice(0, frame.slotStart(q));
      // "increased from 110 thousand tons in 2014 to 390 thousand tons": the second figure shares the first's words.
      const around = `${sinceStart.slice(-120)} ${after.slice(0, 60)}`;
      // The keyword nearest the figure decides: "despite its rich reserves, … production is only 2,600 tons".
      const near = before.slice(-120);
      // "and 9,400t of contained niobium": metal content, not a deposit's.
      // "достиг 3,2 тыс. т в сравнении с 2,9 тыс. т": the figure compared with is the earlier period's, no new statement.
      if (RU_COMPARED_WITH.test(before)) return;
      const reserves = lastIndexOf(RESERVES, near) > lastIndexOf(PRODUCTION, near) || (!PRODUCTION.test(near) && RESERVES.test(after.slice(0, 40).replace(/^\s*of\s+contained\b/, "")));
      if (!reserves && (!PRODUCTION.test(around) || NOT_PRODUCTION.test(before.slice(-50)))) return;
      if (reserves && oreBeforeContentZh(frame, q, nextMass)) return;

      const asides = asidesBefore(frame, frame.slotStart(q));
      // "…的X项目" right after a Chinese reserves figure: X holds it (see nameAfterFigureZh).
      const described = reserves ? nameAfterFigureZh(frame, q) : undefined;
      const subject = described !== undefined && producers.includes(described) ? described : [...producers].reverse().find((i) => {
        const m = frame.entity(i);
        if (i > q || !m || !canBeSubject(m, frame, i) || /[;:]/.test(frame.template.slice(frame.slotEnd(i), frame.slotStart(q)))) return false;
        if (insideAside(frame, i, asides, frame.slotStart(q)) || locatesPrecedingSite(frame, i)) return false;
        if (m.entity.kind === "Country" && frame.sentence.language === "zh" && SITE_AFTER_COUNTRY.test(frame.template.slice(frame.slotEnd(i), frame.slotStart(q)))) return false;
        // A person quoted on output ("its head said the plants can produce …") is a speaker, not a producer.
        if (m.entity.type === "person" || PERSON_TITLE.test(frame.template.slice(Math.max(0, frame.slotStart(i) - 30), frame.slotStart(i)))) return false;
        // "According to the survey, …", "по оценке министерства" name a source, not a producer; "followed
        // by Australia (27,000 tons)" names the next producer.
        return !/(according to|cited by|reported by|(?<!followed\s)by|(?:statistics|data|figures|estimates)\s+from|(?<!\p{L})по\s+(?:оценке|оценкам|данным|словам|мнению)|согласно)\s+(?:the\s+)?$/u.test(frame.template.slice(Math.max(0, frame.slotStart(i) - 30), frame.slotStart(i)));
      });
      const subjectMention = subject === undefined ? undefined : frame.entity(subject);
      if (reserves && !RESERVES_NOUN.test(around) && (subjectMention?.entity.kind === "Actor" || STOCKS.test(around))) return;
      const world = !subjectMention && !reserves && (WORLD_BEFORE.test(sinceStart.slice(-120)) || WORLD_AFTER.test(after)) && worldId ? worldId : undefined;
      if (!subjectMention && !world) return;

      let element = elements.find((i) => i > q && i < nextMass && !/[;,]/.test(frame.between(q, i)));
      element ??= [...elements].reverse().find((i) => i < q && i > previousMass);
      const named = new Set(elements.map((i) => frame.entity(i)?.entity.id));
      element ??= named.size === 1 ? elements[0] : undefined;
      const elementMention = element === undefined ? undefined : frame.entity(element);
      // With no element named at all, "China produces 270 thousand tons" is about what the article is about.
      const object = elementMention?.entity ?? (elements.length === 0 && !reserves ? topicElement : undefined);
      if (!object) return;
      const year = dates.find((i) => i > q && i < nextMass) ?? [...dates].reverse().find((i) => i < q && i > previousMass);
      const date = year === undefined ? undefined : frame.items[year];
      const stage = STAGES.find(([p]) => p.test(around))?.[1];
      const subjectEntity = subjectMention?.entity ?? { id: world ?? "", kind: "Country" as const, name: "World", node: {} };
      // "20 млн тонн руды с ниобием, танталом и бериллием", "5,000 tonnes of nickel and cobalt": one figure for a list
      // of elements is no one element's, so each is read without it.
      const listed = element !== undefined && element > q ? elementsListedAfter(frame, element, nextMass) : [];
      for (const e of [element, ...listed]) {
        const mention = e === undefined ? undefined : frame.entity(e);
        drafts.push({
          predicate: reserves ? "HAS_RESERVES" : "PRODUCES",
          subject: subjectEntity,
          object: mention?.entity ?? object,
          items: [...(subject === undefined ? [] : [subject]), q, ...(e === undefined ? [] : [e])],
          ...(listed.length === 0 ? { quantity } : {}),
          date: date?.type === "date" ? date.date : undefined,
          properties: {
            ...(stage && !reserves ? { stage } : {}),
            ...(reserves && quantity.min !== undefined && listed.length === 0 ? { lowerBound: true } : {}),
          },
          extractor: reserves ? "reserves-amount" : "production-amount",
          confidence: (elementMention ? 0.8 : 0.5) * (subjectMention?.confidence ?? 0.8),
        });
      }
    });
    return drafts;
  };
}

const PRODUCER_OF: Array<[RegExp, "subject-first" | "object-first"]> = [
  [/(?<s>⟦e\d+⟧)[»"”]?(?:(?:,\s*(?:which|that)\s+|\s+)(?:produces|produced|mines|mined|makes|extracts|specializes in|specialises in|производит|выпускает|добывает|производят|выпускают|добывают)\s+|(?:生产|开采|出产))(?:[\p{L}-]+\s+){0,4}?(?<o>⟦e\d+⟧)/gu, "subject-first"],
  [/(?:only|largest|main|biggest|leading|sole|major)\s+producer\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?<o>⟦e\d+⟧)[^;⟦]{0,20}?,\s*(?:the\s+)?(?<s>⟦e\d+⟧)/gu, "object-first"],
  [/(?<s>⟦e\d+⟧)(?:,[^;,]{0,80},)?[^;⟦]{0,30}?\b(?:is|was|became|becomes|remains)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?producer\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?<o>⟦e\d+⟧)/gu, "subject-first"],
];

/** "produces ⟦A⟧, ⟦B⟧ and ⟦C⟧": the slots listed right after slot `first`, joined only by commas and "and". */
const LISTED_SLOT = /^(?:\s*,\s*|\s*,?\s+(?:and|и)\s+|、|和|及)(?:[\p{Ll}-]+\s+){0,2}?⟦e(\d+)⟧/u;

function listedAfter(template: string, first: number): number[] {
  const found: number[] = [];
  let at = template.indexOf(`⟦e${first}⟧`) + `⟦e${first}⟧`.length;
  for (let m = LISTED_SLOT.exec(template.slice(at)); m; m = LISTED_SLOT.exec(template.slice(at))) {
    found.push(Number(m[1]));
    at += m[0].length;
  }
  return found;
}

/** Output without a figure: "Russia's only producer of rare earth metals, the Solikamsk Magnesium Plant", "X, which produces …". */
export const producerOf: Pattern = ({ frame }) => {
  const drafts: FactDraft[] = [];
  const t = frame.template;
  // Every statement it reads names a producer and an element; without both no regex needs to run.
  if (!frame.names(PRODUCER_KINDS) || !frame.names(["Element"])) return drafts;
  for (const [pattern] of PRODUCER_OF) {
    for (const match of allMatches(pattern, t)) {
      const s = Number(/\d+/.exec(match.groups?.s ?? "")?.[0]);
      const o = Number(/\d+/.exec(match.groups?.o ?? "")?.[0]);
      const subject = frame.entity(s);
      const object = frame.entity(o);
      if (!subject || !object || object.entity.kind !== "Element" || !["Actor", "Asset", "Country"].includes(subject.entity.kind)) continue;
      // "the plant in Malaysia is the largest producer of …": the place is not what produces.
      if (s < o && afterPreposition(frame, s)) continue;
      // A figure in the same statement is the amount pattern's to read.
      if (frame.quantityIndexes((q) => q.unit === "t").some((q) => q > Math.min(s, o) && q < Math.max(s, o))) continue;
      for (const e of [o, ...listedAfter(frame.template, o)]) {
        const element = frame.entity(e);
        if (element?.entity.kind !== "Element") break;
        drafts.push({ predicate: "PRODUCES", subject: subject.entity, object: element.entity, items: [s, e], extractor: "producer-of", confidence: 0.75 * subject.confidence });
      }
    }
  }
  return drafts;
};
