import { z } from "zod";

/**
 * BODS 0.4 statements as far as the loader reads them (https://standard.openownership.org/en/0.4.0/).
 * Records are validated one by one so a bad statement is reported and the others still load.
 */
const shareSchema = z.looseObject({
  exact: z.number().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  exclusiveMinimum: z.number().optional(),
  exclusiveMaximum: z.number().optional(),
});

export const interestSchema = z.looseObject({
  type: z.string().optional(),
  directOrIndirect: z.enum(["direct", "indirect", "unknown"]).optional(),
  beneficialOwnershipOrControl: z.boolean().optional(),
  share: shareSchema.optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
});

const identifierSchema = z.looseObject({ scheme: z.string().optional(), id: z.string().optional(), schemeName: z.string().optional() });

export const statementSchema = z.looseObject({
  statementId: z.string().min(1),
  statementDate: z.string().optional(),
  recordId: z.string().min(1),
  recordStatus: z.string().optional(),
  recordType: z.enum(["entity", "person", "relationship"]),
  source: z.looseObject({ url: z.string().optional() }).optional(),
  publicationDetails: z.looseObject({ publisher: z.looseObject({ name: z.string().optional() }).optional() }).optional(),
  recordDetails: z.looseObject({}),
});

export const entityDetailsSchema = z.looseObject({
  entityType: z.looseObject({ type: z.string() }).optional(),
  name: z.string().optional(),
  alternateNames: z.array(z.string()).optional(),
  jurisdiction: z.looseObject({ code: z.string().optional(), name: z.string().optional() }).optional(),
  identifiers: z.array(identifierSchema).optional(),
});

export const personDetailsSchema = z.looseObject({
  personType: z.string().optional(),
  names: z.array(z.looseObject({ fullName: z.string().optional(), type: z.string().optional() })).optional(),
  nationalities: z.array(z.looseObject({ code: z.string().optional() })).optional(),
  identifiers: z.array(identifierSchema).optional(),
});

export const relationshipDetailsSchema = z.looseObject({
  subject: z.string().min(1, "subject is missing"),
  interestedParty: z.string().min(1, "interestedParty is missing"),
  interests: z.array(interestSchema).default([]),
  isComponent: z.boolean().optional(),
});

export type Statement = z.infer<typeof statementSchema>;
export type Interest = z.infer<typeof interestSchema>;
