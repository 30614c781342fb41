import { describe, expect, it } from "vitest";
import { loadKnowledgeBase, type ExtractedFact } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { withoutCoHoldersRu } from "../../../loaders/documents/relations-learned/co-holders-ru.js";
import { withoutMisreadingsRu } from "../../../loaders/documents/relations-learned/misreadings-ru.js";
import { modelReading } from "./model-reading.js";

// Every sentence here is invented for the test; none comes from a corpus. The filters are given readings by
// hand (as the model or a rule might make them), so each case shows what the grammar keeps whatever was read.
const kb = await loadKnowledgeBase();
const frameOf = (text: string) => {
  const frame = readSentences(text, kb).read[0]?.frame;
  if (!frame) throw new Error(`no sentence read in "${text}"`);
  return frame;
};
const idOf = (frame: ReturnType<typeof frameOf>, surface: string) => {
  const item = frame.items.find((i) => i.type === "entity" && i.mention.text.includes(surface));
  if (item?.type !== "entity") throw new Error(`"${surface}" is not a recognised name`);
  return item.mention.entity;
};
function reading(frame: ReturnType<typeof frameOf>, subject: string, predicate: ExtractedFact["predicate"], object: string, extras: Partial<ExtractedFact> = {}): ExtractedFact {
  const s = idOf(frame, subject);
  const o = idOf(frame, object);
  return modelReading({ id: s.id, name: s.name, kind: s.kind }, predicate, { id: o.id, name: o.name, kind: o.kind }, extras);
}
const lines = (facts: readonly ExtractedFact[]) => facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}`}`).sort();

describe("Russian fellow holders", () => {
  it("reads two listed holders as owning neither each other, and gives both what their plural verb holds, each share where «по»", () => {
    const frame = frameOf("«Ростех» и «Росатом» владеют по 40% акций ВСМПО-Ависмы.");
    const read = [reading(frame, "Ростех", "OWNS", "Росатом"), reading(frame, "Росатом", "OWNS", "ВСМПО", { value: 40, unit: "%" })];
    expect(lines(withoutCoHoldersRu(frame, read))).toEqual(["actor:rosatom OWNS actor:vsmpo-avisma 40", "actor:rostec OWNS actor:vsmpo-avisma 40"]);
  });

  it("gives the other holders no share that the list holds together", () => {
    const frame = frameOf("«Ростех» и «Росатом» владеют 80% акций ВСМПО-Ависмы.");
    expect(lines(withoutCoHoldersRu(frame, [reading(frame, "Росатом", "OWNS", "ВСМПО", { value: 80, unit: "%" })]))).toEqual(["actor:rosatom OWNS actor:vsmpo-avisma 80", "actor:rostec OWNS actor:vsmpo-avisma"]);
  });

  it("keeps a rule's owner and drops the model's owner a level up the chain", () => {
    const frame = frameOf("ВСМПО-Ависма досталась от «Ростеха», совместного предприятия «Росатома» и «Норникеля».");
    const ruleRead = reading(frame, "Ростех", "OWNS", "ВСМПО", { extractor: "ru-from-parent" });
    const upTheChain = [reading(frame, "Росатом", "OWNS", "Ростех"), reading(frame, "Росатом", "OWNS", "ВСМПО")];
    expect(lines(withoutCoHoldersRu(frame, [ruleRead, ...upTheChain]))).toEqual(["actor:rosatom OWNS actor:rostec", "actor:rostec OWNS actor:vsmpo-avisma"]);
  });
});

describe("Russian readings the grammar rules out", () => {
  it("never reads the name after «акционеры» or «доля в» as the owner", () => {
    const frame = frameOf("Решение приняли акционеры «Норникеля», среди которых «Росатом».");
    expect(withoutMisreadingsRu(frame, [reading(frame, "Норникел", "OWNS", "Росатом")])).toEqual([]);
    const share = frameOf("«Росатом» сохранит долю в «Норникеле».");
    expect(lines(withoutMisreadingsRu(share, [reading(share, "Норникел", "OWNS", "Росатом"), reading(share, "Росатом", "OWNS", "Норникел")]))).toEqual(["actor:rosatom OWNS actor:nornickel"]);
  });

  it("reads no government as owned", () => {
    const frame = frameOf("Пакет акций передали «Росатому» по решению Правительства России.");
    expect(withoutMisreadingsRu(frame, [reading(frame, "Росатом", "OWNS", "Правительств")])).toEqual([]);
  });

  it("reads no export restriction where the sentence names no measure or speaks of lifting one", () => {
    const operator = frameOf("Казахстан через «Казатомпром» занимается экспортом урана.");
    expect(withoutMisreadingsRu(operator, [reading(operator, "Казахстан", "RESTRICTS_EXPORT", "урана")])).toEqual([]);
    const lifted = frameOf("Если запрет будет снят, Казахстан нарастит экспорт урана.");
    expect(withoutMisreadingsRu(lifted, [reading(lifted, "Казахстан", "RESTRICTS_EXPORT", "урана")])).toEqual([]);
    const imposed = frameOf("Казахстан ввёл квоту на экспорт урана.");
    expect(withoutMisreadingsRu(imposed, [reading(imposed, "Казахстан", "RESTRICTS_EXPORT", "урана")])).toHaveLength(1);
  });

  it("reads the holder of a site's licence as its operator, not its owner", () => {
    const frame = frameOf("Лицензия на участок Томтор перешла к «Роснефти».");
    expect(lines(withoutMisreadingsRu(frame, [reading(frame, "Роснефт", "OWNS", "Томтор", { extractor: "ru-transferred" })]))).toEqual(["actor:rosneft OPERATES asset:tomtor"]);
    const apposed = frameOf("Лицензия на одно из богатейших месторождений ниобия — Томтор — перешла к «Роснефти».");
    expect(lines(withoutMisreadingsRu(apposed, [reading(apposed, "Роснефт", "OWNS", "Томтор", { extractor: "ru-transferred" })]))).toEqual(["actor:rosneft OPERATES asset:tomtor"]);
    const owned = frameOf("Томтор перешёл к «Роснефти» целиком.");
    expect(lines(withoutMisreadingsRu(owned, [reading(owned, "Роснефт", "OWNS", "Томтор")]))).toEqual(["actor:rosneft OWNS asset:tomtor"]);
  });
});
