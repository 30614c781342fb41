import { z } from "zod";
import { InputError, type InputIssue } from "../../graph/index.js";
import type { ParamSpec } from "../contract.js";
import type { Investigation } from "../format/investigation-file.js";

/** Relationship claim ids as graph/batch.ts makes them: "owns:0db96867204e57f4". */
export const FACT_ID_PATTERN = /^[a-z_]+:[0-9a-f]{16}$/;

// The CLI hands every value over as text, so numbers and booleans are also accepted as strings.
const numberFromText = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), z.number({ error: "expected a number" }));
const booleanFromText = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "expected true or false" }));

/** The zod schema a raw value of this parameter must pass; entity names are resolved afterwards. */
export function valueSchema(spec: ParamSpec): z.ZodType {
  switch (spec.type) {
    case "entity":
      return z.string({ error: `expected an id or a name of a ${spec.kinds.join(" or ")}` }).trim().min(1, `expected an id or a name of a ${spec.kinds.join(" or ")}`);
    case "fact":
      return z.string({ error: "expected an entity id or name, or a relationship id such as owns:0db96867204e57f4" }).trim().min(1);
    case "integer":
      return numberFromText.pipe(z.number().int("expected a whole number").min(spec.min, `must be at least ${spec.min}`).max(spec.max, `must be at most ${spec.max}`));
    case "number":
      return numberFromText.pipe(z.number().min(spec.min, `must be at least ${spec.min}`).max(spec.max, `must be at most ${spec.max}`));
    case "year":
      return numberFromText.pipe(z.number().int("expected a year such as 2024").min(spec.min, `must be ${spec.min} or later`).max(spec.max, `must be ${spec.max} or earlier`));
    case "enum":
      return z.enum(spec.values as [string, ...string[]], { error: `expected one of ${spec.values.join(", ")}` });
    case "boolean":
      return booleanFromText;
    case "string":
      return z.string({ error: "expected text" }).min(spec.minLength, `must be at least ${spec.minLength} character(s)`).max(spec.maxLength, `must be at most ${spec.maxLength} characters`);
  }
}

export function defaultOf(spec: ParamSpec): unknown {
  if (spec.type === "entity") return spec.optional ? "" : undefined;
  if (spec.type === "fact") return undefined;
  return spec.default;
}

export function describeParam(name: string, spec: ParamSpec): string {
  const hint = (() => {
    switch (spec.type) {
      case "entity":
        return `${spec.kinds.join("/")} id or name${spec.example ? `, e.g. ${spec.example}` : ""}`;
      case "fact":
        return "entity or relationship id";
      case "integer":
      case "number":
      case "year":
        return `${spec.type} ${spec.min}–${spec.max}`;
      case "enum":
        return spec.values.join(" | ");
      case "boolean":
        return "true | false";
      case "string":
        return "text";
    }
  })();
  const fallback = defaultOf(spec);
  return `${name} (${hint}${fallback !== undefined ? `, default ${JSON.stringify(fallback)}` : ""})`;
}

/**
 * Checks raw values against an investigation's declared parameters and fills defaults. Unknown
 * names and missing required values are errors too, each saying which parameters exist.
 */
export function validateParams(investigation: Investigation, raw: Record<string, unknown>): Record<string, unknown> {
  const issues: InputIssue[] = [];
  const where = investigation.id;
  const declared = investigation.params;
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(raw)) {
    if (!(name in declared)) {
      const known = Object.keys(declared);
      issues.push({ where, field: name, message: `unknown parameter "${name}". ${known.length ? `It takes: ${known.join(", ")}.` : "It takes no parameters."}` });
    }
  }
  for (const [name, spec] of Object.entries(declared)) {
    const given = raw[name];
    if (given === undefined || given === null || given === "") {
      const fallback = defaultOf(spec);
      if (fallback === undefined) issues.push({ where, field: name, message: `parameter ${describeParam(name, spec)} is required.` });
      else values[name] = fallback;
      continue;
    }
    const parsed = valueSchema(spec).safeParse(given);
    if (parsed.success) values[name] = parsed.data;
    else issues.push({ where, field: name, message: `parameter "${name}" ${JSON.stringify(given)}: ${parsed.error.issues.map((i) => i.message).join("; ")}. Expected ${describeParam(name, spec)}.` });
  }
  issues.push(...reversedRanges(where, values));
  if (issues.length > 0) throw new InputError(`${where}: ${issues.map((i) => i.message).join(" ")}`, issues);
  return values;
}

/** A range given as fromX / toX (fromYear, toYear) must not end before it starts: it would match nothing. */
function reversedRanges(where: string, values: Record<string, unknown>): InputIssue[] {
  return Object.keys(values).flatMap((name) => {
    const end = /^from(.+)$/.exec(name)?.[1];
    const to = end ? `to${end}` : undefined;
    const [start, finish] = [values[name], to ? values[to] : undefined];
    if (!to || typeof start !== "number" || typeof finish !== "number" || start <= finish) return [];
    return [{ where, field: to, message: `parameter "${to}" ${finish} is before "${name}" ${start}. Give a range whose end is not before its start.` }];
  });
}
