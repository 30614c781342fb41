import type { Language } from "../types.js";
import type { RelationModel } from "./relation-model.js";

/**
 * The relation step keeps one model per sentence language. English has about ten times the training readings of
 * Russian or Chinese, and in one shared model every change to the Chinese readings (a name recognised, an
 * own-written text added) reshuffled the whole training and moved English by 2-4 facts of noise. The English model
 * is trained on English readings only; the Russian and Chinese ones on English readings and their own, so they
 * still learn what the shared features (kinds, cue and trigger lexicons, the rules' verdicts) mean from English,
 * and a change on one side of the languages cannot move the other's scores.
 */
export const MODEL_LANGUAGES = ["en", "ru", "zh"] as const;
export type ModelLanguage = (typeof MODEL_LANGUAGES)[number];

/** The model a sentence in `language` is read with: its own for Russian and Chinese, the English one otherwise. */
export function modelLanguageOf(language: Language | string | undefined): ModelLanguage {
  return language === "ru" || language === "zh" ? language : "en";
}

/** Which training readings (by the model language of their sentence) each model learns from. */
export function trainsOn(model: ModelLanguage, reading: ModelLanguage): boolean {
  return reading === model || reading === "en";
}

export class RelationModels {
  constructor(readonly byLanguage: Readonly<Record<ModelLanguage, RelationModel>>) {}

  /** The model that reads a sentence in `language`. */
  of(language: Language | string | undefined): RelationModel {
    return this.byLanguage[modelLanguageOf(language)];
  }

  /** The same models with each one changed by `change` (another threshold, for example). */
  map(change: (model: RelationModel, language: ModelLanguage) => RelationModel): RelationModels {
    return new RelationModels({ en: change(this.byLanguage.en, "en"), ru: change(this.byLanguage.ru, "ru"), zh: change(this.byLanguage.zh, "zh") });
  }
}
