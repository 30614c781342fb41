import type { GraphBatchInput, NodeInput, RelationshipInput, EvidenceInput } from "../../graph/index.js";
import { isMoneyUnit } from "./parse-quantities.js";
import { COMMODITY_SITE_HEADS } from "./site-head-after-commodities.js";
import type { ExtractedDocument, ExtractedEntity, ExtractedFact, KnownEntity, Mention } from "./types.js";

/** Where a document mentions one entity, with the words it used. */
type EntitySpan = ExtractedEntity["mentions"][number];

export const DOCUMENT_LOADER = "documents";

function evidenceOf(document: ExtractedDocument, fact: Pick<ExtractedFact, "evidence" | "confidence" | "value" | "unit" | "extractor">): EvidenceInput[] {
  return fact.evidence.map((e) => ({
    documentId: document.id,
    start: e.start,
    end: e.end,
    quote: e.quote,
    sentence: e.sentence,
    loader: DOCUMENT_LOADER,
    confidence: fact.confidence,
    ...(fact.value !== null ? { value: `${fact.value}${fact.unit ? ` ${fact.unit}` : ""}` } : {}),
    note: `pattern ${fact.extractor}`,
  }));
}

/** Schema properties of each predicate, from what the extractor read. */
function propertiesOf(fact: ExtractedFact): Record<string, unknown> {
  const p = fact.properties;
  const base: Record<string, unknown> = { status: fact.status, confidence: fact.confidence };
  const year = fact.year ?? undefined;
  const amount = fact.value ?? undefined;
  const money = isMoneyUnit(fact.unit);
  switch (fact.predicate) {
    case "OWNS":
      return { ...base, share: fact.unit === "%" ? amount : undefined, shareMin: fact.unit === "%" ? fact.valueMin : undefined, shareMax: fact.unit === "%" ? fact.valueMax : undefined, since: p.date };
    case "OPERATES":
      return { ...base, since: p.date };
    case "LOCATED_IN":
      return base;
    case "PRODUCES":
      return { ...base, amount, unit: fact.unit ?? undefined, year, stage: p.stage };
    case "HAS_RESERVES":
      return { ...base, amount, unit: fact.unit ?? undefined, year, lowerBound: p.lowerBound };
    case "SUPPLIES":
      return { ...base, element: p.element, amount, unit: fact.unit ?? undefined, year };
    case "IMPORTS_FROM":
      return { ...base, element: p.element, share: fact.unit === "%" ? amount : undefined };
    case "SHARE_OF_GLOBAL":
      return { ...base, share: fact.valueMin === undefined || fact.valueMax === undefined ? amount : undefined, shareMin: fact.valueMin, shareMax: fact.valueMax, metric: p.metric, scope: p.scope, year };
    case "INVESTS_IN":
      return { ...base, amount: money ? amount : undefined, currency: money ? fact.unit : undefined, year };
    case "PLANS":
      return { ...base, year, amount, unit: money ? undefined : (fact.unit ?? undefined), currency: money ? fact.unit : undefined };
    default:
      return base;
  }
}

/**
 * The forms a document writes a discovered entity's name in beyond the one it was recognised by: a site first named
 * before its metals ("Tellbrook cobalt mine") is recognised as "Tellbrook", and its later "Tellbrook Mine" is a
 * mention of "Tellbrook" followed by its site word (`withSiteWord`); a firm named "IGO" once and "IGO Ltd" once.
 */
function writtenForms(entity: KnownEntity, spans: readonly EntitySpan[], text: string): { fuller: string[]; withSiteWord: string[] } {
  const name = entity.name.toLowerCase();
  const fuller = new Set<string>();
  const withSiteWord = new Set<string>();
  for (const m of spans) {
    const mentioned = m.text.trim();
    if (mentioned.length > name.length && mentioned.toLowerCase().includes(name)) fuller.add(mentioned);
    const siteWord = entity.kind === "Asset" ? /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(m.end, m.end + 20))?.[1] : undefined;
    if (siteWord && COMMODITY_SITE_HEADS[siteWord.toLowerCase()] && mentioned.toLowerCase() === name) withSiteWord.add(`${entity.name} ${siteWord}`);
  }
  return { fuller: [...fuller], withSiteWord: [...withSiteWord] };
}

