import { loadKnowledgeBase } from "../documents/index.js";
import { DEFAULT_TRAINING, fileFromModel, trainRelationModel, type TrainingExample, type TrainingOptions, type TrainingReport } from "../documents/relations-learned/index.js";
import { loadEvalArticles, type EvalArticle } from "./eval-articles.js";
import { relationExamples } from "./relation-examples.js";
import { EVAL_SETS } from "./run-eval.js";

/**
 * What `npm run train` learns from: the real-news train split, the seeds and the own-written sets heldout and
 * heldout-c. news-dev and news-test are never read here, and heldout-b stays a clean held-out score.
 */
export const TRAINING_SETS = ["news-train", "seeds", "heldout", "heldout-c"] as const;

export interface TrainedWeights {
  /** The weights file's text, exactly as committed. */
  text: string;
  articles: number;
  goldFacts: number;
  reachable: number;
  threshold: number;
  keepRules: number;
  byPredicate: { thresholds: readonly number[]; keepRules: readonly number[] } | undefined;
  report: TrainingReport;
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

/**
 * Trains the relation model on the training sets and returns the weights file's text. Articles are taken set by
 * set in a fixed order and each set's files sorted, so the same tree gives the same bytes on every run.
 */
export async function trainWeights(options: TrainingOptions = DEFAULT_TRAINING): Promise<TrainedWeights> {
  const kb = await loadKnowledgeBase();
  const articles = await loadTrainingArticles();
  const examples: TrainingExample[] = [];
  let goldFacts = 0;
  let reachable = 0;
  articles.forEach(({ article }, i) => {
    const read = relationExamples(article, i, kb);
    examples.push(...read.examples);
    goldFacts += article.gold.facts.length;
    reachable += read.reached;
  });
  const { model, report } = trainRelationModel(examples, options);
  const trainedOn = {
    sets: Object.fromEntries(TRAINING_SETS.map((s) => [s, articles.filter((a) => a.set === s).length])),
    goldFacts,
    reachable,
    options,
    examples: report.examples,
    positives: report.positives,
    features: report.features,
    crossValidated: report.crossValidated,
  };
  return {
    text: `${JSON.stringify(fileFromModel(model, trainedOn))}\n`,
    articles: articles.length,
    goldFacts,
    reachable,
    threshold: model.parameters.threshold,
    keepRules: model.parameters.keepRules,
    byPredicate: model.parameters.byPredicate,
    report,
  };
}
