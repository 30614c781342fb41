// The explorer's pure state functions, tested without React, sigma or a browser.
import { describe, expect, it } from "vitest";
import type { Subgraph } from "../../graph/schema/index.js";
import type { ParamDescriptor } from "../../queries/contract.js";
import { edgeFigure, edgeLabel, edgeYear, figureContext } from "../../ui/src/state/edge-label.js";
import { applyFilters, filterDomain, NO_FILTERS } from "../../ui/src/state/filters.js";
import { hierarchyLayout, isControlResult, LAYOUT_GAP, layers, MAX_PER_ROW } from "../../ui/src/state/hierarchy-layout.js";
import { toGraphML, toResultJson } from "../../ui/src/state/exporters.js";
import { measureValues, scaleSizes } from "../../ui/src/state/measures.js";
import { parallelCurvatures, siblingEdges } from "../../ui/src/state/parallel-edges.js";
import { initialValues, paramLabel, toRequestParams } from "../../ui/src/state/param-form.js";
import { buildRenderGraph, EDGE_LABELS_PER_NODE, LABEL_ALL_UP_TO, LABEL_MAX_CHARS, mergeIntoRenderGraph, mergeSubgraphs, NOT_CURRENT_EDGE, shortLabel, typicalEdgeLength } from "../../ui/src/state/render-graph.js";
import { storeLine } from "../../ui/src/app/store-line.js";
import { clutter, separateLabelBoxes, type LabelBox } from "../../ui/src/state/label-boxes.js";
import { compareFigures, figureVerdict } from "../../ui/src/state/compare-figures.js";
import { displayText } from "../../ui/src/state/display-text.js";
import { canvasReducer, EMPTY_CANVAS } from "../../ui/src/state/selection.js";
import { nextSort, rowNode, sortRows, toCsv } from "../../ui/src/state/table.js";
import { textRuns } from "../../ui/src/state/text-segments.js";
import { decodeView, encodeView } from "../../ui/src/state/url-state.js";

const node = (id: string, kind = "Actor", name = id) => ({ id, kind, name, properties: {} });
const edge = (id: string, source: string, target: string, properties: Record<string, unknown> = {}, type = "OWNS") => ({ id, type, source, target, properties });

// Shenghe → MP Materials carries three conflicting OWNS figures in the reference data.
const mp: Subgraph = {
  nodes: [node("actor:shenghe"), node("actor:mp"), node("asset:mountain-pass", "Asset")],
  edges: [
    edge("owns:a", "actor:shenghe", "actor:mp", { share: 8, confidence: 0.75 }),
    edge("owns:b", "actor:shenghe", "actor:mp", { share: 7.7, since: "2020-12-31", confidence: 1 }),
    edge("owns:c", "actor:shenghe", "actor:mp", { confidence: 0.4 }),
    edge("owns:d", "actor:mp", "asset:mountain-pass", { year: 2017 }),
  ],
};

describe("display text", () => {
  it.each([
    [270000, undefined, "270,000"],
    [2024, undefined, "2024"],
    [1, "confidence", "100%"],
    [0.8, "confidence", "80%"],
    [74.97, "share", "74.97%"],
    ["RUB", "currency", "RUB"],
    [true, "imported", "yes"],
    [false, "over25", "no"],
  ] as const)("%j (%s) → %s", (value, key, text) => expect(displayText(value, key)).toBe(text));
});

describe("edge labels", () => {
  it.each([
    [{ share: 89.5 }, "89.5%"],
    [{ amount: 1200, unit: "t" }, "1,200 t"],
    [{ amount: 3.14159 }, "3.14"],
    [{ amount: 3_600_000_000, currency: "RUB" }, "RUB 3.6B"],
    [{ amount: 400_000_000, currency: "USD", year: 2025 }, "USD 400M"],
    [{ amount: 5_000_000, currency: "yuan" }, "5M yuan"],
    [{}, undefined],
  ])("%j → %s", (properties, figure) => expect(edgeFigure(properties)).toBe(figure));

  it("falls back to the relationship type", () => expect(edgeLabel("HAS_RESERVES", {})).toBe("has reserves"));
  it("reads the year from year, since or a date", () => {
    expect(edgeYear({ year: 2024 })).toBe(2024);
    expect(edgeYear({ since: "2023-04-23" })).toBe(2023);
    expect(edgeYear({})).toBeUndefined();
  });
});

