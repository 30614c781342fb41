import { describe, expect, it } from "vitest";
import { sentenceReader } from "./sentence-reader.js";

// Sentences invented for these tests: phrasings the template rules do not know, read by the trigger-word fallback
// (a trigger word, exactly one fitting name before it and one after it in the same clause). None is a line of an
// evaluation article.

// The fallback itself, without the learned step: the model may drop a fallback reading of a predicate it has
// enough examples to judge (SUPPLIES, INVESTS_IN), which is the model's job and tested in relations-learned.
const { extract, read } = sentenceReader({ rulesOnly: true });

/** The facts the fallback itself read, as comparable lines. */
function fallback(text: string): string[] {
  return extract(text)
    .facts.filter((f) => f.extractor.startsWith("trigger-"))
    .map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}${f.unit ?? ""}`}${f.status === "reported" ? "" : ` [${f.status}]`}`);
}

describe("trigger words read what no template does", () => {
  it.each([
    ["Rosatom quietly controls the Lovozero GOK through a holding company.", "actor:rosatom OWNS asset:lovozero-gok"],
    ["Australia has long exported spodumene to China.", "country:au SUPPLIES country:cn"],
    ["The US Department of Defense has funded MP Materials since the first tariffs.", "actor:us-dod INVESTS_IN actor:mp-materials"],
    ["Mount Weld sits in Australia, far from the coast.", "asset:mount-weld LOCATED_IN country:au"],
    ["Lynas expanded, but MP Materials funds Mount Weld.", "actor:mp-materials INVESTS_IN asset:mount-weld"],
    ["Норникель эксплуатирует Ловозерский ГОК.", "actor:nornickel OPERATES asset:lovozero-gok"],
    ["СМЗ отгружает продукцию Росатому.", "actor:solikamsk-magnesium-plant SUPPLIES actor:rosatom"],
    ["Росатом профинансировал СМЗ.", "actor:rosatom INVESTS_IN actor:solikamsk-magnesium-plant"],
    ["Росатом инвестировал в СМЗ крупную сумму.", "actor:rosatom INVESTS_IN actor:solikamsk-magnesium-plant"],
    ["盛和资源长期向北方稀土供货。", "actor:shenghe-resources SUPPLIES actor:china-northern-rare-earth"],
    ["盛和资源目前运营白云鄂博矿。", "actor:shenghe-resources OPERATES asset:bayan-obo"],
    ["白云鄂博矿由北方稀土运营。", "actor:china-northern-rare-earth OPERATES asset:bayan-obo"],
    ["盛和资源去年投资北方稀土。", "actor:shenghe-resources INVESTS_IN actor:china-northern-rare-earth"],
  ])("%s", (text, expected) => expect(fallback(text)).toContain(expected));

  it("takes the subject of a relative clause from the name it is about", () => {
    expect(fallback("Rosatom, which has quietly controlled SMZ for years, reported results.")).toContain("actor:rosatom OWNS actor:solikamsk-magnesium-plant");
  });

  it("reads in the clause the trigger stands in, not across 'but'", () => {
    expect(fallback("盛和资源亏损，但北方稀土运营白云鄂博矿。")).toEqual(["actor:china-northern-rare-earth OPERATES asset:bayan-obo"]);
  });

  it("is read at a low confidence", () => {
    const fact = extract("Норникель эксплуатирует Ловозерский ГОК.").facts.find((f) => f.extractor === "trigger-operates");
    expect(fact?.confidence).toBeLessThan(0.5);
  });
});

describe("the fallback stays out when the clause is not plain", () => {
  it.each([
    ["two subjects", "Lynas and MP Materials operate Mount Weld."],
    ["two subjects (Russian)", "Росатом и Норникель разрабатывают Ловозерский ГОК."],
    ["two subjects (Chinese)", "盛和资源和中国稀土集团共同运营白云鄂博矿。"],
    ["negated", "Lynas did not operate Mount Weld last year."],
    ["negated (Chinese)", "盛和资源没有运营白云鄂博矿。"],
    ["hedged", "Lynas may soon operate Mount Weld."],
    ["hedged (Russian)", "Росатом, возможно, контролирует СМЗ."],
    ["a denial at the object", "Australia currently produces almost no gallium."],
    ["wrong argument types", "Lynas operates in China."],
    ["an element is not owned", "Rosatom controls most neodymium supply."],
    ["a sale of the asset is not a supply", "Lynas sold Mount Weld."],
    ["a noun, not the verb", "China banned exports of gallium to Australia."],
    ["the subject of another noun", "Lynas is the largest shareholder in the only Australian company that mines rare earths in Malaysia."],
  ])("%s", (_, text) => expect(fallback(text)).toEqual([]));

  it("keeps arguments of different clauses apart", () => {
    expect(read("Lynas reported losses; Mount Weld is run as before by contractors.")).not.toContain("actor:lynas OPERATES asset:mount-weld");
    expect(fallback("Nornickel grew, while Lynas reported results and Mount Weld shipped ore.")).toEqual([]);
  });

  it("does not repeat a pair another pattern read", () => {
    const facts = extract("Mount Weld is located in Australia.").facts.filter((f) => f.predicate === "LOCATED_IN");
    expect(facts).toHaveLength(1);
    expect(facts[0]?.extractor.startsWith("trigger-")).toBe(false);
  });
});
