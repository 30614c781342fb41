import { type z } from "zod";
import { InputError, type InputIssue } from "./errors.js";
import { shortHash, stableJson } from "./ids.js";
import {
  CLAIM_IDENTITY,
  NODE_SCHEMAS,
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_SCHEMAS,
  evidenceInputSchema,
  kindOfId,
  parsePlainEvidence,
  type EntityKind,
  type Evidence,
  type EvidenceInput,
  type EvidenceNode,
  type NodeKind,
  type RelationshipType,
} from "./schema/index.js";

export interface NodeInput {
  id: string;
  name: string;
  [property: string]: unknown;
  evidence?: EvidenceInput[];
}

export interface RelationshipInput {
  type: RelationshipType;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence?: EvidenceInput[];
}

/** What loaders hand to a store. `source` names the file or feed, for error messages. */
export interface GraphBatchInput {
  source?: string;
  nodes?: NodeInput[];
  relationships?: RelationshipInput[];
}

export type NodeRow = { id: string; name: string; aliases: string[] } & Record<string, unknown>;

export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  fromKind: EntityKind;
  toKind: EntityKind;
  properties: Record<string, unknown>;
}

export interface EvidenceLink {
  evidenceId: string;
  targetId: string;
  targetKind: NodeKind;
}

/** A validated batch: ids computed, duplicates merged, rows grouped by table. */
export interface NormalisedBatch {
  nodes: Map<NodeKind, NodeRow[]>;
  relationships: RelationshipRow[];
  supports: EvidenceLink[];
  cites: EvidenceLink[];
  /** Node ids the batch refers to but does not define; the store checks they already exist. */
  references: Set<string>;
}

export interface NormaliseOutcome {
  batch: NormalisedBatch;
  issues: InputIssue[];
}

const SORTED_IDENTITY: Partial<Record<RelationshipType, ReadonlyArray<readonly [string, string]>>> = Object.fromEntries(
  Object.entries(CLAIM_IDENTITY).map(([type, keys]) => [type, [...keys].sort().map((key) => [key, JSON.stringify(key)] as const)]),
);

/**
 * Hashes exactly the text `stableJson({ from, to, identity })` gives, so stored ids stay valid, but
 * builds it directly: this runs once a relationship and the generic walk dominated bulk loads.
 */
export function relationshipId(type: RelationshipType, from: string, to: string, properties: Record<string, unknown>): string {
  let identity = "";
  for (const [key, quoted] of SORTED_IDENTITY[type] ?? []) {
    const value = properties[key];
    if (value === undefined) continue;
    identity += `${identity ? "," : ""}${quoted}:${stableJson(value)}`;
  }
  const text = `{"from":${JSON.stringify(from)},"identity":{${identity}},"to":${JSON.stringify(to)}}`;
  return `${type.toLowerCase()}:${shortHash(text, 16)}`;
}

/** The fields an evidence id hashes, in the order stableJson sorts them. */
const EVIDENCE_ID_KEYS = ["documentId", "end", "factId", "loader", "quote", "sourceUrl", "start", "value"] as const;

/**
 * Hashes exactly the text `stableJson({ factId, documentId, sourceUrl, start, end, loader, quote, value })` gives,
 * so stored ids stay valid, without the generic walk's entries, sort and joins: it runs once an evidence row.
 */
export function evidenceId(factId: string, evidence: Evidence): string {
  let text = "";
  for (const key of EVIDENCE_ID_KEYS) {
    const value = key === "factId" ? factId : evidence[key];
    if (value === undefined) continue;
    text += `${text ? "," : ""}"${key}":${stableJson(value)}`;
  }
  return `evidence:${shortHash(`{${text}}`, 16)}`;
}

function describeZodIssues(where: string, error: z.ZodError, prefix = ""): InputIssue[] {
  return error.issues.map((issue) => ({
    where,
    field: prefix + issue.path.join("."),
    message: issue.message,
  }));
}

export function mergeNodeRows(existing: NodeRow, incoming: NodeRow): NodeRow {
  const merged: NodeRow = { ...existing };
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined || value === null) continue;
    const current = merged[key];
    if (Array.isArray(value)) {
      merged[key] = [...new Set([...(Array.isArray(current) ? (current as unknown[]) : []), ...value])];
    } else if (current === undefined || current === null) {
      merged[key] = value;
    }
  }
  return merged;
}

