// Leaving out crowded labels: larger nodes keep their names, no two kept labels share a pixel.
import { describe, expect, it } from "vitest";
import { crowdedLabels } from "../../ui/src/state/label-declutter.js";

const box = (id: string, x: number, y: number, text = 80) => ({ id, x, y, left: 5, right: 8 + text, halfHeight: 9 });

describe("crowded labels", () => {
  it("keeps the larger node's label where two collide, and every label that collides with none", () => {
    const boxes = [box("leaf", 40, 4), box("hub", 0, 0), box("far", 0, 200)];
    expect(crowdedLabels(boxes, new Map([["hub", 20], ["leaf", 5], ["far", 1]]))).toEqual(new Set(["leaf"]));
    expect(crowdedLabels(boxes, new Map([["hub", 5], ["leaf", 20], ["far", 1]]))).toEqual(new Set(["hub"]));
  });

  it("keeps labels in a row a line apart", () => {
    const rows = [box("a", 0, 0), box("b", 0, 20), box("c", 0, 40)];
    expect(crowdedLabels(rows, new Map())).toEqual(new Set());
  });
});
