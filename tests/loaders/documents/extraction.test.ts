import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { GraphBatchInput } from "../../../graph/index.js";
import { buildKnowledgeBase, documentToBatch, extractDocument, extractFromText, loadKnowledgeBase, readDocument, type ExtractedDocument, type KnowledgeBase } from "../../../loaders/documents/index.js";

const samples = (name: string) => fileURLToPath(new URL(`../../../data/samples/${name}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function facts(document: ExtractedDocument): string[] {
  return document.facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}`}${f.status === "reported" ? "" : ` [${f.status}]`}`);
}

describe("sample articles against the shipped reference base", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase();
  });

  // Each sample with facts it must state and statements it must not turn into facts.
  it.each([
    {
      file: "lynas-mount-weld.txt",
      has: [
        "actor:lynas OPERATES asset:mount-weld",
        "asset:mount-weld LOCATED_IN country:au",
        "asset:mount-weld SHARE_OF_GLOBAL element:ree 10",
        "actor:us-dod INVESTS_IN actor:lynas 120000000",
        "actor:lynas PLANS element:nd 12000 [target]",
        "country:cn PRODUCES element:ree 270000",
      ],
      not: [/could double/, /actor:lynas PRODUCES element:ree/],
    },
    {
      file: "china-gallium-controls.md",
      has: ["country:cn RESTRICTS_EXPORT element:ga", "country:cn RESTRICTS_EXPORT element:sb", "country:cn SHARE_OF_GLOBAL element:ga 98"],
      not: [/element:li/, /element:c\b/],
    },
    {
      file: "rosatom-smz-ru.txt",
      has: ["actor:rosatom OWNS actor:solikamsk-magnesium-plant 89.5", "actor:solikamsk-magnesium-plant LOCATED_IN country:ru", "country:cn PRODUCES element:ree 270000", "country:cn SHARE_OF_GLOBAL element:ree 70", "country:cn RESTRICTS_EXPORT element:ge"],
      not: [],
    },
    {
      file: "china-rare-earth-zh.txt",
      has: ["country:cn SHARE_OF_GLOBAL element:ree 70", "country:cn RESTRICTS_EXPORT element:ga", "actor:shenghe-resources OWNS actor:mp-materials 8"],
      not: [],
    },
  ])("$file", async ({ file, has, not }) => {
    const document = await extractDocument(samples(file), { knowledgeBase: kb });
    const stated = facts(document);
    for (const fact of has) expect(stated, fact).toContain(fact);
    for (const pattern of not) expect(stated.filter((f) => pattern.test(f)), String(pattern)).toEqual([]);
  });

  it("keeps the export ban's target and maps it to the reference policy", async () => {
    const document = await extractDocument(samples("china-gallium-controls.md"), { knowledgeBase: kb });
    const ban = document.facts.find((f) => f.predicate === "RESTRICTS_EXPORT" && f.object.id === "element:sb");
    expect(ban?.properties).toMatchObject({ target: "country:us", date: "2024-12", policy: "policy:cn-2024-us-export-ban" });
  });

  it("every quote and mention equals the text between its offsets", async () => {
    for (const file of ["lynas-mount-weld.txt", "china-gallium-controls.md", "rosatom-smz-ru.txt", "china-rare-earth-zh.txt"]) {
      const text = await readFile(samples(file), "utf8");
      const document = await extractDocument(samples(file), { knowledgeBase: kb });
      for (const fact of document.facts) for (const e of fact.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
      for (const entity of document.entities) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe("recognising entities from a small knowledge base", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = buildKnowledgeBase([parse(await readFile(fixture("mini-reference.yaml"), "utf8")) as GraphBatchInput]);
  });
  const ids = (text: string) => kb.gazetteer.findMentions(text).map((m) => m.entity.id);

  it.each([
    ["Поставки из Китая в Россию выросли", ["country:cn", "country:ru"]],
    ["Росатомом и Соликамским магниевым заводом", ["actor:rosatom", "actor:solikamsk-magnesium-plant"]],
    ["中方与俄罗斯国家原子能公司", ["country:cn", "actor:rosatom"]],
    ["Chinese and American firms; the PRC and the U.S.", ["country:cn", "country:us", "country:cn", "country:us"]],
    ["rare-earth metals and rare earths", ["element:ree", "element:ree"]],
    ["the world total and the World", []],
  ])("%s", (text, expected) => expect(ids(text)).toEqual(expected));

  it("reads an element symbol only where it is one", async () => {
    const document = extractFromText({ path: "x.txt", text: "In 2024 output of Nd and Pr oxides rose. In Japan, Co-operation grew.", contentHash: "0".repeat(64) }, kb);
    expect(document.entities.map((e) => e.id).sort()).toEqual(["element:nd", "element:pr"]);
  });

  it("discovers entities by the form of their names and resolves 'the plant'", () => {
    const text = "Arkmineral Resources develops the Afrikanda field. The Chepetsk Mechanical Plant makes niobium. The plant is in Glazov.";
    const document = extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb);
    const found = document.entities.filter((e) => e.discovered).map((e) => `${e.id}:${e.mentions.length}`);
    expect(found).toEqual(["actor:arkmineral-resources:1", "asset:afrikanda-field:1", "actor:chepetsk-mechanical-plant:2"]);
    expect(facts(document)).toContain("actor:arkmineral-resources OPERATES asset:afrikanda-field");
  });

  it.each([
    ["Russia could produce 5,000 tons of rare earth metals.", []],
    ["Does Russia produce 5,000 tons of rare earth metals?", []],
    ["Russia does not produce 5,000 tons of rare earth metals.", []],
    ["Russia plans to produce 5,000 tons of rare earth metals by 2030.", ["country:ru PLANS element:ree 5000 [planned]"]],
    ["Russia produces 5,000 tons of rare earth metals.", ["country:ru PRODUCES element:ree 5000"]],
  ])("modality: %s", (text, expected) => {
    const document = extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb);
    expect(facts(document)).toEqual(expected);
  });

  it("turns an export restriction into a Policy with ISSUED, RESTRICTS and TARGETS", () => {
    const text = "In December 2024, China banned exports of gallium to the United States.";
    const document = extractFromText({ path: "x.txt", text, contentHash: "1".repeat(64) }, kb);
    const batch = documentToBatch(document, text, document.mentions);
    const types = (batch.relationships ?? []).map((r) => `${r.type} ${r.from} ${r.to}`);
    const policy = (batch.nodes ?? []).find((n) => n.id.startsWith("policy:"));
    expect(policy).toMatchObject({ type: "export_ban", announced: "2024-12" });
    expect(types).toEqual(expect.arrayContaining([`ISSUED country:cn ${policy?.id}`, `RESTRICTS ${policy?.id} element:ga`, `TARGETS ${policy?.id} country:us`]));
    const mentions = (batch.relationships ?? []).filter((r) => r.type === "MENTIONS");
    expect(mentions.find((m) => m.to === "country:cn")?.properties).toMatchObject({ spans: ["18-23"] });
    const doc = (batch.nodes ?? []).find((n) => n.id === document.id);
    expect(doc).toMatchObject({ text, contentHash: "1".repeat(64) });
  });

});

describe("HTML pages", () => {
  it("reads only the article, not scripts, navigation or footer", async () => {
    const kb = buildKnowledgeBase([parse(await readFile(fixture("mini-reference.yaml"), "utf8")) as GraphBatchInput]);
    const bytes = await readFile(fixture("scripts.html"));
    const read = readDocument(fixture("scripts.html"), bytes);
    expect(read.text).not.toMatch(/console|tracker|999|5000|newsletter|Home/);
    const document = extractFromText(read, kb);
    expect(document.title).toBe("Rosatom and the Solikamsk plant");
    const stated = document.facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}`);
    expect(stated).toEqual(expect.arrayContaining(["actor:rosatom OWNS actor:solikamsk-magnesium-plant", "country:cn SHARE_OF_GLOBAL element:ga"]));
    expect(stated.some((f) => f.includes("RESTRICTS_EXPORT") || f.includes("element:nd"))).toBe(false);
    for (const f of document.facts) for (const e of f.evidence) expect(read.text.slice(e.start, e.end)).toBe(e.quote);
  });
});

describe("aliases of a discovered entity, against the shipped reference base", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase();
  });

  it("gives a discovered site the fuller forms the article writes its name in as aliases", () => {
    const text = "Ardwen Metals buys Cottersby nickel mine\n\nArdwen Metals Ltd owns 60% of the Cottersby Mine in Zambia.";
    const document = extractFromText({ path: "x.txt", text, contentHash: "2".repeat(64) }, kb);
    const batch = documentToBatch(document, text, document.mentions);
    const site = (batch.nodes ?? []).find((n) => n.id.startsWith("asset:cottersby"));
    expect([site?.name, ...((site?.aliases as string[] | undefined) ?? [])]).toContain("Cottersby Mine");
  });
});
