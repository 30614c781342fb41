import { nodeIdFor } from "../../graph/index.js";
import type { Gazetteer } from "./gazetteer.js";
import { allMatches } from "./all-matches.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";

type Gender = "masculine" | "neuter";

/** Head nouns of a Russian site's name in any singular case, their nominative, gender and asset type. */
const HEADS: Array<{ form: RegExp; nominative: string; gender: Gender; type: string }> = [
  { form: /^месторождени(?:е|я|ю|ем|и)$/u, nominative: "месторождение", gender: "neuter", type: "deposit" },
  { form: /^рудник(?:а|у|ом|е)?$/u, nominative: "рудник", gender: "masculine", type: "mine" },
  { form: /^ГОК(?:а|у|ом|е)?$/u, nominative: "ГОК", gender: "masculine", type: "mine" },
  { form: /^карьер(?:а|у|ом|е)?$/u, nominative: "карьер", gender: "masculine", type: "mine" },
  { form: /^завод(?:а|у|ом|е)?$/u, nominative: "завод", gender: "masculine", type: "processing_plant" },
  { form: /^комбинат(?:а|у|ом|е)?$/u, nominative: "комбинат", gender: "masculine", type: "processing_plant" },
];

const ENDINGS = "ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ий|ый|ой|ая|яя|ое|ее|ую|юю|ей";
/**
 * A place adjective ("Колмозерского", "Ловозерский": a stem in -ск-/-цк-) in any case, up to two lower-case
 * adjectives ("горно-обогатительного"), then a head noun. The -ск- stem keeps out ordinary adjectives that open
 * a sentence ("Крупное месторождение").
 */
const SITE = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+[сц]к(?:${ENDINGS}))((?:\\s+\\p{Ll}[\\p{Ll}-]+(?:${ENDINGS})){0,2})\\s+(месторождени\\p{Ll}+|рудник\\p{Ll}*|ГОК\\p{Ll}*|карьер\\p{Ll}*|завод\\p{Ll}*|комбинат\\p{Ll}*)(?![\\p{L}])`, "gu");
const ENDING = new RegExp(`(${ENDINGS})$`, "u");
/** National and continental adjectives name who, not where: "Российский завод" is not a site's name. */
const NOT_PLACES = /^(?:Российск|Русск|Советск|Китайск|Американск|Европейск|Японск|Корейск|Австралийск|Африканск|Азиатск|Канадск|Германск|Французск|Британск|Английск)/u;
const HEAD_CUE = /месторождени|рудник|ГОК|карьер|завод|комбинат|шахт/u;

/**
 * A site noun in any case, then the site's own name in the nominative, as Russian gives a name in apposition:
 * "на месторождении Кызылтас", "рудник Северный Каскад". Plants are left out: a capitalised word after "завод" is
 * as often its owner in the genitive.
 */
const NAMED_AFTER = /(?<![\p{L}-])(месторождени(?:е|я|ю|ем|и)|рудник(?:а|у|ом|е)?|карьер(?:а|у|ом|е)?|шахт(?:а|ы|е|у|ой))\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}{2,})?)(?![\p{L}-])/gu;
const NAMED_AFTER_TYPES: Record<string, string> = { месторождени: "deposit", рудник: "mine", карьер: "mine", шахт: "mine" };

/** An adjective of any case in the nominative singular agreeing with its head. */
function nominativeAdjective(word: string, gender: Gender): string {
  const ending = ENDING.exec(word)?.[1] ?? "";
  const stem = word.slice(0, word.length - ending.length);
  const velarOrHushing = /[кгхжшчщ]$/u.test(stem);
  const soft = !velarOrHushing && /^[еияю]/u.test(ending) && !/ц$/u.test(stem);
  if (gender === "masculine") return stem + (velarOrHushing || soft ? "ий" : "ый");
  return stem + (soft || /[жшчщц]$/u.test(stem) ? "ее" : "ое");
}

function discovered(name: string, type: string): KnownEntity {
  const id = nodeIdFor("Asset", name);
  return { id, kind: "Asset", name, type, discovered: true, node: { id, name, type, aliases: [] } };
}

/** "Томторское" names the Tomtor deposit: a known site named by the adjective's stem is the one meant. */
function resolveKnown(gazetteer: Gazetteer, name: string, adjective: string): KnownEntity | undefined {
  const exact = gazetteer.lookupName(name, ["Actor", "Asset"]);
  if (exact) return exact;
  const place = /^(\p{Lu}\p{Ll}{3,}?)[сц]к/u.exec(adjective)?.[1];
  return place ? gazetteer.lookupName(place, ["Asset"]) : undefined;
}

/**
 * Sites named by a place adjective and a head noun in Russian, in whatever case the sentence puts them:
 * "освоение Кедрового месторождения лития" names the Kedrovoye deposit, kept as "Кедровое
 * месторождение" so every case form is one entity.
 */
export function discoverRussianSites(sentence: Sentence, text: string, known: readonly Mention[], gazetteer: Gazetteer): Mention[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!HEAD_CUE.test(body)) return [];
  const found: Mention[] = [];
  for (const match of allMatches(SITE, body)) {
    const [surface, adjective = "", others = "", headWord = ""] = match;
    const head = HEADS.find((h) => h.form.test(headWord));
    if (!head || NOT_PLACES.test(adjective)) continue;
    const start = sentence.start + match.index;
    const end = start + surface.length;
    if (known.some((m) => m.start < end && start < m.end)) continue;
    const words = [adjective, ...others.trim().split(/\s+/u).filter((w) => w.length > 0)].map((w) => nominativeAdjective(w, head.gender));
    const name = `${words.join(" ")} ${head.nominative}`;
    const entity = resolveKnown(gazetteer, name, adjective) ?? discovered(name, head.type);
    found.push({ entity, start, end, text: surface, via: "form", confidence: entity.discovered ? 0.6 : 0.8 });
  }
  for (const match of allMatches(NAMED_AFTER, body)) {
    const [surface, headWord = "", name = ""] = match;
    const start = sentence.start + match.index + surface.length - name.length;
    const end = start + name.length;
    if (known.some((m) => m.start < end && start < m.end) || found.some((m) => m.start < end && start < m.end)) continue;
    const type = Object.entries(NAMED_AFTER_TYPES).find(([stem]) => headWord.startsWith(stem))?.[1] ?? "deposit";
    const entity = gazetteer.lookupName(name, ["Asset"]) ?? discovered(name, type);
    found.push({ entity, start, end, text: name, via: "form", confidence: entity.discovered ? 0.6 : 0.8 });
  }
  return found.sort((a, b) => a.start - b.start);
}
