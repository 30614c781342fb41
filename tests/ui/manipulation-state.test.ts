// The pure parts of direct manipulation: the undo history, the lasso, arrow-key navigation, the canvas reducer.
import { describe, expect, it } from "vitest";
import { MAX_EDITS, newItems, NO_EDITS, recordEdit, redoEdit, undoEdit, type GraphEdit } from "../../ui/src/state/edit-history.js";
import { insidePolygon, lassoed } from "../../ui/src/state/lasso.js";
import { canvasReducer, EMPTY_CANVAS } from "../../ui/src/state/selection.js";
import { nextInDirection } from "../../ui/src/state/spatial-nav.js";

const move = (id: string): GraphEdit => ({ kind: "move", id, from: { x: 0, y: 0 }, to: { x: 1, y: 1 }, wasPinned: false });

describe("edit history", () => {
  it("undoes last-first, redoes in order, and a new edit ends the redo branch", () => {
    let h = recordEdit(recordEdit(NO_EDITS, move("a")), move("b"));
    const u1 = undoEdit(h);
    expect(u1?.edit).toEqual(move("b"));
    h = u1?.history ?? h;
    const r1 = redoEdit(h);
    expect(r1?.edit).toEqual(move("b"));
    h = undoEdit(r1?.history ?? h)?.history ?? h;
    h = recordEdit(h, { kind: "hide", ids: ["c"] });
    expect(redoEdit(h)).toBeNull();
    expect(h.past.map((e) => e.kind)).toEqual(["move", "hide"]);
    expect(undoEdit(NO_EDITS)).toBeNull();
  });

  it("keeps at most MAX_EDITS steps", () => {
    let h = NO_EDITS;
    for (let i = 0; i < MAX_EDITS + 5; i++) h = recordEdit(h, move(`n${i}`));
    expect(h.past).toHaveLength(MAX_EDITS);
    expect(h.past[0]).toEqual(move("n5"));
  });

  it("knows which nodes and edges a merge adds", () => {
    const graph = { nodes: [{ id: "a", kind: "Actor", name: "A", properties: {} }], edges: [] };
    const addition = {
      nodes: [{ id: "a", kind: "Actor", name: "A", properties: {} }, { id: "b", kind: "Actor", name: "B", properties: {} }],
      edges: [{ id: "owns:1", type: "OWNS", source: "a", target: "b", properties: {} }],
    };
    expect(newItems(graph, addition)).toEqual({ nodes: ["b"], edges: ["owns:1"] });
  });
});

describe("lasso", () => {
  const square = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }];
  it("encloses the points inside the drawn polygon only", () => {
    expect(insidePolygon({ x: 5, y: 5 }, square)).toBe(true);
    expect(insidePolygon({ x: 15, y: 5 }, square)).toBe(false);
    expect(lassoed(new Map([["in", { x: 2, y: 3 }], ["out", { x: -1, y: 3 }]]), square)).toEqual(["in"]);
    expect(lassoed(new Map([["in", { x: 2, y: 3 }]]), square.slice(0, 2))).toEqual([]);
  });
});

describe("arrow keys on the canvas", () => {
  const points = new Map([["centre", { x: 50, y: 50 }], ["east", { x: 90, y: 52 }], ["north", { x: 48, y: 10 }], ["far-east-off-axis", { x: 70, y: 95 }]]);
  it("start at the node nearest the centre, then move to the nearest node in the arrow's direction", () => {
    expect(nextInDirection(points, undefined, "right", { x: 50, y: 50 })).toBe("centre");
    expect(nextInDirection(points, "centre", "right", { x: 50, y: 50 })).toBe("east");
    expect(nextInDirection(points, "centre", "up", { x: 50, y: 50 })).toBe("north");
    expect(nextInDirection(points, "north", "up", { x: 50, y: 50 })).toBeUndefined();
  });
});

describe("canvas reducer", () => {
  it("hides and shows several nodes at once, dropping them from the selection and the multi-selection", () => {
    let state = canvasReducer(EMPTY_CANVAS, { type: "set-marked", ids: ["a", "b", "c"] });
    state = canvasReducer(state, { type: "select", selection: { kind: "node", id: "a" } });
    state = canvasReducer(state, { type: "set-hidden", ids: ["a", "b"], hidden: true });
    expect([...state.hidden]).toEqual(["a", "b"]);
    expect(state.selection).toBeNull();
    expect([...state.marked]).toEqual(["c"]);
    state = canvasReducer(state, { type: "set-hidden", ids: ["a"], hidden: false });
    expect([...state.hidden]).toEqual(["b"]);
    state = canvasReducer(canvasReducer(state, { type: "toggle-marked", id: "c" }), { type: "set-pinned", id: "d", pinned: true });
    expect(state.marked.size).toBe(0);
    expect([...state.pinned]).toEqual(["d"]);
  });
});
