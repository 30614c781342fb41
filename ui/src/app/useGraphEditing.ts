// The graph edits a user can undo: expand (all or one relationship type), find paths, hide, drag. Each one
// changes the drawn graph and the result's graph together and is recorded in ../state/edit-history.ts.
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { ReviewFilter } from "../../../queries/review-contract.js";
import type { Subgraph } from "../../../graph/schema/index.js";
import { api } from "../api/client.js";
import { describeEdit, newItems, NO_EDITS, recordEdit, redoEdit, undoEdit, type EditHistory, type GraphEdit, type Point } from "../state/edit-history.js";
import { isControlResult } from "../state/hierarchy-layout.js";
import { mergeIntoRenderGraph, mergeSubgraphs, type RenderGraph } from "../state/render-graph.js";
import type { CanvasAction, CanvasState } from "../state/selection.js";
import type { LayoutMode } from "../canvas/controllers/LayoutController.js";
import type { ResultView } from "./result-view.js";
// One limit for expanding and for repeating expansions when a scene opens, so a reopened scene draws the same neighbours.
import { EXPAND_LIMIT } from "./open-scene.js";


const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface GraphEditingDeps {
  renderGraph: RenderGraph | null;
  view: ResultView | null;
  canvas: CanvasState;
  dispatch: Dispatch<CanvasAction>;
  setView: Dispatch<SetStateAction<ResultView | null>>;
  setAddedIds: Dispatch<SetStateAction<ReadonlySet<string>>>;
  setMore: Dispatch<SetStateAction<Map<string, number>>>;
  setNotice: (notice: string | undefined) => void;
  setLayout: (mode: LayoutMode) => void;
  relayout: () => void;
  /** Expansion sees the same reviewed facts as the run it grows. */
  reviews: ReviewFilter;
}

export interface GraphEditing {
  expand: (node: string, types?: readonly string[]) => Promise<void>;
  findPaths: (from: string, to: string) => Promise<void>;
  hide: (ids: readonly string[]) => void;
  moved: (id: string, from: Point, to: Point) => void;
  undo: () => void;
  redo: () => void;
  /** Tooltips for the Undo and Redo buttons; undefined when there is nothing to undo or redo. */
  undoLabel: string | undefined;
  redoLabel: string | undefined;
}

