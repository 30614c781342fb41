import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus. The Russian firms and deposits are
// made-up names; the English firms are real names in made-up statements.
const kb = await loadKnowledgeBase();

const read = (text: string) => extractFromText({ path: "x.txt", text: `Mining news.\n\n${text}`, contentHash: "0".repeat(64) }, kb);
/** The entity each reference of the text was resolved to, as "phrase=id". */
const references = (text: string) => read(text).mentions.filter((m) => m.via === "reference").map((m) => `${m.text}=${m.entity.id}`);

describe("references that reach past the last sentences", () => {
  it("takes the one deposit the article has named for 'месторождение' five sentences on", () => {
    const text = "В 2024 году Кедровское месторождение выставили на торги. Аукцион прошёл в марте. Цены на вольфрам выросли. Спрос остаётся высоким. Месторождение будут разрабатывать открытым способом.";
    expect(references(text)).toEqual(["Месторождение=asset:кедровское-месторождение"]);
  });

  it("leaves it unresolved when the article has named two deposits", () => {
    const text = "Кедровское месторождение выставили на торги. Лицензия на Томтор продлена до 2040 года. Аукцион прошёл в марте. Цены на вольфрам выросли. Спрос остаётся высоким. Месторождение будут разрабатывать открытым способом.";
    expect(references(text)).toEqual([]);
  });

  it("reads 'здесь' as the site named before", () => {
    const text = "Лицензию на Кедровское месторождение получила компания «Полярный Вольфрам». Аукцион прошёл в марте. По оценкам геологов, запасы вольфрама здесь превышают 30 тыс. тонн.";
    expect(references(text)).toContain("здесь=asset:кедровское-месторождение");
  });

  it("reads a Russian 'предприятие' as the firm named before, and states its plan", () => {
    const text = "В Мурманской области заложили фундамент предприятия «Северный Ванадий». Работы продлятся два года. На этом предприятии планируют выпускать 500 тонн ванадия в год.";
    expect(references(text)).toContain("предприятии=actor:северныи-ванадии");
    expect(read(text).facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}`)).toContain("actor:северныи-ванадии PLANS element:v");
  });
});

describe("English references", () => {
  it("does not read 'a stake in the company' as the stake holder itself", () => {
    expect(references("Iluka Resources announced a new refinery. Lynas Rare Earths will hold a 20% stake in the company.")).toEqual(["the company=actor:iluka-resources"]);
  });

  it("counts a firm's short name before 'the company'", () => {
    // The full name is four sentences back; only the short form "Syrah" stands within reach.
    const text = "Syrah Resources reported lower output. Prices fell in March. According to Syrah’s annual report, costs rose. Demand was weak in April. Graphite stocks were steady. The new loan will allow the company to expand.";
    expect(references(text)).toEqual(["the company=actor:syrah-resources"]);
  });

  it("reads 'the same facility' as the site just named", () => {
    expect(references("Korea Zinc runs the Onsan smelter. Next year Korea Zinc will add a germanium line to the same facility.")).toEqual(["the same facility=asset:onsan-smelter"]);
  });
});
