// The view on screen as a Scene: what was asked, what the user did to the drawn graph since, and how it looks.
import type { CameraState } from "sigma/types";
import type { ResultFilters } from "../state/filters.js";
import type { GraphStyle } from "../state/graph-style.js";
import type { RenderGraph } from "../state/render-graph.js";
import { roundPositions, SCENE_FORMAT, SCENE_VERSION, type Scene } from "../state/scene.js";
import type { CanvasState } from "../state/selection.js";
import type { ResultView } from "./result-view.js";

export interface ViewState {
  view: ResultView;
  graph: RenderGraph;
  canvas: CanvasState;
  expanded: Iterable<string>;
  filters: ResultFilters;
  style: GraphStyle;
  layout: Scene["layout"];
  camera?: CameraState;
}

export function captureScene({ view, graph, canvas, expanded, filters, style, layout, camera }: ViewState): Scene {
  const source: Scene["source"] =
    view.source.kind === "cypher"
      ? { kind: "cypher", query: view.source.query }
      : { kind: "investigation", id: view.source.id, params: view.source.form ?? Object.fromEntries(Object.entries(view.source.params).map(([k, v]) => [k, String(v)])) };
  return {
    format: SCENE_FORMAT,
    version: SCENE_VERSION,
    ...(view.source.kind === "investigation" ? { title: view.source.title } : {}),
    source,
    expanded: [...expanded],
    hidden: [...canvas.hidden],
    pinned: [...canvas.pinned],
    positions: roundPositions(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as [string, { x: number; y: number }])),
    layout,
    filters: {
      hiddenTypes: [...filters.hiddenTypes],
      ...(filters.yearFrom !== undefined ? { yearFrom: filters.yearFrom } : {}),
      ...(filters.yearTo !== undefined ? { yearTo: filters.yearTo } : {}),
      minConfidence: filters.minConfidence,
    },
    style,
    selection: canvas.selection,
    ...(camera ? { camera: { x: camera.x, y: camera.y, ratio: camera.ratio, angle: camera.angle } } : {}),
  };
}

export function filtersOfScene(scene: Scene): ResultFilters {
  return {
    hiddenTypes: new Set(scene.filters.hiddenTypes),
    minConfidence: scene.filters.minConfidence,
    ...(scene.filters.yearFrom !== undefined ? { yearFrom: scene.filters.yearFrom } : {}),
    ...(scene.filters.yearTo !== undefined ? { yearTo: scene.filters.yearTo } : {}),
  };
}