/**
 * A discovered entity's node. A site the article also calls by its name and a site word ("the Tellbrook Mine") is
 * shown by that name, as a reader would call it, with the shorter form it was recognised by as an alias; the other
 * fuller forms are aliases too, so a search or a parameter given by any of them finds it. Its id does not change.
 */
function nodeOf(entity: KnownEntity, document: ExtractedDocument, text: string, spans: readonly EntitySpan[], mention?: Mention): NodeInput {
  const { evidence: _evidence, ...node } = entity.node as NodeInput;
  if (!entity.discovered || !mention) return { ...node, id: entity.id, name: entity.name };
  const forms = writtenForms(entity, spans, text);
  const shown = forms.withSiteWord.length === 1 ? (forms.withSiteWord[0] ?? entity.name) : entity.name;
  const aliases = [...new Set([entity.name, ...forms.withSiteWord, ...forms.fuller])].filter((form) => form !== shown);
  // A discovered entity is only as good as the sentence it was found in, so it carries that as evidence.
  return {
    ...node,
    id: entity.id,
    name: shown,
    aliases,
    evidence: [{ documentId: document.id, start: mention.start, end: mention.end, quote: mention.text, loader: DOCUMENT_LOADER, confidence: mention.confidence, note: "recognised by the form of its name" }],
  };
}

/**
 * The graph a document contributes: its Document node (with text and hash), the entities it mentions (MENTIONS
 * with "start-end" spans), and each fact as a relationship with its evidence. Export restrictions become a
 * Policy node with ISSUED, RESTRICTS and TARGETS.
 */
export function documentToBatch(document: ExtractedDocument, text: string, mentions: readonly Mention[]): GraphBatchInput {
  const nodes = new Map<string, NodeInput>();
  const relationships: RelationshipInput[] = [];
  nodes.set(document.id, {
    id: document.id,
    name: document.title ?? document.path.split(/[\\/]/).pop() ?? document.id,
    path: document.path,
    ...(document.title ? { title: document.title } : {}),
    ...(document.date ? { date: document.date } : {}),
    language: document.language,
    contentHash: document.contentHash,
    text,
  });
  const firstMention = new Map<string, Mention>();
  for (const m of mentions) if (!firstMention.has(m.entity.id)) firstMention.set(m.entity.id, m);
  // By id once, rather than a search of the document's entities per entity (quadratic in a long document).
  const spansById = new Map<string, readonly EntitySpan[]>();
  for (const entity of document.entities) if (!spansById.has(entity.id)) spansById.set(entity.id, entity.mentions);
  for (const [id, m] of firstMention) nodes.set(id, nodeOf(m.entity, document, text, spansById.get(id) ?? [], m));
  for (const entity of document.entities) {
    relationships.push({ type: "MENTIONS", from: document.id, to: entity.id, properties: { count: entity.mentions.length, spans: entity.mentions.map((s) => `${s.start}-${s.end}`) } });
  }
  for (const fact of document.facts) {
    // An entity a fact refers to without naming it (the world, for "global output") comes from the reference
    // base; a bare {id, name} would not be a valid node, so the store's reference check vouches for it instead.
    const evidence = evidenceOf(document, fact);
    if (fact.predicate === "RESTRICTS_EXPORT") {
      const policyId = String(fact.properties.policy);
      const date = typeof fact.properties.date === "string" ? fact.properties.date : undefined;
      if (!nodes.has(policyId)) {
        nodes.set(policyId, { id: policyId, name: `${fact.subject.name}: export ${fact.properties.policyType === "export_ban" ? "ban" : "restriction"} (${date ?? "undated"})`, type: String(fact.properties.policyType), ...(date ? { announced: date } : {}), evidence });
      }
      const status = { status: fact.status, confidence: fact.confidence };
      relationships.push({ type: "ISSUED", from: fact.subject.id, to: policyId, properties: { ...status, ...(date ? { date } : {}) }, evidence });
      relationships.push({ type: "RESTRICTS", from: policyId, to: fact.object.id, properties: status, evidence });
      if (typeof fact.properties.target === "string") relationships.push({ type: "TARGETS", from: policyId, to: fact.properties.target, properties: status, evidence });
      continue;
    }
    const properties = Object.fromEntries(Object.entries(propertiesOf(fact)).filter(([, v]) => v !== undefined));
    relationships.push({ type: fact.predicate, from: fact.subject.id, to: fact.object.id, properties, evidence });
  }
  return { source: document.path, nodes: [...nodes.values()], relationships };
}
