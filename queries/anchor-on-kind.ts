import type { ResolvedEntity } from "./contract.js";

/** A node pattern with several labels and an id given as a parameter: `(x:Actor:Country:Asset {id: $entity})`. */
const MULTI_LABEL_ANCHOR = /\((\w*)((?::\w+){2,})\s*\{id:\s*\$(\w+)\}\)/g;

/**
 * LadybugDB reads `(x:A:B:C {id: $p})` by scanning the id column of every table named (its primary-key index
 * serves one table only) and plans the rest of the statement around that scan: timeline's nine branches took
 * 46 CPU ms at 100k nodes, 27 with one label. Once $p is resolved its table is known (an id's prefix names
 * its kind, graph/schema/nodes.ts), so the pattern is narrowed to that one label: the same rows, since no
 * other table can hold that id. A kind not among the labels leaves the text as it is.
 */
export function anchorOnEntityKinds(cypher: string, entities: Readonly<Record<string, ResolvedEntity>>): string {
  return cypher.replace(MULTI_LABEL_ANCHOR, (pattern: string, variable: string, labels: string, param: string) => {
    const kind = entities[param]?.kind;
    if (!kind || !labels.split(":").includes(kind)) return pattern;
    return `(${variable}:${kind} {id: $${param}})`;
  });
}
