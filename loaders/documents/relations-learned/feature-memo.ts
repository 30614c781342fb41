/** What a feature becomes: its name (training, evaluation) or what the model makes of it (an offset in its weights). */
export type EncodeFeature<T> = (name: string) => T;

/** A feature found by its parts: its name and what the encoder made of it. */
export interface MemoFeature<T> {
  name: string;
  encoded: T;
}

/**
 * How the features a pair's shape gives are named from their parts (`x`, `y`, and the two names' kinds `s` > `o`;
 * a part a name does not use is ""). The names are pairFeatures' own: the weights are keyed by them.
 */
const NAMES = {
  k: (_x: string, _y: string, s: string, o: string) => `k:${s}>${o}`,
  d: (x: string) => `d:${x}`,
  dk: (x: string, _y: string, s: string, o: string) => `dk:${x}:${s}>${o}`,
  list: (x: string, y: string) => `list:${x}:${y}`,
  n: (x: string) => `n:${x}`,
  nd: (x: string, y: string) => `nd:${x}:${y}`,
  adj: (x: string) => `adj:${x}`,
  ne: (x: string) => `ne:${x}`,
  tr: (x: string, y: string) => `tr:${x}:${y}`,
  c: (x: string) => `c:${x}`,
  cd: (x: string, y: string) => `cd:${x}:${y}`,
  ck: (x: string, _y: string, s: string, o: string) => `ck:${x}:${s}>${o}`,
  cdk: (x: string, y: string, s: string, o: string) => `cdk:${x}:${y}:${s}>${o}`,
  cL: (x: string, y: string, s: string, o: string) => `cL${x}:${y}:${s}>${o}`,
  cR: (x: string, y: string, s: string, o: string) => `cR${x}:${y}:${s}>${o}`,
  ty: (x: string, y: string) => `ty:${x}>${y}`,
  tys: (x: string) => `tys:${x}`,
  tyo: (x: string) => `tyo:${x}`,
  near: (x: string, y: string) => `near:${x}:${y}`,
  cv: (x: string, _y: string, s: string, o: string) => `cv:${x}:${s}>${o}`,
  vs: (x: string) => `vs:${x}`,
  vo: (x: string) => `vo:${x}`,
} as const;

export type MemoTag = keyof typeof NAMES;

type Level<V> = Map<string, V>;

/**
 * Encoded shape features by their parts, kept for the encoder's life. A pair's shape features ("dk:so:actor>asset")
 * recur in every sentence, and their parts are a few constant strings (kinds, directions, cue names, buckets),
 * so finding one through maps keyed by them costs about a fifth of building its name and hashing that into the
 * weights for every pair. The parts come from small closed sets, so the memo stays small.
 */
export class FeatureMemo<T> {
  private readonly root = new Map<MemoTag, Level<Level<Level<Level<MemoFeature<T>>>>>>();

  constructor(private readonly encode: EncodeFeature<T>) {}

  get(tag: MemoTag, x: string, y = "", s = "", o = ""): MemoFeature<T> {
    const byX = this.root.get(tag) ?? this.put(this.root, tag, new Map());
    const byY = byX.get(x) ?? this.put(byX, x, new Map());
    const byS = byY.get(y) ?? this.put(byY, y, new Map());
    const byO = byS.get(s) ?? this.put(byS, s, new Map());
    let feature = byO.get(o);
    if (!feature) {
      const name = NAMES[tag](x, y, s, o);
      feature = { name, encoded: this.encode(name) };
      byO.set(o, feature);
    }
    return feature;
  }

  private put<K, V>(level: Map<K, V>, key: K, value: V): V {
    level.set(key, value);
    return value;
  }
}

/** One memo per encoder (a model's offsetOf, or names as they are), kept as long as the encoder lives. */
const MEMOS = new WeakMap<EncodeFeature<unknown>, FeatureMemo<unknown>>();

export function memoOf<T>(encode: EncodeFeature<T>): FeatureMemo<T> {
  let memo = MEMOS.get(encode) as FeatureMemo<T> | undefined;
  if (!memo) {
    memo = new FeatureMemo(encode);
    MEMOS.set(encode, memo);
  }
  return memo;
}
