import { kindOfId, shortHash, type GraphBatchInput, type InputIssue, type NodeInput } from "../../graph/index.js";
import type { EntityIndex, IndexedEntity } from "./entity-index.js";

/** Kinds whose records arrive from several sources under different names; countries and elements have fixed ids. */
const RESOLVED_KINDS = new Set(["Actor", "Asset"]);

export interface Merge {
  from: string;
  to: string;
  by: "identifier" | "name";
}

export interface ResolvedBatch {
  batch: GraphBatchInput;
  merges: Merge[];
  issues: InputIssue[];
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function toIndexed(node: NodeInput): IndexedEntity | undefined {
  const kind = kindOfId(node.id);
  if (!kind) return undefined;
  return {
    id: node.id,
    kind,
    name: node.name,
    aliases: asStrings(node.aliases),
    identifiers: asStrings(node.identifiers),
    type: typeof node.type === "string" ? node.type : undefined,
  };
}

/**
 * Rewrites a batch so its actors and assets use the ids of nodes already known (reference base, earlier
 * files), then adds its nodes to the index so later files resolve to them. Pure apart from the index (and
 * `earlier`: the renames of earlier parts of the same file, which this part's relationships follow too and
 * to which this part's renames are added).
 */
export function resolveBatch(input: GraphBatchInput, index: EntityIndex, earlier?: Map<string, string>): ResolvedBatch {
  const where = input.source ?? "batch";
  const rename = new Map<string, string>();
  const merges: Merge[] = [];
  const issues: InputIssue[] = [];

  // Each node's index record, made once: it was made again to add the node to the index below.
  const records: Array<{ record: IndexedEntity; nameKeys?: string[] } | undefined> = [];
  const nodes = (input.nodes ?? []).map((node, position) => {
    const record = toIndexed(node);
    if (!record || !RESOLVED_KINDS.has(record.kind)) {
      records.push(undefined);
      return node;
    }
    if (index.has(node.id) && !isSameEntity(index.get(node.id), record)) {
      // Same provisional id, different entity (two "Company A" with different registry numbers).
      rename.set(node.id, `${node.id}-${shortHash(`${where}|${node.name}|${record.identifiers.join(",")}`, 6)}`);
    }
    const nameKeys = index.nameKeys(record);
    const resolution = index.resolve(record, nameKeys);
    if (resolution.outcome === "match") {
      if (resolution.id !== node.id) {
        rename.set(node.id, resolution.id);
        merges.push({ from: node.id, to: resolution.id, by: resolution.by });
      } else rename.delete(node.id);
    } else if (resolution.outcome === "ambiguous") {
      issues.push({
        where: `${where} node ${position + 1} (${node.id})`,
        field: resolution.by === "identifier" ? "identifiers" : "name",
        message: `"${node.name}" matches ${resolution.candidates.length} known ${record.kind.toLowerCase()}s (${resolution.candidates.join(", ")}); kept as a separate node. Add a registry identifier or an alias to the reference base to decide.`,
      });
    }
    const id = rename.get(node.id) ?? node.id;
    if (id === node.id) {
      records.push({ record, nameKeys });
      return node;
    }
    // The source's own spelling becomes an alias of the node it resolved to.
    const renamed = { ...node, id, aliases: [...asStrings(node.aliases), node.name] };
    const renamedRecord = toIndexed(renamed);
    records.push(renamedRecord && { record: renamedRecord });
    return renamed;
  });

  for (const entry of records) if (entry) index.add(entry.record, entry.nameKeys);

  if (earlier) for (const [from, to] of rename) earlier.set(from, to);
  const renamed = earlier ?? rename;
  // A copy only for a relationship whose ends were renamed: most are not, and a copy each was garbage at once.
  const relationships =
    renamed.size === 0
      ? (input.relationships ?? [])
      : (input.relationships ?? []).map((rel) => {
          const from = renamed.get(rel.from) ?? rel.from;
          const to = renamed.get(rel.to) ?? rel.to;
          return from === rel.from && to === rel.to ? rel : { ...rel, from, to };
        });
  return { batch: { ...input, nodes, relationships }, merges, issues };
}

function isSameEntity(known: IndexedEntity | undefined, record: IndexedEntity): boolean {
  if (!known) return false;
  const schemes = (ids: readonly string[]) => new Map(ids.map((i) => [i.slice(0, i.indexOf(":")), i]));
  const a = schemes(known.identifiers);
  for (const identifier of record.identifiers) {
    const other = a.get(identifier.slice(0, identifier.indexOf(":")));
    if (other !== undefined && other.toUpperCase() !== identifier.toUpperCase()) return false;
  }
  return true;
}