describe("parallel edges", () => {
  it("curves every edge of a parallel group and leaves lone edges straight", () => {
    const c = parallelCurvatures(mp.edges);
    expect(c.get("owns:d")).toBe(0);
    const group = ["owns:a", "owns:b", "owns:c"].map((id) => c.get(id));
    expect(new Set(group).size).toBe(3);
    expect(group[0]).toBe(-(group[2] ?? 0));
  });

  it("bends edges in opposite directions consistently on screen", () => {
    const c = parallelCurvatures([edge("x", "a", "b"), edge("y", "b", "a")]);
    // Same sign after normalising direction means they bow apart rather than overlapping.
    expect(c.get("x")).toBe(c.get("y"));
    expect(c.get("x")).not.toBe(0);
  });

  it("finds the conflicting siblings of a fact", () => {
    const [first] = mp.edges;
    if (!first) throw new Error("fixture");
    expect(siblingEdges(mp.edges, first).map((e) => e.id)).toEqual(["owns:a", "owns:b", "owns:c"]);
  });
});

describe("conflicting figures", () => {
  it("puts the figures in one row and marks the rows where they differ", () => {
    const rows = compareFigures(mp.edges.slice(0, 3));
    expect(rows.map((r) => r.key)).toEqual(["figure", "since", "confidence"]);
    expect(rows[0]).toEqual({ key: "figure", cells: ["8%", "7.7%", "no figure"], differs: true });
    expect(rows[1]?.cells).toEqual(["", "2020-12-31", ""]);
    expect(rows[2]?.cells).toEqual(["75%", "100%", "40%"]);
  });

  it("tells a disagreement from a series over periods or editions", () => {
    expect(figureVerdict(mp.edges.slice(0, 3))).toEqual({ kind: "disagree", differsBy: [], unquantified: 1 });
    // The issue's US ← China rare earths: two USGS editions' shares for different periods, and an article's
    // claim with no figure.
    const imports = [
      edge("i1", "us", "cn", { share: 70, period: "2020-23", edition: "MCS 2025" }, "IMPORTS_FROM"),
      edge("i2", "us", "cn", { share: 71, period: "2021-24", edition: "MCS 2026" }, "IMPORTS_FROM"),
      edge("i3", "us", "cn", {}, "IMPORTS_FROM"),
    ];
    expect(figureVerdict(imports)).toEqual({ kind: "series", differsBy: ["period", "edition"], unquantified: 1 });
    expect(figureVerdict([edge("a", "x", "y", { share: 5 }), edge("b", "x", "y", { share: 5, year: 2024 })]).kind).toBe("agree");
    expect(figureVerdict([edge("a", "x", "y", { amount: 1, unit: "t", year: 2024, edition: "MCS 2026" }), edge("b", "x", "y", { amount: 2, unit: "t", year: 2024, edition: "MCS 2026" })]).kind).toBe("disagree");
  });

  it("does not mark a row all figures agree on", () => {
    const same = [edge("x", "a", "b", { share: 5, status: "reported" }), edge("y", "a", "b", { share: 6, status: "reported" })];
    expect(compareFigures(same).find((r) => r.key === "status")).toEqual({ key: "status", cells: ["reported", "reported"], differs: false });
    // An entity's id in a property reads as its name, where the graph has it.
    const ree = [edge("j1", "us", "cn", { share: 70, element: "element:ree" }, "IMPORTS_FROM"), edge("j2", "us", "cn", { share: 71, element: "element:ree" }, "IMPORTS_FROM")];
    expect(compareFigures(ree, new Map([["element:ree", "Rare earth elements"]])).find((r) => r.key === "element")?.cells).toEqual(["Rare earth elements", "Rare earth elements"]);
  });
});

