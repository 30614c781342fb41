// The figure an edge carries, short enough to sit on the canvas: "89.5%", "1,200 t", else the type.
import { formatMoney } from "../../../queries/format-money.js";

const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

export function edgeFigure(properties: Record<string, unknown>): string | undefined {
  const share = properties["share"];
  if (typeof share === "number") return `${numberFormat.format(share)}%`;
  const amount = properties["amount"] ?? properties["value"];
  if (typeof amount === "number") {
    const currency = properties["currency"];
    if (typeof currency === "string" && currency) return formatMoney(amount, currency);
    const unit = properties["unit"];
    return typeof unit === "string" && unit ? `${numberFormat.format(amount)} ${unit}` : numberFormat.format(amount);
  }
  return undefined;
}

/**
 * When a fact is not current: "ended 2023" for a historical stake, "planned" or "target" for one not yet
 * held. Current facts (reported, estimate) have none, so an ended 75% never reads like a live one.
 */
export function edgeTimeNote(properties: Record<string, unknown>): string | undefined {
  const status = properties["status"];
  if (status === "historical") {
    const until = properties["until"];
    const year = typeof until === "string" ? /^(\d{4})/.exec(until)?.[1] : typeof until === "number" ? String(until) : undefined;
    return year ? `ended ${year}` : "ended";
  }
  if (status === "planned" || status === "target") return status;
  return undefined;
}

export function edgeLabel(type: string, properties: Record<string, unknown>): string {
  const base = edgeFigure(properties) ?? type.toLowerCase().replaceAll("_", " ");
  const note = edgeTimeNote(properties);
  return note ? `${base} · ${note}` : base;
}

/** The year a fact is about: its own year, else the year of its date or start. */
export function edgeYear(properties: Record<string, unknown>): number | undefined {
  for (const key of ["year", "since", "date", "asOf", "effective", "until"]) {
    const value = properties[key];
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (typeof value === "string") {
      const match = /^(\d{4})/.exec(value);
      if (match?.[1]) return Number(match[1]);
    }
  }
  return undefined;
}

/**
 * Which table a figure comes from, for figures whose evidence is a bare value ("71%" from a USGS table):
 * "MCS 2026 · Rare-earth compounds and metals · 2021-24".
 */
export function figureContext(properties: Record<string, unknown>): string {
  const text = (key: string) => { const v = properties[key]; return typeof v === "string" || typeof v === "number" ? String(v) : undefined; };
  return [text("edition"), text("product"), text("stage"), text("period") ?? text("year")].filter((v): v is string => v !== undefined && v !== "").join(" · ");
}
