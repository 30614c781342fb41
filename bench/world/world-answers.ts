import { writeFile } from "node:fs/promises";
import { importRecords, productionRecords } from "./usgs-records.js";
import { actorId, actorName, assetId, assetNameOf } from "./world-ids.js";
import { MAX_CHAIN, type WorldModel } from "./world-model.js";

export interface OwnerAnswer {
  ownerId: string;
  ownerName: string;
  /** Summed over every chain of up to MAX_CHAIN OWNS, each chain the product of its shares (percent). */
  effectiveStake: number;
  /** Nobody owns this owner. */
  ultimate: boolean;
}

export interface AssetAnswer {
  assetId: string;
  assetName: string;
  /** The longest chain of OWNS from an ultimate owner down to the asset. */
  longestChain: number;
  owners: OwnerAnswer[];
}

export interface WorldAnswers {
  seed: number;
  size: number;
  nodes: Record<"Actor" | "Asset" | "Country" | "Element", number>;
  relationships: Record<"OWNS" | "LOCATED_IN" | "PRODUCES" | "IMPORTS_FROM", number>;
  /** The deepest asset first, then assets held through partial and cross-holdings. */
  ultimateOwners: AssetAnswer[];
}

type Holding = { owner: number; share: number };

function ownersOfActor(world: WorldModel, i: number): Holding[] {
  const out: Holding[] = [];
  if ((world.actorOwner[i] ?? -1) >= 0) out.push({ owner: world.actorOwner[i] ?? 0, share: world.actorShare[i] ?? 0 });
  if ((world.actorOwner2[i] ?? -1) >= 0) out.push({ owner: world.actorOwner2[i] ?? 0, share: world.actorShare2[i] ?? 0 });
  return out;
}

function ownersOfAsset(world: WorldModel, j: number): Holding[] {
  const out: Holding[] = [];
  if ((world.assetOwner[j] ?? -1) >= 0) out.push({ owner: world.assetOwner[j] ?? 0, share: world.assetShare[j] ?? 0 });
  if ((world.assetOwner2[j] ?? -1) >= 0) out.push({ owner: world.assetOwner2[j] ?? 0, share: world.assetShare2[j] ?? 0 });
  return out;
}

export function assetAnswer(world: WorldModel, j: number): AssetAnswer {
  const stakes = new Map<number, number>();
  let longestChain = 0;
  const climb = (holdings: Holding[], stake: number, hops: number) => {
    if (hops > MAX_CHAIN) return;
    for (const { owner, share } of holdings) {
      const through = (stake * share) / 100;
      stakes.set(owner, (stakes.get(owner) ?? 0) + through);
      longestChain = Math.max(longestChain, hops);
      climb(ownersOfActor(world, owner), through, hops + 1);
    }
  };
  climb(ownersOfAsset(world, j), 100, 1);
  const owners = [...stakes].map(([i, stake]) => ({
    ownerId: actorId(world, i),
    ownerName: actorName(world, i),
    effectiveStake: Math.round(stake * 1e6) / 1e6,
    ultimate: ownersOfActor(world, i).length === 0,
  }));
  owners.sort((a, b) => b.effectiveStake - a.effectiveStake || a.ownerId.localeCompare(b.ownerId));
  return { assetId: assetId(j), assetName: assetNameOf(world, j), longestChain, owners };
}

/** The asset whose owner sits deepest in its forest, and a few held by two owners. */
function chosenAssets(world: WorldModel): number[] {
  let deepest = 0;
  for (let j = 0; j < world.assets; j++) if ((world.actorDepth[world.assetOwner[j] ?? 0] ?? 0) > (world.actorDepth[world.assetOwner[deepest] ?? 0] ?? 0)) deepest = j;
  const split: number[] = [];
  for (let j = 0; j < world.assets && split.length < 3; j++) {
    const owner = world.assetOwner[j] ?? 0;
    if ((world.assetOwner2[j] ?? -1) >= 0 && (world.actorOwner2[owner] ?? -1) >= 0 && j !== deepest) split.push(j);
  }
  return [deepest, ...split];
}

export function worldAnswers(world: WorldModel): WorldAnswers {
  let actorOwns = 0;
  for (let i = 0; i < world.actors; i++) actorOwns += ownersOfActor(world, i).length;
  let assetOwns = 0;
  let assetProduces = 0;
  for (let j = 0; j < world.assets; j++) {
    assetOwns += ownersOfAsset(world, j).length;
    assetProduces += ((world.assetElement[j] ?? -1) >= 0 ? 1 : 0) + ((world.assetElement2[j] ?? -1) >= 0 ? 1 : 0);
  }
  let production = 0;
  for (const _ of productionRecords(world)) production++;
  let imports = 0;
  for (const _ of importRecords(world)) imports++;
  return {
    seed: world.seed,
    size: world.nodes,
    nodes: { Actor: world.actors, Asset: world.assets, Country: world.countries.length, Element: world.elements.length },
    relationships: { OWNS: actorOwns + assetOwns, LOCATED_IN: world.assets, PRODUCES: assetProduces + production, IMPORTS_FROM: imports },
    ultimateOwners: chosenAssets(world).map((j) => assetAnswer(world, j)),
  };
}

export async function writeAnswers(world: WorldModel, path: string): Promise<WorldAnswers> {
  const answers = worldAnswers(world);
  await writeFile(path, `${JSON.stringify(answers, null, 2)}\n`);
  return answers;
}
