import { extractFromText, loadKnowledgeBase } from "../documents/index.js";
import { DEFAULT_TRAINING, trainLanguageModels, type TrainingOptions } from "../documents/relations-learned/index.js";
import { loadTrainingArticles, trainingExamples } from "./relation-training.js";
import { scoreDocument } from "./score.js";

/** The value after `flag` on the command line (`--folds 5` gives "5"), or undefined. */
export function flagValue(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at < 0 ? undefined : args[at + 1];
}

/**
 * What a cross-validation over news-train reads: the knowledge base, every training article with its examples,
 * and the positions of the news-train articles of the languages given, which the folds hold out in turn.
 */
export async function crossValidationSetup(languages: ReadonlySet<string>) {
  const kb = await loadKnowledgeBase();
  const articles = await loadTrainingArticles();
  const { examples } = trainingExamples(articles, kb);
  const held = articles.flatMap(({ set, article }, i) => (set === "news-train" && languages.has(article.language ?? "") ? [i] : []));
  return { kb, articles, examples, held };
}

export type CrossValidation = Awaited<ReturnType<typeof crossValidationSetup>>;

/**
 * Each fold in turn: the models trained without the fold's held-out articles (every `folds`-th of `held`), and the
 * positions of those articles in `articles`.
 */
export function* heldOutFolds(setup: CrossValidation, folds: number, options: TrainingOptions = DEFAULT_TRAINING) {
  for (let fold = 0; fold < folds; fold++) {
    const out = setup.held.filter((_, k) => k % folds === fold);
    const outSet = new Set(out);
    const { models } = trainLanguageModels(setup.examples.filter((e) => !outSet.has(e.article)), options);
    yield { models, out };
  }
}

/** Every held-out article read by the models of its fold and scored against its gold. */
export function* heldOutReadings(setup: CrossValidation, folds: number, options: TrainingOptions = DEFAULT_TRAINING) {
  for (const { models, out } of heldOutFolds(setup, folds, options)) {
    for (const i of out) {
      const { article } = setup.articles[i]!;
      const extracted = extractFromText(article, setup.kb, models);
      yield { article, language: article.language ?? "?", extracted, score: scoreDocument(article.gold, extracted), models };
    }
  }
}
