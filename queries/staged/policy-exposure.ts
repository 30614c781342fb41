import { reviewCondition, type GraphStore, type ReadOptions } from "../../graph/index.js";
import { SHOWN_ROWS } from "../postprocess/page-rows.js";
import { compareExposure } from "../postprocess/policy-exposure.js";
import type { ReviewFilter } from "../review-contract.js";
import type { StagedRead } from "./staged-read.js";

/**
 * Exposure to a policy without reading every producer. The policy's text is a UNION ALL of five branches; the
 * producer branch returns one row per production record of the covered elements (a quarter of all assets in the
 * synthetic world), which the single statement de-duplicated on its text columns and the runner cut at the row
 * limit. Here the restricted, targeted and importer branches run as written (anchored on the policy and small),
 * the assets in the issuer's country are read with their owners in two paths from the country (below), and the
 * producers are counted in the database and only the `SHOWN_ROWS` largest read, with their names, in the order
 * the policy-exposure step shows them (postprocess/policy-exposure.ts); the count goes to that step as
 * `totals.producer` for its "N more". tests/queries/staged-reads.test.ts holds this to the single text's answers.
 */
const PRODUCER_BRANCH = "MATCH (producer)-[pr:PRODUCES]->(g)";

const COVERED = `MATCH (pol:Policy {id: $policy})-[rst:RESTRICTS]->(el:Element)
WITH el, rst WHERE ${reviewCondition("rst")}
MATCH (g:Element)
WHERE g.id = el.id
  OR (g.\`group\` = 'rare_earth_group' AND el.\`group\` IN ['light_rare_earth', 'heavy_rare_earth'])
  OR (el.\`group\` = 'rare_earth_group' AND g.\`group\` IN ['light_rare_earth', 'heavy_rare_earth'])
RETURN DISTINCT g.id AS id`;

// The countries that issued the policy (the asset branch's `home`); the assets there producing a covered element;
// and their owners, matched as one path from the country: an OPTIONAL MATCH of the owner per asset makes LadybugDB
// 0.19 read the holders' tables (3× the time at 100k).
const HOMES = `MATCH (issuer)-[iss:ISSUED]->(pol:Policy {id: $policy})
WITH issuer, iss WHERE ${reviewCondition("iss")}
MATCH (home:Country) WHERE home.id = issuer.id OR home.code = issuer.country
RETURN DISTINCT home.id AS id`;

const HOME_ASSETS = `MATCH (home:Country) WHERE home.id IN $homes
MATCH (home)<-[loc:LOCATED_IN]-(asset:Asset)-[prd:PRODUCES]->(g:Element)
WITH home, asset, g, loc, prd WHERE ${reviewCondition("loc")} AND ${reviewCondition("prd")} AND g.id IN $covered
RETURN DISTINCT 'asset in ' + home.name AS role, g.name AS element, asset.name AS party, asset.id AS partyId`;

const HOME_ASSET_OWNERS = `MATCH (home:Country) WHERE home.id IN $homes
MATCH (home)<-[loc:LOCATED_IN]-(asset:Asset)<-[o:OWNS]-(owner)
WITH asset, owner, loc, o WHERE ${reviewCondition("loc")} AND ${reviewCondition("o")}
RETURN DISTINCT asset.id AS id, owner.name AS name`;

/** The asset branch's rows: one per asset, element and owner name, with a null owner where none passes the filter. */
async function homeAssetRows(store: GraphStore, policy: string, covered: string[], reviews: ReviewFilter, limits: ReadOptions) {
  const homes = (await store.read(HOMES, { policy, reviews }, limits)).rows.map((r) => String(r.id));
  if (homes.length === 0 || covered.length === 0) return [];
  const [assets, owned] = await Promise.all([store.read(HOME_ASSETS, { homes, covered, reviews }, limits), store.read(HOME_ASSET_OWNERS, { homes, reviews }, limits)]);
  const owners = new Map<unknown, unknown[]>();
  for (const r of owned.rows) owners.set(r.id, [...(owners.get(r.id) ?? []), r.name]);
  return assets.rows.flatMap((r) => [...new Set(owners.get(r.partyId) ?? [null])].map((note) => ({ ...r, amount: null, unit: null, year: null, note })));
}

// Review and status filters in a WITH after the MATCH: in the MATCH's own WHERE, a $reviews filter can turn the
// extension from the elements into a scan of the whole relationship table (queries/README.md).
const PRODUCTION = `MATCH (g:Element) WHERE g.id IN $covered
MATCH (producer)-[pr:PRODUCES]->(g)
WITH g, producer, pr WHERE ${reviewCondition("pr")} AND pr.status IN ['reported', 'estimate']`;
const EXCLUDED = "['country:world', 'country:other-countries']";

