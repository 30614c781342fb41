import type { GraphBatchInput, NodeInput, RelationshipInput } from "../graph/index.js";

export interface WorldAnchors {
  /** Country and element ids the world's assets and actors point at; empty means the world brings its own. */
  countries: string[];
  elements: string[];
}

const letters = (i: number) => String.fromCharCode(65 + Math.floor(i / 26) % 26) + String.fromCharCode(65 + (i % 26));

/** Twenty countries and ten elements of its own, for a world loaded into an empty graph (the batch-size sweep). */
function ownAnchors(): { nodes: NodeInput[]; anchors: WorldAnchors } {
  const countries = Array.from({ length: 20 }, (_, i) => ({ id: `country:world-${i}`, name: `World Country ${i}`, code: letters(i + 26 * 20) }));
  const elements = Array.from({ length: 10 }, (_, i) => ({ id: `element:world-${i}`, name: `World Element ${i}`, symbol: `W${i}`, group: "critical_mineral" }));
  return { nodes: [...countries, ...elements], anchors: { countries: countries.map((c) => c.id), elements: elements.map((e) => e.id) } };
}

/**
 * A synthetic supply chain of `size` nodes: 35% companies, 65% mines, every mine with two owners, a third of
 * the companies owned by another (chains of several levels), everything LOCATED_IN a country, every mine
 * PRODUCES an element, and one production figure in ten backed by evidence. Built through GraphBatchInput so
 * both stores load it through their ordinary upsert.
 */
export function syntheticWorld(size: number, given?: WorldAnchors): GraphBatchInput {
  const own = given ? undefined : ownAnchors();
  const { countries, elements } = given ?? own!.anchors;
  const actorCount = Math.round(size * 0.35);
  const assetCount = size - actorCount;
  const actor = (i: number) => `actor:world-${i}`;
  const asset = (i: number) => `asset:world-${i}`;
  const country = (i: number) => countries[i % countries.length]!;
  const nodes: NodeInput[] = [...(own?.nodes ?? [])];
  const relationships: RelationshipInput[] = [];
  for (let i = 0; i < actorCount; i++) {
    nodes.push({ id: actor(i), name: `World Holding ${i}`, type: "company", aliases: [`WH${i}`] });
    relationships.push({ type: "LOCATED_IN", from: actor(i), to: country(i) });
    if (i >= actorCount / 3) relationships.push({ type: "OWNS", from: actor(Math.floor(i / 3)), to: actor(i), properties: { share: 51 + (i % 49) } });
  }
  for (let i = 0; i < assetCount; i++) {
    nodes.push({ id: asset(i), name: `World Mine ${i}`, type: "mine", status: "operating", commodities: ["ore"] });
    relationships.push({ type: "OWNS", from: actor(i % actorCount), to: asset(i), properties: { share: 60 } });
    relationships.push({ type: "OWNS", from: actor((i * 7 + 1) % actorCount), to: asset(i), properties: { share: 40 } });
    relationships.push({ type: "LOCATED_IN", from: asset(i), to: country(i * 3) });
    const evidence = i % 10 === 0 ? [{ sourceUrl: `https://example.org/world/${i}`, loader: "bench", quote: `World Mine ${i} produced ${i % 900} t.`, confidence: 0.9 }] : undefined;
    relationships.push({
      type: "PRODUCES",
      from: asset(i),
      to: elements[i % elements.length]!,
      properties: { amount: i % 900, unit: "t", year: 2020 + (i % 5), stage: "mined" },
      evidence,
    });
  }
  return { source: `synthetic world of ${size} nodes`, nodes, relationships };
}

export function rowsOf(batch: GraphBatchInput): number {
  return (batch.nodes?.length ?? 0) + (batch.relationships?.length ?? 0);
}
