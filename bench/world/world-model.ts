import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { SeededRandom } from "./seeded-random.js";

export interface CountryRecord {
  id: string;
  name: string;
  code: string;
}

export interface ElementRecord {
  id: string;
  name: string;
  symbol: string;
  group: string;
}

/** Longest chain of OWNS from a root owner down to an asset, as ultimate-owners follows it (OWNS*1..8). */
export const MAX_CHAIN = 8;
export const ELEMENT_COUNT = 35;
export const ASSET_TYPES = ["mine", "deposit", "processing_plant", "refinery", "separation_plant", "metal_plant"] as const;
const PRODUCING_TYPES = new Set([0, 2, 3, 4, 5]);

/**
 * The synthetic supply-chain world, held as typed arrays so a million nodes cost a few tens of MB.
 * Owners always have a lower index than what they own, so ownership is acyclic; `depth` is the longest
 * chain of owners above an actor (0 for a root), kept below MAX_CHAIN so every chain to an asset fits.
 */
export interface WorldModel {
  seed: number;
  nodes: number;
  countries: CountryRecord[];
  elements: ElementRecord[];
  actors: number;
  actorIsPerson: Uint8Array;
  actorCountry: Uint16Array;
  actorDepth: Uint8Array;
  /** Name index into the generated name list: shared names (different LEI) are real in registers. */
  actorNameOf: Int32Array;
  actorOwner: Int32Array;
  actorShare: Float64Array;
  actorOwner2: Int32Array;
  actorShare2: Float64Array;
  assets: number;
  assetType: Uint8Array;
  assetCountry: Uint16Array;
  assetOwner: Int32Array;
  assetShare: Float64Array;
  assetOwner2: Int32Array;
  assetShare2: Float64Array;
  /** Up to two elements an asset produces (-1: none), with amounts in tonnes. */
  assetElement: Int16Array;
  assetElement2: Int16Array;
  assetAmount: Float64Array;
}

const REFERENCE = new URL("../../data/reference/", import.meta.url);

async function referenceNodes(file: string): Promise<Record<string, unknown>[]> {
  const parsed = parse(await readFile(new URL(file, REFERENCE), "utf8")) as { nodes?: Record<string, unknown>[] };
  return parsed.nodes ?? [];
}

/** Real countries and elements from the reference base, so USGS rows and names resolve as users' files would. */
async function fixedNodes(): Promise<{ countries: CountryRecord[]; elements: ElementRecord[] }> {
  const countries = (await referenceNodes("countries.yaml"))
    .filter((n) => typeof n.code === "string")
    .map((n) => ({ id: String(n.id), name: String(n.name), code: String(n.code) }));
  const elements = (await referenceNodes("elements.yaml"))
    .filter((n) => typeof n.symbol === "string" && n.id !== "element:ree")
    .slice(0, ELEMENT_COUNT)
    .map((n) => ({ id: String(n.id), name: String(n.name), symbol: String(n.symbol), group: String(n.group) }));
  return { countries, elements };
}

/** A stake between 51 and 99 in steps of 0.5, or 100. */
const majorityShare = (random: SeededRandom) => (random.chance(0.4) ? 100 : 51 + random.int(97) / 2);

export async function buildWorld(nodes: number, seed: number): Promise<WorldModel> {
  const random = new SeededRandom(seed);
  const { countries, elements } = await fixedNodes();
  const entities = nodes - countries.length - elements.length;
  const actors = Math.round(entities * 0.55);
  const assets = entities - actors;
  const world: WorldModel = {
    seed,
    nodes,
    countries,
    elements,
    actors,
    actorIsPerson: new Uint8Array(actors),
    actorCountry: new Uint16Array(actors),
    actorDepth: new Uint8Array(actors),
    actorNameOf: new Int32Array(actors),
    actorOwner: new Int32Array(actors).fill(-1),
    actorShare: new Float64Array(actors),
    actorOwner2: new Int32Array(actors).fill(-1),
    actorShare2: new Float64Array(actors),
    assets,
    assetType: new Uint8Array(assets),
    assetCountry: new Uint16Array(assets),
    assetOwner: new Int32Array(assets).fill(-1),
    assetShare: new Float64Array(assets),
    assetOwner2: new Int32Array(assets).fill(-1),
    assetShare2: new Float64Array(assets),
    assetElement: new Int16Array(assets).fill(-1),
    assetElement2: new Int16Array(assets).fill(-1),
    assetAmount: new Float64Array(assets),
  };
  // Most activity sits in a few countries, as in the real trade.
  const busyCountries = Array.from({ length: 30 }, () => random.int(countries.length));
  const countryOf = () => (random.chance(0.7) ? random.pick(busyCountries) : random.int(countries.length));

  // Forests: each tree grows from a root; a member hangs under a recent member, so trees run deep.
  let treeStart = 0;
  let treeSize = 1;
  for (let i = 0; i < actors; i++) {
    world.actorCountry[i] = countryOf();
    world.actorNameOf[i] = i > 50 && random.chance(0.1) ? (world.actorNameOf[random.int(i)] ?? i) : i;
    if (i - treeStart >= treeSize) {
      treeStart = i;
      treeSize = 1 + Math.floor(400 * random.next() ** 5);
    }
    if (i === treeStart) {
      world.actorIsPerson[i] = random.chance(0.15) ? 1 : 0;
      continue;
    }
    const members = i - treeStart;
    let owner = treeStart + members - 1 - Math.floor(members * random.next() ** 2);
    while ((world.actorDepth[owner] ?? 0) >= MAX_CHAIN - 2) owner = world.actorOwner[owner] ?? treeStart;
    world.actorOwner[i] = owner;
    const share = majorityShare(random);
    world.actorShare[i] = share;
    let depth = (world.actorDepth[owner] ?? 0) + 1;
    if (share < 100 && random.chance(0.5)) {
      // A partial holding by a second owner: in the same tree, or a cross-holding from anywhere before it.
      const second = random.chance(0.35) ? random.int(i) : treeStart + random.int(members);
      if (second !== owner && (world.actorDepth[second] ?? 0) < MAX_CHAIN - 2) {
        world.actorOwner2[i] = second;
        world.actorShare2[i] = Math.min(100 - share, 5 + random.int(40));
        depth = Math.max(depth, (world.actorDepth[second] ?? 0) + 1);
      }
    }
    world.actorDepth[i] = depth;
  }

  for (let j = 0; j < assets; j++) {
    const type = random.int(ASSET_TYPES.length);
    world.assetType[j] = type;
    world.assetCountry[j] = countryOf();
    // Assets hang mostly under the deep ends of the forests, some under anyone.
    world.assetOwner[j] = random.chance(0.7) ? Math.min(actors - 1, Math.floor(actors * (1 - random.next() ** 3))) : random.int(actors);
    const split = random.chance(0.35);
    world.assetShare[j] = split ? 50 + random.int(40) : 100;
    if (split) {
      const second = random.int(actors);
      if (second !== world.assetOwner[j]) {
        world.assetOwner2[j] = second;
        world.assetShare2[j] = 100 - (world.assetShare[j] ?? 100);
      }
    }
    if (PRODUCING_TYPES.has(type)) {
      world.assetElement[j] = random.int(elements.length);
      if (random.chance(0.3)) {
        const other = random.int(elements.length);
        if (other !== world.assetElement[j]) world.assetElement2[j] = other;
      }
      world.assetAmount[j] = 10 * (1 + random.int(5000));
    }
  }
  return world;
}
