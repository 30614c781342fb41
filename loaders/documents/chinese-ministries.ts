import { discoveredEntity } from "./discover-entities.js";
import type { Gazetteer } from "./gazetteer.js";
import { simplifyHan } from "./han-fold.js";
import type { KnownEntity, Mention } from "./types.js";

/**
 * Chinese news names a foreign ministry once with its country ("印尼工业部") or not at all, and then bare ("工业部",
 * "能源部"): the country is the one the text is about. A bare ministry of a field China has no ministry for is
 * the one the document names with its country, or else the ministry of the nearest country named before it, in its
 * sentence or earlier (China itself skipped). Bare names of China's own ministries ("商务部", "财政部") are China's,
 * as in all mainland news, unless a foreign country stands right before them ("美国商务部").
 */
const FOREIGN_FIELD = /(?:能源和矿产资源|能源与矿产资源|能源|工业|贸易|经济统筹|矿业和能源|矿产|矿业)部$|地质调查局$/u;
const CHINA = "country:cn";
const STATE = new Set(["state_body", "government"]);

export interface SentenceMentionList {
  mentions: Mention[];
}

/** Han names of a country, shortest first: "印尼" before "印度尼西亚". */
function hanNames(country: KnownEntity): string[] {
  const aliases = Array.isArray(country.node.aliases) ? country.node.aliases.filter((a): a is string => typeof a === "string") : [];
  return aliases.filter((a) => /^[\u3400-\u9fff]+$/u.test(a)).sort((a, b) => a.length - b.length);
}

function ministryOf(country: KnownEntity, field: string, gazetteer: Gazetteer): KnownEntity | undefined {
  const names = hanNames(country);
  for (const name of names) {
    const known = gazetteer.lookupName(`${name}${field}`, ["Actor"]);
    if (known) return known;
  }
  const first = names[0];
  return first ? discoveredEntity("Actor", `${first}${field}`, "state_body") : undefined;
}

/** The country a mention places the text in: a country, or a state body of one ("美国国会", "美国国防部"). */
function countryOf(m: Mention, gazetteer: Gazetteer): KnownEntity | undefined {
  if (m.entity.kind === "Country") return m.entity;
  if (m.entity.kind !== "Actor" || !STATE.has(m.entity.type ?? "")) return undefined;
  const code = m.entity.node.country;
  if (typeof code === "string") return gazetteer.entities.get(`country:${code.toLowerCase()}`);
  if (!m.entity.discovered) return undefined;
  const first = gazetteer.findMentions(m.text)[0];
  return first?.start === 0 && first.entity.kind === "Country" ? first.entity : undefined;
}

/**
 * "美国商务部": a foreign country right before a Chinese ministry's bare name makes one name, that country's
 * ministry; the country's own mention is part of it.
 */
function joinForeignPrefixes(mentions: Mention[], text: string, gazetteer: Gazetteer): void {
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i];
    const before = mentions[i - 1];
    if (!m || !before || before.entity.kind !== "Country" || before.entity.id === CHINA || before.end !== m.start) continue;
    if (m.entity.kind !== "Actor" || m.entity.discovered || m.entity.node.country !== "CN" || m.entity.type !== "state_body") continue;
    const ministry = ministryOf(before.entity, simplifyHan(m.text), gazetteer);
    if (!ministry) continue;
    Object.assign(m, { entity: ministry, start: before.start, text: text.slice(before.start, m.end), via: ministry.discovered ? "form" : "alias" });
    mentions.splice(i - 1, 1);
  }
}

/** Gives each bare foreign-field ministry of `sentences` (in text order) the ministry of the country it is of. */
export function resolveChineseMinistries(sentences: readonly SentenceMentionList[], text: string, gazetteer: Gazetteer): void {
  for (const { mentions } of sentences) joinForeignPrefixes(mentions, text, gazetteer);
  const named = new Map<string, KnownEntity>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      const field = FOREIGN_FIELD.exec(simplifyHan(m.text))?.[0];
      if (m.entity.kind === "Actor" && field && field.length < m.text.length && !named.has(field)) named.set(field, m.entity);
    }
  }
  let earlier: KnownEntity | undefined;
  const resolved = new Map<string, KnownEntity>();
  for (const { mentions } of sentences) {
    let inSentence: KnownEntity | undefined;
    for (const m of mentions) {
      const place = countryOf(m, gazetteer);
      if (place && place.id !== CHINA) inSentence = place;
      if (m.entity.kind !== "Actor" || !m.entity.discovered) continue;
      const field = simplifyHan(m.text);
      if (FOREIGN_FIELD.exec(field)?.[0] !== field) continue;
      const same = named.get(field);
      const country = inSentence ?? earlier;
      const key = `${country?.id ?? ""}\u0000${field}`;
      const ministry = same ?? resolved.get(key) ?? (country ? ministryOf(country, field, gazetteer) : undefined);
      if (!ministry) continue;
      resolved.set(key, ministry);
      m.entity = ministry;
    }
    earlier = inSentence ?? earlier;
  }
}
