import { countNoun } from "./count-noun.js";
import { SHOWN_ROWS } from "./page-rows.js";
import type { PostProcessor, Row } from "./types.js";

const ROLE_RANK = (role: string): number => (role === "restricted" ? 0 : role === "targeted" ? 1 : role === "producer" ? 2 : role.startsWith("importer") ? 3 : 4);

/** Code-unit order with null first, as both stores' ORDER BY sort ASCII text; not locale order, which they lack. */
const text = (a: unknown, b: unknown): number => {
  const [x, y] = [a === null || a === undefined ? "" : String(a), b === null || b === undefined ? "" : String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};
const amountOf = (row: Row): number => (typeof row.amount === "number" ? row.amount : -1);

/**
 * Producers come largest first (amount, then party id, element, year, unit and stage, a total order the staged
 * read's database page uses too); every other role by party name and id, as the single text orders them.
 */
export function compareExposure(a: Row, b: Row): number {
  const role = ROLE_RANK(String(a.role)) - ROLE_RANK(String(b.role)) || text(a.role, b.role);
  if (role !== 0) return role;
  if (a.role === "producer") {
    return amountOf(b) - amountOf(a) || text(a.partyId, b.partyId) || text(a.element, b.element) || Number(a.year ?? -1) - Number(b.year ?? -1) || text(a.unit, b.unit) || text(a.note, b.note);
  }
  return text(a.party, b.party) || text(a.partyId, b.partyId) || text(a.element, b.element) || amountOf(b) - amountOf(a) || text(a.note, b.note);
}

/**
 * Exposure to a policy, paged openly: a restricted element can have hundreds of thousands of producing assets,
 * so the `SHOWN_ROWS` largest producers are listed and the summary says how many more there are. A staged read
 * that pages in the database passes the full count as `totals.producer`; otherwise every producer row is here.
 */
export const policyExposure: PostProcessor = ({ rows, columns, params, entities, totals }) => {
  const sorted = [...rows].sort(compareExposure);
  const producers = sorted.filter((r) => r.role === "producer");
  const producerTotal = Math.max(totals?.producer ?? producers.length, producers.length);
  const shownProducers = new Set(producers.slice(0, SHOWN_ROWS));
  const shown = sorted.filter((r) => r.role !== "producer" || shownProducers.has(r));
  const hidden = producerTotal - shownProducers.size;
  const total = rows.length - producers.length + producerTotal;
  const policy = entities.policy?.name ?? String(params.policy ?? "The policy");
  const first = shown[0];
  const more = hidden > 0 ? ` The ${SHOWN_ROWS.toLocaleString("en")} largest producers are listed; ${hidden.toLocaleString("en")} more.` : "";
  return {
    columns,
    rows: shown,
    summary: first ? `${policy}: ${countNoun(total, "exposed party or restricted item", "exposed parties and restricted items")}; first: ${String(first.party)} (${String(first.role)}).${more}` : `${policy} restricts nothing recorded in the graph.`,
  };
};
