import { describe, expect, it } from "vitest";
import { ruleOperatorsFirst } from "../../../loaders/documents/relations-learned/rule-operators-first.js";
import type { ExtractedFact, KnownEntity } from "../../../loaders/documents/types.js";

const entity = (id: string, kind: KnownEntity["kind"]): KnownEntity => ({ id, kind, name: id, aliases: [] }) as unknown as KnownEntity;
const fact = (subject: string, predicate: ExtractedFact["predicate"], object: string, extractor: string): ExtractedFact =>
  ({ subject: entity(subject, "Actor"), predicate, object: entity(object, "Asset"), value: null, unit: null, status: "reported", confidence: 0.5, extractor, evidence: [] }) as unknown as ExtractedFact;

describe("ruleOperatorsFirst", () => {
  it("drops the model's other operators of a site a rule gave an operator", () => {
    const kept = [fact("actor:child", "OPERATES", "asset:mine", "ru-auction-winner-first")];
    const added = [fact("actor:parent", "OPERATES", "asset:mine", "relations-learned"), fact("actor:parent", "OPERATES", "asset:other", "relations-learned"), fact("actor:parent", "OWNS", "asset:mine", "relations-learned")];
    expect(ruleOperatorsFirst(added, kept).map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}`)).toEqual(["actor:parent OPERATES asset:other", "actor:parent OWNS asset:mine"]);
  });

  it("keeps every reading when no rule named an operator", () => {
    const added = [fact("actor:a", "OPERATES", "asset:mine", "relations-learned")];
    expect(ruleOperatorsFirst(added, [])).toEqual(added);
  });
});
