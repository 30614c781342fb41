import type { KnownEntity, Mention, Sentence } from "./types.js";
import { allMatches } from "./all-matches.js";

type Antecedent = (entity: KnownEntity) => boolean;

const PLANT_TYPES = new Set(["processing_plant", "separation_plant", "refinery", "metal_plant", "magnet_plant"]);
const isPlant: Antecedent = (e) => (e.kind === "Actor" && /\b(plant|works|combine|factory)$/i.test(e.name)) || (e.kind === "Asset" && PLANT_TYPES.has(e.type ?? ""));
const isCompany: Antecedent = (e) => e.kind === "Actor" && (e.type === "company" || e.type === "state_corporation");
const isSite: Antecedent = (e) => e.kind === "Asset" && !PLANT_TYPES.has(e.type ?? "");
const isMine: Antecedent = (e) => e.kind === "Asset" && e.type === "mine";

/** Definite noun phrases that point back at an entity named shortly before, by the class they name. */
const REFERENCES: Array<[RegExp, Antecedent, number?]> = [
  // A sentence-opening "It"/"Its" continues the last sentence's company; "It is expected …", "It takes …" do not
  // refer. A pronoun reaches back one sentence only.
  [/^(?:Its|It(?!\s+(?:is|was|has|had|seems|seemed|appears|appeared|remains|remained|will|would|could|may|might|takes|took|makes|made)\b))(?![\p{L}'’])/gu, isCompany, 1],
  [/\b(?:the|this|that)\s+(?:plant|factory|enterprise|works)\b/gi, isPlant],
  // Case-sensitive, because under the i flag \p{Lu} matches every letter and the look-ahead meant to keep "the
  // company Molycorp" out would also refuse "the company said".
  [/\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:company|corporation|firm|holding|group)\b(?!\s+\p{Lu})/gu, isCompany],
  [/\b(?:the|this|that)\s+mine\b/gi, isMine],
  [/\b(?:the|this|that)\s+(?:deposit|field|site|project)\b/gi, isSite],
  [/\b(?:the|this|that)\s+country\b/gi, (e) => e.kind === "Country"],
  [/(?:этот|это|данный|данное)\s+(?:завод|комбинат|предприятие)\p{L}*/giu, isPlant],
  [/(?:эта|данная)\s+компани\p{L}*/giu, isCompany],
  [/(?:该|这家)(?:工厂|厂|公司|企业)/g, (e) => isPlant(e) || isCompany(e)],
  // Russian has no articles: a bare class noun opening a sentence ("Компания планирует …") is definite, unless a
  // name follows it ("Компания «Полиметалл»").
  [/^(?:Компания|Госкорпорация|Корпорация|Холдинг)(?![\p{L}])(?!\s*[«"\p{Lu}])/gu, isCompany],
  [/^(?:Завод|Комбинат|Предприятие)(?![\p{L}])(?!\s*[«"\p{Lu}])/gu, isPlant],
];

/**
 * A match of any reference above contains one of these (the gates drop the word boundaries and look-aheads, so
 * they can only be looser): most sentences fail them all and skip the scans.
 */
const MAY_REFER = [
  /^It/u,
  /(?:the|this|that)\s+(?:plant|factory|enterprise|works|company|corporation|firm|holding|group|mine|deposit|field|site|project|country)/iu,
  /(?:этот|это|данный|данное|эта|данная)\s|^(?:Компания|Госкорпорация|Корпорация|Холдинг|Завод|Комбинат|Предприятие)/iu,
  /该|这家/,
];

/** How many sentences back a reference may reach; further than that a reader would need the name again. */
const WINDOW = 3;

/**
 * Resolves "the plant", "the company", "the country" to the one entity of that class named in the last few
 * sentences. Two candidates make the reference ambiguous and it is left unresolved.
 */
export function resolveReferences(sentence: Sentence, text: string, earlier: ReadonlyArray<{ sentence: number; mentions: readonly Mention[] }>, own: readonly Mention[]): Mention[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Mention[] = [];
  if (!MAY_REFER.some((gate) => gate.test(body))) return found;
  // Mentions of the sentences a reference may reach, gathered only once a reference is found.
  const recentWithin = new Map<number, Mention[]>();
  const recentFor = (window: number): Mention[] => {
    let recent = recentWithin.get(window);
    if (!recent) {
      recent = earlier.filter((e) => e.sentence >= sentence.index - window && e.sentence < sentence.index).flatMap((e) => e.mentions);
      recentWithin.set(window, recent);
    }
    return recent;
  };
  for (const [pattern, fits, window = WINDOW] of REFERENCES) {
    for (const match of allMatches(pattern, body)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (own.some((m) => m.start < end && start < m.end)) continue;
      const before = [...recentFor(window), ...own.filter((m) => m.end <= start)].filter((m) => m.via !== "demonym" && fits(m.entity));
      const distinct = new Set(before.map((m) => m.entity.id));
      const only = before[0];
      if (distinct.size !== 1 || !only) continue;
      found.push({ entity: only.entity, start, end, text: match[0], via: "reference", confidence: 0.7 });
    }
  }
  return found;
}
