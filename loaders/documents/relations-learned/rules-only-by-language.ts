import type { Language, Predicate } from "../types.js";

/**
 * Predicates whose readings only the rules give in a language, beside RULES_ONLY (weak-predicates.ts) for all. The
 * model's own HAS_RESERVES readings were right 0 times in 5 of English and Russian news-train, cross-validated (5
 * folds, `cv-false-positives.ts` on 7a43be3): "hosts 80% of the world's reserves" is a share, "gold resources"
 * name a by-product, and the rules read the reserve statements gold has. Chinese is left to its own helpers'
 * measurements.
 */
const RULES_ONLY_IN: Partial<Record<Language, ReadonlySet<Predicate>>> = {
  en: new Set<Predicate>(["HAS_RESERVES"]),
  ru: new Set<Predicate>(["HAS_RESERVES"]),
};

export function rulesOnlyIn(language: Language, predicate: Predicate): boolean {
  return RULES_ONLY_IN[language]?.has(predicate) ?? false;
}
