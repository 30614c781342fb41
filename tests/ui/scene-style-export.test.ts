// Scenes, style rules and export files as pure functions: no browser, no React.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { Subgraph } from "../../graph/schema/index.js";
import { captureScene } from "../../ui/src/app/capture-scene.js";
import { applyStyle } from "../../ui/src/state/apply-style.js";
import { GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE, toGexf } from "../../ui/src/state/gexf.js";
import { defaultStyleFor, edgeStyle, nodeWeights, DEFAULT_STYLE } from "../../ui/src/state/graph-style.js";
import { legendModel } from "../../ui/src/state/legend-model.js";
import { layoutPicture, wrapText } from "../../ui/src/state/picture.js";
import { buildRenderGraph } from "../../ui/src/state/render-graph.js";
import { compressScene, decompressScene, LINK_MAX_CHARS, sceneHash, sceneInHash } from "../../ui/src/state/scene-link.js";
import { parseScene, SceneError, serializeScene, type Scene } from "../../ui/src/state/scene.js";
import { EMPTY_CANVAS } from "../../ui/src/state/selection.js";
import { NO_FILTERS } from "../../ui/src/state/filters.js";

const MP: Subgraph = {
  nodes: [
    { id: "actor:us-dod", kind: "Actor", name: "US Department of Defense", properties: {} },
    { id: "actor:shenghe", kind: "Actor", name: "Shenghe Resources", properties: {} },
    { id: "actor:mp-materials", kind: "Actor", name: "MP Materials", properties: {} },
    { id: "asset:mountain-pass", kind: "Asset", name: "Mountain Pass", properties: {} },
  ],
  edges: [
    { id: "owns:dod", type: "OWNS", source: "actor:us-dod", target: "actor:mp-materials", properties: { share: 15, status: "planned", confidence: 1 } },
    { id: "owns:shenghe", type: "OWNS", source: "actor:shenghe", target: "actor:mp-materials", properties: { share: 8, status: "reported", confidence: 0.7 } },
    { id: "owns:mp", type: "OWNS", source: "actor:mp-materials", target: "asset:mountain-pass", properties: { status: "reported" } },
  ],
};

function scene(overrides: Partial<Scene> = {}): Scene {
  const view = { columns: [], rows: [], truncated: false, graph: MP, source: { kind: "investigation" as const, id: "ultimate-owners", title: "Ultimate owners of an asset", params: { asset: "asset:mountain-pass" }, form: { asset: "Mountain Pass", maxDepth: "8" } } };
  const graph = buildRenderGraph(MP);
  return {
    ...captureScene({ view, graph, canvas: { ...EMPTY_CANVAS, hidden: new Set(["actor:shenghe"]), selection: { kind: "node", id: "actor:mp-materials" } }, expanded: ["actor:mp-materials"], filters: { ...NO_FILTERS, hiddenTypes: new Set(["LOCATED_IN"]) }, style: DEFAULT_STYLE, layout: "hierarchy", camera: { x: 0.4, y: 0.6, ratio: 1.2, angle: 0 } }),
    ...overrides,
  };
}

describe("scene files", () => {
  it("round-trip: what is saved is what opens, positions to a hundredth of a layout unit", () => {
    const saved = scene();
    const opened = parseScene(serializeScene(saved));
    expect(opened).toEqual(saved);
    expect(opened).toMatchObject({ version: 1, source: { kind: "investigation", id: "ultimate-owners", params: { asset: "Mountain Pass", maxDepth: "8" } }, hidden: ["actor:shenghe"], expanded: ["actor:mp-materials"], layout: "hierarchy" });
    for (const [x, y] of Object.values(opened.positions)) {
      expect(Math.round(x * 100)).toBeCloseTo(x * 100, 6);
      expect(Math.round(y * 100)).toBeCloseTo(y * 100, 6);
    }
  });

  it.each([
    ["not JSON", "{", /not JSON/],
    ["an array", "[]", /not a scene/],
    ["a result export", JSON.stringify({ format: "ytterby-result", version: 1 }), /not a Ytterby scene.*result export/],
    ["no version", JSON.stringify({ format: "ytterby-scene" }), /has no version number/],
    ["a newer version", JSON.stringify({ format: "ytterby-scene", version: 2 }), /scene version 2 was written by a newer Ytterby.*Update Ytterby/],
    ["a version older than any", JSON.stringify({ format: "ytterby-scene", version: 0 }), /scene version 0 is too old/],
    ["a damaged field", JSON.stringify({ ...JSON.parse(serializeScene(scene())), camera: { x: 0, y: 0, ratio: -1, angle: 0 } }), /field "camera.ratio"/],
  ])("refuses %s with a message that says what to do", (_what, text, message) => {
    expect(() => parseScene(text, "x.json")).toThrow(SceneError);
    expect(() => parseScene(text, "x.json")).toThrow(message);
  });
});

