import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { InputError } from "../../graph/index.js";
import { INVESTIGATION_CATEGORIES, paramSpecSchema } from "../contract.js";

/** The current version of the investigation file format; older files are migrated step by step on load. */
export const INVESTIGATION_FORMAT_VERSION = 1;

const oneLine = z.string().trim().min(1).regex(/^[^\n]+$/, "must fit on one line");
const paramName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "parameter names are camelCase, as Cypher refers to them ($maxDepth)");

const cypherTextsSchema = z
  .object({
    neo4j: z.string().trim().min(1),
    // Only where LadybugDB's dialect differs; `difference` says how in one line.
    // `staged` names a read in queries/staged run instead of `text` on LadybugDB: several small anchored
    // statements giving the rows `text` gives, where the engine plans the single statement over whole tables.
    ladybug: z.object({ difference: oneLine, text: z.string().trim().min(1), staged: z.string().optional() }).strict().optional(),
  })
  .strict();

export const investigationFileSchema = z
  .object({
    version: z.literal(INVESTIGATION_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case, e.g. ultimate-owners"),
    title: oneLine,
    question: oneLine,
    category: z.enum(INVESTIGATION_CATEGORIES),
    params: z.record(paramName, paramSpecSchema).default({}),
    cypher: cypherTextsSchema,
    /**
     * A second read returning only what to draw, for investigations whose rows are a table the main query
     * cannot carry nodes in (LadybugDB's UNION ALL refuses node columns of different kinds).
     */
    graph: cypherTextsSchema.optional(),
    /** A post-processing step registered in queries/postprocess, for sums Cypher does awkwardly. */
    postprocess: z.string().optional(),
    /** A summary template: {{param}} (an entity parameter gives its name), {{rowCount}}, {{first.column}}. */
    summary: z.string().optional(),
    /** The summary when no row comes back. */
    emptySummary: z.string().optional(),
    /** Per-investigation defaults for the run limits, e.g. search reads every name before ranking. */
    limits: z.object({ rowLimit: z.number().int().positive().optional(), timeoutMs: z.number().int().positive().optional() }).strict().optional(),
  })
  .strict();

export type InvestigationFile = z.infer<typeof investigationFileSchema>;
export type Investigation = InvestigationFile & { file: string };

/** Pure vN → vN+1 steps, keyed by the version they upgrade from. Version 1 is the first. */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrateInvestigationDocument(file: string, doc: Record<string, unknown>): Record<string, unknown> {
  let version = doc.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new InputError(`${file}: "version" is missing or not a whole number. Start the file with \`version: ${INVESTIGATION_FORMAT_VERSION}\`.`);
  }
  if (version > INVESTIGATION_FORMAT_VERSION) {
    throw new InputError(`${file}: written for investigation format ${version}, newer than this Ytterby reads (${INVESTIGATION_FORMAT_VERSION}). Upgrade Ytterby.`);
  }
  let current = doc;
  while (version < INVESTIGATION_FORMAT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new InputError(`${file}: no migration from investigation format ${version}. Rewrite it as version ${INVESTIGATION_FORMAT_VERSION}.`);
    current = step(current);
    version += 1;
  }
  return current;
}

/** Parses one investigation file (YAML); every problem is reported with the file and field it is in. */
export function parseInvestigationFile(file: string, text: string): Investigation {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const at = error instanceof YAMLParseError && error.linePos ? ` line ${error.linePos[0].line}` : "";
    throw new InputError(`${file}${at}: not valid YAML (${(error as Error).message.split("\n")[0]}). Fix the syntax.`);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new InputError(`${file}: expected a mapping with version, id, title, question, category, params and cypher.`);
  const parsed = investigationFileSchema.safeParse(migrateInvestigationDocument(file, raw as Record<string, unknown>));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ where: file, field: i.path.join("."), message: i.message }));
    throw new InputError(`${file}: ${issues.map((i) => `${i.field || "file"}: ${i.message}`).join("; ")}`, issues);
  }
  const investigation = parsed.data;
  for (const [name, spec] of Object.entries(investigation.params)) {
    const problem = checkDefault(spec);
    if (problem) throw new InputError(`${file}: params.${name}: ${problem}`, [{ where: file, field: `params.${name}`, message: problem }]);
  }
  return { ...investigation, file };
}

function checkDefault(spec: InvestigationFile["params"][string]): string | undefined {
  switch (spec.type) {
    case "integer":
    case "number":
    case "year":
      if (spec.min > spec.max) return `min ${spec.min} is above max ${spec.max}.`;
      if (spec.default !== undefined && (spec.default < spec.min || spec.default > spec.max)) return `default ${spec.default} is outside ${spec.min}–${spec.max}.`;
      return undefined;
    case "enum":
      return spec.default !== undefined && !spec.values.includes(spec.default) ? `default "${spec.default}" is not one of ${spec.values.join(", ")}.` : undefined;
    default:
      return undefined;
  }
}
