import type { GraphBatchInput, NodeInput, RelationshipInput } from "../graph/index.js";
import { SeededRandom } from "./world/seeded-random.js";

/**
 * A deterministic synthetic supply-chain graph for measuring investigations at scale, built straight as a store
 * batch (the world generator in bench/world/ writes the files users bring; this one skips the loaders so the
 * query side can be measured on its own): 250 countries, 35 elements, actors in ownership forests up to 8 levels
 * with partial and cross-holdings, assets owned, located and producing, country production and import records,
 * policies, and a share of stakes stated twice with different figures (conflicting claims).
 */
export interface ScaleGraph {
  batch: GraphBatchInput;
  /** Parameters that make each investigation do real work: the largest owner, the deepest asset, a routed pair. */
  probes: {
    largestOwner: string;
    deepAsset: string;
    /** The root of the forest the deep asset's owner belongs to, for ownership-chain. */
    deepAssetRoot: string;
    stateCountry: string;
    /** A name only one entity has (the deep asset's), to measure a parameter given by name. */
    uniqueName: string;
    country: string;
    sourceCountry: string;
    element: string;
    policy: string;
    sharedName: string;
    conflictedActor: string;
  };
}

const COUNTRY_COUNT = 250;
const ELEMENT_COUNT = 35;
const MAX_DEPTH = 7; // edges below a root: 8 levels of holders and held