describe("render graph", () => {
  it("keeps parallel edges as separate curved edges with kind styles", () => {
    const graph = buildRenderGraph(mp);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(4);
    expect(graph.getEdgeAttribute("owns:a", "type")).toBe("curved");
    expect(graph.getEdgeAttribute("owns:d", "type")).toBe("arrow");
    expect(graph.getEdgeAttribute("owns:b", "label")).toBe("7.7%");
    expect(graph.getNodeAttribute("asset:mountain-pass", "type")).toBe("square");
  });

  it("merges an expansion without moving what is drawn", () => {
    const graph = buildRenderGraph(mp);
    const before = graph.getNodeAttributes("actor:mp");
    const added = mergeIntoRenderGraph(graph, { nodes: [node("actor:mp"), node("actor:x")], edges: [edge("owns:e", "actor:x", "actor:mp")] }, "actor:mp");
    expect(added).toEqual(["actor:x"]);
    expect(graph.getNodeAttributes("actor:mp").x).toBe(before.x);
    expect(mergeSubgraphs(mp, { nodes: [node("actor:x")], edges: [] }).nodes).toHaveLength(4);
  });

  it("starts new neighbours on a ring one typical edge length around the expanded node", () => {
    const graph = buildRenderGraph(mp);
    // A layout in ForceAtlas2's units: neighbours a few hundred apart.
    graph.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x * 100, y: a.y * 100 }));
    const radius = typicalEdgeLength(graph);
    expect(radius).toBeGreaterThan(50);
    const centre = graph.getNodeAttributes("actor:mp");
    const added = mergeIntoRenderGraph(graph, { nodes: [node("a"), node("b"), node("c")], edges: [edge("e1", "a", "actor:mp"), edge("e2", "b", "actor:mp"), edge("e3", "c", "actor:mp")] }, "actor:mp");
    const points = added.map((id) => graph.getNodeAttributes(id));
    for (const p of points) expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeCloseTo(radius);
    expect(Math.hypot((points[0]?.x ?? 0) - (points[1]?.x ?? 0), (points[0]?.y ?? 0) - (points[1]?.y ?? 0))).toBeGreaterThan(radius);
  });

  it("labels every node of a small graph and leaves a large one to sigma's label grid", () => {
    expect(buildRenderGraph(mp).everyNode((_n, a) => a.forceLabel === true)).toBe(true);
    const many = Array.from({ length: LABEL_ALL_UP_TO + 1 }, (_, i) => node(`actor:${i}`));
    const large = buildRenderGraph({ nodes: many.slice(0, LABEL_ALL_UP_TO), edges: [] });
    expect(large.everyNode((_n, a) => a.forceLabel === true)).toBe(true);
    mergeIntoRenderGraph(large, { nodes: many.slice(LABEL_ALL_UP_TO), edges: [] });
    expect(large.someNode((_n, a) => a.forceLabel === true)).toBe(false);
  });

  it("shortens long names at a word on the canvas and keeps the whole name for hover", () => {
    const name = "China's medium and heavy rare earth export controls (April 2025)";
    const graph = buildRenderGraph({ nodes: [node("policy:x", "Policy", name), node("a", "Actor", "Rosatom")], edges: [] });
    expect(graph.getNodeAttribute("policy:x", "label")).toBe("China's medium and heavy rare…");
    expect(graph.getNodeAttribute("policy:x", "fullLabel")).toBe(name);
    expect(graph.getNodeAttribute("a", "label")).toBe("Rosatom");
    expect(shortLabel("x".repeat(40))).toHaveLength(LABEL_MAX_CHARS);
  });

  it("quiets figure labels piled at a hub but keeps ownership shares", () => {
    const producers = Array.from({ length: EDGE_LABELS_PER_NODE + 1 }, (_, i) => node(`country:${i}`, "Country"));
    const produces = producers.map((p, i) => edge(`p${i}`, p.id, "element:ree", { amount: 1000 }, "PRODUCES"));
    const owns = edge("o", "actor:a", "element:ree", { share: 50 });
    const graph = buildRenderGraph({ nodes: [...producers, node("element:ree", "Element"), node("actor:a")], edges: [...produces, owns] });
    expect(graph.getEdgeAttribute("p0", "quietLabel")).toBe(true);
    expect(graph.getEdgeAttribute("o", "quietLabel")).toBe(false);
    const sparse = buildRenderGraph({ nodes: [...producers, node("element:ree", "Element")], edges: produces.slice(0, EDGE_LABELS_PER_NODE) });
    expect(sparse.someEdge((_e, a) => a.quietLabel === true)).toBe(false);
  });

  it("sizes by degree within a readable range", () => {
    const graph = buildRenderGraph(mp);
    const values = measureValues(graph, "degree");
    expect(values.get("actor:mp")).toBe(4);
    const sizes = scaleSizes(values);
    expect(Math.max(...sizes.values())).toBe(18);
    expect(Math.min(...sizes.values())).toBe(6);
  });
});

