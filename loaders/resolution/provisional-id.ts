import { ID_PREFIX, nodeIdFor, slugify, type NodeKind } from "../../graph/index.js";

/**
 * The id a structured loader gives a record before resolution. A registry identifier makes it unique
 * across files ("Company A" in two BODS files are different companies); otherwise the name is all there is.
 */
export function provisionalId(kind: NodeKind, name: string, identifiers: readonly string[] = []): string {
  const first = identifiers[0];
  return first ? `${ID_PREFIX[kind]}:${slugify(first)}` : nodeIdFor(kind, name);
}
