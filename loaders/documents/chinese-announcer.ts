import { allMatches } from "./all-matches.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";

/**
 * A firm's announcement, retold by Chinese news, calls the firm a bare "公司": "远山钴业表示,公司将投资建设该项目",
 * "天齐锂业5月18日早间公告,…同日,公司及公司控制的子公司…". The firm is the one that spoke, not the one named most:
 * a partner named in every sentence of the deal ("与淡水河谷印尼签署…") is never "公司". The speaker is a firm
 * followed, after at most a date or a stock code, by a verb of announcing.
 */
const SPEAKS = /^\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:\d{1,4}[年月日号號]|[早晚午]间|[早晚午]間|上午|下午|晚间|晚間|近日|日前|今日|昨日|周[一二三四五六日]|週[一二三四五六日])*\s*(?:发布|發佈|發布|披露|发出|發出)?(?:公告|表示|指出|宣布|宣佈|称|稱|透露|介绍|介紹|回应|回應)/u;

/** A bare 公司 at a clause's start or after 及/和/与 (the same places reference-phrases.ts reads it). */
const BARE_COMPANY = /(?<=^|[，,。；;：:、（(“"\s及和与與])(?:本)?公司(?![\p{Script=Han}]{0,4}(?:有限|股份))/gu;

const isFirm = (e: KnownEntity) => e.kind === "Actor" && (e.type === "company" || e.type === "state_corporation" || (e.discovered === true && e.type !== "person" && e.type !== "state_body"));

/** The firm that speaks in a sentence (the last one, when several do), if any. */
function speakerIn(mentions: readonly Mention[], text: string): KnownEntity | undefined {
  let speaker: KnownEntity | undefined;
  for (const m of mentions) if (m.via !== "reference" && isFirm(m.entity) && SPEAKS.test(text.slice(m.end, m.end + 24))) speaker = m.entity;
  return speaker;
}

/**
 * Points every bare 公司 of the Chinese sentences after a speaker at that speaker: a reference the salience rule
 * resolved otherwise is re-pointed, one it left unresolved is added. Sentences before any speaker keep their readings.
 */
export function withChineseAnnouncer(bySentence: ReadonlyArray<{ sentence: number; mentions: Mention[] }>, sentences: readonly Sentence[], text: string): void {
  let speaker: KnownEntity | undefined;
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  for (const entry of bySentence) {
    const sentence = byIndex.get(entry.sentence);
    if (!sentence || sentence.language !== "zh") continue;
    const body = text.slice(sentence.start, sentence.end);
    const own = entry.mentions.filter((m) => m.via !== "reference");
    for (const match of allMatches(BARE_COMPANY, body)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      // The speaker named earlier in this sentence counts too: "华友钴业指出,公司将…".
      const current = speakerIn(own.filter((m) => m.end <= start), text) ?? speaker;
      if (!current) continue;
      const existing = entry.mentions.find((m) => m.start < end && start < m.end);
      if (existing && existing.via !== "reference") continue;
      if (existing) existing.entity = current;
      else {
        entry.mentions.push({ entity: current, start, end, text: match[0], via: "reference", confidence: 0.7 });
        entry.mentions.sort((a, b) => a.start - b.start);
      }
    }
    speaker = speakerIn(own, text) ?? speaker;
  }
}
