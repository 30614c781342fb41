import { z } from "zod";

/** A node as results carry it to the CLI, the HTTP API and the UI, whichever store produced it. */
export const resultNodeSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const resultEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const subgraphSchema = z.object({
  nodes: z.array(resultNodeSchema),
  edges: z.array(resultEdgeSchema),
});

export const queryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: subgraphSchema,
  truncated: z.boolean(),
});

export type ResultNode = z.infer<typeof resultNodeSchema>;
export type ResultEdge = z.infer<typeof resultEdgeSchema>;
export type Subgraph = z.infer<typeof subgraphSchema>;
export type QueryResult = z.infer<typeof queryResultSchema>;
