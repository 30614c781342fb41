const ASCII_ONLY = /^\p{ASCII}*$/u;

/** Case, accents and punctuation ignored, so "Lovozersky GOK" equals "lovozersky-gok" and "Ловозерский ГОК". */
export function normaliseName(text: string): string {
  // ASCII text the same, in one pass instead of three: NFKD and the accent strip change no ASCII character, and
  // once lowercased its letters and digits are [a-z0-9]. A load's name index normalises ~2M labels at 1M entities.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
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
