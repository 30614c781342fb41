import {
  InputError,
  NotFoundError,
  kindOfId,
  nodeIdFor,
  type GraphStore,
  type NodeInput,
  type ResultNode,
} from "../../graph/index.js";
import type { CreatableKind, CreateEntityRequest, EntityReviewAnswer, MergeEntitiesRequest, SplitEntityRequest } from "../review-contract.js";
import { checkSpan, documentText } from "./add-fact.js";
import { factIdsOf, mentionsOf } from "./entity-facts.js";
import { moveFacts } from "./move-facts.js";
import { newStatement, toReviewStatement } from "./statements.js";

/** The type a new entity gets when the analyst names none: the broadest of its kind. */
const DEFAULT_TYPE: Record<CreatableKind, string> = { Actor: "organisation", Asset: "project", Policy: "programme" };

async function entity(store: GraphStore, id: string): Promise<ResultNode> {
  const [node] = await store.getNodes([id]);
  if (!node) throw new NotFoundError(`entity "${id}" does not exist.`, [id]);
  return node;
}

/** A stored node as upsert input again (what getNodes leaves out, such as text, stays untouched by the upsert). */
function asInput(node: ResultNode, changes: Partial<NodeInput> = {}): NodeInput {
  return { ...node.properties, id: node.id, name: node.name, ...changes } as NodeInput;
}

function mentionRelationship(documentId: string, entityId: string, spans: string[]) {
  return { type: "MENTIONS" as const, from: documentId, to: entityId, properties: { spans, count: spans.length } };
}

/** A new entity from a selected name; with a span, the document MENTIONS it there and the span is its evidence. */
export async function createEntity(store: GraphStore, request: CreateEntityRequest): Promise<EntityReviewAnswer> {
  const kind = request.kind as CreatableKind;
  const id = nodeIdFor(kind, request.name);
  if ((await store.getNodes([id])).length > 0) {
    throw new InputError(`entity "${id}" already exists. Use it, or choose another name.`, [{ where: "request", field: "name", message: "an entity of this kind and name exists" }]);
  }
  const span = request.documentId !== undefined && request.start !== undefined && request.end !== undefined ? { documentId: request.documentId, start: request.start, end: request.end } : undefined;
  let quote: string | undefined;
  if (span) {
    const text = await documentText(store, span.documentId);
    checkSpan(text, span.start, span.end);
    quote = text.slice(span.start, span.end);
  }
  const evidence = span ? [{ documentId: span.documentId, start: span.start, end: span.end, quote, loader: "review", confidence: 1 }] : [];
  await store.upsert({
    source: "review",
    nodes: [{ id, name: request.name, type: request.type ?? DEFAULT_TYPE[kind], evidence }],
    relationships: span ? [mentionRelationship(span.documentId, id, [`${span.start}-${span.end}`])] : [],
  });
  const record = newStatement({ action: "create-entity", reviewer: request.reviewer, entityId: id, documentId: span?.documentId, after: { id, name: request.name, kind, ...(span ?? {}) } });
  await store.recordReview(record, []);
  return { review: toReviewStatement(record), entity: await entity(store, id) };
}

/**
 * Merges entities that resolution kept apart: the kept one takes their names as aliases, their mentions and (as
 * new facts) their facts; the merged entities' own facts stay, rejected, so nothing is overwritten and a reload
 * brings nothing back.
 */
export async function mergeEntities(store: GraphStore, request: MergeEntitiesRequest): Promise<EntityReviewAnswer> {
  const keep = await entity(store, request.keepId);
  const merged = await Promise.all(request.mergeIds.map((id) => entity(store, id)));
  for (const node of merged) {
    if (node.kind !== keep.kind) throw new InputError(`mergeIds: ${node.id} is a ${node.kind}, ${keep.id} a ${keep.kind}; only entities of one kind merge.`, [{ where: "request", field: "mergeIds", message: "kinds differ" }]);
  }
  const aliases = merged.flatMap((n) => [n.name, ...((n.properties.aliases as string[] | undefined) ?? [])]);
  const mentions = (await Promise.all(merged.map((n) => mentionsOf(store, n.id)))).flat();
  await store.upsert({
    source: "review",
    nodes: [asInput(keep, { aliases: [...((keep.properties.aliases as string[] | undefined) ?? []), ...aliases] })],
    relationships: mentions.map((m) => mentionRelationship(m.documentId, keep.id, m.spans)),
  });
  const moves = [];
  const states = [];
  for (const node of merged) {
    const result = await moveFacts(store, await factIdsOf(store, node.id), node.id, keep.id);
    moves.push({ entityId: node.id, facts: result.moved });
    states.push(...result.states);
  }
  const record = newStatement({ action: "merge", reviewer: request.reviewer, reason: request.reason, entityId: keep.id, before: { keepId: keep.id, mergeIds: request.mergeIds }, after: { aliases, moves } });
  await store.recordReview(record, states);
  return { review: toReviewStatement(record), entity: await entity(store, keep.id) };
}

/** Splits wrongly resolved facts off an entity: a new entity named `name`, of the same kind, takes them over. */
export async function splitEntity(store: GraphStore, entityId: string, request: SplitEntityRequest): Promise<EntityReviewAnswer> {
  const original = await entity(store, entityId);
  const kind = kindOfId(entityId);
  if (!kind) throw new NotFoundError(`entity "${entityId}" does not exist.`, [entityId]);
  const own = new Set(await factIdsOf(store, entityId));
  const foreign = request.factIds.filter((id) => !own.has(id));
  if (foreign.length > 0) throw new InputError(`factIds: ${foreign.slice(0, 5).join(", ")} ${foreign.length === 1 ? "is not a fact" : "are not facts"} of ${entityId}.`, [{ where: "request", field: "factIds", message: "not a fact of this entity" }]);
  const id = nodeIdFor(kind, request.name);
  if (id === entityId) throw new InputError(`name: "${request.name}" gives the same id as ${entityId}. Choose a name that tells them apart.`, [{ where: "request", field: "name", message: "same id" }]);
  // The new entity keeps the original's kind-specific properties (type, country…), not its names or identifiers.
  const { aliases: _aliases, identifiers: _identifiers, description: _description, ...properties } = original.properties;
  await store.upsert({ source: "review", nodes: [{ ...properties, id, name: request.name, aliases: [] } as NodeInput] });
  const result = await moveFacts(store, request.factIds, entityId, id);
  const record = newStatement({ action: "split", reviewer: request.reviewer, reason: request.reason, entityId, before: { entityId, factIds: request.factIds }, after: { newEntityId: id, name: request.name, facts: result.moved } });
  await store.recordReview(record, result.states);
  return { review: toReviewStatement(record), entity: await entity(store, id) };
}
