import { beforeAll, describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase, type KnowledgeBase } from "../../../loaders/documents/index.js";

type Mention = ReturnType<typeof extractFromText>["mentions"][number];

// Invented sentences (every site, firm and place name made up): sites named before their metals, firms named with
// a legal form before or after, and Russian sites named after their head noun.

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const mentions = (text: string): Mention[] => extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb).mentions;
const byText = (text: string, surface: string) => mentions(text).find((m) => m.text === surface)?.entity;

describe("a site named before its metals and a site word", () => {
  it.each([
    ["Veltrano Minerals said its Kestrel Ridge copper mine produced 40,000 tonnes last year.", "Kestrel Ridge", "asset:kestrel-ridge", "mine"],
    ["Work on the Orla nickel-cobalt refining project resumed in May.", "Orla", "asset:orla", "project"],
    ["Borvik Mining runs the Tamsin gold and antimony mine in Nevada.", "Tamsin", "asset:tamsin", "mine"],
    ["The Harrowgate rare earths processing facility will open next year.", "Harrowgate", "asset:harrowgate", "processing_plant"],
  ])("%s", (text, surface, id, type) => {
    const entity = byText(text, surface);
    expect(entity?.id).toBe(id);
    expect(entity?.kind).toBe("Asset");
    expect(entity?.type).toBe(type);
  });

  it("keeps the metals as elements, so the site's output can still be read", () => {
    expect(mentions("The Kestrel Ridge copper mine produced 40,000 tonnes of copper.").filter((m) => m.entity.id === "element:cu")).toHaveLength(2);
  });

  it("leaves a known firm's plant to the firm", () => {
    const found = mentions("Albemarle lithium plant workers went on strike.");
    expect(found.some((m) => m.entity.kind === "Asset" && m.text.includes("Albemarle"))).toBe(false);
  });

  it("needs a site word after the metals", () => {
    expect(mentions("Traders said the Harrowgate copper premium rose in May.").some((m) => m.entity.kind === "Asset")).toBe(false);
  });
});

describe("firms named with a legal form", () => {
  it("gives a firm the same id with or without its legal suffix", () => {
    const found = mentions("Shares of Pellor Ltd rose after Hanley Metals Corp. bought a stake in Pellor.");
    expect(found.find((m) => m.text === "Pellor Ltd")?.entity.id).toBe("actor:pellor");
    expect(found.find((m) => m.text === "Hanley Metals Corp.")?.entity.id).toBe("actor:hanley-metals");
  });

  it("reads a legal form before the name, and splits two such firms at 'and'", () => {
    const found = mentions("Under the agreement, JSC Qazaq Volfram and PT Borneo Nikel will build a plant.");
    expect(found.find((m) => m.text === "JSC Qazaq Volfram")?.entity).toMatchObject({ id: "actor:qazaq-volfram", kind: "Actor" });
    expect(found.find((m) => m.text === "PT Borneo Nikel")?.entity).toMatchObject({ id: "actor:borneo-nikel", kind: "Actor" });
  });
});

describe("Chinese: a Latin site name before its metals", () => {
  it("reads the Latin name as the site and keeps the metal an element", () => {
    const found = mentions("紫金矿业收购了Orla锂矿。Orla锂矿位于刚果（金）。");
    expect(found.find((m) => m.text === "Orla")?.entity).toMatchObject({ id: "asset:orla", kind: "Asset", type: "mine" });
    expect(found.filter((m) => m.entity.id === "element:li")).toHaveLength(2);
  });

  it("leaves a name the base knows as a firm to the firm", () => {
    expect(mentions("Tesla工厂在上海。Tesla工厂扩产。").find((m) => m.text === "Tesla")?.entity.kind).not.toBe("Asset");
  });
});

describe("Russian sites named after their head noun", () => {
  it("reads the name after a site noun in any case", () => {
    const entity = byText("Компания «Север Металл» начала добычу вольфрама на месторождении Кызылтас.", "Кызылтас");
    expect(entity).toMatchObject({ kind: "Asset", type: "deposit" });
  });

  it("leaves a known place after the noun to the place", () => {
    const found = mentions("Запасы месторождения Казахстана оценены заново.");
    expect(found.find((m) => m.text === "Казахстана")?.entity.kind).toBe("Country");
  });
});
