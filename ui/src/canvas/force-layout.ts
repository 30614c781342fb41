// ForceAtlas2 in graphology's web-worker supervisor, so the page never waits on the layout, stopped after a
// budget that grows with the graph. Shared by the app and the benchmark's bare-sigma baseline.
import type { AbstractGraph } from "graphology-types";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Worker from "graphology-layout-forceatlas2/worker.js";

// worker.js is CommonJS (`module.exports = Supervisor`) while its typings declare `export default`;
// bundlers hand us the class itself, TypeScript expects it under `.default`.
const FA2LayoutSupervisor = FA2Worker as unknown as typeof FA2Worker.default;

export function layoutBudgetMs(order: number): number {
  return Math.min(8000, 1200 + order * 4);
}

// FA2's inferred gravity (0.05) lets a few edgeless nodes drift far off, and fit-to-view then shrinks the
// connected part of a small result into a corner; below this size a strong pull and size-aware repulsion
// keep every node near the rest without discs overlapping.
const SMALL_GRAPH = 100;

/** Runs ForceAtlas2 for its budget, then calls `done`; the returned function stops it early. */
export function runForceLayout(graph: AbstractGraph, done: () => void): () => void {
  const small = graph.order <= SMALL_GRAPH;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 500,
    adjustSizes: small,
    edgeWeightInfluence: 0,
    ...(small ? { gravity: 1, scalingRatio: 20 } : {}),
  };
  const layout = new FA2LayoutSupervisor(graph, { settings });
  // Marks let the benchmark time the layout itself, apart from the first draw before it.
  performance.mark("ytterby:layout-start");
  layout.start();
  const timer = window.setTimeout(() => {
    layout.stop();
    performance.mark("ytterby:layout-end");
    done();
  }, layoutBudgetMs(graph.order));
  return () => {
    window.clearTimeout(timer);
    layout.kill();
  };
}
