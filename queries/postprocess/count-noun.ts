/** "1 route", "4 routes", "1 entity", "8 entities": summaries read as sentences, not "route(s)". */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : plural}`;
}
