import { RelationModels, trainsOn, type ModelLanguage } from "./language-models.js";
import { RelationModel } from "./relation-model.js";
import { DEFAULT_TRAINING, trainRelationModel, type TrainingExample, type TrainingOptions, type TrainingReport } from "./train.js";

/**
 * Trains one model per sentence language (see language-models.ts), each on the readings `trainsOn` gives it, with
 * the same settings. The Russian and Chinese models keep only the features their own readings have: the English
 * words they also learned from never stand in their sentences, and would only make the weights file larger.
 */
export function trainLanguageModels(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING): { models: RelationModels; reports: Record<ModelLanguage, TrainingReport> } {
  const trained = (language: ModelLanguage) => {
    const { model, report } = trainRelationModel(
      examples.filter((e) => trainsOn(language, e.language)),
      options,
      language,
    );
    return { model: language === "en" ? model : withOwnFeatures(model, examples.filter((e) => e.language === language)), report };
  };
  const [en, ru, zh] = [trained("en"), trained("ru"), trained("zh")];
  return { models: new RelationModels({ en: en.model, ru: ru.model, zh: zh.model }), reports: { en: en.report, ru: ru.report, zh: zh.report } };
}

function withOwnFeatures(model: RelationModel, own: readonly TrainingExample[]): RelationModel {
  const seen = new Set(own.flatMap((e) => e.features));
  const weights = new Map([...model.parameters.weights].filter(([feature]) => seen.has(feature)));
  return new RelationModel({ ...model.parameters, weights });
}
