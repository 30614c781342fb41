import { join } from "node:path";
import { writeAnswers, type WorldAnswers } from "./world-answers.js";
import { buildWorld } from "./world-model.js";
import { sizeLabel } from "./world-size.js";
import { writeWorld, type WorldFiles } from "./write-world.js";

export const DEFAULT_SEED = 15;
/** Git-ignored: worlds are rebuilt from their seed, never committed. */
export const WORLD_ROOT = new URL("../.world/", import.meta.url).pathname;

export interface GeneratedWorld extends WorldFiles {
  dir: string;
  answers: WorldAnswers;
  seconds: number;
}

export async function generateWorld(nodes: number, options: { seed?: number; dir?: string } = {}): Promise<GeneratedWorld> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = options.dir ?? join(WORLD_ROOT, `${sizeLabel(nodes)}-seed${seed}`);
  const world = await buildWorld(nodes, seed);
  const files = await writeWorld(world, dir);
  const answers = await writeAnswers(world, join(dir, "answers.json"));
  return { ...files, dir, answers, seconds: (performance.now() - started) / 1000 };
}
