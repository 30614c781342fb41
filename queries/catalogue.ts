import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, NotFoundError } from "../graph/index.js";
import { INVESTIGATION_CATEGORIES, type InvestigationSummary } from "./contract.js";
import { parseInvestigationFile, type Investigation } from "./format/investigation-file.js";
import { POST_PROCESSORS } from "./postprocess/index.js";
import { STAGED_READS } from "./staged/index.js";
import { cypherParameters } from "./cypher-parameters.js";

/** The folder of this file: the built-in catalogue lives beside the code, one folder per category. */
export const BUILT_IN_DIR = dirname(fileURLToPath(import.meta.url));

/** Parameters every run supplies itself, never declared by an investigation: `$reviews`, the review filter (runner.ts). */
export const RUN_PARAMETERS = ["reviews"] as const;

/** Cross-field checks a schema cannot express: parameters used exist, declared ones are used, steps are known. */
function checkInvestigation(investigation: Investigation): void {
  const where = investigation.file;
  const texts: Array<[string, string]> = [["cypher.neo4j", investigation.cypher.neo4j]];
  if (investigation.cypher.ladybug) texts.push(["cypher.ladybug.text", investigation.cypher.ladybug.text]);
  const declared = new Set<string>([...Object.keys(investigation.params), ...RUN_PARAMETERS]);
  for (const [field, text] of texts) {
    const used = cypherParameters(text);
    for (const name of used) if (!declared.has(name)) throw new InputError(`${where}: ${field} uses $${name}, which params does not declare. Declare it or remove it.`);
    for (const name of Object.keys(investigation.params)) if (!used.has(name) && !investigation.postprocess) throw new InputError(`${where}: params.${name} is declared but ${field} never uses $${name}.`);
  }
  // The drawing may use fewer parameters than the rows, never undeclared ones.
  const graphTexts: Array<[string, string]> = investigation.graph ? [["graph.neo4j", investigation.graph.neo4j]] : [];
  if (investigation.graph?.ladybug) graphTexts.push(["graph.ladybug.text", investigation.graph.ladybug.text]);
  for (const [field, text] of graphTexts) {
    for (const name of cypherParameters(text)) if (!declared.has(name)) throw new InputError(`${where}: ${field} uses $${name}, which params does not declare. Declare it or remove it.`);
  }
  for (const [field, staged] of [["cypher", investigation.cypher.ladybug?.staged], ["graph", investigation.graph?.ladybug?.staged]] as const) {
    if (staged !== undefined && !(staged in STAGED_READS)) {
      throw new InputError(`${where}: ${field}.ladybug.staged "${staged}" is not a known staged read. Use one of ${Object.keys(STAGED_READS).join(", ")}, or leave it out.`);
    }
  }
  if (investigation.postprocess && !(investigation.postprocess in POST_PROCESSORS)) {
    throw new InputError(`${where}: postprocess "${investigation.postprocess}" is not a known step. Use one of ${Object.keys(POST_PROCESSORS).join(", ")}, or leave it out and write a summary template.`);
  }
}

async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => join(dir, e.name)).sort();
}

export class Catalogue {
  private readonly byId: Map<string, Investigation>;

  constructor(investigations: Investigation[]) {
    this.byId = new Map();
    for (const investigation of investigations) {
      const clash = this.byId.get(investigation.id);
      if (clash) throw new InputError(`${investigation.file}: id "${investigation.id}" is already used by ${clash.file}. Give one of them another id.`);
      this.byId.set(investigation.id, investigation);
    }
  }

  list(): Investigation[] {
    return [...this.byId.values()].sort((a, b) => INVESTIGATION_CATEGORIES.indexOf(a.category) - INVESTIGATION_CATEGORIES.indexOf(b.category) || a.file.localeCompare(b.file));
  }

  get(id: string): Investigation {
    const found = this.byId.get(id);
    if (found) return found;
    const close = [...this.byId.keys()].filter((k) => k.includes(id) || id.includes(k.split("-")[0] ?? k));
    throw new NotFoundError(`investigation "${id}" does not exist.${close.length ? ` Did you mean ${close.join(", ")}?` : ""} List them with \`ytterby investigations\`.`, [id]);
  }
}

/**
 * Reads every investigation file: the built-in folders (queries/<category>/*.yaml) and any extra
 * folders (YTTERBY_INVESTIGATIONS, colon-separated), so a dropped-in file needs no code change.
 */
export async function loadCatalogue(options: { builtInDir?: string; extraDirs?: string[] } = {}): Promise<Catalogue> {
  const root = options.builtInDir ?? BUILT_IN_DIR;
  const extra = options.extraDirs ?? (process.env.YTTERBY_INVESTIGATIONS ?? "").split(":").filter(Boolean);
  const investigations: Investigation[] = [];
  for (const category of INVESTIGATION_CATEGORIES) {
    for (const file of await yamlFilesIn(join(root, category))) {
      const investigation = parseInvestigationFile(file, await readFile(file, "utf8"));
      if (investigation.category !== category) throw new InputError(`${file}: category is "${investigation.category}" but the file is in ${category}/. Move it or fix the category.`);
      investigations.push(investigation);
    }
  }
  for (const dir of extra) {
    for (const file of await yamlFilesIn(dir)) investigations.push(parseInvestigationFile(file, await readFile(file, "utf8")));
  }
  for (const investigation of investigations) {
    checkInvestigation(investigation);
    if (basename(investigation.file).replace(/\.ya?ml$/, "") !== investigation.id) {
      throw new InputError(`${investigation.file}: the file name must be the id ("${investigation.id}.yaml"), so an investigation is found by its name.`);
    }
  }
  return new Catalogue(investigations);
}

export function summarise(investigation: Investigation): InvestigationSummary {
  return {
    id: investigation.id,
    title: investigation.title,
    question: investigation.question,
    category: investigation.category,
    params: Object.entries(investigation.params).map(([name, spec]) => ({ name, ...spec })),
    cypher: investigation.cypher,
    ...(investigation.graph ? { graph: investigation.graph } : {}),
  };
}
