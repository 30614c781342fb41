// Conflicting figures are parallel edges between the same two nodes; each gets its own curvature so every
// figure stays visible and clickable. Edges drawn in the opposite direction bend the other way on screen,
// so the sign is normalised by the pair's canonical direction. A shallower bend sets the figures of a
// three-edge group on top of each other.
export const BASE_CURVATURE = 0.6;

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

export function parallelCurvatures(edges: readonly EdgeEnds[]): Map<string, number> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const key = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const curvatures = new Map<string, number>();
  for (const group of groups.values()) {
    const n = group.length;
    group.forEach((edge, index) => {
      if (n === 1) return curvatures.set(edge.id, 0);
      // Spread evenly in [-1, 1]; an odd group keeps one straight edge in the middle.
      const offset = (index - (n - 1) / 2) / ((n - 1) / 2);
      const sign = edge.source < edge.target ? 1 : -1;
      curvatures.set(edge.id, offset === 0 ? 0 : sign * offset * BASE_CURVATURE);
    });
  }
  return curvatures;
}

/** Sibling edges (same two endpoints, either direction, same type): the conflicting figures for a fact. */
export function siblingEdges<E extends EdgeEnds & { type: string }>(edges: readonly E[], edge: E): E[] {
  return edges.filter(
    (e) => e.type === edge.type && ((e.source === edge.source && e.target === edge.target) || (e.source === edge.target && e.target === edge.source)),
  );
}
