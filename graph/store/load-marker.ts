import { z } from "zod";
import type { IncompleteLoad } from "./graph-store.js";

/** The key of the meta record (embedded meta table row, Neo4j :YtterbyMeta node) a running load leaves. */
export const LOAD_MARKER_KEY = "loadInProgress";

const markerSchema = z.object({ startedAt: z.string(), paths: z.array(z.string()).optional() });

/** The marker as stored (JSON text); a record that does not parse still says a load was left unfinished. */
export function parseLoadMarker(value: unknown): IncompleteLoad | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(value));
    if (parsed.success) return parsed.data;
  } catch {
    // falls through: unreadable, but present
  }
  return { startedAt: "unknown" };
}

export const serialiseLoadMarker = (marker: IncompleteLoad) => JSON.stringify(marker);
