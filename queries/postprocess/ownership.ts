import { kindOfId } from "../../graph/index.js";
import { aggregateHoldings, chainsFromRows, holdingRow, preferClaims, viaNames, type Holding, type OwnershipChain } from "./ownership-chain.js";
import { percentText, round, type PostProcessInput, type PostProcessOutput, type PostProcessor, type Row } from "./types.js";
import { countNoun } from "./count-noun.js";
import { SHOWN_ROWS, pageRows } from "./page-rows.js";

/**
 * Largest first. Stakes are compared to six decimals: a sum of chains taken in another order (the database's, or
 * the ownership index's) differs in the last bits, and the order of an answer must not depend on that. Ties go by
 * names, then ids, so equal stakes (thousands of 100% holdings) are listed, and paged, the same way every time.
 */
const stakeKey = (stake: number | null) => (stake === null ? -1 : round(stake, 6));
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// What localeCompare does, at a fraction of the cost per call (113,670 holdings of one owner at 1M nodes to sort).
const collator = new Intl.Collator();
const byNames = (a: Holding, b: Holding) => collator.compare(a.ownerName, b.ownerName) || compareIds(a.ownerId, b.ownerId) || collator.compare(a.targetName, b.targetName) || compareIds(a.targetId, b.targetId);
export const byStake = (a: Holding, b: Holding) => stakeKey(b.stake) - stakeKey(a.stake) || round(b.max, 6) - round(a.max, 6) || byNames(a, b);

/**
 * byStake's order for the first `first` holdings (the ones a page lists), the rest after them in no set order:
 * only they are ever shown, and ranking 113,670 holdings of one owner in full took more time than the walk.
 * The keys are worked out once per holding rather than once per comparison.
 */
export function sortByStake(holdings: Holding[], first = SHOWN_ROWS): Holding[] {
  type Keyed = { h: Holding; stake: number; max: number };
  const order = (a: Keyed, b: Keyed) => b.stake - a.stake || b.max - a.max || byNames(a.h, b.h);
  const keyed: Keyed[] = holdings.map((h) => ({ h, stake: stakeKey(h.stake), max: round(h.max, 6) }));
  selectFirst(keyed, first, order);
  const head = keyed.slice(0, first).sort(order);
  return [...head, ...keyed.slice(first)].map((k) => k.h);
}

/** Moves the k smallest items to the front (quickselect, in place); their own order is left to the caller. */
function selectFirst<T>(items: T[], k: number, order: (a: T, b: T) => number): void {
  if (k <= 0 || k >= items.length) return;
  const t = k - 1;
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const pivot = items[(lo + hi) >> 1] as T;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (order(items[i] as T, pivot) < 0) i++;
      while (order(items[j] as T, pivot) > 0) j--;
      if (i <= j) {
        [items[i], items[j]] = [items[j] as T, items[i] as T];
        i++;
        j--;
      }
    }
    if (t <= j) hi = j;
    else if (t >= i) lo = i;
    else return;
  }
}
const OWNER_COLUMNS = ["owner", "ownerId", "ownerKind", "effectiveStake", "range", "status", "ultimate", "over25", "over50", "via", "depth", "chains", "conflictingClaims"];

/** The year the first ended stake along a chain ended ("" when it has no date), or undefined for a current chain. */
function endedIn(chain: OwnershipChain, edges: ReadonlyMap<string, Record<string, unknown>>): string | undefined {
  const ended = chain.relIds.map((id) => edges.get(id)).filter((p) => p?.["status"] === "historical");
  if (ended.length === 0) return undefined;
  const years = ended.flatMap((p) => { const y = /^(\d{4})/.exec(String(p?.["until"] ?? ""))?.[1]; return y ? [y] : []; }).sort();
  return years[0] ?? "";
}

/** True when a stake along the chain is planned or targeted, not yet held (an ended one wins: see endedIn). */
export function isPlanned(chain: OwnershipChain, edges: ReadonlyMap<string, Record<string, unknown>>): boolean {
  // A chain's own statuses when the Cypher returns them (actor-holdings draws only a sample of its chains), else the drawn edges.
  const statusAt = (id: string, step: number) => chain.statuses?.[step] ?? edges.get(id)?.["status"];
  const ended = chain.statuses ? chain.statuses.includes("historical") : endedIn(chain, edges) !== undefined;
  return !ended && chain.relIds.some((id, step) => { const s = statusAt(id, step); return s === "planned" || s === "target"; });
}

