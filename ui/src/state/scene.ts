// A scene: everything needed to draw a view again — the question asked (investigation and parameters, or
// Cypher), the nodes expanded since, what is hidden and pinned, where each node sits, the filters, the
// style, the selection and the camera. Saved as a versioned JSON file and carried, compressed, in links.
// Pure: building, parsing and migrating scenes needs no React, sigma or DOM.
import { z } from "zod";
import { graphStyleSchema } from "./graph-style.js";

export const SCENE_FORMAT = "ytterby-scene";
export const SCENE_VERSION = 1;

const positionSchema = z.tuple([z.number(), z.number()]);

export const sceneSchema = z.object({
  format: z.literal(SCENE_FORMAT),
  version: z.literal(SCENE_VERSION),
  title: z.string().optional(),
  source: z.discriminatedUnion("kind", [
    // Parameters as the form holds them (names, not ids), like a link's.
    z.object({ kind: z.literal("investigation"), id: z.string().min(1), params: z.record(z.string(), z.string()) }),
    z.object({ kind: z.literal("cypher"), query: z.string().min(1) }),
  ]),
  /** Nodes expanded after the run, in the order they were expanded. */
  expanded: z.array(z.string()),
  hidden: z.array(z.string()),
  pinned: z.array(z.string()),
  /** Layout positions by node id; nodes missing here are laid out afresh. */
  positions: z.record(z.string(), positionSchema),
  layout: z.enum(["force", "hierarchy"]),
  filters: z.object({
    hiddenTypes: z.array(z.string()),
    yearFrom: z.number().optional(),
    yearTo: z.number().optional(),
    minConfidence: z.number().min(0).max(1),
  }),
  style: graphStyleSchema,
  selection: z.discriminatedUnion("kind", [z.object({ kind: z.literal("node"), id: z.string() }), z.object({ kind: z.literal("edge"), id: z.string() })]).nullable(),
  camera: z.object({ x: z.number(), y: z.number(), ratio: z.number().positive(), angle: z.number() }).optional(),
});
export type Scene = z.infer<typeof sceneSchema>;

/** A scene that cannot be opened, with a message that says what is wrong and what to do. */
export class SceneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SceneError";
  }
}

// Step-by-step upgrades, `from` version → the next. Version 1 is the first, so none yet; a version 2 adds
// `1: (v1) => v2` here and keeps every older file opening.
const MIGRATIONS: Record<number, (scene: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(raw: Record<string, unknown>, where: string): Record<string, unknown> {
  let scene = raw;
  const declared = scene["version"];
  if (typeof declared !== "number" || !Number.isInteger(declared)) throw new SceneError(`${where}: the scene has no version number. Save the view again from Ytterby.`);
  let version: number = declared;
  if (version > SCENE_VERSION) throw new SceneError(`${where}: scene version ${version} was written by a newer Ytterby (this one reads up to ${SCENE_VERSION}). Update Ytterby to open it.`);
  while (version < SCENE_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new SceneError(`${where}: scene version ${version} is too old to open (this Ytterby reads ${SCENE_VERSION}). Run the investigation again and save a new scene.`);
    scene = step(scene);
    version = scene["version"] as number;
  }
  return scene;
}

/** Reads a scene from text (a file or a decoded link), migrating older versions. Throws SceneError. */
export function parseScene(text: string, where = "scene file"): Scene {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SceneError(`${where}: not JSON. Open a .ytterby-scene.json file saved with "Save scene".`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new SceneError(`${where}: not a scene (expected a JSON object). Open a file saved with "Save scene".`);
  const record = raw as Record<string, unknown>;
  if (record["format"] !== SCENE_FORMAT) {
    const hint = record["format"] === "ytterby-result" ? " This is a result export (JSON); scenes are saved with \"Save scene\"." : "";
    throw new SceneError(`${where}: not a Ytterby scene (format is ${JSON.stringify(record["format"] ?? null)}, expected "${SCENE_FORMAT}").${hint}`);
  }
  const parsed = sceneSchema.safeParse(migrate(record, where));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "(top level)";
    throw new SceneError(`${where}: field "${field}" ${issue?.message ?? "is invalid"}. The file may be damaged; save the view again.`);
  }
  return parsed.data;
}

// Layout units are arbitrary (ForceAtlas2 spreads over hundreds); a hundredth of one is far below a pixel.
const round = (v: number) => Math.round(v * 100) / 100;

export function roundPositions(positions: Iterable<[string, { x: number; y: number }]>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of positions) out[id] = [round(x), round(y)];
  return out;
}

export function serializeScene(scene: Scene): string {
  return `${JSON.stringify(scene, null, 2)}\n`;
}

export function sceneFileName(stem: string): string {
  return `${stem}.ytterby-scene.json`;
}
