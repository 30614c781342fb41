import type { EntityKind, FACT_STATUSES } from "../../graph/index.js";

export type Language = "en" | "ru" | "zh" | "other";
/** Kinds a document can mention; documents themselves are the container, never a mention. */
export type MentionKind = Exclude<EntityKind, "Document">;
export type FactStatus = (typeof FACT_STATUSES)[number];

export interface TextSpan {
  start: number;
  end: number;
}

/** A line or paragraph of the original text, classified before any extraction runs. */
export interface Block extends TextSpan {
  role: "title" | "heading" | "body" | "furniture";
  language: Language;
}

export interface Token extends TextSpan {
  text: string;
  /** Universal POS tag where the language model gives one (English). */
  pos?: string;
}

export interface Sentence extends TextSpan {
  index: number;
  language: Language;
  /** Facts are read from body sentences only; titles and headings still name entities. */
  role: Block["role"];
  tokens: Token[];
}

/** A named thing of the knowledge base, or one discovered from its form in a document. */
export interface KnownEntity {
  id: string;
  kind: MentionKind;
  name: string;
  /** Actor or asset type, element group, policy type: whatever the schema calls `type`. */
  type?: string;
  /** Set for discovered entities: they are guesses, so they carry lower confidence. */
  discovered?: boolean;
  /** The node as the knowledge base holds it, so a batch can define it when the store lacks it. */
  node: Record<string, unknown>;
}

/**
 * "carried": not in the sentence at all — the article's main subject, offered to the learned relation step (see
 * relations-learned/carried.ts). "topic": a Chinese sentence's left-out subject, the last sentence's (topic-zh.ts).
 */
export type MentionVia = "name" | "alias" | "demonym" | "symbol" | "metonym" | "form" | "reference" | "carried" | "topic";

export interface Mention extends TextSpan {
  entity: KnownEntity;
  text: string;
  via: MentionVia;
  confidence: number;
}

export type QuantityUnit = "%" | "t" | "USD" | "RUB" | "EUR" | "CNY" | "AUD" | "CAD" | "KZT" | "kg";

export interface Quantity extends TextSpan {
  text: string;
  value: number;
  min?: number;
  max?: number;
  unit?: QuantityUnit;
  approximate?: boolean;
  perYear?: boolean;
}

export interface DateMention extends TextSpan {
  text: string;
  year: number;
  month?: number;
  day?: number;
  /** The word before the date decides its role: "by 2030" is a target, "since 2023" a start. */
  preposition?: string;
}

export interface EntityRef {
  id: string;
  name: string;
  kind: MentionKind;
}

export interface EvidenceSpan extends TextSpan {
  quote: string;
  sentence: number;
}

export type Predicate =
  | "OWNS"
  | "OPERATES"
  | "LOCATED_IN"
  | "PRODUCES"
  | "HAS_RESERVES"
  | "SUPPLIES"
  | "IMPORTS_FROM"
  | "RESTRICTS_EXPORT"
  | "INVESTS_IN"
  | "PLANS"
  | "SHARE_OF_GLOBAL";

export interface ExtractedFact {
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef;
  value: number | null;
  valueMin?: number;
  valueMax?: number;
  unit: string | null;
  year: number | null;
  status: FactStatus;
  confidence: number;
  /** Predicate-specific qualifiers (metric, stage, target country, policy id, dates). */
  properties: Record<string, string | number | boolean>;
  /** Name of the pattern that produced the fact, for debugging and the evidence record. */
  extractor: string;
  evidence: EvidenceSpan[];
}

export interface ExtractedEntity extends EntityRef {
  discovered: boolean;
  mentions: Array<TextSpan & { text: string }>;
}

/** The JSON `ytterby extract --json` prints per document (issue 3, point 6). */
export interface ExtractedDocument {
  id: string;
  path: string;
  language: Language;
  title: string | null;
  date: string | null;
  contentHash: string;
  entities: ExtractedEntity[];
  facts: ExtractedFact[];
}
