import type { GraphBatchInput, InputIssue, NodeInput, RelationshipInput } from "../../graph/index.js";
import { normaliseIdentifier } from "../resolution/normalise-identifier.js";
import { provisionalId } from "../resolution/provisional-id.js";
import { checkPercent, parseSourceDate } from "../shares.js";
import { ACTOR_SCHEMATA, IDENTIFIER_PROPERTIES, ftmEntitySchema, type FtmEntity } from "./ftm-schema.js";

export const FTM_LOADER = "ftm";

const NONE: readonly string[] = [];
/** Entries of IDENTIFIER_PROPERTIES, listed once rather than per entity. */
const IDENTIFIER_ENTRIES = Object.entries(IDENTIFIER_PROPERTIES);

/** A property's non-blank strings; most properties of an entity are absent, and share one empty list. */
function strings(entity: FtmEntity, property: string): readonly string[] {
  const values = entity.properties[property];
  if (values === undefined || values.length === 0) return NONE;
  return values.filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

/** FtM JSON lines → actors and OWNS, as one batch. */
export function ftmToBatch(path: string, text: string): { batch: GraphBatchInput; issues: InputIssue[] } {
  const nodes: NodeInput[] = [];
  const relationships: RelationshipInput[] = [];
  const issues: InputIssue[] = [];
  for (const chunk of ftmChunks(path, Buffer.from(text, "utf8"), Number.POSITIVE_INFINITY)) {
    for (const node of chunk.batch.nodes ?? []) nodes.push(node);
    for (const relationship of chunk.batch.relationships ?? []) relationships.push(relationship);
    for (const issue of chunk.issues) issues.push(issue);
  }
  return { batch: { source: path, nodes, relationships }, issues };
}

/**
 * FtM JSON lines → actors and OWNS, in chunks of about `chunkRecords` records, read line by line from the
 * bytes. An ownership is emitted as soon as both its entities have been read; one that names an entity
 * further down waits (as its parsed entity) until the end. Only the FtM id → actor id map spans the file.
 */
export function* ftmChunks(path: string, bytes: Buffer, chunkRecords: number): Generator<{ batch: GraphBatchInput; issues: InputIssue[] }> {
  let issues: InputIssue[] = [];
  let nodes: NodeInput[] = [];
  let relationships: RelationshipInput[] = [];
  const actorIds = new Map<string, string>();
  // Read whole, a file lists its actors, then its ownerships, as it always did (issues in that order too).
  const chunked = Number.isFinite(chunkRecords);
  // Where each waiting ownership's line is, not its parsed entity: a million parsed entities held to the end
  // cost more memory than everything else the load holds; the line is parsed again when its turn comes.
  const waiting: number[] = [];
  const take = () => {
    const chunk = { batch: { source: path, nodes, relationships }, issues };
    nodes = [];
    relationships = [];
    issues = [];
    return chunk;
  };

  let lineNumber = 0;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const lineStart = start;
    const lineEnd = end > start && bytes[end - 1] === 13 ? end - 1 : end;
    const line = bytes.toString("utf8", lineStart, lineEnd);
    start = end + 1;
    lineNumber++;
    if (line.trim() === "") continue;
    const at = `${path} line ${lineNumber}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      issues.push({ where: at, message: `not valid JSON: ${(error as Error).message}. Each line must be one FtM entity.` });
      continue;
    }
    const parsed = ftmEntitySchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) issues.push({ where: at, field: i.path.join("."), message: i.message });
      continue;
    }
    const entity = parsed.data;
    const where = `${at} (${entity.id})`;
    if (entity.schema === "Ownership") {
      const owner = strings(entity, "owner")[0];
      const asset = strings(entity, "asset")[0];
      if (chunked && owner && asset && actorIds.has(owner) && actorIds.has(asset)) ownership(path, entity, where, actorIds, relationships, issues);
      else waiting.push(lineStart, lineEnd, lineNumber);
    } else {
      const node = actorNode(path, entity, where, issues);
      if (!node) continue;
      actorIds.set(entity.id, node.id);
      nodes.push(node);
    }
    if (nodes.length + relationships.length >= chunkRecords) yield take();
  }
  for (let i = 0; i < waiting.length; i += 3) {
    // Parsed and checked once already, so it parses again.
    const entity = ftmEntitySchema.parse(JSON.parse(bytes.toString("utf8", waiting[i], waiting[i + 1])));
    ownership(path, entity, `${path} line ${waiting[i + 2]} (${entity.id})`, actorIds, relationships, issues);
    if (chunked && nodes.length + relationships.length >= chunkRecords) yield take();
  }
  yield take();
}

function actorNode(path: string, entity: FtmEntity, where: string, issues: InputIssue[]): NodeInput | undefined {
  const type = ACTOR_SCHEMATA[entity.schema];
  if (!type) return undefined; // Addresses, sanctions and other schemata carry no ownership facts.
  const [name, ...otherNames] = strings(entity, "name");
  if (!name) {
    issues.push({ where, field: "properties.name", message: `a ${entity.schema} needs a name. Add properties.name.` });
    return undefined;
  }
  const country = [...strings(entity, "jurisdiction"), ...strings(entity, "country"), ...strings(entity, "nationality")][0]?.toUpperCase();
  // A registration number identifies a company only within its country's registry.
  const registry = country ? `${country.toLowerCase()}-registration` : undefined;
  const identifiers = IDENTIFIER_ENTRIES.flatMap(([property, scheme]) => {
    const resolvedScheme = scheme === "registration" ? registry : scheme;
    return resolvedScheme ? strings(entity, property).map((v) => normaliseIdentifier(resolvedScheme, v)) : [];
  });
  return {
    id: provisionalId("Actor", name, identifiers),
    name,
    aliases: [...otherNames, ...strings(entity, "alias"), ...strings(entity, "previousName")],
    type,
    identifiers,
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    evidence: [evidence(path, entity, strings(entity, "sourceUrl")[0])],
  };
}

function ownership(path: string, entity: FtmEntity, at: string, actorIds: ReadonlyMap<string, string>, relationships: RelationshipInput[], issues: InputIssue[]): void {
  const owner = strings(entity, "owner")[0];
  const asset = strings(entity, "asset")[0];
  const from = owner ? actorIds.get(owner) : undefined;
  const to = asset ? actorIds.get(asset) : undefined;
  if (!from || !to) {
    const field = from ? "properties.asset" : "properties.owner";
    const ref = from ? asset : owner;
    issues.push({ where: at, field, message: ref ? `refers to entity "${ref}", which is not a Company, Organization or Person in this file. Include it.` : "is missing. An Ownership needs an owner and an asset." });
    return;
  }
  const properties: Record<string, unknown> = { interest: strings(entity, "ownershipType")[0] ?? strings(entity, "role")[0] ?? "ownership" };
  const percentage = strings(entity, "percentage")[0];
  if (percentage !== undefined) {
    const range = parsePercentage(percentage, at, issues);
    if (!range) return;
    Object.assign(properties, range);
  }
  const since = strings(entity, "startDate")[0];
  const until = strings(entity, "endDate")[0];
  if (since !== undefined) properties.since = parseSourceDate(since, at, "properties.startDate", issues);
  if (until !== undefined) properties.until = parseSourceDate(until, at, "properties.endDate", issues);
  if (properties.since === null || properties.until === null) return;
  if (properties.until !== undefined) properties.status = "historical";
  relationships.push({ type: "OWNS", from, to, properties, evidence: [evidence(path, entity, strings(entity, "sourceUrl")[0])] });
}

/** "51", "51%", "51.5 %", or a range "25-50" as OpenSanctions writes bands. */
function parsePercentage(text: string, at: string, issues: InputIssue[]): Record<string, number> | undefined {
  const cleaned = text.replace(/%/g, "").replace(",", ".").trim();
  const range = /^(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)$/.exec(cleaned);
  if (range?.[1] && range[2]) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (!checkPercent(min, at, "properties.percentage", issues) || !checkPercent(max, at, "properties.percentage", issues)) return undefined;
    return { shareMin: min, shareMax: max };
  }
  const value = Number(cleaned);
  if (cleaned === "" || Number.isNaN(value)) {
    issues.push({ where: at, field: "properties.percentage", message: `percentage "${text}" is not a number. Use 0–100, e.g. "51" or "25-50".` });
    return undefined;
  }
  return checkPercent(value, at, "properties.percentage", issues) ? { share: value } : undefined;
}

function evidence(path: string, entity: FtmEntity, sourceUrl: string | undefined) {
  const date = entity.first_seen?.slice(0, 10);
  return {
    sourceUrl: sourceUrl ?? `file:${path}#${entity.id}`,
    sourceDate: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    loader: FTM_LOADER,
    confidence: 1,
    note: `FtM ${entity.schema} ${entity.id}${entity.datasets?.length ? ` (${entity.datasets.join(", ")})` : ""}`,
  };
}
