export interface EntityCandidate {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface EntityMatch extends EntityCandidate {
  /** The name or alias that matched. */
  matched: string;
  score: number;
}

/** Case, accents and punctuation ignored, so "Lovozersky GOK" equals "lovozersky-gok" and "Ловозерский ГОК". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** What an entity can be called: its name, aliases and id slug ("dy" for element:dy). */
export function labelsOf(candidate: EntityCandidate): string[] {
  const slug = candidate.id.slice(candidate.id.indexOf(":") + 1);
  return [candidate.name, ...candidate.aliases, slug];
}
