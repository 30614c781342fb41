import { describe, expect, it } from "vitest";
import { crowdedLabelsOf, labelsOverlap, type DrawnLabel } from "../../ui/src/state/focus-declutter.js";

const box = (id: string, x: number, y: number, halfWidth: number, halfHeight: number, angle = 0, priority = 1): DrawnLabel => ({ id, x, y, halfWidth, halfHeight, angle, priority });

describe("labelsOverlap", () => {
  it("sees upright boxes that share pixels, and not those that only touch or stand apart", () => {
    expect(labelsOverlap(box("a", 0, 0, 10, 5), box("b", 15, 0, 10, 5))).toBe(true);
    expect(labelsOverlap(box("a", 0, 0, 10, 5), box("b", 20, 0, 10, 5))).toBe(false);
    expect(labelsOverlap(box("a", 0, 0, 10, 5), box("b", 0, 11, 10, 5))).toBe(false);
  });

  it("turns edge labels with their edge: a diagonal label misses a box its upright bounds would hit", () => {
    // A long thin label along the diagonal, and a small box in the corner of its upright bounding box.
    const diagonal = box("edge", 0, 0, 30, 3, Math.PI / 4);
    const corner = box("name", 18, -18, 4, 4);
    expect(labelsOverlap(diagonal, corner)).toBe(false);
    expect(labelsOverlap(diagonal, box("name", 10, 10, 4, 4))).toBe(true);
  });
});

describe("crowdedLabelsOf", () => {
  it("keeps the focused name, then larger neighbours, then thicker edges, leaving out whatever would overlap", () => {
    const focused = box("hub", 0, 0, 20, 6);
    const nodes = [box("small", 100, 0, 20, 6, 0, 2), box("large", 110, 4, 20, 6, 0, 9), box("underHub", 10, 2, 20, 6, 0, 50), box("alone", 0, 100, 20, 6, 0, 1)];
    const edges = [box("thin", 105, 30, 20, 4, 0, 1), box("thick", 110, 32, 20, 4, 0, 3), box("overName", 0, 98, 20, 4, 0, 99)];
    const crowded = crowdedLabelsOf({ focused, nodes, edges });
    expect([...crowded.nodes].sort()).toEqual(["small", "underHub"]);
    expect([...crowded.edges].sort()).toEqual(["overName", "thin"]);
  });

  it("keeps a figure on an edge before a name it would be drawn over, and a name before an edge's type", () => {
    const document = box("document", 0, 0, 60, 8, 0, 6);
    const share = { ...box("owns-share", 20, 4, 20, 5, 0.3, 3.5), figure: true };
    const site = box("site", 0, 100, 40, 8, 0, 6);
    const word = box("mentions", 10, 104, 20, 5, 0.3, 9);
    const crowded = crowdedLabelsOf({ nodes: [document, site], edges: [word, share] });
    expect([...crowded.nodes]).toEqual(["document"]);
    expect([...crowded.edges]).toEqual(["mentions"]);
    // The full view keeps a site's or a firm's name before the figure, and the figure before a document's title.
    const fullView = crowdedLabelsOf({ nodes: [document, site], edges: [word, share] }, { figuresBeforeNames: false });
    expect([...fullView.nodes]).toEqual([]);
    expect([...fullView.edges].sort()).toEqual(["mentions", "owns-share"]);
    const title = { ...document, minor: true };
    const withTitle = crowdedLabelsOf({ nodes: [title, site], edges: [word, share] }, { figuresBeforeNames: false });
    expect([...withTitle.nodes]).toEqual(["document"]);
    expect([...withTitle.edges]).toEqual(["mentions"]);
  });

  it("leaves nothing out when nothing overlaps, and the kept labels never overlap each other", () => {
    const nodes = Array.from({ length: 40 }, (_, i) => box(`n${i}`, Math.cos(i) * 80, Math.sin(i) * 80, 25, 6, 0, i % 7));
    const edges = Array.from({ length: 40 }, (_, i) => box(`e${i}`, Math.cos(i) * 40, Math.sin(i) * 40, 20, 4, i, i % 5));
    const crowded = crowdedLabelsOf({ focused: box("hub", 0, 0, 15, 6), nodes, edges });
    const kept = [box("hub", 0, 0, 15, 6), ...nodes.filter((n) => !crowded.nodes.has(n.id)), ...edges.filter((e) => !crowded.edges.has(e.id))];
    for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) expect(labelsOverlap(kept[i] as DrawnLabel, kept[j] as DrawnLabel), `${kept[i]?.id} over ${kept[j]?.id}`).toBe(false);
    expect(crowded.nodes.size + crowded.edges.size).toBeGreaterThan(0);
    expect(crowdedLabelsOf({ nodes: [box("a", 0, 0, 5, 5), box("b", 50, 0, 5, 5)], edges: [] }).nodes.size).toBe(0);
  });
});
