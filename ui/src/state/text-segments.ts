// The document viewer's text as runs: each run knows which entity mentions cover it and whether it lies in
// the quoted span, so overlapping marks render as nested highlights without breaking the text.
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
}

export function textRuns(text: string, mentions: readonly (Span & { entityId: string; kind: string })[], quote?: Span): TextRun[] {
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length]);
  const valid = mentions.filter((m) => m.end > m.start).map((m) => ({ ...m, start: clamp(m.start), end: clamp(m.end) }));
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const q = quote && quote.end > quote.start ? { start: clamp(quote.start), end: clamp(quote.end) } : undefined;
  if (q) { cuts.add(q.start); cuts.add(q.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    // The innermost (shortest) mention wins where mentions overlap.
    const covering = valid.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    runs.push({
      start,
      end,
      text: text.slice(start, end),
      ...(covering ? { entityId: covering.entityId, kind: covering.kind } : {}),
      quoted: q !== undefined && q.start <= start && q.end >= end,
    });
  }
  return runs;
}