interface Member {
  id: string;
  depth: number;
  root: string;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWYZ"; // no X: XW and XO are the statistical aggregates
const WORDS = ["Atlas", "Boreal", "Cobalt", "Delta", "Ember", "Fjord", "Granite", "Helios", "Iron", "Jade", "Kestrel", "Lumen", "Meridian", "Nordic", "Orion", "Pioneer", "Quartz", "Ridge", "Summit", "Titan", "Umbra", "Vertex", "Westwind", "Yukon", "Zenith"];
const SUFFIXES = ["Mining", "Resources", "Metals", "Holdings", "Minerals", "Capital", "Group", "Materials"];

export function scaleGraph(totalNodes: number, seed = 15): ScaleGraph {
  const seeded = new SeededRandom(seed);
  const rand = () => seeded.next();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const nodes: NodeInput[] = [];
  const relationships: RelationshipInput[] = [];

  const codes: string[] = [];
  for (let i = 0; codes.length < COUNTRY_COUNT; i++) codes.push(`${LETTERS[Math.floor(i / LETTERS.length)]}${LETTERS[i % LETTERS.length]}`);
  const countryId = (code: string) => `country:${code.toLowerCase()}`;
  codes.forEach((code, i) => nodes.push({ id: countryId(code), name: `Country ${code}`, code, aliases: [`Republic ${i}`] }));

  const elementIds: string[] = [];
  nodes.push({ id: "element:ree", name: "Rare earth elements", symbol: "REE", group: "rare_earth_group", aliases: ["rare earths"] });
  elementIds.push("element:ree");
  for (let i = 1; i < ELEMENT_COUNT; i++) {
    const group = i <= 6 ? "light_rare_earth" : i <= 12 ? "heavy_rare_earth" : "critical_mineral";
    nodes.push({ id: `element:e${i}`, name: `Element ${i}`, symbol: `E${i}`, group, aliases: [`Elementum ${i}`] });
    elementIds.push(`element:e${i}`);
  }
  for (const element of elementIds) {
    for (let c = 0; c < 30; c++) {
      const code = codes[(c * 7 + elementIds.indexOf(element)) % COUNTRY_COUNT] as string;
      relationships.push({ type: "PRODUCES", from: countryId(code), to: element, properties: { amount: Math.round(rand() * 100000), unit: "t", year: 2024, stage: "mined", edition: "MCS 2025" } });
    }
  }
  // Every country imports every element from three others (the USGS import-source shape).
  for (const code of codes) {
    for (const element of elementIds) {
      for (let k = 0; k < 3; k++) {
        const source = pick(codes);
        if (source === code) continue;
        relationships.push({ type: "IMPORTS_FROM", from: countryId(code), to: countryId(source), properties: { element, share: Math.round(rand() * 60), period: "2021-24", edition: "MCS 2025", product: `${element} metal` } });
      }
    }
  }

  const policyCount = Math.max(10, Math.round(totalNodes / 500));
  const remaining = totalNodes - nodes.length - policyCount;
  const actorCount = Math.round(remaining * 0.45);
  const assetCount = remaining - actorCount;

  // Ownership forests: tree sizes follow 1/rank, so the first tree's root is a very large owner. Owners always
  // come earlier in creation order than what they hold, so the graph stays acyclic with cross-holdings.
  const treeCount = Math.max(5, Math.round(actorCount / 50));
  const treeWeights = Array.from({ length: treeCount }, (_, i) => 1 / (i + 1));
  const weightSum = treeWeights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  treeWeights.reduce((acc, w) => (cumulative.push((acc + w) / weightSum), acc + w), 0);
  const chooseTree = () => {
    const r = rand();
    const index = cumulative.findIndex((c) => r <= c);
    return index < 0 ? treeCount - 1 : index;
  };
  const trees: Array<Array<Member>> = Array.from({ length: treeCount }, () => []);
  const actorIds: string[] = [];
  const actorDepth = new Map<string, number>();
  const ownsTo = (from: string, to: string, share: number) => relationships.push({ type: "OWNS", from, to, properties: { share, since: `${2000 + Math.floor(rand() * 25)}` } });
  let conflictedActor = "";
  let stateCountry = "";
  for (let i = 0; i < actorCount; i++) {
    const id = `actor:a${i}`;
    const tree = i < treeCount ? i : chooseTree();
    const members = trees[tree] as Member[];
    const isRoot = members.length === 0;
    const country = pick(codes);
    // 13% of names are shared (the issue measured that in the real-world mix): a small vocabulary does it.
    const name = rand() < 0.13 ? `${pick(WORDS)} ${pick(SUFFIXES)}` : `${pick(WORDS)} ${pick(SUFFIXES)} ${i}`;
    const type = isRoot ? (tree % 5 === 0 ? "state_corporation" : tree % 7 === 0 ? "government" : "company") : "company";
    nodes.push({ id, name, type, country, stateLinked: type !== "company", aliases: [`A${i}`] });
    if (i === 0) stateCountry = countryId(country);
    actorIds.push(id);
    let depth = 0;
    if (!isRoot) {
      // Parents among the tree's recent members make long chains; depth stays within the 8 levels.
      const window = members.slice(-40).filter((m) => m.depth < MAX_DEPTH);
      const parent = window.length ? pick(window) : (members[0] as Member);
      depth = parent.depth + 1;
      ownsTo(parent.id, id, rand() < 0.6 ? 100 : 20 + Math.round(rand() * 70));
      if (rand() < 0.05) {
        // Cross-holding: a second owner, from this tree or another, created earlier.
        const other = actorIds[Math.floor(rand() * (actorIds.length - 1))] as string;
        if (other !== parent.id && other !== id) ownsTo(other, id, 5 + Math.round(rand() * 20));
      }
      if (rand() < 0.01) {
        // The same stake stated again with another figure: a conflicting claim.
        ownsTo(parent.id, id, 10 + Math.round(rand() * 30));
        conflictedActor ||= id;
      }
    }
    members.push({ id, depth, root: (members[0] ?? { id }).id });
    actorDepth.set(id, depth);
  }

  let deepAsset = "";
  let deepAssetRoot = "";
  let deepAssetName = "";
  let deepest = -1;
  for (let i = 0; i < assetCount; i++) {
    const id = `asset:m${i}`;
    const code = pick(codes);
    const assetName = `${pick(WORDS)} ${i % 3 === 0 ? "Mine" : "Plant"} ${i}`;
    nodes.push({ id, name: assetName, type: i % 3 === 0 ? "mine" : "processing_plant", country: code, aliases: [`M${i}`] });
    const tree = trees[chooseTree()] as Member[];
    const owner = pick(tree.length ? tree : [{ id: actorIds[0] as string, depth: 0, root: actorIds[0] as string }]);
    ownsTo(owner.id, id, rand() < 0.7 ? 100 : 30 + Math.round(rand() * 60));
    if (rand() < 0.1) ownsTo(pick(actorIds), id, 10 + Math.round(rand() * 20));
    if (owner.depth > deepest) {
      deepest = owner.depth;
      deepAsset = id;
      deepAssetRoot = owner.root;
      deepAssetName = assetName;
    }
    relationships.push({ type: "LOCATED_IN", from: id, to: countryId(code) });
    relationships.push({ type: "PRODUCES", from: id, to: pick(elementIds), properties: { amount: Math.round(rand() * 5000), unit: "t", year: 2024, stage: "mined" } });
  }

  for (let i = 0; i < policyCount; i++) {
    const id = `policy:p${i}`;
    nodes.push({ id, name: `Export control ${i}`, type: "export_control", announced: `${2015 + (i % 10)}-01-01` });
    relationships.push({ type: "ISSUED", from: countryId(codes[i % 20] as string), to: id });
    relationships.push({ type: "RESTRICTS", from: id, to: elementIds[i % ELEMENT_COUNT] as string });
    relationships.push({ type: "TARGETS", from: id, to: countryId(codes[(i * 13 + 5) % COUNTRY_COUNT] as string) });
  }

  const largestOwner = actorIds[0] as string;
  return {
    batch: { source: `bench/scale-graph.ts (${totalNodes} nodes, seed ${seed})`, nodes, relationships },
    probes: {
      largestOwner,
      deepAsset,
      deepAssetRoot,
      stateCountry,
      uniqueName: deepAssetName,
      country: countryId(codes[0] as string),
      sourceCountry: countryId(codes[7] as string),
      element: elementIds[3] as string,
      policy: "policy:p0",
      sharedName: `${WORDS[0]} ${SUFFIXES[0]}`,
      conflictedActor,
    },
  };
}
