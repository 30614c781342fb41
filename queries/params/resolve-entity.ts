import { InputError, NODE_ID_PATTERN, NotFoundError, kindOfId, type EntityKind, type GraphStore } from "../../graph/index.js";
import type { ResolvedEntity } from "../contract.js";
import type { EntityMatch } from "./entity-match.js";
import { entityIndexFor } from "./entity-index.js";

const listed = (entities: Array<{ id: string; name: string }>) => entities.map((e) => `${e.id} (${e.name})`).join(", ");

/** A name several entities share: the caller lists them for the user to pick one, which is not a failure. */
export class AmbiguousNameError extends InputError {
  constructor(
    readonly param: string,
    readonly ref: string,
    readonly candidates: EntityMatch[],
  ) {
    super(`parameter "${param}": "${ref}" names ${candidates.length} entities: ${listed(candidates)}. Pass one of these ids instead.`, candidates.map((e) => ({ where: param, field: param, message: `candidate ${e.id}` })));
    this.name = "AmbiguousNameError";
  }
}

/**
 * Turns an id or any name/alias into one entity of the allowed kinds. An id is looked up directly; a name
 * through the store's entity index (built once per store generation). An ambiguous name raises
 * AmbiguousNameError with the candidates; an unknown one NotFoundError with the closest names.
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
  let index = await entityIndexFor(store);
  let exact = index.exact(ref, kinds);
  // Not found in an index trusted for a moment without checking: it may predate a load that just finished.
  if (exact.length === 0) {
    index = await entityIndexFor(store, { recheck: true });
    exact = index.exact(ref, kinds);
  }
  const [only] = exact;
  if (only && exact.length === 1) return { id: only.id, kind: only.kind, name: only.name };
  if (exact.length > 1) throw new AmbiguousNameError(param, ref, exact);
  const close = index.rank(ref, 5, kinds);
  const hint = close.length ? ` Closest: ${listed(close)}.` : "";
  // No command in the message: it reaches web users too. Clients offer the suggestions as choices.
  throw new NotFoundError(`parameter "${param}": no ${wanted} is called or has the id "${ref}".${hint || " Check the spelling, or search for the entity by another name."}`, [ref], {
    field: param,
    fieldMessage: `No ${wanted} is called "${ref}".${close.length ? " Did you mean one of those below?" : ""}`,
    suggestions: close.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
  });
}
