import type { GraphBatchInput, InputIssue, NodeInput, RelationshipInput } from "../../graph/index.js";
import { normaliseIdentifier } from "../resolution/normalise-identifier.js";
import { provisionalId } from "../resolution/provisional-id.js";
import { checkPercent, parseSourceDate, type ShareRange } from "../shares.js";
import { entityDetailsSchema, personDetailsSchema, relationshipDetailsSchema, statementSchema, type Interest, type Statement } from "./bods-schema.js";

export const BODS_LOADER = "bods";

/** BODS entity types → actor types; arrangements (joint holdings) are kept as organisations. */
const ENTITY_TYPES: Record<string, string> = {
  registeredEntity: "company",
  legalEntity: "company",
  anonymousEntity: "company",
  unknownEntity: "company",
  arrangement: "organisation",
  state: "government",
  stateBody: "state_body",
};

interface Party {
  id: string;
  statement: Statement;
}

/** A flat array of BODS 0.4 statements → actors and OWNS relationships (one per interest). */
export function bodsToBatch(path: string, statements: unknown[]): { batch: GraphBatchInput; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const nodes: NodeInput[] = [];
  const relationships: RelationshipInput[] = [];
  const parties = new Map<string, Party>();
  const relationshipStatements: Statement[] = [];

  statements.forEach((raw, index) => {
    const parsed = statementSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) issues.push({ where: `${path} statement ${index + 1}`, field: i.path.join("."), message: i.message });
      return;
    }
    const statement = parsed.data;
    const at = `${path} record ${statement.recordId}`;
    if (statement.recordType === "relationship") {
      relationshipStatements.push(statement);
      return;
    }
    const node = statement.recordType === "entity" ? entityNode(statement, at, issues) : personNode(statement, at, issues);
    if (!node) return;
    nodes.push({ ...node, evidence: [evidenceFor(path, statement)] });
    parties.set(statement.recordId, { id: node.id, statement });
  });

  for (const statement of relationshipStatements) {
    const at = `${path} record ${statement.recordId}`;
    const details = relationshipDetailsSchema.safeParse(statement.recordDetails);
    if (!details.success) {
      for (const i of details.error.issues) issues.push({ where: at, field: `recordDetails.${i.path.join(".")}`, message: i.message });
      continue;
    }
    const owned = parties.get(details.data.subject);
    const owner = parties.get(details.data.interestedParty);
    if (!owned || !owner) {
      const field = owned ? "recordDetails.interestedParty" : "recordDetails.subject";
      const ref = owned ? details.data.interestedParty : details.data.subject;
      issues.push({ where: at, field, message: `refers to record "${ref}", which is not an entity or person statement in this file. Include that statement in the file.` });
      continue;
    }
    details.data.interests.forEach((interest, i) => {
      const properties = ownsProperties(interest, statement, `${at} interests[${i}]`, issues);
      if (!properties) return;
      relationships.push({ type: "OWNS", from: owner.id, to: owned.id, properties, evidence: [evidenceFor(path, statement)] });
    });
  }
  return { batch: { source: path, nodes, relationships }, issues };
}

function identifiersOf(list: { scheme?: string; id?: string }[] | undefined): string[] {
  return (list ?? []).flatMap((i) => (i.scheme && i.id ? [normaliseIdentifier(i.scheme, i.id)] : []));
}

function entityNode(statement: Statement, at: string, issues: InputIssue[]): NodeInput | undefined {
  const details = entityDetailsSchema.safeParse(statement.recordDetails);
  if (!details.success) {
    for (const i of details.error.issues) issues.push({ where: at, field: `recordDetails.${i.path.join(".")}`, message: i.message });
    return undefined;
  }
  const { name, alternateNames = [], entityType, jurisdiction } = details.data;
  const identifiers = identifiersOf(details.data.identifiers);
  const label = name ?? (entityType?.type === "arrangement" ? `Arrangement ${statement.recordId}` : undefined);
  if (!label) {
    issues.push({ where: at, field: "recordDetails.name", message: "the entity has no name. Add recordDetails.name." });
    return undefined;
  }
  const id = identifiers.length > 0 || name ? provisionalId("Actor", label, identifiers) : `actor:bods-${statement.recordId}`;
  const code = jurisdiction?.code?.toUpperCase();
  return {
    // Arrangements share generic names ("Joint shareholding"), so only their record id tells them apart.
    id: entityType?.type === "arrangement" ? `actor:bods-${statement.recordId}` : id,
    name: label,
    aliases: alternateNames,
    type: ENTITY_TYPES[entityType?.type ?? ""] ?? "company",
    identifiers,
    country: code && /^[A-Z]{2}$/.test(code) ? code : undefined,
  };
}

