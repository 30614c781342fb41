import type { SentenceFrame } from "../sentence-frame.js";
import type { FactDraft, Pattern } from "./draft.js";
import { afterPreposition, asidesBefore, insideAside, slotIndex } from "./draft.js";
import { allMatches } from "../all-matches.js";

/**
 * "its Kuantan plant", "its flagship Mount Weld mine", "their own ⟦e⟧", "⟦e⟧, whose ⟦e⟧": a possessive with up to
 * two words before a name.
 */
const POSSESSED = /(?:(?<!\p{L})(?:its|their)|(⟦e\d+⟧),\s*whose)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(⟦e\d+⟧)/gu;
/** "Lynas Malaysia, the company's separation plant": a site set beside its owner's possessive and a site noun. */
const APPOSED_OWNER = /(⟦e\d+⟧),\s+(⟦e\d+⟧)['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:plant|mine|facility|refinery|smelter|deposit|project|factory)(?!\p{L})/gu;
/** Work done at the site the possessive names: "refined its first oxide at its Mountain Pass mine" runs it too. */
const WORK_AT = /(?:produc|refin|\bmin(?:e|es|ed|ing)\b|process|\bmak(?:e|es|ing)\b|\bmade\b|extract|separat|smelt|crack)(?:[^;,⟦]|⟦[eqd]\d+⟧){0,60}\bat\s+$/u;
const NOT_OPERATORS = new Set(["state_body", "government", "person", "organisation"]);

/**
 * The company "its" points back to: the only operating company named earlier in the sentence (a resolved "the
 * company" counts), with no country named in between to take the pronoun instead ("Lynas said China would
 * expand its mine"). With two companies, the later one if it is a clause's subject — neither inside an aside nor
 * after a preposition, and no other company after it ("Teck, which runs Trail, and Umicore plans to … its Olen
 * plant"); otherwise it is ambiguous.
 */
function antecedentOf(frame: SentenceFrame, before: number): number | undefined {
  const companies = frame.entityIndexes(["Actor"]).filter((i) => i < before && frame.entity(i)?.via !== "demonym" && !NOT_OPERATORS.has(frame.entity(i)?.entity.type ?? ""));
  const distinct = new Set(companies.map((i) => frame.entity(i)?.entity.id));
  const company = companies[companies.length - 1];
  if (company === undefined) return undefined;
  if (distinct.size !== 1) {
    const at = frame.slotStart(before);
    if (afterPreposition(frame, company) || insideAside(frame, company, asidesBefore(frame, at), at)) return undefined;
    if (frame.entityIndexes(["Actor"]).some((i) => i > company && i < before)) return undefined;
  }
  const countryBetween = frame.entityIndexes(["Country"]).some((i) => i > company && i < before && frame.entity(i)?.via !== "demonym");
  return countryBetween ? undefined : company;
}

function operator(frame: SentenceFrame, index: number | undefined): number | undefined {
  const mention = index === undefined ? undefined : frame.entity(index);
  return mention?.entity.kind === "Actor" && !NOT_OPERATORS.has(mention.entity.type ?? "") ? index : undefined;
}

/**
 * A site a company calls its own is one it owns ("its Olen plant", "Perpetua, whose Stibnite project …"), and runs
 * when the sentence works there ("Lynas produced its first oxide at its Kuantan plant").
 */
export const possessives: Pattern = ({ frame }) => {
  const t = frame.template;
  if (!frame.names(["Asset"]) || !frame.names(["Actor"])) return [];
  const drafts: FactDraft[] = /['’]s?\s/u.test(t) ? apposedOwners(frame) : [];
  if (!/(?<!\p{L})(?:its|their|whose)\s/u.test(t)) return drafts;
  for (const match of allMatches(POSSESSED, t)) {
    const site = slotIndex(match[2]);
    const asset = site === undefined ? undefined : frame.entity(site);
    if (site === undefined || asset?.entity.kind !== "Asset") continue;
    // "whose" points at the name right before it; "its" needs its antecedent found.
    const owner = match[1] ? operator(frame, slotIndex(match[1])) : antecedentOf(frame, site);
    const company = owner === undefined ? undefined : frame.entity(owner);
    if (owner === undefined || !company) continue;
    const confidence = 0.6 * Math.min(company.confidence, asset.confidence);
    drafts.push({ predicate: "OWNS", subject: company.entity, object: asset.entity, items: [owner, site], extractor: "possessive-site", confidence });
    if (WORK_AT.test(t.slice(Math.max(0, match.index - 100), match.index))) {
      drafts.push({ predicate: "OPERATES", subject: company.entity, object: asset.entity, items: [owner, site], extractor: "possessive-site", confidence });
    }
  }
  return drafts;
};

function apposedOwners(frame: SentenceFrame): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const match of allMatches(APPOSED_OWNER, frame.template)) {
    const site = slotIndex(match[1]);
    const owner = operator(frame, slotIndex(match[2]));
    const asset = site === undefined ? undefined : frame.entity(site);
    const company = owner === undefined ? undefined : frame.entity(owner);
    if (site === undefined || owner === undefined || asset?.entity.kind !== "Asset" || !company) continue;
    drafts.push({ predicate: "OWNS", subject: company.entity, object: asset.entity, items: [owner, site], extractor: "possessive-apposition", confidence: 0.6 * Math.min(company.confidence, asset.confidence) });
  }
  return drafts;
}