describe("hierarchy layout", () => {
  const chain = [edge("1", "rosatom", "fin"), edge("2", "fin", "lovozero")];

  it("puts owners above what they own", () => {
    const at = hierarchyLayout(["lovozero", "fin", "rosatom"], chain);
    expect((at.get("rosatom")?.y ?? 0) > (at.get("fin")?.y ?? 0)).toBe(true);
    expect((at.get("fin")?.y ?? 0) > (at.get("lovozero")?.y ?? 0)).toBe(true);
  });

  it("wraps a wide layer into rows that keep a full gap between neighbours and stay above the next layer", () => {
    const owners = Array.from({ length: 8 }, (_, i) => `owner${i}`);
    const at = hierarchyLayout([...owners, "asset"], owners.map((o, i) => edge(String(i), o, "asset")));
    const rows = new Map<number, number[]>();
    for (const o of owners) {
      const p = at.get(o);
      if (!p) throw new Error(o);
      rows.set(p.y, [...(rows.get(p.y) ?? []), p.x]);
    }
    expect(rows.size).toBe(Math.ceil(owners.length / MAX_PER_ROW));
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeCloseTo(LAYOUT_GAP.x);
    }
    const lowestOwner = Math.min(...rows.keys());
    expect(lowestOwner - (at.get("asset")?.y ?? 0)).toBeCloseTo(LAYOUT_GAP.y);
  });

  it("puts nodes outside the ownership chain in a band below it, not among the owners", () => {
    const at = hierarchyLayout(["lovozero", "fin", "rosatom", "russia", "doc"], [...chain, edge("3", "rosatom", "russia", {}, "LOCATED_IN"), edge("4", "doc", "rosatom", {}, "MENTIONS")]);
    const y = (n: string) => at.get(n)?.y ?? Number.NaN;
    expect(y("russia")).toBe(y("doc"));
    expect(y("russia")).toBeLessThan(y("lovozero"));
    expect(y("rosatom")).toBeGreaterThan(y("fin"));
  });

  it("survives cross-holdings (cycles)", () => {
    expect(layers(["a", "b"], [edge("1", "a", "b"), edge("2", "b", "a")]).size).toBe(2);
  });

  it("is chosen only for results that are mostly about control", () => {
    expect(isControlResult(chain)).toBe(true);
    expect(isControlResult([edge("1", "a", "b", {}, "PRODUCES")])).toBe(false);
  });
});

describe("ended and planned facts", () => {
  it("say so in their label and are drawn pale", () => {
    expect(edgeLabel("OWNS", { share: 75, status: "historical", until: "2023-04-23" })).toBe("75% · ended 2023");
    expect(edgeLabel("OWNS", { share: 15, status: "planned" })).toBe("15% · planned");
    expect(edgeLabel("OWNS", { share: 74.97, status: "reported" })).toBe("74.97%");
    const graph = buildRenderGraph({ nodes: [node("a"), node("b"), node("c")], edges: [edge("old", "a", "b", { share: 75, status: "historical" }), edge("now", "c", "b", { share: 74.97, status: "reported" })] });
    expect(graph.getEdgeAttribute("old", "color")).toBe(NOT_CURRENT_EDGE);
    expect(graph.getEdgeAttribute("now", "color")).not.toBe(NOT_CURRENT_EDGE);
    expect(graph.getEdgeAttribute("old", "size")).toBeLessThan(graph.getEdgeAttribute("now", "size"));
  });
});

describe("figure context", () => {
  it("names the edition, product and period a bare table figure comes from", () => {
    expect(figureContext({ share: 71, edition: "MCS 2026", product: "Rare-earth compounds and metals", period: "2021-24" })).toBe("MCS 2026 · Rare-earth compounds and metals · 2021-24");
    expect(figureContext({ amount: 270000, edition: "MCS 2025", stage: "mined", year: 2024 })).toBe("MCS 2025 · mined · 2024");
    expect(figureContext({ share: 8 })).toBe("");
  });
});

