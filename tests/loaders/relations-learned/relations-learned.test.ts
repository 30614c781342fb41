import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import {
  candidatePairs,
  chooseThresholds,
  fileFromModel,
  pairFeatures,
  SentenceContext,
  shippedRelationModel,
  trainLanguageModels,
  trainRelationModel,
  wordsOf,
  type TrainingExample,
} from "../../../loaders/documents/relations-learned/index.js";
import type { Predicate } from "../../../loaders/documents/types.js";
import { factsByLanguage, factsByPredicate, type LanguageScored } from "../../../loaders/eval/breakdown.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

/** Each reading of the (only) sentence of `text`: subject, object, its features and the model's probabilities. */
function readings(text: string) {
  return readSentences(text, kb).read.flatMap(({ frame, ruleFacts }) => {
    const model = shippedRelationModel(frame.sentence.language);
    if (!model) throw new Error("no weights committed: run npm run train");
    const context = new SentenceContext(frame, ruleFacts);
    return candidatePairs(frame).map((pair) => {
      const features = pairFeatures(context, pair.subject, pair.object);
      return { subject: frame.entity(pair.subject)?.entity.id, object: frame.entity(pair.object)?.entity.id, features, probabilities: model.probabilities(features, pair.predicates) };
    });
  });
}

function best(text: string, subject: string, object: string): { predicate: Predicate; probability: number } {
  const reading = readings(text).find((r) => r.subject === subject && r.object === object);
  if (!reading) throw new Error(`${text}: no reading of ${subject} → ${object}`);
  const [predicate, probability] = [...reading.probabilities].sort((a, b) => b[1] - a[1])[0] ?? ["OWNS", 0];
  return { predicate, probability };
}

describe("features of a reading", () => {
  it("keys the words between two names by their order, and names the kinds of the slots", () => {
    const features = readings("Lynas Rare Earths owns the Mount Weld mine.").find((r) => r.subject === "actor:lynas" && r.object === "asset:mount-weld")?.features ?? [];
    expect(features).toEqual(expect.arrayContaining(["k:actor>asset", "d:so", "b:so:owns", "bf:so:owns", "c:OWNS", "near:so:o"]));
    const reverse = readings("Lynas Rare Earths owns the Mount Weld mine.").find((r) => r.subject === "asset:mount-weld")?.features ?? [];
    expect(reverse).toContain("b:os:owns");
    expect(reverse).not.toContain("b:so:owns");
  });

  it("splits Chinese into characters and character pairs, and stems Russian and English words", () => {
    expect(wordsOf("实施出口管制", () => "")).toEqual(["实", "实施", "施", "施出", "出", "出口", "口", "口管", "管", "管制", "制"]);
    expect(wordsOf("поставки поставку owned 49 ⟦e3⟧", (i) => `⟦item${i}⟧`)).toEqual(["поставк", "поставк", "own", "#", "⟦item3⟧"]);
  });

  it("reads every member of an enumeration through the member nearest the other name", () => {
    const all = readings("Beijing banned exports of gallium, germanium and antimony.");
    const of = (object: string) => all.find((r) => r.subject === "country:cn" && r.object === object)?.features ?? [];
    expect(of("element:sb")).toContain("list:so:last");
    expect(of("element:ga")).not.toContain("list:so:last");
    const between = (features: string[]) => features.filter((f) => f.startsWith("b:") || f.startsWith("tr:") || f.startsWith("c:"));
    expect(between(of("element:sb"))).toEqual(between(of("element:ga")));
    expect(between(of("element:ga"))).toContain("b:so:export");
  });

  it("marks what the rules read for the same pair", () => {
    const features = readings("Rosatom bought a 49% stake in Nornickel.").find((r) => r.subject === "actor:rosatom" && r.object === "actor:nornickel")?.features ?? [];
    expect(features).toEqual(expect.arrayContaining(["r:pair", "r:OWNS", "u:%"]));
  });
});

