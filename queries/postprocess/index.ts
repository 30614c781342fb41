import { chokepoints } from "./chokepoints.js";
import { concentration } from "./concentration.js";
import { conflicts } from "./conflicts.js";
import { dependencyRoutes } from "./dependency-routes.js";
import { actorHoldings, foreignStakes, ownershipBetween, stateControl, ultimateOwners } from "./ownership.js";
import { policyExposure } from "./policy-exposure.js";
import { fuzzySearch } from "./search.js";
import { timeline } from "./timeline.js";
import type { PostProcessor } from "./types.js";

/** Post-processing steps an investigation file may name in `postprocess:`. */
export const POST_PROCESSORS: Readonly<Record<string, PostProcessor>> = {
  "ultimate-owners": ultimateOwners,
  "actor-holdings": actorHoldings,
  "ownership-between": ownershipBetween,
  "foreign-stakes": foreignStakes,
  "state-control": stateControl,
  "dependency-routes": dependencyRoutes,
  concentration,
  chokepoints,
  conflicts,
  "fuzzy-search": fuzzySearch,
  timeline,
  "policy-exposure": policyExposure,
};

export type { PostProcessor, PostProcessInput, PostProcessOutput } from "./types.js";
export { concentrationOf } from "./concentration.js";
export { aggregateHoldings, preferClaims, type OwnershipChain } from "./ownership-chain.js";
