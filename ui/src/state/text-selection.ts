// A selection in the document viewer as offsets into the document text: the viewer's text element holds the
// text and nothing else, so the characters before a point in it are exactly its offset.
import type { Span } from "./text-segments.js";

/** The span without the white space at its ends (a dragged sentence often takes the line break after it). */
export function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  if (start > end) [start, end] = [end, start];
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : undefined;
}

/** The offset of a DOM point (node, offset) inside `container`, counted in characters of its text. */
export function offsetIn(container: Node, node: Node, offset: number): number {
  const range = container.ownerDocument?.createRange();
  if (!range) return 0;
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The current selection as a trimmed span of `text`, if it lies wholly inside `container`. */
export function selectedSpan(container: HTMLElement, text: string): Span | undefined {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  return trimSpan(text, { start: offsetIn(container, range.startContainer, range.startOffset), end: offsetIn(container, range.endContainer, range.endOffset) });
}
