import { normaliseIdentifier } from "../../loaders/resolution/normalise-identifier.js";
import { provisionalId } from "../../loaders/resolution/provisional-id.js";
import { ASSET_TYPES, type WorldModel } from "./world-model.js";
import { assetName, companyName, leiOf, personName } from "./world-names.js";

/** The graph ids the loaders will give: companies by their LEI, people by their names (as the FtM loader does). */
export function actorId(world: WorldModel, i: number): string {
  if (world.actorIsPerson[i]) return provisionalId("Actor", actorName(world, i));
  return provisionalId("Actor", actorName(world, i), [normaliseIdentifier("lei", leiOf(i))]);
}

export function actorName(world: WorldModel, i: number): string {
  return world.actorIsPerson[i] ? personName(i) : companyName(world.actorNameOf[i] ?? i);
}

export const assetId = (j: number) => `asset:world-${j + 1}`;
export const assetTypeOf = (world: WorldModel, j: number) => ASSET_TYPES[world.assetType[j] ?? 0] ?? "mine";
export const assetNameOf = (world: WorldModel, j: number) => assetName(j, assetTypeOf(world, j));
/** The FtM entity id of an actor, as a register would assign it. */
export const ftmId = (i: number) => `ytb-${i.toString(36)}`;