describe("table rows", () => {
  it("focus the node a row is about, not the entity every row shares", () => {
    const rows = [
      { entity: { id: "actor:rosatom", name: "Rosatom" }, neighbour: { id: "actor:fin", name: "Fin" }, neighbourId: "actor:fin" },
      { entity: { id: "actor:rosatom", name: "Rosatom" }, neighbour: { id: "country:ru", name: "Russia" }, neighbourId: "country:ru" },
    ];
    const drawn = new Set(["actor:rosatom", "actor:fin", "country:ru"]);
    expect(rowNode(rows[1] ?? {}, rows, drawn)).toBe("country:ru");
    expect(rowNode({ owner: "actor:fin" }, [{ owner: "actor:fin" }], drawn)).toBe("actor:fin");
    expect(rowNode({ owner: "actor:nowhere" }, [], drawn)).toBeUndefined();
  });
});

describe("filters", () => {
  it("hides types, low confidence and out-of-range years, keeping undated facts", () => {
    const outcome = applyFilters(mp, { hiddenTypes: new Set(), minConfidence: 0.5, yearFrom: 2018 });
    expect([...outcome.visibleEdges].sort()).toEqual(["owns:a", "owns:b"]);
    expect(applyFilters(mp, NO_FILTERS).visibleEdges.size).toBe(4);
    expect(applyFilters(mp, { ...NO_FILTERS, hiddenTypes: new Set(["OWNS"]) }).visibleNodes.size).toBe(0);
  });

  it("offers the result's types and year span", () => {
    expect(filterDomain(mp)).toEqual({ types: ["OWNS"], yearMin: 2017, yearMax: 2020 });
  });
});

describe("parameter form", () => {
  const params: ParamDescriptor[] = [
    { name: "asset", type: "entity", kinds: ["Asset", "Actor"], optional: false, description: "asset", example: "Lovozero GOK" },
    { name: "maxDepth", type: "integer", min: 1, max: 8, default: 8, description: "depth" },
    { name: "includeHistorical", type: "boolean", default: false, description: "h" },
  ];

  it("starts from examples and defaults, and lets a link override them", () => {
    expect(initialValues(params)).toEqual({ asset: "Lovozero GOK", maxDepth: "8", includeHistorical: "false" });
    expect(initialValues(params, { asset: "Mountain Pass" }).asset).toBe("Mountain Pass");
  });

  it("types values and points at the field that is wrong", () => {
    expect(toRequestParams(params, { asset: "Lovozero GOK", maxDepth: "3", includeHistorical: "true" })).toEqual({ params: { asset: "Lovozero GOK", maxDepth: 3, includeHistorical: true }, errors: {} });
    const bad = toRequestParams(params, { asset: "", maxDepth: "0", includeHistorical: "false" });
    expect(Object.keys(bad.errors).sort()).toEqual(["asset", "maxDepth"]);
    expect(bad.errors["maxDepth"]).toBe("Max depth: 0 is outside 1–8.");
  });

  it.each([["maxDepth", "Max depth"], ["asset", "Asset"], ["countryB", "Country B"], ["minShare", "Min share"], ["year", "Year"], ["toYear", "To year"], ["a", "A"]])("labels %s as %s", (name, label) => {
    expect(paramLabel(name)).toBe(label);
  });
});

describe("url state", () => {
  it("round-trips an investigation and a query", () => {
    const view = { kind: "investigation" as const, id: "ultimate-owners", params: { asset: "Lovozero GOK", maxDepth: "8" } };
    expect(encodeView(view)).toBe("?investigation=ultimate-owners&asset=Lovozero+GOK&maxDepth=8");
    expect(decodeView(encodeView(view))).toEqual(view);
    expect(decodeView(encodeView({ kind: "cypher", query: "MATCH (n) RETURN n" }))).toEqual({ kind: "cypher", query: "MATCH (n) RETURN n" });
    expect(decodeView("")).toEqual({ kind: "home" });
  });
});

describe("table", () => {
  const rows = [{ owner: "Rosatom", stake: 74.97 }, { owner: "(not traced)", stake: null }, { owner: "Fin-Proyekt", stake: 100 }];
  it("sorts numbers numerically with blanks last", () => {
    expect(sortRows(rows, { column: "stake", direction: "desc" }).map((r) => r.stake)).toEqual([100, 74.97, null]);
    expect(nextSort({ column: "stake", direction: "asc" }, "stake").direction).toBe("desc");
  });
  it("writes CSV with quoting", () => {
    expect(toCsv(["owner", "stake"], [{ owner: 'A, "B"', stake: 1 }])).toBe('owner,stake\r\n"A, ""B""",1\r\n');
  });
});