/** What normalising one or several batches builds up: rows by id, so a node or claim stated twice is merged. */
interface Normalising {
  issues: InputIssue[];
  nodes: Map<NodeKind, Map<string, NodeRow>>;
  relationships: Map<string, RelationshipRow>;
  supports: Map<string, EvidenceLink>;
  cites: Map<string, EvidenceLink>;
  references: Set<string>;
}

const normalising = (): Normalising => ({ issues: [], nodes: new Map(), relationships: new Map(), supports: new Map(), cites: new Map(), references: new Set() });

function normalised({ issues, nodes, relationships, supports, cites, references }: Normalising): NormaliseOutcome {
  for (const table of nodes.values()) for (const id of table.keys()) references.delete(id);
  return {
    batch: {
      nodes: new Map([...nodes].map(([kind, table]) => [kind, [...table.values()]])),
      relationships: [...relationships.values()],
      supports: [...supports.values()],
      cites: [...cites.values()],
      references,
    },
    issues,
  };
}

/**
 * Validates a batch against the schema and shapes it for writing. Invalid records are left out and
 * reported, so one bad row never stops the rest of a file from loading.
 */
export function normaliseBatch(input: GraphBatchInput): NormaliseOutcome {
  const into = normalising();
  normaliseInto(into, input, into.relationships);
  return normalised(into);
}

/**
 * One batch into `into`: nodes, evidence and links straight into its maps; relationships into `relationships`,
 * which is `into`'s own for a single batch and the batch's own when several are merged (a claim stated twice
 * in one batch keeps its first confidence, across batches the highest).
 */
function normaliseInto(into: Normalising, input: GraphBatchInput, relationships: Map<string, RelationshipRow>): void {
  const where = input.source ?? "batch";
  const { issues, nodes, supports, cites, references } = into;

  const putNode = (kind: NodeKind, row: NodeRow) => {
    let table = nodes.get(kind);
    if (!table) nodes.set(kind, (table = new Map()));
    const existing = table.get(row.id);
    table.set(row.id, existing ? mergeNodeRows(existing, row) : row);
  };

  // Locations are built only when something is reported: a string per row was a measurable share of bulk loads.
  // Returns the highest confidence among the valid items (absent confidence counts as 1), undefined when none is valid:
  // a fact's confidence must come from evidence that passed validation, not from raw input.
  const addEvidence = (factId: string, target: { id: string; kind: NodeKind } | undefined, list: EvidenceInput[] | undefined, at: () => string) => {
    if (!list) return undefined;
    let highest: number | undefined;
    for (let index = 0; index < list.length; index++) {
      const raw = list[index];
      let evidence = parsePlainEvidence(raw);
      if (!evidence) {
        const parsed = evidenceInputSchema.safeParse(raw);
        if (!parsed.success) {
          issues.push(...describeZodIssues(`${where} ${at()}`, parsed.error, `evidence[${index}].`));
          continue;
        }
        evidence = parsed.data;
      }
      highest = Math.max(highest ?? 0, evidence.confidence ?? 1);
      const id = evidenceId(factId, evidence);
      const label = evidence.quote ?? evidence.value ?? evidence.sourceUrl ?? factId;
      // The parsed item is a fresh object: completed in place rather than spread into another.
      const row = evidence as unknown as EvidenceNode;
      row.id = id;
      row.name = label.slice(0, 120);
      row.aliases = [];
      row.factId = factId;
      putNode("Evidence", row as NodeRow);
      if (target) supports.set(`${id}>${target.id}`, { evidenceId: id, targetId: target.id, targetKind: target.kind });
      if (evidence.documentId) {
        cites.set(`${id}>${evidence.documentId}`, { evidenceId: id, targetId: evidence.documentId, targetKind: "Document" });
        references.add(evidence.documentId);
      }
    }
    return highest;
  };

  input.nodes?.forEach((raw, index) => {
    const at = () => `node ${index + 1} (${String(raw.id)})`;
    const kind = typeof raw.id === "string" ? kindOfId(raw.id) : undefined;
    if (!kind || kind === "Evidence") {
      issues.push({ where: `${where} ${at()}`, field: "id", message: `"${String(raw.id)}" does not start with a node kind prefix such as actor: or asset:` });
      return;
    }
    // Node schemas drop keys they do not declare, evidence among them: no copy of the node without it.
    const parsed = NODE_SCHEMAS[kind].safeParse(raw);
    if (!parsed.success) {
      issues.push(...describeZodIssues(`${where} ${at()}`, parsed.error));
      return;
    }
    putNode(kind, parsed.data as NodeRow);
    addEvidence(parsed.data.id, { id: parsed.data.id, kind }, raw.evidence, at);
  });

  input.relationships?.forEach((raw, index) => {
    const at = () => `relationship ${index + 1} (${String(raw.from)} -${String(raw.type)}-> ${String(raw.to)})`;
    const schema = RELATIONSHIP_SCHEMAS[raw.type];
    if (!schema) {
      issues.push({ where: `${where} ${at()}`, field: "type", message: `unknown relationship type "${String(raw.type)}"` });
      return;
    }
    const fromKind = kindOfId(raw.from);
    const toKind = kindOfId(raw.to);
    const allowed = RELATIONSHIP_ENDPOINTS[raw.type];
    if (!fromKind || !(allowed.from as readonly string[]).includes(fromKind)) {
      issues.push({ where: `${where} ${at()}`, field: "from", message: `${raw.type} cannot start at "${raw.from}". Allowed: ${allowed.from.join(", ")}` });
      return;
    }
    if (!toKind || !(allowed.to as readonly string[]).includes(toKind)) {
      issues.push({ where: `${where} ${at()}`, field: "to", message: `${raw.type} cannot end at "${raw.to}". Allowed: ${allowed.to.join(", ")}` });
      return;
    }
    const parsed = schema.safeParse(raw.properties ?? {});
    if (!parsed.success) {
      issues.push(...describeZodIssues(`${where} ${at()}`, parsed.error, "properties."));
      return;
    }
    const properties = parsed.data as Record<string, unknown>;
    const id = relationshipId(raw.type, raw.from, raw.to, properties);
    const existing = relationships.get(id);
    if (existing) {
      existing.properties = { ...properties, ...existing.properties };
    } else {
      relationships.set(id, { id, type: raw.type, from: raw.from, to: raw.to, fromKind: fromKind as EntityKind, toKind: toKind as EntityKind, properties });
    }
    references.add(raw.from);
    references.add(raw.to);
    const confidence = addEvidence(id, undefined, raw.evidence, at);
    const row = relationships.get(id);
    if (row && row.properties.confidence === undefined && confidence !== undefined) row.properties.confidence = confidence;
  });
}

