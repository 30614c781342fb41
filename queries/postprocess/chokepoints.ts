import { kindOfId } from "../../graph/index.js";
import type { PostProcessor, Row } from "./types.js";
import { countNoun } from "./count-noun.js";

interface Route {
  nodes: Map<string, string>;
}

function routeOf(row: Row): Route {
  const nodes = new Map<string, string>();
  const ids = (row.ids as string[] | null) ?? [];
  const names = (row.names as string[] | null) ?? [];
  ids.forEach((id, i) => nodes.set(id, names[i] ?? id));
  // Whoever owns or operates an asset on the route can stop it as surely as the asset itself.
  const controllers = (row.controllerIds as string[] | null) ?? [];
  const controllerNames = (row.controllerNames as string[] | null) ?? [];
  controllers.forEach((id, i) => nodes.set(id, controllerNames[i] ?? id));
  return { nodes };
}

/** Nodes on every route from the country to the element: removing any one of them cuts all routes. */
export const chokepoints: PostProcessor = ({ rows, entities }) => {
  const routes = rows.map(routeOf);
  const start = entities.country?.id;
  const counts = new Map<string, { name: string; through: number }>();
  for (const route of routes) {
    for (const [id, name] of route.nodes) {
      const entry = counts.get(id) ?? { name, through: 0 };
      entry.through += 1;
      counts.set(id, entry);
    }
  }
  const candidates = [...counts].filter(([id]) => id !== start && (kindOfId(id) === "Country" || kindOfId(id) === "Actor"));
  const cuts = candidates.filter(([, c]) => c.through === routes.length);
  const out = candidates
    .map(([id, c]) => ({ node: c.name, nodeId: id, kind: kindOfId(id) ?? "", routesThrough: c.through, routes: routes.length, chokepoint: c.through === routes.length }))
    .sort((a, b) => Number(b.chokepoint) - Number(a.chokepoint) || b.routesThrough - a.routesThrough || a.node.localeCompare(b.node));
  const country = entities.country?.name ?? "the country";
  const element = entities.element?.name ?? "the element";
  const summary =
    routes.length === 0
      ? `No route from ${country} to ${element} is recorded.`
      : cuts.length === 0
        ? `No single country or actor cuts all ${countNoun(routes.length, "route")} from ${country} to ${element}.`
        : `Removing any of ${cuts.map(([, c]) => c.name).join(", ")} cuts all ${countNoun(routes.length, "route")} from ${country} to ${element}.`;
  return { columns: ["node", "nodeId", "kind", "routesThrough", "routes", "chokepoint"], rows: out, summary };
};
