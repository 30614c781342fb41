import { loadKnowledgeBase, type KnowledgeBase } from "../documents/index.js";
import { DEFAULT_TRAINING, fileFromModels, trainLanguageModels, type ModelLanguage, type TrainingExample, type TrainingOptions, type TrainingReport } from "../documents/relations-learned/index.js";
import { loadEvalArticles, type EvalArticle } from "./eval-articles.js";
import { relationExamples } from "./relation-examples.js";
import { EVAL_SETS } from "./run-eval.js";

/**
 * What `npm run train` learns from: the real-news train split, the seeds, the own-written sets heldout and
 * heldout-c, and the own-written Russian and Chinese texts of train-ruzh (for the Russian and Chinese models only,
 * see OWN_LANGUAGE_ONLY). news-dev and news-test are never read here, and heldout-b stays a clean held-out score.
 */
export const TRAINING_SETS = ["news-train", "seeds", "heldout", "heldout-c", "train-ruzh"] as const;
/**
 * Sets written to teach the Russian and Chinese models: their readings train only the model of their own
 * language, never the English one (an English sentence in them is left out), so adding to them cannot move English.
 */
const OWN_LANGUAGE_ONLY: ReadonlySet<string> = new Set(["train-ruzh"]);

export interface TrainedWeights {
  /** The weights file's text, exactly as committed. */
  text: string;
  articles: number;
  goldFacts: number;
  reachable: number;
  threshold: number;
  keepRules: number;
  byPredicate: Record<ModelLanguage, { thresholds: readonly number[]; keepRules: readonly number[] } | undefined>;
  reports: Record<ModelLanguage, TrainingReport>;
}

/** The training sets' articles, set by set in a fixed order and each set's files sorted by path. */
export async function loadTrainingArticles(): Promise<Array<{ set: string; article: EvalArticle }>> {
  const articles: Array<{ set: string; article: EvalArticle }> = [];
  for (const name of TRAINING_SETS) {
    const set = EVAL_SETS[name];
    const loaded = await loadEvalArticles(set.gold, set.texts, "split" in set ? set.split : undefined);
    for (const article of [...loaded].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) articles.push({ set: name, article });
  }
  return articles;
}

/** The training readings of the training articles, and how many gold facts a candidate pair reaches. */
export function trainingExamples(articles: ReadonlyArray<{ set: string; article: EvalArticle }>, kb: KnowledgeBase): { examples: TrainingExample[]; goldFacts: number; reachable: number } {
  const examples: TrainingExample[] = [];
  let goldFacts = 0;
  let reachable = 0;
  articles.forEach(({ set, article }, i) => {
    const read = relationExamples(article, i, kb);
    examples.push(...(OWN_LANGUAGE_ONLY.has(set) ? read.examples.filter((e) => e.language !== "en") : read.examples));
    goldFacts += article.gold.facts.length;
    reachable += read.reached;
  });
  return { examples, goldFacts, reachable };
}

/**
 * Trains the relation model on the training sets and returns the weights file's text. Articles are taken set by
 * set in a fixed order and each set's files sorted, so the same tree gives the same bytes on every run.
 */
export async function trainWeights(options: TrainingOptions = DEFAULT_TRAINING): Promise<TrainedWeights> {
  const kb = await loadKnowledgeBase();
  const articles = await loadTrainingArticles();
  const { examples, goldFacts, reachable } = trainingExamples(articles, kb);
  const { models, reports } = trainLanguageModels(examples, options);
  const trainedOn = (language: ModelLanguage) => ({
    sets: Object.fromEntries(TRAINING_SETS.map((s) => [s, articles.filter((a) => a.set === s).length])),
    goldFacts,
    reachable,
    options,
    examples: reports[language].examples,
    positives: reports[language].positives,
    features: reports[language].features,
    crossValidated: reports[language].crossValidated,
  });
  const byPredicate = (language: ModelLanguage) => models.byLanguage[language].parameters.byPredicate;
  return {
    text: `${JSON.stringify(fileFromModels(models, { en: trainedOn("en"), ru: trainedOn("ru"), zh: trainedOn("zh") }))}\n`,
    articles: articles.length,
    goldFacts,
    reachable,
    threshold: options.threshold,
    keepRules: options.keepRules,
    byPredicate: { en: byPredicate("en"), ru: byPredicate("ru"), zh: byPredicate("zh") },
    reports,
  };
}
