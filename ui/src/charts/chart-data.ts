// Which picture answers an investigation's question, and the data each picture draws, taken from the
// result's rows. Pure: no Plot, no DOM, so it is tested on its own.
import { edgeFigure } from "../state/edge-label.js";

export type ChartKind = "bars" | "timeline" | "routes";

/** The chart an investigation's answer reads best as; the graph stays one click away. */
export function chartFor(investigationId: string | undefined): ChartKind | undefined {
  if (investigationId === "concentration") return "bars";
  if (investigationId === "timeline") return "timeline";
  if (investigationId === "dependency-paths") return "routes";
  return undefined;
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

export interface ConcentrationBars {
  bars: Array<{ rank: number; country: string; countryId: string; share: number; amount: number }>;
  hhi: number | undefined;
  top3: number | undefined;
  unit: string;
  edition: string;
}

/** A concentration row is a country's when it has a rank; the HHI and top-3 rows are measures of them all. */
export const isCountryRow = (row: Record<string, unknown>): boolean => num(row["rank"]) !== undefined;

export function concentrationBars(rows: readonly Record<string, unknown>[]): ConcentrationBars {
  const countries = rows.filter(isCountryRow);
  const measure = (name: string, column: string) => num(rows.find((r) => r["country"] === name)?.[column]);
  return {
    bars: countries.map((r) => ({ rank: num(r["rank"]) ?? 0, country: text(r["country"]), countryId: text(r["countryId"]), share: num(r["share"]) ?? 0, amount: num(r["amount"]) ?? 0 })),
    hhi: measure("HHI", "amount"),
    top3: measure("Top-3 share", "share"),
    unit: text(countries[0]?.["unit"]),
    edition: text(countries[0]?.["edition"]),
  };
}

// US DOJ/FTC Merger Guidelines (2023), as the concentration investigation's summary uses them.
export function hhiLevel(hhi: number): string {
  return hhi > 1800 ? "highly concentrated" : hhi >= 1000 ? "moderately concentrated" : "unconcentrated";
}

export interface TimelineEvent {
  /** Noon UTC on the first day the date names: "2023" is 2023-01-01, "2023-05" is 2023-05-01. */
  at: Date;
  date: string;
  event: string;
  other: string;
  otherId: string;
  detail: string;
  /** Ended, planned and other not-current events are drawn apart from current ones. */
  status: string;
}

export function parseEventDate(date: string): Date | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return undefined;
  const [, y, m, d] = match;
  return new Date(Date.UTC(Number(y), Number(m ?? "1") - 1, Number(d ?? "1"), 12));
}

export function timelineEvents(rows: readonly Record<string, unknown>[]): TimelineEvent[] {
  return rows.flatMap((r) => {
    const date = text(r["date"]);
    const at = parseEventDate(date);
    return at ? [{ at, date, event: text(r["event"]), other: text(r["other"]), otherId: text(r["otherId"]), detail: text(r["detail"]), status: text(r["status"]) }] : [];
  });
}

export interface FlowNode {
  id: string;
  name: string;
  column: number;
}

export interface FlowLink {
  source: string;
  target: string;
  /** The import share written on the link, e.g. "41%"; empty where the step is not an import. */
  label: string;
}

export interface RouteFlow {
  columns: string[];
  nodes: FlowNode[];
  links: FlowLink[];
}

/**
 * Routes as a flow: the country in the first column, the countries it imports from next, the producer (or
 * the element, where no producer is recorded) last. Steps shared by several routes are drawn once, so a
 * reader sees four sources, not four tangled chains.
 */
export function routeFlow(rows: readonly Record<string, unknown>[]): RouteFlow {
  const routes = rows.map((r) => ({ steps: text(r["route"]).split(" → ").filter(Boolean), share: num(r["importShare"]) }));
  const width = Math.max(0, ...routes.map((r) => r.steps.length));
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  for (const { steps, share } of routes) {
    // The last step goes to the last column whatever the route's length: producers line up.
    const placed = steps.map((name, i) => ({ name, column: i === steps.length - 1 ? width - 1 : i }));
    for (const step of placed) {
      const id = `${step.column}:${step.name}`;
      if (!nodes.has(id)) nodes.set(id, { id, name: step.name, column: step.column });
    }
    placed.slice(1).forEach((step, i) => {
      const from = placed[i];
      if (!from) return;
      const key = `${from.column}:${from.name}→${step.column}:${step.name}`;
      const label = i === 0 && share !== undefined ? `${edgeFigure({ share }) ?? `${share}%`}` : "";
      const known = links.get(key);
      if (!known || (!known.label && label)) links.set(key, { source: `${from.column}:${from.name}`, target: `${step.column}:${step.name}`, label });
    });
  }
  const columns = Array.from({ length: width }, (_, i) => (i === 0 ? "Country" : i === width - 1 ? "Producer or element" : i === 1 ? "Imports from" : "Then from"));
  return { columns, nodes: [...nodes.values()], links: [...links.values()] };
}
