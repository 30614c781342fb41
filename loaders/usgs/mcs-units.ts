import type { RelationshipProperties } from "../../graph/index.js";

type Stage = NonNullable<RelationshipProperties<"PRODUCES">["stage"]>;

/**
 * "(Data in thousand metric tons, gross weight, unless otherwise specified)" → "kt gross weight".
 * Units differ between chapters, so every edge carries its own.
 */
export function unitFromNote(note: string): string {
  const text = note.replace(/^[[(]\s*Data in\s*/i, "").replace(/,?\s*unless otherwise specified\s*[\])]$/i, "");
  const [scaleText = "", ...basisParts] = text.split(",");
  const scale = /thousand metric tons/i.test(scaleText) ? "kt" : /kilograms/i.test(scaleText) ? "kg" : /metric tons/i.test(scaleText) ? "t" : scaleText.trim();
  const basis = basisParts.join(",").trim();
  if (!basis) return scale;
  return `${scale} ${/\(REO\)/.test(basis) ? "REO" : basis}`;
}

/** The stage a world table reports, read from its label ("World Mine Production and Reserves"). */
export function stageFromLabel(label: string | null | undefined): Stage {
  const text = (label ?? "").toLowerCase();
  if (text.includes("mine production")) return "mined";
  if (text.includes("sponge metal") || text.includes("primary production")) return "metal";
  return "refined";
}

/** "2025e" → 2025. MCS marks the latest year as an estimate. */
export function parseYear(text: string | null | undefined): number | undefined {
  const match = /^(\d{4})e?$/.exec(text?.trim() ?? "");
  return match?.[1] ? Number(match[1]) : undefined;
}
