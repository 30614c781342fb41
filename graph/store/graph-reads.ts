import { NotFoundError } from "../errors.js";
import { ENTITY_KINDS, RELATIONSHIP_TYPES, kindOfId, type NodeKind, type Subgraph } from "../schema/index.js";
import type { GraphStore, Neighbourhood, NeighbourhoodOptions, PathOptions } from "./graph-store.js";

/** The Cypher each dialect needs for the reads every store offers; the logic around it is shared. */
export interface ReadStatements {
  neighbourhoodCount(kind: string, types: string): string;
  neighbourhood(kind: string, types: string): string;
  shortestPaths(fromKind: string, toKind: string, types: string, maxHops: number): string;
}

type Read = GraphStore["read"];

export function entityKindOf(id: string): NodeKind {
  const kind = kindOfId(id);
  if (!kind || !(ENTITY_KINDS as readonly string[]).includes(kind)) throw new NotFoundError(`"${id}" is not an entity id such as actor:rosatom or asset:lovozero-gok.`, [id]);
  return kind;
}

export async function readNeighbourhood(read: Read, statements: ReadStatements, id: string, options: NeighbourhoodOptions): Promise<Neighbourhood> {
  const kind = entityKindOf(id);
  const types = (options.types ?? RELATIONSHIP_TYPES).join("|");
  const reviews = options.reviews ?? "hide-rejected";
  const [count] = (await read(statements.neighbourhoodCount(kind, types), { id, reviews })).rows;
  const result = await read(statements.neighbourhood(kind, types), { id, limit: options.limit ?? 50, reviews });
  const total = Number(count?.total ?? 0);
  const neighbours = new Set(result.graph.nodes.map((n) => n.id).filter((n) => n !== id));
  return { ...result.graph, total, truncated: neighbours.size < total };
}

export async function readPaths(read: Read, statements: ReadStatements, fromId: string, toId: string, options: PathOptions): Promise<Subgraph[]> {
  const types = (options.types ?? RELATIONSHIP_TYPES).join("|");
  const maxHops = Math.max(1, Math.min(options.maxHops ?? 6, 12));
  const result = await read(statements.shortestPaths(entityKindOf(fromId), entityKindOf(toId), types, maxHops), { from: fromId, to: toId, limit: options.limit ?? 10 });
  return result.rows.map((row) => row.p as Subgraph);
}