/** "US Department of Defense 15% of MP Materials (planned)": what a planned chain would add, for a summary. */
function plannedPhrase(h: Holding, edges: ReadonlyMap<string, Record<string, unknown>>): string {
  const steps = h.chains[0]?.relIds ?? [];
  const plannedAt = steps.findIndex((id) => { const s = edges.get(id)?.["status"]; return s === "planned" || s === "target"; });
  const chain = h.chains[0];
  const share = chain?.shares[plannedAt];
  const held = chain?.names[plannedAt + 1] ?? h.targetName;
  const status = String(edges.get(steps[plannedAt] ?? "")?.["status"] ?? "planned");
  return `${chain?.names[plannedAt] ?? h.ownerName} ${typeof share === "number" ? `${round(share)}% of` : "a stake in"} ${held} (${status})`;
}

/**
 * Investigation 1: every owner of the target with its effective stake; the untraced remainder as a last row.
 * With "Include historical", stakes that have ended are listed as such, after the current ones, and neither
 * count toward the current total nor the untraced remainder: summed with today's owners they made SMZ's
 * owners add up to 268%. Planned stakes (the DoD's 15% of MP Materials) are listed the same way, as planned.
 */
export const ultimateOwners: PostProcessor = ({ rows, entities, graph }) => {
  const target = entities.asset;
  const edges = new Map(graph.edges.map((e) => [e.id, e.properties]));
  const { kept: all, alternatives } = preferClaims(chainsFromRows("ultimate-owners", rows));
  const kept = all.filter((c) => endedIn(c, edges) === undefined && !isPlanned(c, edges));
  const plannedChains = all.filter((c) => isPlanned(c, edges));
  const endedChains = all.filter((c) => endedIn(c, edges) !== undefined);
  // An owner is ultimate when nobody above it appears in any chain to the target.
  const heldByOthers = new Set(kept.flatMap((c) => c.ids.slice(1)));
  const holdings = aggregateHoldings(kept).sort(byStake);
  const ultimate = holdings.filter((h) => !heldByOthers.has(h.ownerId));
  const out: Row[] = holdings.map((h) => ({ owner: h.ownerName, ownerId: h.ownerId, ownerKind: kindOfId(h.ownerId) ?? "", ...holdingRow(h, alternatives), status: "current", ultimate: !heldByOthers.has(h.ownerId) }));
  const traced = ultimate.reduce((sum, h) => sum + (h.stake ?? 0), 0);
  const untracedUnknown = ultimate.some((h) => h.stake === null);
  const remainder = round(Math.max(0, 100 - traced), 4);
  if (holdings.length > 0 && remainder > 0) {
    out.push({ owner: untracedUnknown ? "(not traced; partly held with unstated shares)" : "(not traced)", ownerId: null, ownerKind: null, effectiveStake: remainder, range: null, status: "current", ultimate: true, over25: remainder >= 25, over50: remainder >= 50, via: "", depth: null, chains: [], conflictingClaims: [] });
  }
  const heldEarlier = new Set(endedChains.flatMap((c) => c.ids.slice(1)));
  const former = aggregateHoldings(endedChains).sort(byStake).map((h) => {
    const years = h.chains.map((c) => endedIn(c, edges) ?? "").filter((y) => y !== "").sort();
    return { holding: h, until: years.at(-1) };
  });
  for (const { holding: h, until } of former) {
    out.push({ owner: h.ownerName, ownerId: h.ownerId, ownerKind: kindOfId(h.ownerId) ?? "", ...holdingRow(h, alternatives), status: until ? `ended ${until}` : "ended", ultimate: !heldEarlier.has(h.ownerId) && !heldByOthers.has(h.ownerId) });
  }
  const planned = aggregateHoldings(plannedChains).sort(byStake);
  for (const h of planned) {
    out.push({ owner: h.ownerName, ownerId: h.ownerId, ownerKind: kindOfId(h.ownerId) ?? "", ...holdingRow(h, alternatives), status: "planned", ultimate: !heldByOthers.has(h.ownerId) && !planned.some((o) => o.chains.some((c) => c.ids.slice(1).includes(h.ownerId))) });
  }
  // Only the holder that plans the stake is named: its own owners' indirect shares of the plan add nothing.
  const planners = planned.filter((h) => !plannedChains.some((c) => c.ids.slice(1).includes(h.ownerId)));
  const plannedText = planners.length > 0 ? ` Planned, not counted above: ${planners.slice(0, 3).map((h) => plannedPhrase(h, edges)).join(", ")}${planners.length > 3 ? ` and ${planners.length - 3} more` : ""}.` : "";
  const name = target?.name ?? "the asset";
  const earliest = former.filter(({ holding }) => !heldEarlier.has(holding.ownerId));
  const earlier = earliest.slice(0, 4).map(({ holding, until }) => `${holding.ownerName} ${holding.stake === null ? "(unstated share)" : percentText(holding.stake)}${until ? ` until ${until}` : ""}`);
  const more = earliest.length - earlier.length;
  const formerly = earlier.length > 0 ? ` Earlier owners (stakes since ended): ${earlier.join(", ")}${more > 0 ? ` and ${more} more` : ""}.` : "";
  if (holdings.length === 0) return { columns: OWNER_COLUMNS, rows: out, summary: `No current ownership of ${name} is recorded.${plannedText}${formerly}` };
  const phrases = ultimate.slice(0, 3).map((h) => {
    const via = viaNames(h);
    return `${h.ownerName} ultimately holds ${h.stake === null ? `an unstated share (${round(h.min)}–${round(h.max)}%)` : percentText(h.stake)} of ${name}${via.length ? ` via ${via.join(", ")}` : " directly"}`;
  });
  const rest = remainder > 0 ? `; ${round(remainder)}% is not traced to an ultimate owner` : "";
  return { columns: OWNER_COLUMNS, rows: out, summary: `${phrases.join("; ")}${rest}.${plannedText}${formerly}` };
};