export function useGraphEditing(deps: GraphEditingDeps): GraphEditing {
  const [history, setHistory] = useState<EditHistory>(NO_EDITS);
  // Undo reads the latest graph and view; a stale closure would reverse an edit onto an old result.
  const live = useRef(deps);
  live.current = deps;
  const historyRef = useRef(history);
  historyRef.current = history;

  // A new result starts a new history: the old edits name nodes that are no longer drawn.
  useEffect(() => setHistory(NO_EDITS), [deps.renderGraph]);

  const record = useCallback((edit: GraphEdit) => setHistory((h) => recordEdit(h, edit)), []);

  /** Adds `found` to the drawing and the result; returns what was new. */
  const grow = useCallback((found: Subgraph, around: string | undefined): { nodes: string[]; edges: string[] } | null => {
    const { renderGraph, view, setView, setAddedIds, setLayout, relayout } = live.current;
    if (!renderGraph || !view) return null;
    const added = newItems(view.graph, found);
    mergeIntoRenderGraph(renderGraph, found, around);
    setAddedIds((ids) => new Set([...ids, ...added.nodes]));
    setView((v) => (v ? { ...v, graph: mergeSubgraphs(v.graph, found) } : v));
    // Layers suit a chain of stakes; once growing has brought in mostly other relationships (mentions,
    // places, supplies) they pile into wide bands that label spreading can only stretch flat.
    const drawn = renderGraph.mapEdges((_e, a, source, target) => ({ source, target, type: a.relType }));
    if (!isControlResult(drawn)) setLayout("force");
    relayout();
    return added;
  }, []);

  const expand = useCallback(async (node: string, types?: readonly string[]) => {
    const { renderGraph, view, setMore, setNotice, dispatch } = live.current;
    if (!renderGraph || !view) return;
    try {
      const found = await api.neighbourhood(node, EXPAND_LIMIT, types, live.current.reviews);
      const before = live.current.view?.graph ?? view.graph;
      const added = grow(found, node);
      if (!added) return;
      const shown = found.nodes.filter((n) => n.id !== node).length;
      const left = found.truncated ? Math.max(0, found.total - shown) : 0;
      if (!types) setMore((m) => new Map(m).set(node, left));
      const what = types ? ` through ${types.join(", ")}` : "";
      setNotice(added.nodes.length === 0 ? `No new neighbours${what}.` : `Added ${added.nodes.length} neighbour${added.nodes.length === 1 ? "" : "s"}${what}${left > 0 ? `, +${left} more not shown` : ""}.`);
      dispatch({ type: "select", selection: { kind: "node", id: node } });
      if (added.nodes.length + added.edges.length > 0) record({ kind: "grow", label: `expand${what}`, around: node, found, addedNodes: added.nodes, addedEdges: added.edges, before });
    } catch (error) {
      setNotice(message(error));
    }
  }, [grow, record]);

  const findPaths = useCallback(async (from: string, to: string) => {
    const { view, setNotice, dispatch } = live.current;
    if (!view) return;
    try {
      const found = await api.paths(from, to);
      if (found.paths === 0) { setNotice("No path of up to 6 relationships joins these two nodes."); return; }
      const before = live.current.view?.graph ?? view.graph;
      const added = grow(found, from);
      if (!added) return;
      setNotice(`${found.paths} shortest path${found.paths === 1 ? "" : "s"}: added ${added.nodes.length} node${added.nodes.length === 1 ? "" : "s"} and ${added.edges.length} relationship${added.edges.length === 1 ? "" : "s"}.`);
      dispatch({ type: "set-marked", ids: found.nodes.map((n) => n.id) });
      if (added.nodes.length + added.edges.length > 0) record({ kind: "grow", label: "find paths", around: from, found, addedNodes: added.nodes, addedEdges: added.edges, before });
    } catch (error) {
      setNotice(message(error));
    }
  }, [grow, record]);

  const hide = useCallback((ids: readonly string[]) => {
    const { canvas, dispatch } = live.current;
    const fresh = ids.filter((id) => !canvas.hidden.has(id));
    if (fresh.length === 0) return;
    dispatch({ type: "set-hidden", ids: fresh, hidden: true });
    record({ kind: "hide", ids: fresh });
  }, [record]);

  const moved = useCallback((id: string, from: Point, to: Point) => {
    const { canvas, dispatch } = live.current;
    record({ kind: "move", id, from, to, wasPinned: canvas.pinned.has(id) });
    // Dropped where the user put it: the layout leaves pinned nodes alone.
    dispatch({ type: "set-pinned", id, pinned: true });
  }, [record]);

  const apply = useCallback((edit: GraphEdit, direction: "undo" | "redo") => {
    const { renderGraph, dispatch, setView, setAddedIds } = live.current;
    if (!renderGraph) return;
    switch (edit.kind) {
      case "grow":
        if (direction === "undo") {
          for (const id of edit.addedEdges) if (renderGraph.hasEdge(id)) renderGraph.dropEdge(id);
          for (const id of edit.addedNodes) if (renderGraph.hasNode(id)) renderGraph.dropNode(id);
          const gone = new Set(edit.addedNodes);
          setAddedIds((ids) => new Set([...ids].filter((id) => !gone.has(id))));
          setView((v) => (v ? { ...v, graph: edit.before } : v));
          dispatch({ type: "set-marked", ids: [] });
        } else {
          grow(edit.found, edit.around);
        }
        return;
      case "hide":
        dispatch({ type: "set-hidden", ids: edit.ids, hidden: direction === "redo" });
        return;
      case "move": {
        const at = direction === "undo" ? edit.from : edit.to;
        if (renderGraph.hasNode(edit.id)) renderGraph.mergeNodeAttributes(edit.id, at);
        dispatch({ type: "set-pinned", id: edit.id, pinned: direction === "redo" || edit.wasPinned });
      }
    }
  }, [grow]);

  const undo = useCallback(() => {
    const step = undoEdit(historyRef.current);
    if (!step) return;
    setHistory(step.history);
    apply(step.edit, "undo");
    live.current.setNotice(`Undone: ${describeEdit(step.edit)}.`);
  }, [apply]);

  const redo = useCallback(() => {
    const step = redoEdit(historyRef.current);
    if (!step) return;
    setHistory(step.history);
    apply(step.edit, "redo");
    live.current.setNotice(`Redone: ${describeEdit(step.edit)}.`);
  }, [apply]);

  const last = history.past[history.past.length - 1];
  const next = history.future[0];
  return { expand, findPaths, hide, moved, undo, redo, undoLabel: last && describeEdit(last), redoLabel: next && describeEdit(next) };
}
