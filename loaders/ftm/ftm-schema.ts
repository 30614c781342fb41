import { z } from "zod";

/** A FollowTheMoney entity as one line of JSON (https://followthemoney.tech/explorer/): every property is a list of strings. */
export const ftmEntitySchema = z.looseObject({
  id: z.string().min(1, "id is missing"),
  schema: z.string().min(1, "schema is missing"),
  properties: z.record(z.string(), z.array(z.unknown())).default({}),
  datasets: z.array(z.string()).optional(),
  first_seen: z.string().optional(),
});

export type FtmEntity = z.infer<typeof ftmEntitySchema>;

/** Schemata that become actors, with the actor type they map to. */
export const ACTOR_SCHEMATA: Record<string, string> = {
  Company: "company",
  Organization: "organisation",
  LegalEntity: "company",
  PublicBody: "state_body",
  Person: "person",
};

/** FtM property → identifier scheme, matching the reference base's schemes. */
export const IDENTIFIER_PROPERTIES: Record<string, string> = {
  leiCode: "lei",
  registrationNumber: "registration",
  innCode: "ru-inn",
  ogrnCode: "ru-ogrn",
  swiftBic: "bic",
  permId: "permid",
  ticker: "ticker",
};
