import { loadKnowledgeBase } from "../documents/index.js";
import { loadTrainingArticles, trainingExamples } from "./relation-training.js";

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
