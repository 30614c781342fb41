// Opening a scene: run its question again against the store, expand the same nodes in the same order, and
// put every node back where the scene had it. The data comes from the store, not the file, so a scene
// opened after new loads shows today's facts in yesterday's arrangement; nodes the scene never placed are
// reported so the caller can lay them out.
import type { InvestigationSummary } from "../../../queries/contract.js";
import { api } from "../api/client.js";
import { initialValues, toRequestParams } from "../state/param-form.js";
import { buildRenderGraph, mergeIntoRenderGraph, mergeSubgraphs, type RenderGraph } from "../state/render-graph.js";
import { SceneError, type Scene } from "../state/scene.js";
import type { ResultView } from "./result-view.js";

export const EXPAND_LIMIT = 25;

export interface OpenedScene {
  view: ResultView;
  graph: RenderGraph;
  /** Per expanded node, how many neighbours the capped expansion left out. */
  more: Map<string, number>;
  added: Set<string>;
  /** Drawn nodes the scene has no position for (new data, or a link without positions). */
  unplaced: string[];
}

async function runSource(scene: Scene, investigations: readonly InvestigationSummary[]): Promise<ResultView> {
  const source = scene.source;
  if (source.kind === "cypher") return { ...(await api.cypher(source.query)), source };
  const investigation = investigations.find((i) => i.id === source.id);
  if (!investigation) throw new SceneError(`scene: it asks investigation "${source.id}", which this server does not have. Open it on the Ytterby it was saved from.`);
  const form = initialValues(investigation.params, source.params);
  const { params, errors } = toRequestParams(investigation.params, form);
  const first = Object.entries(errors)[0];
  if (first) throw new SceneError(`scene: parameter ${first[0]}: ${first[1]}`);
  const result = await api.run(investigation.id, params);
  return { ...result, source: { kind: "investigation", id: investigation.id, title: investigation.title, params: result.params, form } };
}

export async function openSceneGraph(scene: Scene, investigations: readonly InvestigationSummary[]): Promise<OpenedScene> {
  let view = await runSource(scene, investigations);
  const graph = buildRenderGraph(view.graph);
  const more = new Map<string, number>();
  const added = new Set<string>();
  for (const node of scene.expanded) {
    // A node the store no longer returns cannot be expanded; the rest of the scene still opens.
    if (!graph.hasNode(node)) continue;
    const found = await api.neighbourhood(node, EXPAND_LIMIT);
    for (const id of mergeIntoRenderGraph(graph, found, node)) added.add(id);
    view = { ...view, graph: mergeSubgraphs(view.graph, found) };
    const shown = found.nodes.filter((n) => n.id !== node).length;
    more.set(node, found.truncated ? Math.max(0, found.total - shown) : 0);
  }
  const unplaced: string[] = [];
  graph.forEachNode((id) => {
    const at = scene.positions[id];
    if (at) graph.mergeNodeAttributes(id, { x: at[0], y: at[1] });
    else unplaced.push(id);
  });
  return { view, graph, more, added, unplaced };
}
