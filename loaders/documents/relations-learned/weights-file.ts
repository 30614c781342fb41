import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Predicate } from "../types.js";
import { PREDICATES } from "./arg-kinds.js";
import { RelationModels, type ModelLanguage } from "./language-models.js";
import { RelationModel } from "./relation-model.js";

export const WEIGHTS_FILE = fileURLToPath(new URL("./weights/relations.json", import.meta.url));

/**
 * One model: predicates in PREDICATES order; each feature's weights sparse as [predicate index, weight, …].
 * `trainedOn` records the articles and the trainer's settings, so a weights file says where it came from.
 */
const modelSchema = z.object({
  predicates: z.array(z.string()),
  trainedOn: z.record(z.string(), z.unknown()),
  bias: z.array(z.number()),
  platt: z.array(z.tuple([z.number(), z.number()])),
  threshold: z.number().min(0).max(1),
  keepRules: z.number().min(0).max(1),
  /** Predicates whose rule facts the model may drop (see RelationModelParameters.vetoes); absent in older files: all. */
  vetoes: z.array(z.string()).optional(),
  /** Per-predicate threshold and keep-rules floor (PREDICATES order), chosen on cross-validation; absent: the shared ones. */
  byPredicate: z.object({ thresholds: z.array(z.number().min(0).max(1)), keepRules: z.array(z.number().min(0).max(1)) }).optional(),
  features: z.record(z.string(), z.array(z.number())),
});
type ModelFile = z.infer<typeof modelSchema>;

/** Version 2: one model per sentence language (see language-models.ts); version 1 held one model for all. */
export const weightsFileSchema = z.object({
  version: z.literal(2),
  models: z.object({ en: modelSchema, ru: modelSchema, zh: modelSchema }),
});
export type WeightsFile = z.infer<typeof weightsFileSchema>;

export function modelsFromFile(file: WeightsFile): RelationModels {
  return new RelationModels({ en: modelFromFile(file.models.en), ru: modelFromFile(file.models.ru), zh: modelFromFile(file.models.zh) });
}

export function fileFromModels(models: RelationModels, trainedOn: Readonly<Record<ModelLanguage, Record<string, unknown>>>): WeightsFile {
  const of = (language: ModelLanguage) => fileFromModel(models.byLanguage[language], trainedOn[language]);
  return { version: 2, models: { en: of("en"), ru: of("ru"), zh: of("zh") } };
}

export function modelFromFile(file: ModelFile): RelationModel {
  if (file.predicates.join() !== PREDICATES.join()) throw new Error(`relation weights: predicates ${file.predicates.join(", ")} differ from the model's ${PREDICATES.join(", ")}. Run npm run train.`);
  const weights = new Map<string, Float64Array>();
  for (const [feature, sparse] of Object.entries(file.features)) {
    const w = new Float64Array(PREDICATES.length);
    for (let i = 0; i + 1 < sparse.length; i += 2) w[sparse[i] as number] = sparse[i + 1] as number;
    weights.set(feature, w);
  }
  const vetoes = new Set((file.vetoes ?? PREDICATES).filter((p): p is Predicate => (PREDICATES as readonly string[]).includes(p)));
  return new RelationModel({ weights, bias: Float64Array.from(file.bias), platt: file.platt, threshold: file.threshold, keepRules: file.keepRules, vetoes, ...(file.byPredicate ? { byPredicate: file.byPredicate } : {}) });
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function fileFromModel(model: RelationModel, trainedOn: Record<string, unknown>): ModelFile {
  const { weights, bias, platt, threshold, keepRules, vetoes, byPredicate } = model.parameters;
  const features: Record<string, number[]> = {};
  for (const feature of [...weights.keys()].sort()) {
    const sparse: number[] = [];
    (weights.get(feature) as Float64Array).forEach((w, p) => {
      if (round(w) !== 0) sparse.push(p, round(w));
    });
    if (sparse.length > 0) features[feature] = sparse;
  }
  return { predicates: [...PREDICATES], trainedOn, bias: [...bias].map(round), platt: platt.map(([a, b]) => [round(a), round(b)]), threshold, keepRules, vetoes: PREDICATES.filter((p) => vetoes.has(p)), ...(byPredicate ? { byPredicate: { thresholds: [...byPredicate.thresholds], keepRules: [...byPredicate.keepRules] } } : {}), features };
}

let shipped: RelationModels | null | undefined;

/** The committed weights, read once; null when none are committed (the extractor then reads with rules alone). */
export function shippedRelationModels(): RelationModels | null {
  if (shipped !== undefined) return shipped;
  if (!existsSync(WEIGHTS_FILE)) return (shipped = null);
  const parsed = weightsFileSchema.safeParse(JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")));
  if (!parsed.success) throw new Error(`${WEIGHTS_FILE}: ${parsed.error.issues[0]?.message ?? "invalid"}. Rebuild it with npm run train.`);
  return (shipped = modelsFromFile(parsed.data));
}

/** The committed model that reads sentences in `language` (English by default). */
export function shippedRelationModel(language?: string): RelationModel | null {
  return shippedRelationModels()?.of(language) ?? null;
}
