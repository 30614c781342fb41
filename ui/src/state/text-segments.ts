// The document viewer's text as runs: each run knows which entity mentions cover it, whether it lies in
// the quoted span, which facts' evidence covers it and whether the analyst has selected it, so overlapping
// marks render as nested highlights without breaking the text.
export interface Span {
  start: number;
  end: number;
}

export interface TextRun {
  start: number;
  end: number;
  text: string;
  entityId?: string;
  kind?: string;
  quoted: boolean;
  /** Facts whose evidence in this document covers the run (review mode). */
  factIds?: string[];
  /** Inside the span the analyst selected for a new fact or entity. */
  selected?: true;
}

export interface ReviewMarks {
  evidence?: readonly (Span & { factId: string })[];
  selection?: Span;
}

export function textRuns(text: string, mentions: readonly (Span & { entityId: string; kind: string })[], quote?: Span, marks: ReviewMarks = {}): TextRun[] {
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  const clampSpan = <T extends Span>(s: T): T => ({ ...s, start: clamp(s.start), end: clamp(s.end) });
  const cuts = new Set<number>([0, text.length]);
  const valid = mentions.filter((m) => m.end > m.start).map(clampSpan);
  const evidence = (marks.evidence ?? []).filter((e) => e.end > e.start).map(clampSpan);
  const q = quote && quote.end > quote.start ? clampSpan(quote) : undefined;
  const chosen = marks.selection && marks.selection.end > marks.selection.start ? clampSpan(marks.selection) : undefined;
  for (const s of [...valid, ...evidence, ...(q ? [q] : []), ...(chosen ? [chosen] : [])]) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  const covers = (s: Span, start: number, end: number) => s.start <= start && s.end >= end;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    // The innermost (shortest) mention wins where mentions overlap.
    const covering = valid.filter((m) => covers(m, start, end)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const factIds = [...new Set(evidence.filter((e) => covers(e, start, end)).map((e) => e.factId))];
    runs.push({
      start,
      end,
      text: text.slice(start, end),
      ...(covering ? { entityId: covering.entityId, kind: covering.kind } : {}),
      quoted: q !== undefined && covers(q, start, end),
      ...(factIds.length > 0 ? { factIds } : {}),
      ...(chosen && covers(chosen, start, end) ? { selected: true as const } : {}),
    });
  }
  return runs;
}