function personNode(statement: Statement, at: string, issues: InputIssue[]): NodeInput | undefined {
  const details = personDetailsSchema.safeParse(statement.recordDetails);
  if (!details.success) {
    for (const i of details.error.issues) issues.push({ where: at, field: `recordDetails.${i.path.join(".")}`, message: i.message });
    return undefined;
  }
  const names = (details.data.names ?? []).flatMap((n) => (n.fullName ? [n.fullName] : []));
  const [name, ...aliases] = names;
  if (!name) {
    issues.push({ where: at, field: "recordDetails.names", message: "the person has no fullName. Add recordDetails.names[0].fullName." });
    return undefined;
  }
  const identifiers = identifiersOf(details.data.identifiers);
  const nationality = details.data.nationalities?.[0]?.code?.toUpperCase();
  return {
    id: provisionalId("Actor", name, identifiers),
    name,
    aliases,
    type: "person",
    identifiers,
    country: nationality && /^[A-Z]{2}$/.test(nationality) ? nationality : undefined,
  };
}

function ownsProperties(interest: Interest, statement: Statement, at: string, issues: InputIssue[]): Record<string, unknown> | undefined {
  const range: ShareRange = {};
  const share = interest.share;
  if (share) {
    const checks: [keyof ShareRange, number | undefined, string][] = [
      ["share", share.exact, "share.exact"],
      ["shareMin", share.minimum ?? share.exclusiveMinimum, share.minimum !== undefined ? "share.minimum" : "share.exclusiveMinimum"],
      ["shareMax", share.maximum ?? share.exclusiveMaximum, share.maximum !== undefined ? "share.maximum" : "share.exclusiveMaximum"],
    ];
    for (const [key, value, field] of checks) {
      if (value === undefined) continue;
      if (!checkPercent(value, at, field, issues)) return undefined;
      range[key] = value;
    }
    if (range.shareMin !== undefined && range.shareMax !== undefined && range.shareMin > range.shareMax) {
      issues.push({ where: at, field: "share", message: `minimum ${range.shareMin}% is above maximum ${range.shareMax}%. Swap them.` });
      return undefined;
    }
  }
  const since = interest.startDate ? parseSourceDate(interest.startDate, at, "startDate", issues) : undefined;
  const until = interest.endDate ? parseSourceDate(interest.endDate, at, "endDate", issues) : undefined;
  if (since === null || until === null) return undefined;
  const exclusive = [share?.exclusiveMinimum !== undefined ? "minimum exclusive" : "", share?.exclusiveMaximum !== undefined ? "maximum exclusive" : ""].filter(Boolean);
  const ended = statement.recordStatus === "closed" || until !== undefined;
  return {
    ...range,
    since,
    until,
    direct: interest.directOrIndirect === "direct" ? true : interest.directOrIndirect === "indirect" ? false : undefined,
    interest: [interest.type ?? "unknownInterest", interest.beneficialOwnershipOrControl ? "beneficial ownership or control" : ""].filter(Boolean).join("; "),
    status: ended ? "historical" : "reported",
    note: exclusive.length > 0 ? `share range ${exclusive.join(", ")}` : undefined,
  };
}

function evidenceFor(path: string, statement: Statement) {
  const publisher = statement.publicationDetails?.publisher?.name;
  return {
    sourceUrl: statement.source?.url ?? `file:${path}#${statement.statementId}`,
    sourceDate: statement.statementDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(statement.statementDate) ? statement.statementDate : undefined,
    loader: BODS_LOADER,
    confidence: 1,
    note: `BODS statement ${statement.statementId}${publisher ? ` published by ${publisher}` : ""}`,
  };
}
