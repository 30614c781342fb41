/**
 * Shape features (kinds, direction, counts, cue and trigger names, how a name was found) by small integer keys.
 * A pair's shape features used to be built as fresh strings and hashed on every look-up in the weights: about
 * 25 strings per candidate pair, most of the weights' look-ups and much of the garbage. Their parts come from
 * small vocabularies, so each part gets an id, a feature is found by its template and its parts' ids in a map
 * keyed by one small integer, and its name is built (and encoded) only the first time that key is met.
 */

/**
 * What a feature becomes as it is collected: its name (training, evaluation) or what the model makes of it
 * (scoring: its row's offset in the weights, see RelationModel.offsetOf).
 */
export type EncodeFeature<T> = (name: string) => T;

/**
 * A key packs a template's part ids in 30 bits (within V8's small integers, so no key allocates): 30 bits for one
 * part, 15 each for two, 10 for three, 7 for four.
 */
const KEY_BITS = 30;

const partIds = new Map<string, number>();
const partNames: string[] = [];

/** The id of a part of a feature name ("actor>asset", "so", "OWNS"); ids are never reused, so names stay stable. */
export function partId(name: string): number {
  let id = partIds.get(name);
  if (id === undefined) {
    id = partNames.length;
    partNames.push(name);
    partIds.set(name, id);
  }
  return id;
}

/** A feature name with `%` where its parts go, e.g. `dk:%:%`. */
export interface FeatureTemplate {
  readonly id: number;
  readonly pieces: readonly string[];
  /** Whether Russian and Chinese readings get their own copy of the feature (`<lang>|name`, see features.ts). */
  readonly structural: boolean;
  /** The `<lang>|` copy of a structural template, with the language as its first part. */
  readonly copy: FeatureTemplate | undefined;
  /** Bits per part in a key, and the part ids they hold (below 2 ** bits). */
  readonly bits: number;
  readonly limit: number;
}

let templates = 0;

export function featureTemplate(pattern: string, structural = false): FeatureTemplate {
  const pieces = pattern.split("%");
  if (pieces.length > 5) throw new Error(`featureTemplate: "${pattern}" has more than four parts. Split the feature or pack two parts into one.`);
  if (structural && pieces.length > 4) throw new Error(`featureTemplate: structural "${pattern}" has more than three parts; its language copy adds one.`);
  const copy = structural ? featureTemplate(`%|${pattern}`) : undefined;
  const bits = Math.floor(KEY_BITS / Math.max(1, pieces.length - 1));
  return { id: templates++, pieces, structural, copy, bits, limit: 2 ** bits };
}

/** What a template and its parts' ids name. */
export function featureName(template: FeatureTemplate, a: number, b: number, c: number, d: number): string {
  const [p0 = "", p1, p2, p3, p4] = template.pieces;
  if (p1 === undefined) return p0;
  const name = p0 + partNames[a] + p1;
  if (p2 === undefined) return name;
  if (p3 === undefined) return name + partNames[b] + p2;
  if (p4 === undefined) return name + partNames[b] + p2 + partNames[c] + p3;
  return name + partNames[b] + p2 + partNames[c] + p3 + partNames[d] + p4;
}

/**
 * Features as `encode` makes them, remembered by template and parts. One per encoder (the model of one language,
 * or the names for training), so it holds what that encoder said of each feature met so far.
 */
export class KeyedFeatures<T> {
  private readonly byTemplate: Array<Map<number, T> | undefined> = [];

  constructor(private readonly encode: EncodeFeature<T>) {}

  /** The encoded feature `template` names with parts `a`…`d` (ids from partId; unused parts 0). */
  get(template: FeatureTemplate, a = 0, b = 0, c = 0, d = 0): T {
    // A part id past the packing's room (a vocabulary that grew beyond its expected size) is named every time.
    const { bits, limit } = template;
    if (a >= limit || b >= limit || c >= limit || d >= limit) return this.encode(featureName(template, a, b, c, d));
    const key = a | (b << bits) | (c << (2 * bits)) | (d << (3 * bits));
    let memo = this.byTemplate[template.id];
    if (memo === undefined) this.byTemplate[template.id] = memo = new Map();
    let encoded = memo.get(key);
    if (encoded === undefined) {
      encoded = this.encode(featureName(template, a, b, c, d));
      memo.set(key, encoded);
    }
    return encoded;
  }
}

const keyed = new WeakMap<EncodeFeature<unknown>, KeyedFeatures<unknown>>();

/** The one KeyedFeatures of an encoder (a model's offsetOf is one function for the model's life). */
export function keyedFeaturesOf<T>(encode: EncodeFeature<T>): KeyedFeatures<T> {
  let features = keyed.get(encode as EncodeFeature<unknown>) as KeyedFeatures<T> | undefined;
  if (!features) {
    features = new KeyedFeatures(encode);
    keyed.set(encode as EncodeFeature<unknown>, features as KeyedFeatures<unknown>);
  }
  return features;
}
