// Table headings in words: result columns are named for code and CSV files (`over25`, `ownerId`), not for
// a reader. Id columns are left out of the table (kept in the CSV): the name beside them says the same.

const KNOWN: Record<string, string> = {
  over25: "≥ 25%",
  over50: "≥ 50%",
  effectiveStake: "Effective stake %",
  importShare: "Import share %",
  share: "Share %",
  conflictingClaims: "Conflicting claims",
  hhi: "HHI",
};

export function isIdColumn(column: string): boolean {
  return /^(id|fact|.+Ids?)$/.test(column);
}

export function columnLabel(column: string): string {
  const known = KNOWN[column];
  if (known) return known;
  const words = column.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The alias a search hit matched, when it tells the reader something the name does not: not the id's slug. */
export function shownAlias(hit: { id: string; name: string; matched: string }): string | undefined {
  const plain = (s: string) => s.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const slug = hit.id.slice(hit.id.indexOf(":") + 1);
  if (hit.matched === hit.id || plain(hit.matched) === plain(slug) || plain(hit.matched) === plain(hit.name)) return undefined;
  return hit.matched;
}
