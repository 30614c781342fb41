import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention } from "../types.js";

/**
 * Where a country named beside a firm does not say where that firm is. The gold (tests/fixtures/news/README.md)
 * reads a firm's nationality as LOCATED_IN ("the Australian miner X"), but only of the firm the words describe,
 * and never of a state body: a ministry or agency is its country's government, not a firm based there (no
 * news-train or news-dev gold fact places one). Cross-validated on news-train, the readings below were wrong.
 */

/** State bodies, governments and international organisations: their country is whose they are, not where they sit. */
const NOT_LOCATED = new Set(["state_body", "government", "organisation"]);

/**
 * "the Italian export agency X", "Norway's state pension fund": a state body that funds, insures or
 * invests acts as a firm of its country, and gold places it there (news-train: 2 of 2).
 */
const STATE_FINANCIER = /(?<!\p{L})(?:agency|service|fund|bank|finance|credit|insurer|investment)(?!\p{L})/iu;

function stateBodyNotFirm(subject: Mention, text: string): boolean {
  if (!NOT_LOCATED.has(subject.entity.type ?? "")) return false;
  return !STATE_FINANCIER.test(text.slice(Math.max(0, subject.start - 24), subject.end));
}

/** A singular class noun right before a firm's name: "French mining company X", "Chile's state-owned copper miner X". */
const ONE_FIRM_BEFORE = /(?<!\p{L})(?:company|firm|miner|producer|group|giant|maker|corporation|conglomerate|investor|operator|supplier|developer|refiner|smelter|utility|explorer|holding)\s*$/iu;

/** "a Mongolian-Korean joint venture", "Sino-Russian": two countries hyphenated name the partners of one venture. */
const HYPHEN_AFTER = /^-\s*\p{L}/u;
const HYPHEN_BEFORE = /\p{L}\s*-$/u;

/** "the Canadian-listed Neo", "London-listed": where a firm's shares trade, not where the firm is. */
const LISTING_AFTER = /^(?:-|\s)(?:listed|traded|quoted)(?!\p{L})/iu;

/** "the Belgian zinc industry, state-owned X": a demonym that describes the noun after it, which no name follows. */
const NOT_A_FIRM_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:industry|sector|economy|markets?|government|authorities|officials|customs|law|rules|regulators?)(?=\s*[,.;:)]|\s+\p{Ll})/u;

/** A subject's own country stated right before its name: "Chilean cathode maker Andes Cathodes", "Peru's Minera Sur". */
const OWN_COUNTRY_GAP = /^(?:['’]s)?(?:\s+[\p{L}-]+){0,4}\s+$/u;

/**
 * "X is investing in an early-stage company based in Y", "X buys into a refinery, to be located in Y": an
 * unnamed thing the subject deals with is what the location cue is said of. English.
 */
const ANOTHERS_LOCATION = /(?<!\p{L})(?:in|into|to|with|from|for|of|by|at)\s+(?:an?|the|its|their|one)\s+(?:[\p{L}\d%-]+\s+){0,3}(?:company|firm|miner|producer|group|venture|subsidiary|unit|project|plant|mine|facility|refinery|smelter|site|operation)s?\s*,?\s*(?:to be\s+|which is\s+|that is\s+)?(?:located|based|headquartered|situated|registered)\s+in(?!\p{L})/iu;

function mentionsOf(frame: SentenceFrame): Mention[] {
  return frame.items.flatMap((item) => (item.type === "entity" ? [item.mention] : []));
}

/** Whether the country mention `place` may say where `subject` is, read from the words between and around them. */
function mayDescribe(place: Mention, subject: Mention, all: readonly Mention[], text: string): boolean {
  const after = text.slice(place.end, place.end + 40);
  if (HYPHEN_AFTER.test(after) && all.some((m) => m.start > place.end && m.start <= place.end + 2 && m.entity.kind === "Country")) return false;
  if (HYPHEN_BEFORE.test(text.slice(Math.max(0, place.start - 2), place.start)) && all.some((m) => m.end < place.start && m.end >= place.start - 2 && m.entity.kind === "Country")) return false;
  if (subject.entity.kind !== "Actor") return true;
  if (LISTING_AFTER.test(after)) return false;
  if (place.end <= subject.start) {
    if (NOT_A_FIRM_AFTER.test(after)) return false;
    // Another firm between, named by a singular class noun right after the country: the country is that firm's.
    const firstFirm = all.find((m) => m.start >= place.end && m.end <= subject.start && m.entity.kind === "Actor");
    if (firstFirm && ONE_FIRM_BEFORE.test(text.slice(place.end, firstFirm.start))) return false;
  }
  // The subject's own, other country right before it: "Chilean producer X … a venture in that country".
  const own = all.find((m) => {
    if (m.entity.kind !== "Country" || m.entity.id === place.entity.id || m.end > subject.start) return false;
    const gap = text.slice(m.end, subject.start);
    return OWN_COUNTRY_GAP.test(gap) && (/^['’]s\s/u.test(gap) || ONE_FIRM_BEFORE.test(gap.trimEnd()));
  });
  return own === undefined;
}

/**
 * Whether a LOCATED_IN fact of an actor (or of a site, for the hyphenated partners) reads a country the sentence
 * does not give as that subject's: no mention of the country may describe any mention of the subject.
 */
export function notTheSubjectsCountry(frame: SentenceFrame, fact: ExtractedFact): boolean {
  if (fact.predicate !== "LOCATED_IN" || fact.object.kind !== "Country") return false;
  const all = mentionsOf(frame);
  const subjects = all.filter((m) => m.entity.id === fact.subject.id);
  const places = all.filter((m) => m.entity.id === fact.object.id);
  if (subjects.length === 0 || places.length === 0) return false;
  if (fact.subject.kind === "Actor" && subjects.every((m) => stateBodyNotFirm(m, frame.text))) return true;
  if (frame.sentence.language === "en" && fact.subject.kind === "Actor" && subjects.every((subject) => places.every((place) => subject.end <= place.start && ANOTHERS_LOCATION.test(frame.text.slice(subject.end, place.start))))) return true;
  return !places.some((place) => subjects.some((subject) => mayDescribe(place, subject, all, frame.text)));
}
