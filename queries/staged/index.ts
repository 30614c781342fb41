import { conflictingClaimRows } from "./conflicting-claims.js";
import { dependencyRouteRows } from "./dependency-routes.js";
import type { StagedRead } from "./staged-read.js";

/** Staged reads an investigation file may name in `ladybug.staged:`, run on LadybugDB instead of its single text. */
export const STAGED_READS: Readonly<Record<string, StagedRead>> = {
  "dependency-routes": dependencyRouteRows,
  "conflicting-claims": conflictingClaimRows,
};

export type { StagedRead } from "./staged-read.js";
