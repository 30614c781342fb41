import { InputError, NODE_ID_PATTERN, NotFoundError, kindOfId, type EntityKind, type GraphStore } from "../../graph/index.js";
import type { ResolvedEntity } from "../contract.js";
import { exactMatches, rankEntities, type EntityCandidate } from "./entity-match.js";

/** Names and aliases of every node of the given kinds; the label comes from the schema's enum, never from input. */
export async function entityCandidates(store: GraphStore, kinds: readonly EntityKind[], options: { timeoutMs?: number } = {}): Promise<EntityCandidate[]> {
  const candidates: EntityCandidate[] = [];
  for (const kind of kinds) {
    const result = await store.read(`MATCH (n:${kind}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases`, {}, { rowLimit: 1_000_000, timeoutMs: options.timeoutMs });
    for (const row of result.rows) {
      candidates.push({ id: String(row.id), kind, name: String(row.name ?? row.id), aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [] });
    }
  }
  return candidates;
}

const listed = (entities: Array<{ id: string; name: string }>) => entities.map((e) => `${e.id} (${e.name})`).join(", ");

/**
 * Turns an id or any name/alias into one entity of the allowed kinds. An ambiguous name is refused
 * with the candidates listed; an unknown one with the closest names, so the user can pick an id.
 */
export async function resolveEntity(store: GraphStore, param: string, ref: string, kinds: readonly EntityKind[]): Promise<ResolvedEntity> {
  const wanted = kinds.join(" or ");
  if (NODE_ID_PATTERN.test(ref)) {
    const kind = kindOfId(ref);
    if (!kind || !(kinds as readonly string[]).includes(kind)) {
      throw new InputError(`parameter "${param}": "${ref}" is ${kind ? `a ${kind}` : "not an entity"}; this parameter takes a ${wanted}. Give a ${wanted} id or name.`, [{ where: param, field: param, message: `expected a ${wanted}` }]);
    }
    const found = await store.read(`MATCH (n:${kind} {id: $id}) RETURN n.id AS id, n.name AS name`, { id: ref });
    const row = found.rows[0];
    if (row) return { id: ref, kind, name: String(row.name ?? ref) };
  }
  const candidates = await entityCandidates(store, kinds);
  const exact = exactMatches(candidates, ref);
  const [only] = exact;
  if (only && exact.length === 1) return { id: only.id, kind: only.kind, name: only.name };
  if (exact.length > 1) {
    throw new InputError(`parameter "${param}": "${ref}" names ${exact.length} entities: ${listed(exact)}. Pass one of these ids instead.`, exact.map((e) => ({ where: param, field: param, message: `candidate ${e.id}` })));
  }
  const close = rankEntities(candidates, ref, 5);
  const hint = close.length ? ` Closest: ${listed(close)}.` : "";
  // No command in the message: it reaches web users too. Clients offer the suggestions as choices.
  throw new NotFoundError(`parameter "${param}": no ${wanted} is called or has the id "${ref}".${hint || " Check the spelling, or search for the entity by another name."}`, [ref], {
    field: param,
    fieldMessage: `No ${wanted} is called "${ref}".${close.length ? " Did you mean one of those below?" : ""}`,
    suggestions: close.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
  });
}
