import type { FactDraft, Pattern } from "./draft.js";
import { PRODUCER_KINDS, asidesBefore, canBeSubject, insideAside, locatesPrecedingSite } from "./draft.js";
import { allMatches } from "../all-matches.js";

const GLOBAL = /(global|world|worldwide|international|миров|глобальн|全球|世界)/;
/** "China dominates the mining of bismuth (70%)": dominance states a share of the world without saying "world". */
const DOMINANCE = /(dominat\p{L}*|market leader|world leader|monopol\p{L}*|доминир\p{L}*|лидер\p{L}*|主导|垄断)/u;
/** The noun phrase a figure measures ends at the first conjunction or comma after it. */
const PHRASE_END = /\b(?:and|which|that|while|but|whereas)\b|[,;(—–]/;
const MARKET = /(market|demand|supply|supplies|рын|市场|供应)/;
const OWNERSHIP = /(stake|shares\b|equity|shareholding|owns|owned|holding in|акци|доля в капитале|股份|股权)/;
const OF_IMPORTS = /^\s*of\s+(?:the\s+)?⟦e\d+⟧(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,2}?imports\b/u;
const CHANGE = /(grow|growth|increase|rise|rose|decline|fall|fell|drop|rate|tariff|dividend|interest|discount|cheaper|yield|higher|lower|purity|рост|увелич|снизи|增长|下降)/;
const METRICS: Array<[RegExp, string]> = [
  [/(reserve|запас|储量)/g, "reserves"],
  [/(refin|рафин|精炼)/g, "refining"],
  [/(process|separat|переработ|加工|分离)/g, "processing"],
  [/(export|экспорт|出口)/g, "exports"],
  [/(production|produc|output|mined|mining|extract|производ|добыч|产量|生产|开采)/g, "production"],
  [/(market|demand|supply|supplies|рын|市场|供应)/g, "market"],
];

/** The metric word nearest the start (after the figure) or nearest the end (before it) of `words`. */
function metricOf(words: string, from: "start" | "end"): string | undefined {
  let best: { at: number; metric: string } | undefined;
  for (const [pattern, metric] of METRICS) {
    for (const m of allMatches(pattern, words)) {
      const at = from === "start" ? m.index : -m.index;
      if (!best || at < best.at) best = { at, metric };
    }
  }
  return best?.metric;
}

/**
 * Shares of world output: "Chile accounts for 31% of global copper output, 44.5% of refined iodine
 * output", "the USA – 11.5%", "bismuth (70%)", "two-thirds of world supply". Each percentage goes
 * to the nearest producer before it and the element named beside it.
 */
export const sharesOfGlobal: Pattern = ({ frame, topicElement }) => {
  const drafts: FactDraft[] = [];
  const t = frame.template;
  const shares = frame.quantityIndexes((q) => q.unit === "%");
  const producers = frame.entityIndexes(PRODUCER_KINDS);
  const elements = frame.entityIndexes(["Element"]);
  let previousMetric: string | undefined;
  shares.forEach((q, n) => {
    const quantity = frame.quantity(q);
    if (!quantity) return;
    const nextShare = shares[n + 1];
    const previousShare = shares[n - 1];
    const segmentStart = previousShare === undefined ? 0 : frame.slotEnd(previousShare);
    const segmentEnd = nextShare === undefined ? t.length : frame.slotStart(nextShare);
    const before = t.slice(Math.max(segmentStart, frame.slotStart(q) - 80), frame.slotStart(q));
    const after = t.slice(frame.slotEnd(q), segmentEnd);
    const phraseEnd = PHRASE_END.exec(after);
    const phrase = phraseEnd ? after.slice(0, phraseEnd.index) : after;
    const near = `${before.slice(-25)} ${phrase}`;
    // "China occupies 70% of the global market, the USA – 11.5%": an elided figure shares the first one's frame.
    const listed = previousMetric !== undefined && previousShare !== undefined && frame.slotStart(q) - frame.slotEnd(previousShare) <= 60;
    const elided = listed && phrase.trim().length <= 2;
    const dominant = DOMINANCE.test(t.slice(0, frame.slotStart(q))) && /^\s*\)/.test(after);
    // "Доля Китая в мировом производстве … составляет 70%": the share is named before its owner and the figure.
    const namedShare = /(доля|share|份额)[^⟦;]{0,8}⟦e\d+⟧[^⟦;]{0,24}(миров|global|world|全球)/u.test(t.slice(0, frame.slotStart(q)));
    if (!listed && !dominant && !namedShare && !GLOBAL.test(near) && !(MARKET.test(near) && /share|доля|份额/.test(t))) return;
    if (OWNERSHIP.test(near) || CHANGE.test(`${before.slice(-40)} ${phrase.slice(0, 25)}`)) return;
    // A parenthesised figure belongs to the word before the bracket: "molybdenum (about 40%)".
    const parenthesised = /\(\s*$/.test(before);

    const asides = asidesBefore(frame, frame.slotStart(q));
    let subject = [...producers].reverse().find((i) => i < q && frame.entity(i) && canBeSubject(frame.entity(i)!, frame, i) && !insideAside(frame, i, asides, frame.slotStart(q)) && !locatesPrecedingSite(frame, i));
    // Passive: "95% of rare earth metals in the world are mined and processed in China".
    subject ??= producers.find((i) => i > q && /\b(in|by|from)\s+(the\s+)?$/.test(t.slice(Math.max(0, frame.slotStart(i) - 12), frame.slotStart(i))));
    const subjectMention = subject === undefined ? undefined : frame.entity(subject);
    if (subject === undefined || !subjectMention) return;
    // "Russia consumes 2,500 tonnes — less than 1% of global production" measures its use, not its output.
    if (subject < q && /(consum|потребл|消费|进口|import)/.test(t.slice(frame.slotEnd(subject), frame.slotStart(q)))) return;
    // "half of EU imports", "80% of US imports of gallium": a share of one buyer's imports is that buyer's import
    // dependence (the relations read it), not a share of the world.
    if (OF_IMPORTS.test(after)) return;
    // A country's share of its own national output is a national share, not a global one.
    const national = /^\s*of\s+⟦e\d+⟧['’]s/.test(after);
    // "of global X production" names the metric after the figure; "share in the gallium market exceeds" before it.
    const metric = metricOf(phrase, "start") ?? metricOf(t.slice(Math.min(frame.slotEnd(subject), frame.slotStart(q)), frame.slotStart(q)), "end") ?? (elided ? previousMetric : undefined);
    if (!metric) return;
    previousMetric = metric;

    let chosen: number[] = [];
    const inList = [...elements].reverse().find((i) => i < q && i >= (previousShare ?? -1) && /^\s*\(\s*$/.test(frame.between(i, q)));
    const afterFigure = elements.find((i) => i > q && (nextShare === undefined || i < nextShare) && !/[;]/.test(frame.between(q, i)));
    const betweenSubject = [...elements].reverse().find((i) => i < q && i > subject);
    const single = new Set(elements.map((i) => frame.entity(i)?.entity.id)).size === 1 ? elements[0] : undefined;
    const first = parenthesised ? inList : inList ?? afterFigure ?? betweenSubject ?? single;
    if (parenthesised && first === undefined) return;
    if (first !== undefined) chosen = [first];
    // "For severe rare earths (dysprosium, yttrium, …), the PRC provides 100%": every element listed before.
    else if (subject < q) {
      chosen = elements.filter((i) => i < subject);
      // A group ("severe rare earths") listed with its members is named by the members.
      if (chosen.length > 1) chosen = chosen.filter((i) => frame.entity(i)?.entity.type !== "rare_earth_group");
    }
    const objects = chosen.map((i) => frame.entity(i)).filter((m) => m !== undefined);
    const targets = objects.length > 0 ? objects.map((m) => ({ entity: m.entity, named: true })) : topicElement ? [{ entity: topicElement, named: false }] : [];
    for (const target of targets) {
      drafts.push({
        predicate: "SHARE_OF_GLOBAL",
        subject: subjectMention.entity,
        object: target.entity,
        items: [subject, q, ...chosen],
        quantity,
        properties: { metric, scope: national ? "national" : "global" },
        extractor: "share-of-global",
        confidence: (target.named ? 0.8 : 0.55) * subjectMention.confidence,
      });
    }
  });
  return drafts;
};
