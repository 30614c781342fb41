import type { FactDraft, Pattern } from "./draft.js";

const RESTRICTION =
  /(\bban(?:ned|s|ning)?\b|\brestrict(?:ed|ions?|s|ing)?\b|\bhalt(?:ed|s|ing)?\b|\bstop(?:ped|s)?\b|\bsuspend(?:ed|s)?\b|\blimit(?:ed|s|ing|ations?)?\b|\bcurb(?:ed|s)?\b|\bcontrols?\b|\blicen[cs](?:es|ing|e)\b|\bembargo(?:es)?\b|\bprohibit(?:ed|s|ion)?\b|\bquotas?\b|запрет\p{L}*|огранич\p{L}*|контрол\p{L}*|эмбарго|квот\p{L}*|禁止|限制|管制|禁令|配额|暂停)/u;
const EXPORT = /(export|sale|sell|shipment|supply|supplies|экспорт|поставк|продаж|出口|销售|供应)/;
/** "suspension of export controls" lifts a restriction; "suspended exports" imposes one. */
const LIFTING = /(lift(?:ed|ing|s)?|suspen(?:sion|ded|ds)|eas(?:ed|ing|es)|remov(?:ed|al|es)|end(?:ed|ing|s)?|scrap(?:ped|s)?|relax(?:ed|ation)?|отмен\p{L}*|снят\p{L}*|приостанов\p{L}*|取消|解除|暂停)\s+(?:\p{L}+\s+){0,3}?(?:of\s+)?(?:the\s+)?(?:export\s+)?(controls?|restrictions?|ban|bans|curbs|embargo|quotas?|контрол\p{L}*|огранич\p{L}*|запрет\p{L}*|管制|限制|禁令)/u;
const ISSUERS = ["Country", "Actor"] as const;
const HAN_CUE = /^[\u4e00-\u9fff]/u;
const HAN_CLAUSE_BREAK = /[，,；;。]/u;
const CLAUSE_END = /(?:[;]|,\s*(?:which|who|warning|citing|after|when|while|as|but|saying|according)\b|,\s*(?:которы|после|когда))/u;

function policyType(words: string): string {
  if (/technolog|технолог|技术/.test(words)) return "technology_ban";
  if (/quota|квот|配额/.test(words)) return "quota";
  if (/ban|halt|stop|prohibit|embargo|suspend|запрет|эмбарго|禁止|禁令/.test(words)) return "export_ban";
  return "export_control";
}

/**
 * Export restrictions: "In December 2024, Beijing banned the sale of gallium, germanium and antimony in the
 * United States", "China introduced export licenses for rare earth metals". The issuer is the government named
 * before the measure, the restricted elements follow it, and a country after "to/in/against" is its target.
 */
export const exportRestrictions: Pattern = ({ frame }) => {
  const t = frame.template;
  // A measure needs an issuer and an element; without both the cue patterns need not run.
  if (!frame.names(ISSUERS) || !frame.names(["Element"])) return [];
  const cue = RESTRICTION.exec(t);
  if (!cue || LIFTING.test(t)) return [];
  const cueAt = cue.index;
  const window = t.slice(Math.max(0, cueAt - 40), cueAt + 60);
  if (!EXPORT.test(window)) return [];
  const issuers = frame.entityIndexes(ISSUERS).filter((i) => frame.slotEnd(i) <= cueAt && frame.entity(i)?.via !== "demonym" && !/(\bto|\bagainst|\bfor|\bon|(?<!\p{L})в|向|对)\s*(?:the\s+)?$/u.test(t.slice(Math.max(0, frame.slotStart(i) - 12), frame.slotStart(i))));
  const issuer = issuers[issuers.length - 1];
  const issuerMention = issuer === undefined ? undefined : frame.entity(issuer);
  if (issuer === undefined || !issuerMention) return [];
  if (issuerMention.entity.kind === "Actor" && !["state_body", "government"].includes(issuerMention.entity.type ?? "")) return [];
  // English news names a ministry as the one who announces or is quoted on a measure ("X's Commerce Ministry says",
  // "the Trade Ministry said in a statement"); the measure is its country's, named elsewhere when at all.
  if (issuerMention.entity.kind === "Actor" && frame.sentence.language === "en") return [];
  const rest = t.slice(cueAt);
  const end = CLAUSE_END.exec(rest);
  const clauseEnd = cueAt + (end ? end.index : rest.length);
  // Chinese puts what is controlled before the measure: "对镓、锗相关物项实施出口管制", "镓锗出口管制".
  const objectFirst = HAN_CUE.test(cue[0]) ? frame.slotEnd(issuer) : cueAt;
  const inClause = (i: number) => frame.slotStart(i) < clauseEnd && (frame.slotStart(i) > cueAt || (frame.slotStart(i) >= objectFirst && !HAN_CLAUSE_BREAK.test(t.slice(frame.slotEnd(i), cueAt))));
  const elements = frame.entityIndexes(["Element"]).filter(inClause);
  if (elements.length === 0) return [];
  const target = frame
    .entityIndexes(["Country"])
    .find((i) => inClause(i) && frame.entity(i)?.entity.id !== issuerMention.entity.id && /(\bto|\bin|\bagainst|\bfor|\bon|(?<!\p{L})в|(?<!\p{L})для|(?<!\p{L})против|向|对)\s*(?:the\s+)?$/u.test(t.slice(Math.max(0, frame.slotStart(i) - 12), frame.slotStart(i))));
  const targetMention = target === undefined ? undefined : frame.entity(target);
  const dates = frame.dateIndexes();
  const dateIndex = dates.find((i) => frame.slotStart(i) < clauseEnd);
  const dateItem = dateIndex === undefined ? undefined : frame.items[dateIndex];
  const type = policyType(t.slice(Math.max(0, cueAt - 30), clauseEnd));
  return elements.flatMap((e): FactDraft[] => {
    const element = frame.entity(e);
    if (!element) return [];
    return [{
      predicate: "RESTRICTS_EXPORT",
      subject: issuerMention.entity,
      object: element.entity,
      items: [issuer, e],
      date: dateItem?.type === "date" ? dateItem.date : undefined,
      properties: { policyType: type, ...(targetMention ? { target: targetMention.entity.id } : {}) },
      extractor: "export-restriction",
      confidence: 0.8 * issuerMention.confidence,
      allowNegation: true,
    }];
  });
};
