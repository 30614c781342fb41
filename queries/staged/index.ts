import { conflictingClaimRows } from "./conflicting-claims.js";
import { dependencyRouteRows, shownDependencyRouteRows } from "./dependency-routes.js";
import { evidenceDrawing, evidenceRows } from "./evidence.js";
import { ownershipPathRows } from "./ownership-paths.js";
import { policyExposureRows } from "./policy-exposure.js";
import type { StagedRead } from "./staged-read.js";

/** Staged reads an investigation file may name in `ladybug.staged:` (of `cypher` or `graph`), run on LadybugDB instead of its text. */
export const STAGED_READS: Readonly<Record<string, StagedRead>> = {
  "dependency-routes": dependencyRouteRows,
  "dependency-routes-shown": shownDependencyRouteRows,
  "conflicting-claims": conflictingClaimRows,
  evidence: evidenceRows,
  "evidence-drawing": evidenceDrawing,
  "policy-exposure": policyExposureRows,
  "ownership-paths": ownershipPathRows,
};

export type { StagedRead, StagedResult } from "./staged-read.js";