export function assertNoIssues(issues: InputIssue[]): void {
  if (issues.length === 0) return;
  const lines = issues.slice(0, 20).map((i) => `${i.where}${i.field ? ` field "${i.field}"` : ""}: ${i.message}`);
  const more = issues.length > 20 ? `\n… and ${issues.length - 20} more` : "";
  throw new InputError(`${issues.length} invalid record(s):\n${lines.join("\n")}${more}`, issues);
}

/**
 * Normalises several batches (each reporting its own issues under its own source) and merges them into one,
 * so a load writes each table once however many files it reads. A node or claim found in several batches is
 * merged as within one batch.
 */
export function normaliseBatches(inputs: readonly GraphBatchInput[]): NormaliseOutcome {
  if (inputs.length === 1) return normaliseBatch(inputs[0]!);
  const into = normalising();
  for (const input of inputs) {
    const own = new Map<string, RelationshipRow>();
    normaliseInto(into, input, own);
    for (const row of own.values()) {
      const existing = into.relationships.get(row.id);
      if (!existing) into.relationships.set(row.id, row);
      else {
        const confidence = Math.max(Number(existing.properties.confidence ?? 0), Number(row.properties.confidence ?? 0));
        existing.properties = { ...row.properties, ...existing.properties, ...(confidence > 0 ? { confidence } : {}) };
      }
    }
  }
  return normalised(into);
}

/** The issue for a fact that refers to a node neither the batch nor the store holds. */
export function missingReferenceIssue(where: string, id: string): InputIssue {
  return { where, field: "reference", message: `node "${id}" does not exist; facts that refer to it were skipped` };
}

/**
 * For a write of several batches at once: each missing node reported under every batch that refers to it, so the
 * user learns which file to fix.
 */
export function missingReferencesByBatch(inputs: readonly GraphBatchInput[], missing: ReadonlySet<string>): InputIssue[] {
  return inputs.flatMap((input, position) => {
    const referred = new Set<string>();
    for (const r of input.relationships ?? []) for (const id of [r.from, r.to]) if (missing.has(id)) referred.add(id);
    for (const item of [...(input.nodes ?? []), ...(input.relationships ?? [])]) for (const e of item.evidence ?? []) if (e.documentId && missing.has(e.documentId)) referred.add(e.documentId);
    return [...referred].map((id) => missingReferenceIssue(input.source ?? `batch ${position + 1}`, id));
  });
}
