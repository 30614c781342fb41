// The fact form of the review panel (add a missed fact, correct one): its values, which figure and date
// fields a predicate has, and the request body they make, with errors named by field.
import { FACT_STATUSES, RELATIONSHIP_ENDPOINTS, type RelationshipType } from "../../../graph/schema/index.js";

export type FactType = Exclude<RelationshipType, "MENTIONS">;
export const FACT_TYPES = (Object.keys(RELATIONSHIP_ENDPOINTS) as RelationshipType[]).filter((t): t is FactType => t !== "MENTIONS");
export type FactStatus = (typeof FACT_STATUSES)[number];

/** An entity as the form holds it: the name typed, and the id once a suggestion was picked. */
export interface PickedEntity {
  name: string;
  id?: string;
}

export interface FactFormValues {
  subject: PickedEntity;
  type: FactType;
  object: PickedEntity;
  figure: string;
  unit: string;
  year: string;
  date: string;
  status: FactStatus;
}

export interface FactFields {
  /** The figure is a share in percent, an amount with a unit, an amount (money), or absent. */
  figure?: "share" | "amount" | "amount-unit";
  year: boolean;
  /** What the date means for this predicate: when a holding began, or when a policy was issued. */
  date?: "since" | "date";
}

const FIELDS: Record<FactType, FactFields> = {
  OWNS: { figure: "share", year: false, date: "since" },
  OPERATES: { year: false, date: "since" },
  LOCATED_IN: { year: false },
  PRODUCES: { figure: "amount-unit", year: true },
  HAS_RESERVES: { figure: "amount-unit", year: true },
  SUPPLIES: { figure: "amount-unit", year: true },
  PLANS: { figure: "amount-unit", year: true },
  INVESTS_IN: { figure: "amount", year: true },
  IMPORTS_FROM: { figure: "share", year: false },
  SHARE_OF_GLOBAL: { figure: "share", year: true },
  ISSUED: { year: false, date: "date" },
  RESTRICTS: { year: false },
  TARGETS: { year: false },
};

export const fieldsOf = (type: FactType): FactFields => FIELDS[type];
export const subjectKinds = (type: FactType): readonly string[] => RELATIONSHIP_ENDPOINTS[type].from;
export const objectKinds = (type: FactType): readonly string[] => RELATIONSHIP_ENDPOINTS[type].to;

export const EMPTY_FACT_FORM: FactFormValues = { subject: { name: "" }, type: "OWNS", object: { name: "" }, figure: "", unit: "", year: "", date: "", status: "reported" };

/** The form filled from a fact as it stands, for a correction. */
export function formOfFact(fact: { type: string; subject: PickedEntity; object: PickedEntity; properties: Record<string, unknown>; status: string }): FactFormValues {
  const type = (FACT_TYPES as string[]).includes(fact.type) ? (fact.type as FactType) : "OWNS";
  const p = fact.properties;
  const text = (v: unknown) => (typeof v === "number" || typeof v === "string" ? String(v) : "");
  const fields = FIELDS[type];
  return {
    subject: { name: fact.subject.name, ...(fact.subject.id ? { id: fact.subject.id } : {}) },
    type,
    object: { name: fact.object.name, ...(fact.object.id ? { id: fact.object.id } : {}) },
    figure: text(fields.figure === "share" ? p["share"] : p["amount"]),
    unit: text(p["unit"]),
    year: text(p["year"]),
    date: text(fields.date ? p[fields.date] : undefined),
    status: (FACT_STATUSES as readonly string[]).includes(fact.status) ? (fact.status as FactStatus) : "reported",
  };
}

export interface FactRequestFields {
  subjectId: string;
  type: FactType;
  objectId: string;
  properties: { share?: number; amount?: number; unit?: string; year?: number; since?: string; date?: string };
  status: FactStatus;
}

const number = (text: string): number | undefined => {
  const cleaned = text.trim().replace(/[\s,%]/g, "");
  return cleaned === "" ? undefined : Number(cleaned);
};

/** The request body's fact part, or the errors to show beside each field. */
export function factRequest(values: FactFormValues): { fields: FactRequestFields } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const fields = FIELDS[values.type];
  if (!values.subject.id) errors["subject"] = values.subject.name.trim() ? `Pick "${values.subject.name.trim()}" from the suggestions (${subjectKinds(values.type).join(", ")}), or create it from a selection.` : "Choose the subject.";
  if (!values.object.id) errors["object"] = values.object.name.trim() ? `Pick "${values.object.name.trim()}" from the suggestions (${objectKinds(values.type).join(", ")}), or create it from a selection.` : "Choose the object.";
  const properties: FactRequestFields["properties"] = {};
  const figure = number(values.figure);
  if (fields.figure && figure !== undefined) {
    if (!Number.isFinite(figure) || figure < 0) errors["figure"] = `"${values.figure}" is not a figure. Type a number such as 15 or 9000.`;
    else if (fields.figure === "share" && figure > 100) errors["figure"] = `A share of ${figure}% is over 100%. Use 0–100.`;
    else if (fields.figure === "share") properties.share = figure;
    else properties.amount = figure;
  }
  if (fields.figure === "amount-unit" && values.unit.trim()) properties.unit = values.unit.trim();
  const year = number(values.year);
  if (fields.year && year !== undefined) {
    if (!Number.isInteger(year) || year < 1800 || year > 2200) errors["year"] = `"${values.year}" is not a year. Type four digits, e.g. 2025.`;
    else properties.year = year;
  }
  const date = values.date.trim();
  if (fields.date && date) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) errors["date"] = `"${date}" is not a date. Use YYYY-MM-DD (or YYYY-MM, YYYY).`;
    else properties[fields.date] = date;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { fields: { subjectId: values.subject.id ?? "", type: values.type, objectId: values.object.id ?? "", properties, status: values.status } };
}
