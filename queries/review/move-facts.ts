import type { FactReviewState, GraphStore, RelationshipInput, RelationshipType } from "../../graph/index.js";
import type { DocumentFact } from "../review-contract.js";
import { copiedEvidence, changedProperties, reviewedFact } from "./fact-input.js";
import { evidenceOfFacts, readFacts } from "./fact-reads.js";

export interface MovedFacts {
  /** old fact id → the fact that took its place (absent where the move would have joined an entity to itself). */
  moved: Array<{ from: string; to?: string }>;
  states: FactReviewState[];
}

/**
 * Moves facts from one entity to another without deleting anything: each fact is stated again with `toId` in place
 * of `fromId` (same properties and evidence, state "corrected"), and the old one is marked rejected. Reloading the
 * document then re-creates nothing new: the old facts come back with their ids, and their rejection stands.
 */
export async function moveFacts(store: GraphStore, factIds: readonly string[], fromId: string, toId: string): Promise<MovedFacts> {
  const evidence = await evidenceOfFacts(store, factIds);
  const facts = await readFacts(store, factIds, evidence);
  const relationships: RelationshipInput[] = [];
  const moved: MovedFacts["moved"] = [];
  const states: FactReviewState[] = [];
  for (const fact of facts) {
    const swap = (id: string) => (id === fromId ? toId : id);
    const subject = swap(fact.subject.id);
    const object = swap(fact.object.id);
    states.push({ factId: fact.factId, state: "rejected" });
    if (subject === object) {
      moved.push({ from: fact.factId });
      continue;
    }
    const next = reviewedFact(fact.type as RelationshipType, subject, object, changedProperties(fact as DocumentFact, fact.type as RelationshipType), copiedEvidence(evidence.filter((e) => e.factId === fact.factId)));
    relationships.push(next.relationship);
    moved.push({ from: fact.factId, to: next.id });
    states.push({ factId: next.id, state: "corrected" });
  }
  if (relationships.length > 0) await store.upsert({ source: "review", relationships });
  return { moved, states };
}
