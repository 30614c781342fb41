/** Case, accents and punctuation ignored, so "Lovozersky GOK" equals "lovozersky-gok" and "Ловозерский ГОК". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** What an entity can be called, in this order: its name, its aliases, its id slug ("dy" for element:dy). */
export function labelsOf(entity: { id: string; name: string; aliases: readonly string[] }): string[] {
  const slug = entity.id.slice(entity.id.indexOf(":") + 1);
  return [entity.name, ...entity.aliases, slug];
}
