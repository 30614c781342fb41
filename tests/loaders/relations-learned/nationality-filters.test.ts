import { describe, expect, it } from "vitest";
import { notTheSubjectsCountry } from "../../../loaders/documents/relations-learned/nationality-filters.js";
import { SentenceFrame } from "../../../loaders/documents/sentence-frame.js";
import type { ExtractedFact, KnownEntity, Mention } from "../../../loaders/documents/types.js";
import { modelReading } from "./model-reading.js";

// Invented sentences: the firms are placeholders, the shapes are those of wire copy naming firms by nationality.
type Named = { words: string; id: string; kind: KnownEntity["kind"]; type?: string; via?: Mention["via"]; nth?: number };

function frameOf(text: string, names: Named[]): SentenceFrame {
  const mentions: Mention[] = names.map(({ words, id, kind, type, via, nth }) => {
    let start = text.indexOf(words);
    for (let k = 0; k < (nth ?? 0); k++) start = text.indexOf(words, start + 1);
    return { start, end: start + words.length, text: words, via: via ?? "name", confidence: 1, entity: { id, kind, name: words, node: {}, ...(type ? { type } : {}) } };
  });
  const sentence = { start: 0, end: text.length, index: 0, language: "en" as const, role: "body" as const, tokens: [] };
  return new SentenceFrame(sentence, text, mentions, [], []);
}

function located(subject: Named, country: Named): ExtractedFact {
  return modelReading({ id: subject.id, name: subject.words, kind: subject.kind }, "LOCATED_IN", { id: country.id, name: country.words, kind: "Country" });
}

const firm = (words: string, type = "company"): Named => ({ words, id: `actor:${words.toLowerCase()}`, kind: "Actor", type });
const demonym = (words: string, id: string, nth?: number): Named => ({ words, id, kind: "Country", via: "demonym", ...(nth === undefined ? {} : { nth }) });

describe("a country named beside a firm that is not the firm's", () => {
  it("keeps the firm a singular class noun after the demonym names", () => {
    const text = "Belgian chemicals company Fooco and Barcorp agreed to build a refinery.";
    const names = [demonym("Belgian", "country:be"), firm("Fooco"), firm("Barcorp")];
    const frame = frameOf(text, names);
    expect(notTheSubjectsCountry(frame, located(names[1]!, names[0]!))).toBe(false);
    expect(notTheSubjectsCountry(frame, located(names[2]!, names[0]!))).toBe(true);
  });

  it("lets a plural class noun describe every firm of the list", () => {
    const text = "Belgian refiners Fooco, Barcorp and Quxco formed a consortium.";
    const names = [demonym("Belgian", "country:be"), firm("Fooco"), firm("Barcorp"), firm("Quxco")];
    expect(notTheSubjectsCountry(frameOf(text, names), located(names[3]!, names[0]!))).toBe(false);
  });

  it("places no state body in its country", () => {
    const text = "Belgium's Ministry of Mines said the quota stands.";
    const names = [{ words: "Belgium", id: "country:be", kind: "Country" as const }, firm("Ministry of Mines", "state_body")];
    expect(notTheSubjectsCountry(frameOf(text, names), located(names[1]!, names[0]!))).toBe(true);
  });

  it("places a state body that funds in its country", () => {
    const text = "Funds came from a bank and the Belgian export agency Fooserv.";
    const names = [demonym("Belgian", "country:be"), firm("Fooserv", "state_body")];
    expect(notTheSubjectsCountry(frameOf(text, names), located(names[1]!, names[0]!))).toBe(false);
  });

  it("reads neither partner of a hyphenated joint venture as where a firm or site is", () => {
    const text = "Under the deal Fooco and Barcorp set up a Belgian-Dutch joint venture to mine the Quxa deposit.";
    const names = [firm("Fooco"), firm("Barcorp"), demonym("Belgian", "country:be"), demonym("Dutch", "country:nl"), { words: "Quxa deposit", id: "asset:quxa", kind: "Asset" as const }];
    const frame = frameOf(text, names);
    expect(notTheSubjectsCountry(frame, located(names[0]!, names[2]!))).toBe(true);
    expect(notTheSubjectsCountry(frame, located(names[4]!, names[3]!))).toBe(true);
  });

  it("reads a listing as no location", () => {
    const text = "Fooco bought a stake in the Belgian-listed Barcorp.";
    const names = [firm("Fooco"), demonym("Belgian", "country:be"), firm("Barcorp")];
    expect(notTheSubjectsCountry(frameOf(text, names), located(names[2]!, names[1]!))).toBe(true);
  });

  it("reads a demonym of an industry as no firm's country", () => {
    const text = "To revive the Belgian zinc industry, state-owned Fooco signed with Barcorp.";
    const names = [demonym("Belgian", "country:be"), firm("Fooco"), firm("Barcorp")];
    expect(notTheSubjectsCountry(frameOf(text, names), located(names[1]!, names[0]!))).toBe(true);
  });

  it("keeps a firm's own stated country and drops another country the sentence names", () => {
    const text = "Dutch cobalt producer Barcorp is in talks over a plant in Belgium.";
    const names = [demonym("Dutch", "country:nl"), firm("Barcorp"), { words: "Belgium", id: "country:be", kind: "Country" as const }];
    const frame = frameOf(text, names);
    expect(notTheSubjectsCountry(frame, located(names[1]!, names[0]!))).toBe(false);
    expect(notTheSubjectsCountry(frame, located(names[1]!, names[2]!))).toBe(true);
  });

  it("reads the location of an unnamed firm or project the subject deals with as not the subject's", () => {
    const text = "Fooco is investing $5 million in an early-stage zinc company based in Belgium.";
    const names = [firm("Fooco"), { words: "Belgium", id: "country:be", kind: "Country" as const }];
    expect(notTheSubjectsCountry(frameOf(text, names), located(names[0]!, names[1]!))).toBe(true);
    const apposition = "Fooco, a zinc refiner based in Belgium, raised its output.";
    expect(notTheSubjectsCountry(frameOf(apposition, names), located(names[0]!, names[1]!))).toBe(false);
  });

  it("leaves a firm based in a country alone", () => {
    const text = "Fooco, a Belgium-based refiner, raised its output.";
    const names = [firm("Fooco"), { words: "Belgium", id: "country:be", kind: "Country" as const }];
    expect(notTheSubjectsCountry(frameOf(text, names), located(names[0]!, names[1]!))).toBe(false);
  });
});
