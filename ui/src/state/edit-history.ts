// Undo and redo of what the user did to the drawn graph: growing it (expand, paths), hiding nodes, dragging
// them. Each edit carries what it takes to reverse and to repeat it; applying one is the caller's job
// (../app/useGraphEditing.ts). Pure, so it is tested without React or sigma.
import type { Subgraph } from "../../../graph/schema/index.js";

export interface Point {
  x: number;
  y: number;
}

export type GraphEdit =
  /** Nodes and edges brought in from the store; `before` is the result's graph as it was. */
  | { kind: "grow"; label: string; around: string | undefined; found: Subgraph; addedNodes: string[]; addedEdges: string[]; before: Subgraph }
  | { kind: "hide"; ids: string[] }
  | { kind: "move"; id: string; from: Point; to: Point; wasPinned: boolean };

export interface EditHistory {
  past: readonly GraphEdit[];
  future: readonly GraphEdit[];
}

export const NO_EDITS: EditHistory = { past: [], future: [] };

// Enough to walk back an afternoon's exploring; older steps are dropped so memory stays bounded.
export const MAX_EDITS = 100;

/** A new edit ends any redo branch, as in every editor. */
export function recordEdit(history: EditHistory, edit: GraphEdit): EditHistory {
  return { past: [...history.past, edit].slice(-MAX_EDITS), future: [] };
}

/** The edit to reverse and the history after reversing it, or null when there is nothing to undo. */
export function undoEdit(history: EditHistory): { edit: GraphEdit; history: EditHistory } | null {
  const edit = history.past[history.past.length - 1];
  if (!edit) return null;
  return { edit, history: { past: history.past.slice(0, -1), future: [edit, ...history.future] } };
}

export function redoEdit(history: EditHistory): { edit: GraphEdit; history: EditHistory } | null {
  const [edit, ...rest] = history.future;
  if (!edit) return null;
  return { edit, history: { past: [...history.past, edit], future: rest } };
}

/** What an edit did, in the words of an Undo button's tooltip. */
export function describeEdit(edit: GraphEdit): string {
  switch (edit.kind) {
    case "grow":
      return edit.label;
    case "hide":
      return `hide ${edit.ids.length} node${edit.ids.length === 1 ? "" : "s"}`;
    case "move":
      return "move a node";
  }
}

/** The ids of `addition` that `graph` does not hold yet: what merging it will add, and undoing remove. */
export function newItems(graph: Subgraph, addition: Subgraph): { nodes: string[]; edges: string[] } {
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  return {
    nodes: [...new Set(addition.nodes.map((n) => n.id))].filter((id) => !nodes.has(id)),
    edges: [...new Set(addition.edges.map((e) => e.id))].filter((id) => !edges.has(id)),
  };
}
