import { describe, expect, it } from "vitest";
import { loadKnowledgeBase, type ExtractedFact } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { modelReading } from "./model-reading.js";
import { frameWithCarried } from "../../../loaders/documents/relations-learned/carried.js";
import { withOwnTonnagesRu } from "../../../loaders/documents/relations-learned/element-figures-ru.js";
import { withFirmNationalityRu } from "../../../loaders/documents/relations-learned/firm-nationality-ru.js";
import { withGenitiveOwnersRu } from "../../../loaders/documents/relations-learned/genitive-owners-ru.js";
import { withPlannedOutputRu } from "../../../loaders/documents/relations-learned/plans-ru.js";
import { withReservesBesidesRu } from "../../../loaders/documents/relations-learned/reserves-besides-ru.js";
import { withReserveFiguresRu } from "../../../loaders/documents/relations-learned/reserve-figures-ru.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();
const frameOf = (text: string) => {
  const frame = readSentences(text, kb).read[0]?.frame;
  if (!frame) throw new Error(`no sentence read in "${text}"`);
  return frame;
};
const lines = (facts: readonly ExtractedFact[]) => facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}`}`).sort();
const tomtorItem = frameOf("Томтор лежит на севере Якутии.").items.find((i) => i.type === "entity" && i.mention.entity.id === "asset:tomtor");
const tomtor = tomtorItem?.type === "entity" ? tomtorItem.mention.entity : undefined;

describe("Russian reserve figures", () => {
  it("gives each element the tonnage beside it, held by the sentence's one site", () => {
    const frame = frameOf("Прогнозные ресурсы Томтора составляют 2 млн т ниобия и 150 тыс. т – иттрия.");
    expect(lines(withReserveFiguresRu(frame, []))).toEqual(["asset:tomtor HAS_RESERVES element:nb 2000000", "asset:tomtor HAS_RESERVES element:y 150000"]);
  });

  it("reads the article's main site carried into a sentence that names no holder, and no ore as an element", () => {
    if (!tomtor) throw new Error("Томтор is not read as asset:tomtor");
    const frame = frameWithCarried(frameOf("Ресурсы участка оцениваются в 40 млн т руды и 3 млн т лития."), [tomtor]);
    expect(lines(withReserveFiguresRu(frame, []))).toEqual(["asset:tomtor HAS_RESERVES element:li 3000000"]);
  });

  it("reads a country's reserves when no site is named, and fills in a figure a reading lacked", () => {
    const frame = frameOf("Недра Чили содержат около 9 млн т лития.");
    const bare = modelReading({ id: "country:cl", name: "Chile", kind: "Country" }, "HAS_RESERVES", { id: "element:li", name: "Lithium", kind: "Element" }, { extractor: "ru-holds-reserves" });
    expect(lines(withReserveFiguresRu(frame, [bare]))).toEqual(["country:cl HAS_RESERVES element:li 9000000"]);
  });

  it("reads no reserves from output, stocks or a sentence with two sites", () => {
    expect(withReserveFiguresRu(frameOf("Добыча на Томторе составит 10 тыс. т ниобия."), [])).toEqual([]);
    expect(withReserveFiguresRu(frameOf("Запасы на складах «Норникеля» в России составляют 5 тыс. т никеля."), [])).toEqual([]);
    expect(withReserveFiguresRu(frameOf("Запасы Томтора и Колмозёрского месторождения составляют 1 млн т лития."), [])).toEqual([]);
  });
});

describe("Russian tonnages of listed elements", () => {
  const nornickel = { id: "actor:nornickel", name: "Nornickel", kind: "Actor" as const };
  const element = (id: string) => ({ id, name: id, kind: "Element" as const });

  it("gives an element named before its figure the tonnage after it, not the one nearer the subject", () => {
    const frame = frameOf("«Норникель» сократил выпуск палладия на 5% до 80 т, платины — на 2% до 20 т.");
    const read = [modelReading(nornickel, "PRODUCES", element("element:pd"), { value: 80, unit: "t" }), modelReading(nornickel, "PRODUCES", element("element:pt"), { value: 80, unit: "t" })];
    expect(lines(withOwnTonnagesRu(frame, read))).toEqual(["actor:nornickel PRODUCES element:pd 80", "actor:nornickel PRODUCES element:pt 20"]);
  });

  it("gives an element named after its figure the tonnage right before it", () => {
    const frame = frameOf("«Норникель» выпустил 30 тыс. т никеля и 50 тыс. т меди.");
    const read = [modelReading(nornickel, "PRODUCES", element("element:cu"), { value: 30000, unit: "t" })];
    expect(lines(withOwnTonnagesRu(frame, read))).toEqual(["actor:nornickel PRODUCES element:cu 50000"]);
  });
});

describe("Russian planned output at a named site", () => {
  it("reads the site after «на» as planning each element named after the plan word, with the one tonnage as its figure", () => {
    const frame = frameOf("Власти сообщили, что на Томторе запланирована добыча ниобия мощностью до 12 тыс. т в год.");
    const plans = withPlannedOutputRu(frame, []);
    expect(lines(plans)).toEqual(["asset:tomtor PLANS element:nb 12000"]);
    expect(plans[0]?.valueMax).toBe(12000);
  });

  it("reads no plan denied, and none without one site of output", () => {
    expect(withPlannedOutputRu(frameOf("На Томторе не планируется добыча ниобия."), [])).toEqual([]);
    expect(withPlannedOutputRu(frameOf("«Росатом» хочет увеличить выпуск лития."), [])).toEqual([]);
  });
});

describe("Russian owners in the genitive and firms' countries in appositions", () => {
  it("reads a person named in the genitive right after a firm as its owner", () => {
    const frame = frameOf("Вчера «Норникель» Ивана Петрова объявил о сделке.");
    expect(lines(withGenitiveOwnersRu(frame, []))).toEqual(["actor:иван-петров OWNS actor:nornickel"]);
  });

  it("reads no owner after a staff word or a nominative name", () => {
    expect(withGenitiveOwnersRu(frameOf("Об этом сообщили бывших менеджеров «Норникеля» Ивана Петрова."), [])).toEqual([]);
    expect(withGenitiveOwnersRu(frameOf("Глава «Норникеля» Иван Петров объявил о сделке."), [])).toEqual([]);
  });

  it("places a firm in the country its dash apposition names, by demonym or in the genitive", () => {
    expect(lines(withFirmNationalityRu(frameOf("«Норникель» – российская горно-металлургическая компания."), []))).toEqual(["actor:nornickel LOCATED_IN country:ru"]);
    expect(lines(withFirmNationalityRu(frameOf("«Казатомпром» – национальная компания Казахстана."), []))).toEqual(["actor:kazatomprom LOCATED_IN country:kz"]);
    expect(withFirmNationalityRu(frameOf("«Норникель» – партнёр китайских компаний."), [])).toEqual([]);
  });
});

describe("Russian reserves of an element set aside", () => {
  it("gives the holder of the listed reserves the element named after «помимо» too, and nothing without such a reading", () => {
    const frame = frameOf("Томтор помимо скандия содержит запасы ниобия и иттрия.");
    const listed = modelReading({ id: "asset:tomtor", name: "Tomtor", kind: "Asset" }, "HAS_RESERVES", { id: "element:nb", name: "Niobium", kind: "Element" }, { extractor: "ru-holds-reserves" });
    expect(lines(withReservesBesidesRu(frame, [listed]))).toEqual(["asset:tomtor HAS_RESERVES element:nb", "asset:tomtor HAS_RESERVES element:sc"]);
    expect(withReservesBesidesRu(frame, [])).toEqual([]);
  });
});