describe("document text runs", () => {
  it("splits at mentions and the quote, innermost mention winning", () => {
    const text = "Rosatom owns SMZ.";
    const runs = textRuns(text, [{ start: 0, end: 7, entityId: "actor:rosatom", kind: "Actor" }, { start: 13, end: 16, entityId: "asset:smz", kind: "Asset" }], { start: 8, end: 16 });
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.filter((r) => r.quoted).map((r) => r.text).join("")).toBe("owns SMZ");
    expect(runs.find((r) => r.text === "SMZ")).toMatchObject({ entityId: "asset:smz", quoted: true });
  });
});

describe("canvas state", () => {
  it("hiding the selected node clears the selection; pins toggle", () => {
    let state = canvasReducer(EMPTY_CANVAS, { type: "select", selection: { kind: "node", id: "a" } });
    state = canvasReducer(state, { type: "toggle-hidden", id: "a" });
    expect(state.selection).toBeNull();
    state = canvasReducer(state, { type: "toggle-pinned", id: "b" });
    expect(state.pinned.has("b")).toBe(true);
    expect(canvasReducer(state, { type: "show-all" }).hidden.size).toBe(0);
  });
});

describe("exports", () => {
  it("writes GraphML with typed keys and one edge per parallel figure", () => {
    const xml = toGraphML(mp);
    expect(xml.match(/<edge /g)).toHaveLength(4);
    expect(xml).toContain('attr.name="share" attr.type="double"');
  });
  it("writes versioned JSON", () => {
    const json = JSON.parse(toResultJson({ columns: [], rows: [], graph: mp, investigation: "ultimate-owners", params: {}, summary: "s" })) as { version: number; graph: Subgraph };
    expect(json.version).toBe(1);
    expect(json.graph.edges).toHaveLength(4);
  });
});

describe("label boxes", () => {
  const box = (id: string, x: number, y: number, fixed = false): LabelBox => ({ id, x, y, left: 5, right: 100, halfHeight: 9, fixed });
  const overlaps = (a: LabelBox, b: LabelBox) => a.x - a.left < b.x + b.right && b.x - b.left < a.x + a.right && Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight;
  const place = (boxes: LabelBox[], moved: Map<string, { x: number; y: number }>) => boxes.map((b) => ({ ...b, ...moved.get(b.id) }));

  it("stacks colliding labels apart and leaves separate ones where they are", () => {
    const boxes = [box("a", 0, 0), box("b", 20, 4), box("c", 20, 8), box("far", 500, 500)];
    const moved = separateLabelBoxes(boxes, "both");
    expect(moved.has("far")).toBe(false);
    const placed = place(boxes, moved);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
  });

  it("pushes labels apart along the line between their nodes, not always up or down", () => {
    // Side by side, a little apart vertically: separating them sideways keeps the picture as wide as it was.
    const moved = separateLabelBoxes([box("a", 0, 0), box("b", 60, 6)], "both");
    const a = moved.get("a");
    const b = moved.get("b");
    expect(a && b && Math.abs(b.x - a.x)).toBeGreaterThan(100);
    expect(a && b && Math.abs(b.y - a.y)).toBeLessThan(20);
  });

  it("scores clutter: overlapping labels, and nodes on top of each other thrice", () => {
    expect(clutter([box("a", 0, 0), box("b", 500, 0)])).toBe(0);
    expect(clutter([box("a", 0, 0), box("b", 50, 0)])).toBe(1);
    expect(clutter([box("a", 0, 0), box("b", 2, 0)])).toBe(4);
  });

  it("keeps pinned nodes and rows of a hierarchy in place", () => {
    const boxes = [box("pinned", 0, 0, true), box("b", 30, 0)];
    const moved = separateLabelBoxes(boxes, "x");
    expect(moved.has("pinned")).toBe(false);
    expect(moved.get("b")).toEqual({ x: 109, y: 0 });
  });
});

describe("store line in the header", () => {
  it("counts the graph's nodes and relationships, and the evidence behind them apart, so the sum is what /api/health counts", () => {
    const health = { status: "ok", store: { kind: "embedded", dialect: "ladybug" as const }, counts: { nodes: { Actor: 50, Country: 252, Document: 9, Evidence: 960 }, relationships: { OWNS: 41, MENTIONS: 1022 } } };
    expect(storeLine(health)).toBe("embedded store · 311 nodes (+960 evidence) · 1,063 relationships");
  });
});
