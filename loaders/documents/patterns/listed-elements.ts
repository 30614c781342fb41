import type { SentenceFrame } from "../sentence-frame.js";

/** Elements named one after another: "nickel, copper and cobalt", "ниобия, тантала и бериллия", "镍、钴". */
const ELEMENT_NEXT = /^(?:\s*,\s*|\s*,?\s+(?:and|or|и|или)\s+|、|和|及|与)⟦e(\d+)⟧/u;

/** The elements listed right after slot `first`, before slot `limit`, other than the first's element. */
export function elementsListedAfter(frame: SentenceFrame, first: number, limit: number): number[] {
  const found: number[] = [];
  const firstId = frame.entity(first)?.entity.id;
  let at = frame.slotEnd(first);
  for (let m = ELEMENT_NEXT.exec(frame.template.slice(at)); m; m = ELEMENT_NEXT.exec(frame.template.slice(at))) {
    const slot = Number(m[1]);
    const entity = frame.entity(slot)?.entity;
    if (slot >= limit || entity?.kind !== "Element") break;
    if (entity.id !== firstId) found.push(slot);
    at += m[0].length;
  }
  return found;
}
