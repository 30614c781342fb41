// Sigma settings shared by the app's canvas and the benchmark's bare-sigma baseline, so the two draw alike.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { drawSquareNodeHover, drawSquareNodeLabel, NodeSquareProgram } from "@sigma/node-square";
import { createNodeCompoundProgram, drawDiscNodeHover, drawDiscNodeLabel, EdgeArrowProgram, NodeCircleProgram } from "sigma/rendering";
import type { Attributes } from "graphology-types";
import type { RenderEdge, RenderNode } from "../state/render-graph.js";
import { hoverLabelInside, labelInside } from "./hover-label-inside.js";

// Edge events make sigma draw every edge a second time into a picking buffer. Past this many edges that
// doubles the cost of each frame for clicks nobody aims on such a hairball; edges stay selectable from the
// inspector's list of a node's relationships.
export const EDGE_EVENTS_UP_TO = 10_000;

// The square program brings its own label and hover drawing, which sigma prefers to the default ones.
const SquareProgram = createNodeCompoundProgram<RenderNode, RenderEdge>([NodeSquareProgram], labelInside<RenderNode, RenderEdge, Attributes>(drawSquareNodeLabel), hoverLabelInside<RenderNode, RenderEdge, Attributes>(drawSquareNodeHover));

export const SIGMA_SETTINGS = {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  allowInvalidContainer: true,
  defaultNodeType: "circle",
  defaultEdgeType: "arrow",
  // Sigma draws one program's nodes after another's, in this order, and sorts by zIndex only within a program:
  // a faded square would cover a focused circle. Focus draws its nodes with the "-front" programs, last.
  nodeProgramClasses: { circle: NodeCircleProgram, square: SquareProgram, "circle-front": NodeCircleProgram, "square-front": SquareProgram },
  defaultDrawNodeLabel: labelInside<RenderNode, RenderEdge, Attributes>(drawDiscNodeLabel),
  defaultDrawNodeHover: hoverLabelInside<RenderNode, RenderEdge, Attributes>(drawDiscNodeHover),
  edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
  labelFont: "Inter, system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif",
  labelSize: 13,
  labelWeight: "500",
  edgeLabelSize: 11,
  edgeLabelColor: { color: "#333" },
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 5,
  // Highlighting raises the focus above faded nodes; sigma only sorts while z-indices differ.
  zIndex: true,
  minEdgeThickness: 1,
};

export function sigmaSettingsFor(edgeCount: number): typeof SIGMA_SETTINGS {
  return { ...SIGMA_SETTINGS, enableEdgeEvents: edgeCount <= EDGE_EVENTS_UP_TO };
}
