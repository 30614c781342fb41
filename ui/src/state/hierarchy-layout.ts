// A layered layout for ownership: owners above, what they own below. Layers come from the longest path
// along control edges (so an indirect owner sits above its holding), orders within a layer from the
// barycentre of the layer above (one sweep, enough for chains and small trees).
export const CONTROL_TYPES = new Set(["OWNS", "OPERATES", "INVESTS_IN"]);

export interface LayeredEdge {
  source: string;
  target: string;
  type: string;
}

export interface Point {
  x: number;
  y: number;
}

export function layers(nodes: readonly string[], edges: readonly LayeredEdge[]): Map<string, number> {
  const parents = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) if (CONTROL_TYPES.has(e.type) && e.source !== e.target) parents.get(e.target)?.push(e.source);
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (node: string): number => {
    const known = layer.get(node);
    if (known !== undefined) return known;
    // A cross-holding cycle would recurse forever; a node met again on its own path counts as a root.
    if (visiting.has(node)) return 0;
    visiting.add(node);
    let d = 0;
    for (const p of parents.get(node) ?? []) d = Math.max(d, depth(p) + 1);
    visiting.delete(node);
    layer.set(node, d);
    return d;
  };
  for (const n of nodes) depth(n);
  return layer;
}

// Labels run to the right of their node and are wider than a layer is tall, hence the wider x gap; a
// layer with more nodes than fit side by side wraps into staggered rows within its band.
export const LAYOUT_GAP = { x: 7, y: 3 };
// Three per row: at four, long company names ran into each other in a ~620 px canvas.
export const MAX_PER_ROW = 3;

export function hierarchyLayout(nodes: readonly string[], edges: readonly LayeredEdge[], gap = LAYOUT_GAP, maxPerRow = MAX_PER_ROW): Map<string, Point> {
  const layerOf = layers(nodes, edges);
  // Nodes no control edge touches (the documents, countries and elements an expansion brings in) would all
  // be roots and crowd the owners' layer; they get a band of their own below the chain.
  const inChain = new Set(edges.filter((e) => CONTROL_TYPES.has(e.type)).flatMap((e) => [e.source, e.target]));
  const contextLayer = inChain.size === 0 ? 0 : Math.max(0, ...[...inChain].map((n) => layerOf.get(n) ?? 0)) + 1;
  const byLayer = new Map<number, string[]>();
  for (const n of nodes) {
    const l = inChain.size === 0 || inChain.has(n) ? (layerOf.get(n) ?? 0) : contextLayer;
    const list = byLayer.get(l);
    if (list) list.push(n);
    else byLayer.set(l, [n]);
  }
  const positions = new Map<string, Point>();
  const parentsOf = new Map<string, string[]>();
  for (const e of edges) if (CONTROL_TYPES.has(e.type)) parentsOf.set(e.target, [...(parentsOf.get(e.target) ?? []), e.source]);
  let top = 0;
  for (const l of [...byLayer.keys()].sort((a, b) => a - b)) {
    const members = byLayer.get(l) ?? [];
    const barycentre = (n: string): number => {
      const xs = (parentsOf.get(n) ?? []).flatMap((p) => { const at = positions.get(p); return at ? [at.x] : []; });
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.POSITIVE_INFINITY;
    };
    members.sort((a, b) => barycentre(a) - barycentre(b) || a.localeCompare(b));
    const rows = Math.ceil(members.length / maxPerRow);
    // Neighbours in barycentre order alternate rows, so each row keeps a full gap between its labels.
    const step = gap.x / rows;
    const rowGap = gap.y / 2;
    members.forEach((n, i) => {
      // Sigma's y axis points up, so deeper layers get smaller y and sit lower on screen.
      positions.set(n, { x: (i - (members.length - 1) / 2) * step, y: top - (i % rows) * rowGap });
    });
    top -= gap.y + (rows - 1) * rowGap;
  }
  return positions;
}

/** Whether a result is mostly about control, so the layered layout suits it better than a force layout. */
export function isControlResult(edges: readonly LayeredEdge[]): boolean {
  if (edges.length === 0) return false;
  const control = edges.filter((e) => CONTROL_TYPES.has(e.type)).length;
  return control / edges.length >= 0.5;
}