// The text's DISTINCT is over the element's name, the producer's name and id and the record's figures. A producer is
// told apart by its internal id here: reading producer.id makes LadybugDB 0.19 scan every producer table (0.67 against
// 0.15 CPU s at 1M nodes); the name follows from the id. The statistical aggregates are counted apart, anchored on
// their ids, and subtracted: their rows are distinct from every other producer's.
const distinctCount = (match: string) => `${match}
WITH DISTINCT g.name AS element, id(producer) AS party, pr.amount AS amount, pr.unit AS unit, pr.year AS year, pr.stage AS note
RETURN count(*) AS n`;
const COUNT = distinctCount(PRODUCTION);
const COUNT_EXCLUDED = distinctCount(`MATCH (producer:Country) WHERE producer.id IN ${EXCLUDED}
MATCH (producer)-[pr:PRODUCES]->(g:Element)
WITH g, producer, pr WHERE g.id IN $covered AND ${reviewCondition("pr")} AND pr.status IN ['reported', 'estimate']`);

// The page in two steps, as the producers' ids and names cost a scan of every producer table when read for all the
// records: the $limit largest amounts first (figures only), then the records at or above the smallest of them, with
// names. Filtering the amount in the MATCH's own WHERE lets LadybugDB narrow the extension before it reads producers
// (0.09 against 0.63 CPU s at 1M nodes, timed on the Asset producers). Records without an amount sort last (-1), so a
// threshold of -1 or less reads every record.
const AMOUNTS = `${PRODUCTION}
RETURN coalesce(pr.amount, -1.0) AS amount ORDER BY amount DESC LIMIT $limit`;
const ROWS = `RETURN 'producer' AS role, g.name AS element, producer.name AS party, producer.id AS partyId, pr.amount AS amount, pr.unit AS unit, pr.year AS year, pr.stage AS note`;
const AT_LEAST = `MATCH (g:Element) WHERE g.id IN $covered
MATCH (producer)-[pr:PRODUCES]->(g) WHERE pr.amount >= $threshold
WITH g, producer, pr WHERE ${reviewCondition("pr")} AND pr.status IN ['reported', 'estimate'] AND NOT producer.id IN ${EXCLUDED}
${ROWS}`;
const EVERY = `${PRODUCTION} AND NOT producer.id IN ${EXCLUDED}
${ROWS}`;

type Row = Record<string, unknown>;

/** Producer rows as the text's DISTINCT leaves them, in the policy-exposure step's order. */
function distinctProducers(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = JSON.stringify([r.element, r.party, r.partyId, r.amount, r.unit, r.year, r.note]);
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort(compareExposure);
}

/**
 * The `SHOWN_ROWS` largest producer rows: every record at or above the `limit`-th largest amount holds them
 * (amount leads the order), unless duplicates leave fewer distinct rows than that, when it reads again larger.
 */
async function largestProducers(store: GraphStore, covered: string[], reviews: ReviewFilter, limits: ReadOptions, count: Promise<number>): Promise<Row[]> {
  for (let limit = SHOWN_ROWS * 2; ; limit *= 4) {
    const amounts = (await store.read(AMOUNTS, { covered, reviews, limit }, limits)).rows.map((r) => Number(r.amount));
    const threshold = amounts.length < limit ? undefined : amounts.at(-1);
    const page = threshold === undefined || threshold <= -1 ? await store.read(EVERY, { covered, reviews }, limits) : await store.read(AT_LEAST, { covered, reviews, threshold }, limits);
    const producers = distinctProducers(page.rows);
    if (threshold === undefined || producers.length >= Math.min(SHOWN_ROWS, await count)) return producers.slice(0, SHOWN_ROWS);
  }
}

export const policyExposureRows: StagedRead = async (store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, text: string) => {
  const branches = text.split(/\n\s*UNION ALL\s*\n/);
  if (branches.length !== 5 || !branches[2]?.includes(PRODUCER_BRANCH)) throw new Error("policy-exposure: the LadybugDB text no longer has the five branches the staged read expects (queries/staged/policy-exposure.ts).");
  const policy = String(params.policy ?? "");
  // Side by side: the store answers reads on several connections (graph/store/embedded).
  const others = Promise.all([0, 1, 3].map((i) => store.read(branches[i] as string, { policy, reviews }, limits)));
  others.catch(() => undefined); // awaited below; this only keeps a failure from being reported as unhandled meanwhile
  const covered = (await store.read(COVERED, { policy, reviews }, limits)).rows.map((r) => String(r.id));
  const assets = homeAssetRows(store, policy, covered, reviews, limits);
  assets.catch(() => undefined);
  let count = 0;
  let producers: Row[] = [];
  if (covered.length > 0) {
    // Counted and paged side by side.
    const counted = Promise.all([store.read(COUNT, { covered, reviews }, limits), store.read(COUNT_EXCLUDED, { covered, reviews }, limits)]).then(
      ([all, excluded]) => Number(all.rows[0]?.n ?? 0) - Number(excluded.rows[0]?.n ?? 0),
    );
    counted.catch(() => undefined);
    producers = await largestProducers(store, covered, reviews, limits, counted);
    count = await counted;
  }
  const done = await others;
  const [restricted, targeted, importers] = done as [typeof done[0], typeof done[0], typeof done[0]];
  const rows = [...restricted.rows, ...targeted.rows, ...producers, ...importers.rows, ...(await assets)];
  return {
    columns: restricted.columns,
    rows,
    graph: { nodes: [], edges: [] },
    truncated: done.some((r) => r.truncated),
    totals: { producer: count },
  };
};
