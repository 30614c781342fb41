// Layouts. ForceAtlas2 runs in a web worker (graphology's supervisor) so the page never freezes, and stops
// after a budget that grows with the graph; the layered layout for ownership is computed at once and animated.
import FA2Worker from "graphology-layout-forceatlas2/worker.js";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { useEffect } from "react";
import { animateNodes } from "sigma/utils";
import { hierarchyLayout } from "../../state/hierarchy-layout.js";
import { useSigma } from "../sigma-context.js";

// worker.js is CommonJS (`module.exports = Supervisor`) while its typings declare `export default`;
// bundlers hand us the class itself, TypeScript expects it under `.default`.
const FA2LayoutSupervisor = FA2Worker as unknown as typeof FA2Worker.default;

export type LayoutMode = "force" | "hierarchy";

export function layoutBudgetMs(order: number): number {
  return Math.min(8000, 1200 + order * 4);
}

export function LayoutController({ mode, runKey, onRunning }: { mode: LayoutMode; runKey: number; onRunning: (running: boolean) => void }) {
  const { sigma, graph } = useSigma();

  useEffect(() => {
    if (graph.order === 0) return;
    let live = true;
    const settle = () => sigma.getCamera().animatedReset({ duration: 300 }).then(() => { if (live) onRunning(false); });
    onRunning(true);
    if (mode === "hierarchy") {
      const nodes = graph.filterNodes((_n, a) => !a.fixed);
      const edges = graph.mapEdges((_e, a, source, target) => ({ source, target, type: a.relType }));
      const targets: Record<string, { x: number; y: number }> = {};
      for (const [n, p] of hierarchyLayout(nodes, edges)) targets[n] = p;
      const cancel = animateNodes(graph, targets, { duration: 400 }, () => void settle());
      return () => {
        live = false;
        cancel();
        onRunning(false);
      };
    }
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false, edgeWeightInfluence: 0 };
    const layout = new FA2LayoutSupervisor(graph, { settings });
    layout.start();
    const timer = window.setTimeout(() => {
      layout.stop();
      void settle();
    }, layoutBudgetMs(graph.order));
    return () => {
      live = false;
      window.clearTimeout(timer);
      layout.kill();
      onRunning(false);
    };
  }, [sigma, graph, mode, runKey, onRunning]);

  return null;
}