const HOLDING_COLUMNS = ["holding", "holdingId", "kind", "effectiveStake", "range", "status", "over25", "over50", "via", "depth", "chains", "conflictingClaims"];

/** Investigation 2: what an actor holds directly and through others, above a threshold; planned stakes listed apart. */
export const actorHoldings: PostProcessor = ({ rows, params, entities, graph }) => {
  const edges = new Map(graph.edges.map((e) => [e.id, e.properties]));
  const { kept: all, alternatives } = preferClaims(chainsFromRows("actor-holdings", rows));
  const current = aggregateHoldings(all.filter((c) => !isPlanned(c, edges)));
  const planned = aggregateHoldings(all.filter((c) => isPlanned(c, edges)));
  return actorHoldingsAnswer(current, planned, params, entities, (shown) => shown.map(([h, status]) => holdingsRow(h, holdingRow(h, alternatives), status)));
};

/** A listed holding and whether it is held now ("current") or planned. */
export type Listed = [holding: Holding, status: string];
/** The detail columns (stake, chains, via …) of the listed holdings, which only their chains give. */
export type RowsFor = (shown: Listed[]) => Row[];

export const holdingsRow = (h: Holding, detail: Row, status: string): Row => ({ holding: h.targetName, holdingId: h.targetId, kind: kindOfId(h.targetId) ?? "", ...detail, status });

/**
 * actor-holdings from its holdings, current and planned, as sums: the threshold, the order, the page and the
 * summary need only those; the rows of the page come from `rowsFor` (queries/ownership-index builds them
 * from the listed holdings' chains only).
 */
