import { SeededRandom } from "./seeded-random.js";
import type { WorldModel } from "./world-model.js";

export interface ProductionRecord {
  country: number;
  element: number;
  year: number;
  amount: number;
}

export interface ImportRecord {
  importer: number;
  exporter: number;
  element: number;
  share: number;
}

export const EDITION = "MCS 2026";
export const IMPORT_PERIOD = "2021-24";

/** Yearly national production, 2024 backwards, about 3 records per 100 nodes; every (country, element, year) once. */
export function* productionRecords(world: WorldModel): Generator<ProductionRecord> {
  const random = new SeededRandom(world.seed ^ 0x5a17);
  const total = Math.max(200, Math.round(world.nodes * 0.03));
  const pairs = Math.min(total, 2_000);
  const chosen: Array<[number, number]> = [];
  const seen = new Set<number>();
  while (chosen.length < pairs) {
    const country = random.int(world.countries.length);
    const element = random.int(world.elements.length);
    const key = country * 1000 + element;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push([country, element]);
  }
  for (let k = 0; k < total; k++) {
    const [country, element] = chosen[k % pairs] ?? [0, 0];
    yield { country, element, year: 2024 - Math.floor(k / pairs), amount: 100 * (1 + random.int(20_000)) };
  }
}

/** Import shares, about one per 100 nodes; every (importer, exporter) pair once, up to 62,250 records. */
export function* importRecords(world: WorldModel): Generator<ImportRecord> {
  const random = new SeededRandom(world.seed ^ 0x1e7);
  const countries = world.countries.length;
  const total = Math.max(100, Math.round(world.nodes * 0.01));
  for (let k = 0; k < total; k++) {
    const importer = k % countries;
    const exporter = (importer + 1 + (Math.floor(k / countries) % (countries - 1))) % countries;
    yield { importer, exporter, element: random.int(world.elements.length), share: 1 + random.int(99) };
  }
}