describe("scene links", () => {
  it("compress into the hash and back to the same scene", async () => {
    const saved = scene();
    const { hash, positions } = await sceneHash(saved);
    expect(positions).toBe(true);
    expect(hash).toMatch(/^#scene=[A-Za-z0-9_-]+$/);
    const packed = sceneInHash(hash);
    if (!packed) throw new Error("no scene in the hash");
    expect(await decompressScene(packed)).toEqual(saved);
    // Compression pays: the link is shorter than the JSON it carries.
    expect(packed.length).toBeLessThan(JSON.stringify(saved).length);
  });

  it("drop positions and camera when the scene is too large for a link", async () => {
    const positions: Scene["positions"] = {};
    for (let i = 0; i < 600; i++) positions[`actor:company-number-${i}-${(i * 7919) % 1000}`] = [Math.sin(i) * 431.27, Math.cos(i * 3) * 287.91];
    const big = scene({ positions });
    expect((await compressScene(big)).length).toBeGreaterThan(LINK_MAX_CHARS);
    const { hash, positions: kept } = await sceneHash(big);
    expect(kept).toBe(false);
    const opened = await decompressScene(sceneInHash(hash) ?? "");
    expect(opened.positions).toEqual({});
    expect(opened.camera).toBeUndefined();
    expect(opened.hidden).toEqual(big.hidden);
  });

  it("a damaged link says so", async () => {
    await expect(decompressScene("AAAA")).rejects.toThrow(/damaged/);
  });
});

describe("style by meaning", () => {
  it("edge width follows the share; planned edges are pale and thinner", () => {
    const dod = MP.edges[0];
    const shenghe = MP.edges[1];
    const unstated = MP.edges[2];
    if (!dod || !shenghe || !unstated) throw new Error("fixture");
    const current = edgeStyle(shenghe, DEFAULT_STYLE);
    const planned = edgeStyle(dod, DEFAULT_STYLE);
    expect(current.size).toBeCloseTo(1 + 0.08 * 9, 6);
    expect(planned.size).toBeCloseTo((1 + 0.15 * 9) * 0.6, 6);
    expect(planned.color).not.toBe(current.color);
    expect(edgeStyle(unstated, DEFAULT_STYLE).size).toBe(1.5);
    expect(edgeStyle(shenghe, { ...DEFAULT_STYLE, edgeColor: "confidence" }).color).toBe("#56B4E9");
    expect(edgeStyle(unstated, { ...DEFAULT_STYLE, edgeColor: "confidence" }).color).toBe("#9E9E9E");
    expect(edgeStyle(shenghe, { ...DEFAULT_STYLE, edgeColor: "source" }, new Map([["owns:shenghe", "registry"]])).color).toBe("#0072B2");
  });

  it("node size: owned share counts current stakes only; production and import share read their figures", () => {
    expect(nodeWeights(MP, "owned share").get("actor:us-dod")).toBe(0);
    expect(nodeWeights(MP, "owned share").get("actor:shenghe")).toBe(8);
    const trade: Subgraph = {
      nodes: [{ id: "country:us", kind: "Country", name: "United States", properties: {} }, { id: "country:be", kind: "Country", name: "Belgium", properties: {} }, { id: "country:cn", kind: "Country", name: "China", properties: {} }, { id: "element:ge", kind: "Element", name: "Germanium", properties: {} }],
      edges: [
        { id: "i1", type: "IMPORTS_FROM", source: "country:us", target: "country:be", properties: { share: 41 } },
        { id: "i2", type: "IMPORTS_FROM", source: "country:us", target: "country:cn", properties: { share: 23 } },
        { id: "p1", type: "PRODUCES", source: "country:cn", target: "element:ge", properties: { amount: 600, year: 2024 } },
        { id: "p2", type: "PRODUCES", source: "country:cn", target: "element:ge", properties: { amount: 580, year: 2023 } },
      ],
    };
    expect(Object.fromEntries(nodeWeights(trade, "import share"))).toEqual({ "country:us": 0, "country:be": 41, "country:cn": 23, "element:ge": 0 });
    expect(nodeWeights(trade, "production").get("country:cn")).toBe(600);
    const graph = buildRenderGraph(trade);
    applyStyle(graph, trade, { ...DEFAULT_STYLE, nodeSize: "import share" });
    expect(graph.getNodeAttribute("country:be", "size")).toBeGreaterThan(graph.getNodeAttribute("country:cn", "size"));
    expect(graph.getNodeAttribute("country:cn", "size")).toBeGreaterThan(graph.getNodeAttribute("country:us", "size"));
  });

  it("each kind of question starts with the style that answers it", () => {
    expect(defaultStyleFor("ownership").nodeSize).toBe("owned share");
    expect(defaultStyleFor("dependency").nodeSize).toBe("import share");
    expect(defaultStyleFor("market").nodeSize).toBe("production");
    expect(defaultStyleFor("explore")).toEqual(DEFAULT_STYLE);
  });

  it("the legend names only what is drawn, and says what planned looks like", () => {
    const legend = legendModel(MP, DEFAULT_STYLE);
    expect(legend.nodes.map((n) => n.label)).toEqual(["Actor", "Asset"]);
    expect(legend.edgeColours.map((s) => s.label)).toEqual(["owns"]);
    expect(legend.time.map((s) => s.label)).toEqual(["planned (pale, thin)"]);
    expect(legend.width).toMatch(/share/);
    const byConfidence = legendModel(MP, { ...DEFAULT_STYLE, edgeColor: "confidence" });
    expect(byConfidence.edgeColours.map((s) => s.label)).toEqual(["confidence ≥ 0.9", "0.7 – 0.9", "no confidence"]);
  });
});

describe("exports", () => {
  it("GEXF declares the GEXF 1.2 viz namespace and puts colour, size and position in it for every node", () => {
    const graph = buildRenderGraph(MP);
    applyStyle(graph, MP, DEFAULT_STYLE);
    const text = toGexf(MP, graph);
    expect(text).not.toContain("http:///");
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const root = doc.documentElement;
    if (!root) throw new Error("no root");
    expect(root.namespaceURI).toBe(GEXF_NAMESPACE);
    expect(root.getAttribute("version")).toBe("1.2");
    expect(root.getAttribute("xmlns:viz")).toBe(GEXF_VIZ_NAMESPACE);
    const nodes = Array.from(doc.getElementsByTagNameNS(GEXF_NAMESPACE, "node"));
    expect(nodes).toHaveLength(4);
    for (const node of nodes) {
      const id = node.getAttribute("id") ?? "";
      const at = graph.getNodeAttributes(id);
      const [color] = Array.from(node.getElementsByTagNameNS(GEXF_VIZ_NAMESPACE, "color"));
      const [position] = Array.from(node.getElementsByTagNameNS(GEXF_VIZ_NAMESPACE, "position"));
      const [size] = Array.from(node.getElementsByTagNameNS(GEXF_VIZ_NAMESPACE, "size"));
      // Gephi's 1.2 reader takes r, g and b as 0–255 integers.
      const hex = at.color.replace("#", "");
      expect([color?.getAttribute("r"), color?.getAttribute("g"), color?.getAttribute("b")].map(Number)).toEqual([0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)));
      expect(Number(position?.getAttribute("x"))).toBeCloseTo(at.x, 6);
      expect(Number(position?.getAttribute("y"))).toBeCloseTo(-at.y, 6);
      expect(Number(size?.getAttribute("value"))).toBeCloseTo(at.size, 6);
    }
    const edges = Array.from(doc.getElementsByTagNameNS(GEXF_NAMESPACE, "edge"));
    expect(edges.every((e) => e.getElementsByTagNameNS(GEXF_VIZ_NAMESPACE, "thickness").length === 1)).toBe(true);
  });

  it("a picture frames the graph with its title above and legend and source below", () => {
    const measure = (text: string) => text.length * 7;
    const layout = layoutPicture({ title: "Ultimate owners of an asset", subtitle: "MP Materials owns Mountain Pass.", legend: legendModel(MP, DEFAULT_STYLE), source: "Source: Ytterby knowledge graph · ultimate-owners" }, 600, 400, measure);
    const texts = layout.items.flatMap((i) => (i.kind === "text" ? [{ text: i.text, y: i.y }] : []));
    const title = texts.find((t) => t.text === "Ultimate owners of an asset");
    const source = texts.find((t) => t.text.startsWith("Source:"));
    expect(title?.y).toBeLessThan(layout.graph.y);
    expect(source?.y).toBeGreaterThan(layout.graph.y + layout.graph.height);
    expect(texts.some((t) => t.text === "planned (pale, thin)" && t.y > layout.graph.y + layout.graph.height)).toBe(true);
    expect(layout.height).toBeGreaterThan((source?.y ?? 0));
    expect(wrapText("one two three four five six", 10 * 7, "", measure, 2)).toEqual(["one two", "three fou…"]);
  });
});
