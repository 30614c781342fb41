import { z } from "zod";
import { StoreError, type Subgraph } from "../../graph/index.js";
import { round, type PostProcessor } from "./types.js";

// Statistical rows that are not countries (data/reference/statistical-aggregates.yaml): the printed
// world total and the "Other countries" residual.
const WORLD_CODE = "XW";
const RESIDUAL_CODE = "XO";
// US DOJ/FTC Merger Guidelines (2023): above 1,800 highly concentrated, 1,000–1,800 moderately.
const HIGHLY_CONCENTRATED = 1800;
const MODERATELY_CONCENTRATED = 1000;

const productionRowSchema = z.object({
  countryId: z.string(),
  country: z.string(),
  code: z.string().nullable(),
  amount: z.number(),
  unit: z.string().nullable(),
  edition: z.string().nullable(),
  confidence: z.number().nullable(),
});
type ProductionRow = z.infer<typeof productionRowSchema>;

export interface Concentration {
  edition: string | null;
  total: number;
  totalIsPrinted: boolean;
  shares: Array<{ countryId: string; country: string; amount: number; share: number }>;
  residual: number;
  hhi: number;
  top3: number;
}

/** Shares of the printed world total (or of the sum when none is printed), HHI over the named countries. */
export function concentrationOf(rows: ProductionRow[], edition: string): Concentration {
  const editions = [...new Set(rows.map((r) => r.edition ?? ""))].sort();
  // The newest edition wins when none is asked for: editions revise earlier figures.
  const chosen = edition || (editions[editions.length - 1] ?? "");
  const inEdition = rows.filter((r) => (r.edition ?? "") === chosen);
  const byCountry = new Map<string, ProductionRow>();
  for (const row of inEdition) {
    const current = byCountry.get(row.countryId);
    if (!current || (row.confidence ?? 1) > (current.confidence ?? 1)) byCountry.set(row.countryId, row);
  }
  const all = [...byCountry.values()];
  const world = all.find((r) => r.code === WORLD_CODE);
  const residual = all.filter((r) => r.code === RESIDUAL_CODE).reduce((s, r) => s + r.amount, 0);
  const countries = all.filter((r) => r.code !== WORLD_CODE && r.code !== RESIDUAL_CODE);
  const total = world?.amount ?? countries.reduce((s, r) => s + r.amount, 0) + residual;
  const shares = countries
    .map((r) => ({ countryId: r.countryId, country: r.country, amount: r.amount, share: total > 0 ? (100 * r.amount) / total : 0 }))
    .sort((a, b) => b.share - a.share);
  const hhi = shares.reduce((s, r) => s + r.share * r.share, 0);
  const top3 = shares.slice(0, 3).reduce((s, r) => s + r.share, 0);
  return { edition: chosen || null, total, totalIsPrinted: world !== undefined, shares, residual, hhi, top3 };
}

/** The drawing matches the table: the chosen edition's figures of named countries, not the world total or residual. */
function concentrationGraph(graph: Subgraph, c: Concentration): Subgraph {
  const countries = new Set(c.shares.map((s) => s.countryId));
  const edges = graph.edges.filter((e) => countries.has(e.source) && (e.properties.edition ?? null) === c.edition);
  const kept = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: graph.nodes.filter((n) => kept.has(n.id)), edges };
}

export const concentration: PostProcessor = ({ rows, params, entities, graph }) => {
  const parsed = rows.map((row, i) => {
    const result = productionRowSchema.safeParse(row);
    if (!result.success) throw new StoreError(`concentration: row ${i + 1} lacks ${result.error.issues[0]?.path.join(".")}. The Cypher must return countryId, country, code, amount, unit, edition, confidence.`);
    return result.data;
  });
  const c = concentrationOf(parsed, String(params.edition ?? ""));
  const unit = parsed[0]?.unit ?? "";
  const level = c.hhi > HIGHLY_CONCENTRATED ? "highly concentrated" : c.hhi >= MODERATELY_CONCENTRATED ? "moderately concentrated" : "unconcentrated";
  const element = entities.element?.name ?? "the element";
  const out = c.shares.map((s, i) => ({ rank: i + 1, country: s.country, countryId: s.countryId, amount: s.amount, unit, share: round(s.share, 2), edition: c.edition }));
  const [leader] = c.shares;
  const summary = leader
    ? `${leader.country} produced ${round(leader.share, 1)}% of ${params.stage} ${element} in ${params.year}${c.edition ? ` (${c.edition})` : ""}; HHI ${Math.round(c.hhi).toLocaleString("en")} (${level}); top-3 share ${round(c.top3, 1)}% of ${c.totalIsPrinted ? "the printed world total" : "the summed total"} ${c.total.toLocaleString("en")} ${unit}.`
    : `No ${params.stage} production of ${element} is recorded for ${params.year}${params.edition ? ` in ${params.edition}` : ""}.`;
  const totals = leader ? [{ rank: null, country: "HHI", countryId: null, amount: round(c.hhi, 1), unit: "", share: null, edition: c.edition }, { rank: null, country: "Top-3 share", countryId: null, amount: null, unit: "", share: round(c.top3, 2), edition: c.edition }] : [];
  return { columns: ["rank", "country", "countryId", "amount", "unit", "share", "edition"], rows: [...out, ...totals], summary, graph: concentrationGraph(graph, c) };
};