export function actorHoldingsAnswer(current: Holding[], planned: Holding[], params: Record<string, unknown>, entities: PostProcessInput["entities"], rowsFor: RowsFor): PostProcessOutput {
  const threshold = Number(params.threshold ?? 0);
  const includeUnknown = params.includeUnknown !== false;
  const passes = (h: Holding) => (h.stake !== null && h.stake >= threshold) || h.min >= threshold || (includeUnknown && h.unknownChains > 0 && h.max >= threshold);
  const holdings = sortByStake(current.filter(passes));
  const plannedKept = sortByStake(planned.filter(passes));
  const listed: Listed[] = [...holdings.map((h): Listed => [h, "current"]), ...plannedKept.map((h): Listed => [h, "planned"])];
  const actor = entities.actor?.name ?? "the actor";
  const plannedText = plannedKept.length > 0 ? ` Planned, not yet held: ${plannedKept.slice(0, 3).map((h) => `${h.targetName} ${h.stake === null ? "(unstated share)" : percentText(h.stake)}`).join(", ")}${plannedKept.length > 3 ? ` and ${plannedKept.length - 3} more` : ""}.` : "";
  const { shown, more } = pageRows(listed, "holdings");
  return { columns: HOLDING_COLUMNS, rows: rowsFor(shown), summary: `${holdingsSummary(actor, holdings, threshold)}${plannedText}${more}` };
}

/** "Rosatom holds stakes in 7 companies and 1 asset, 3 of them at 50% or more." */
function holdingsSummary(actor: string, holdings: Holding[], threshold: number): string {
  const atLeast = threshold > 0 ? ` of at least ${threshold}%` : "";
  if (holdings.length === 0) return threshold > 0 ? `${actor} holds no stake${atLeast}.` : `No holdings of ${actor} are recorded.`;
  const assets = holdings.filter((h) => kindOfId(h.targetId) === "Asset").length;
  const held = [countNoun(holdings.length - assets, "company", "companies"), countNoun(assets, "asset")].filter((part) => !part.startsWith("0 ")).join(" and ");
  const majority = holdings.filter((h) => (h.stake ?? h.min) >= 50).length;
  if (threshold >= 50) return `${actor} holds ${holdings.length === 1 ? "a stake" : "stakes"}${atLeast} in ${held}.`;
  if (holdings.length === 1) return `${actor} holds a stake${atLeast} in ${held}${majority ? ", at 50% or more" : ""}.`;
  const howMany = majority === 0 ? "none" : majority === holdings.length ? "all" : String(majority);
  return `${actor} holds stakes${atLeast} in ${held}, ${howMany} of them at 50% or more.`;
}

/** Investigation 3: the chains linking two actors, either way round, with the stake each carries; planned chains apart. */
export const ownershipBetween: PostProcessor = ({ rows, entities, graph }) => {
  const edges = new Map(graph.edges.map((e) => [e.id, e.properties]));
  const { kept: all, alternatives } = preferClaims(chainsFromRows("ownership-chain", rows));
  const holdings = aggregateHoldings(all.filter((c) => !isPlanned(c, edges))).sort(byStake);
  const planned = aggregateHoldings(all.filter((c) => isPlanned(c, edges))).sort(byStake);
  const toRow = (status: string) => (h: Holding) => ({ owner: h.ownerName, owned: h.targetName, ...holdingRow(h, alternatives), status });
  const out = [...holdings.map(toRow("current")), ...planned.map(toRow("planned"))];
  const a = entities.from?.name ?? "the first actor";
  const b = entities.to?.name ?? "the second actor";
  const plannedText = planned.length > 0 ? ` Planned, not yet held: ${planned.map((h) => plannedPhrase(h, edges)).join(", ")}.` : "";
  const [top] = holdings;
  const columns = ["owner", "owned", "effectiveStake", "range", "status", "over25", "over50", "via", "depth", "chains", "conflictingClaims"];
  if (!top) return planned.length > 0 ? { columns, rows: out, summary: `No current ownership chain links ${a} and ${b}.${plannedText}` } : { columns: ["owner", "owned", "effectiveStake", "chains"], rows: [], summary: `No ownership chain of up to 8 steps links ${a} and ${b}.` };
  const via = viaNames(top);
  return {
    columns,
    rows: out,
    summary: `${top.ownerName} holds ${top.stake === null ? "an unstated share" : percentText(top.stake)} of ${top.targetName}${via.length ? ` via ${via.join(", ")}` : " directly"} (${top.chains.length} chain${top.chains.length === 1 ? "" : "s"}).${plannedText}`,
  };
};