describe("the shipped model reads invented sentences", () => {
  it.each([
    ["en", "MP Materials operates the Mountain Pass mine.", "actor:mp-materials", "asset:mountain-pass", "OPERATES"],
    ["en", "Beijing banned exports of gallium.", "country:cn", "element:ga", "RESTRICTS_EXPORT"],
    ["ru", "Rosatom, российская госкорпорация, разрабатывает месторождение Томтор.", "actor:rosatom", "asset:tomtor", "OPERATES"],
    ["ru", "«Норникель» добывает никель и палладий.", "actor:nornickel", "element:ni", "PRODUCES"],
    ["zh", "中国宣布对镓实施出口管制。", "country:cn", "element:ga", "RESTRICTS_EXPORT"],
    ["zh", "中国是全球最大的稀土生产国。", "country:cn", "element:ree", "PRODUCES"],
  ] as const)("%s: %s", (_language, text, subject, object, predicate) => {
    expect(best(text, subject, object).predicate).toBe(predicate);
  });

  it("states what it reads with a calibrated confidence and an exact quote", () => {
    // A production base, not a "生产国": no rule reads it (zh-producer-of reads the latter).
    const text = "Mining news.\n\n印尼是全球重要的镍生产基地。";
    const document = extractFromText({ path: "zh.txt", text, contentHash: "0".repeat(64) }, kb);
    const fact = document.facts.find((f) => f.extractor === "relations-learned");
    expect(fact).toMatchObject({ subject: { id: "country:id" }, predicate: "PRODUCES", object: { id: "element:ni" }, status: "reported" });
    // At or above the model's threshold for the relation (the calibrated probability it reads a fact at), never certain.
    expect(fact?.confidence).toBeGreaterThanOrEqual(shippedRelationModel("zh")?.thresholdOf("PRODUCES") ?? 1);
    expect(fact?.confidence).toBeLessThan(1);
    for (const e of fact?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
    // With the model switched off the rules alone do not read it.
    expect(extractFromText({ path: "zh.txt", text, contentHash: "0".repeat(64) }, kb, null).facts.filter((f) => f.predicate === "PRODUCES")).toEqual([]);
  });

  it("reads nothing from a negated or excluded statement", () => {
    const facts = (text: string) => extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb).facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}`);
    expect(facts("Japan imported no gallium from China last year.").filter((f) => f.includes("IMPORTS_FROM"))).toEqual([]);
    expect(facts("MP Materials, the largest producer outside China, accounts for 12% of global rare earth output.").filter((f) => f.startsWith("country:cn"))).toEqual([]);
  });
});

describe("the trainer", () => {
  const example = (features: string[], labels: Predicate[], article: number, language: "en" | "zh" = "en"): TrainingExample => ({ features, predicates: ["OWNS", "OPERATES", "INVESTS_IN"], labels: new Set(labels), rules: new Set(), article, language });
  const fixture: TrainingExample[] = [];
  for (let i = 0; i < 40; i++) {
    fixture.push(example(["b:so:own", "k:actor>asset", `noise:${i % 7}`], ["OWNS"], i));
    fixture.push(example(["b:so:operat", "k:actor>asset", `noise:${i % 5}`], ["OPERATES"], i));
    fixture.push(example(["b:so:said", "k:actor>asset", `noise:${i % 3}`], [], i));
  }
  const options = { epochs: 5, rate: 0.1, l2: 0.01, minCount: 2, folds: 2, repeats: 2, threshold: 0.5, keepRules: 0.05, minVetoPositives: 1, seed: 7, perPredicate: 1, beta: 1, minGain: 0.002 };

  it("gives the same weights twice", () => {
    const a = JSON.stringify(fileFromModel(trainRelationModel(fixture, options).model, {}));
    const b = JSON.stringify(fileFromModel(trainRelationModel(fixture, options).model, {}));
    expect(a).toBe(b);
  });

  it("keeps one model per language: Chinese readings cannot move the English model", () => {
    const chinese = Array.from({ length: 12 }, (_, i) => example(["b:so:持有", "k:actor>asset", `noise:${i % 4}`], ["OWNS"], 100 + i, "zh"));
    const english = (examples: TrainingExample[]) => JSON.stringify(fileFromModel(trainLanguageModels(examples, options).models.byLanguage.en, {}));
    expect(english([...fixture, ...chinese])).toBe(english(fixture));
    const { models } = trainLanguageModels([...fixture, ...chinese], options);
    // The Chinese model learns from its own readings and the English ones, and keeps only the features its own have.
    expect(models.of("zh").probabilities(["b:so:持有", "k:actor>asset"], ["OWNS"]).get("OWNS")).toBeGreaterThan(0.7);
    expect(models.of("zh").parameters.weights.has("b:so:operat")).toBe(false);
    expect(models.of("other")).toBe(models.byLanguage.en);
  });

  it("learns which words signal which relation", () => {
    const { model } = trainRelationModel(fixture, options);
    const owns = model.probabilities(["b:so:own", "k:actor>asset"], ["OWNS", "OPERATES"]);
    const said = model.probabilities(["b:so:said", "k:actor>asset"], ["OWNS", "OPERATES"]);
    expect(owns.get("OWNS")).toBeGreaterThan(0.7);
    expect(owns.get("OPERATES")).toBeLessThan(0.3);
    expect(said.get("OWNS")).toBeLessThan(0.3);
  });

  it("chooses a predicate's own threshold only where the held-out readings say so", () => {
    // Predicate 0: held-out positives score 0.6 and negatives 0.45, so 0.5 suits it. Predicate 1: its negatives
    // reach 0.7 and its positives 0.8, so only a threshold above 0.7 keeps its readings right.
    const held = [
      ...Array.from({ length: 20 }, () => ({ p: 0.6, predicate: 0, y: true, rule: false, canVeto: true })),
      ...Array.from({ length: 20 }, () => ({ p: 0.45, predicate: 0, y: false, rule: false, canVeto: true })),
      ...Array.from({ length: 20 }, () => ({ p: 0.8, predicate: 1, y: true, rule: false, canVeto: true })),
      ...Array.from({ length: 20 }, () => ({ p: 0.7, predicate: 1, y: false, rule: false, canVeto: true })),
    ];
    const chosen = chooseThresholds(held, 2, { threshold: 0.5, keepRules: 0.05 }, 1, 0.002);
    expect(chosen.thresholds[0]).toBe(0.5);
    expect(chosen.thresholds[1]).toBeGreaterThan(0.7);
    expect(chosen.thresholds[1]).toBeLessThanOrEqual(0.8);
  });
});

describe("eval breakdown", () => {
  const fact = (predicate: string) => ({ subject: "actor:a", predicate, object: "actor:b", status: "reported", span: { start: 0, end: 1, sha256: "0".repeat(64) } });
  const extra = (predicate: string) => ({ predicate }) as never;
  const documents: LanguageScored[] = [
    { document: "en/x", language: "en", entities: { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], extra: [] }, facts: { truePositives: 1, falsePositives: 1, falseNegatives: 1, gold: [fact("OWNS"), fact("PRODUCES")], missed: [fact("PRODUCES")], extra: [extra("OWNS")] } },
    { document: "ru/y", language: "ru", entities: { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], extra: [] }, facts: { truePositives: 0, falsePositives: 0, falseNegatives: 1, gold: [fact("OWNS")], missed: [fact("OWNS")], extra: [] } },
  ];
  documents[0]!.facts.missed = [documents[0]!.facts.gold[1]!];
  documents[1]!.facts.missed = [documents[1]!.facts.gold[0]!];

  it("sums fact counts per language", () => {
    const byLanguage = factsByLanguage(documents);
    expect([...byLanguage.keys()]).toEqual(["en", "ru"]);
    expect(byLanguage.get("en")).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    expect(byLanguage.get("ru")).toMatchObject({ truePositives: 0, falseNegatives: 1, recall: 0 });
  });

  it("counts per relation: matched gold, missed gold, unmatched predictions", () => {
    const byPredicate = factsByPredicate(documents);
    expect(byPredicate.get("OWNS")).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(byPredicate.get("PRODUCES")).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
  });
});
