import { reviewCondition } from "../../schema/index.js";
import type { ReadStatements } from "../graph-reads.js";

export const ladybugReadStatements: ReadStatements = {
  neighbourhoodCount: (kind, types) => `MATCH (n:${kind} {id: $id})-[r:${types}]-(m) WHERE ${reviewCondition("r")} RETURN count(DISTINCT m) AS total`,
  neighbourhood: (kind, types) => `MATCH (n:${kind} {id: $id})-[r:${types}]-(m) WHERE ${reviewCondition("r")} RETURN n, r, m LIMIT $limit`,
  // LadybugDB writes allShortestPaths() as a recursive pattern with ALL SHORTEST.
  shortestPaths: (fromKind, toKind, types, maxHops) =>
    `MATCH p = (a:${fromKind} {id: $from})-[:${types}* ALL SHORTEST 1..${maxHops}]-(b:${toKind} {id: $to}) RETURN p LIMIT $limit`,
};