/** Investigations 8 and 9: stakes summed per owner and held entity, with the held entity's country. */
function stakesByOwner(investigation: string, rows: Row[]) {
  const locations = new Map<string, string>();
  for (const row of rows) {
    const ids = row.ids as string[] | undefined;
    const last = ids?.[ids.length - 1];
    if (last && typeof row.location === "string") locations.set(last, row.location);
  }
  const { kept, alternatives } = preferClaims(chainsFromRows(investigation, rows));
  const holdings = aggregateHoldings(kept);
  return { holdings, alternatives, locations };
}

/** The detail columns of listed (owner, held) pairs. */
export type PairRowsFor = (shown: Holding[]) => Row[];

export const foreignStakes: PostProcessor = ({ rows, params, entities }) => {
  const { holdings, alternatives, locations } = stakesByOwner("foreign-stakes", rows);
  return foreignStakesAnswer(holdings, params, entities, (shown) => shown.map((h) => foreignStakesRow(h, locations.get(h.targetId) ?? "", holdingRow(h, alternatives))));
};

export const foreignStakesRow = (h: Holding, location: string, detail: Row): Row => ({ owner: h.ownerName, ownerId: h.ownerId, held: h.targetName, heldId: h.targetId, location, ...detail });

export function foreignStakesAnswer(holdings: Holding[], params: Record<string, unknown>, entities: PostProcessInput["entities"], rowsFor: PairRowsFor): PostProcessOutput {
  const threshold = Number(params.threshold ?? 0);
  const kept = sortByStake(holdings.filter((h) => h.stake === null || h.stake >= threshold));
  const from = entities.ownerCountry?.name ?? "the country";
  const where = entities.assetCountry?.name ?? `outside ${from}`;
  const owners = new Set(kept.map((h) => h.ownerId)).size;
  const { shown, more } = pageRows(kept, "stakes");
  return {
    columns: ["owner", "ownerId", "held", "heldId", "location", "effectiveStake", "range", "over25", "over50", "via", "chains", "conflictingClaims"],
    rows: rowsFor(shown),
    summary: (kept.length === 0 ? `No owners from ${from} hold stakes ${entities.assetCountry ? `in ${where}` : where}.` : `${countNoun(owners, "owner")} from ${from} ${owners === 1 ? "holds" : "hold"} ${countNoun(kept.length, "stake")} ${entities.assetCountry ? `in ${where}` : where}.`) + more,
  };
}

export const stateControl: PostProcessor = ({ rows, params, entities }) => {
  const { holdings, alternatives, locations } = stakesByOwner("state-control", rows);
  return stateControlAnswer(holdings, params, entities, (shown) => shown.map((h) => stateControlRow(h, locations.get(h.targetId) ?? "", holdingRow(h, alternatives))));
};

export const stateControlRow = (h: Holding, location: string, detail: Row): Row => ({ asset: h.targetName, assetId: h.targetId, location, controller: h.ownerName, controllerId: h.ownerId, ...detail, shareStated: h.unknownChains === 0 });

export function stateControlAnswer(holdings: Holding[], params: Record<string, unknown>, _entities: PostProcessInput["entities"], rowsFor: PairRowsFor): PostProcessOutput {
  const threshold = Number(params.threshold ?? 50);
  const includeUnknown = params.includeUnknown !== false;
  const controlled = sortByStake(holdings.filter((h) => (h.stake ?? h.min) >= threshold || (includeUnknown && h.stake === null)));
  const assets = new Set(controlled.map((h) => h.targetId)).size;
  const { shown, more } = pageRows(controlled, "holdings");
  return {
    columns: ["asset", "assetId", "location", "controller", "controllerId", "effectiveStake", "range", "shareStated", "via", "chains", "conflictingClaims"],
    rows: rowsFor(shown),
    summary: `${countNoun(assets, "asset")} ${assets === 1 ? "is" : "are"} held by a government or state corporation at ${threshold}% or more${includeUnknown ? " or with an unstated share" : ""}.${more}`,
  };
}
