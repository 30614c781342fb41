import { reviewCondition, type GraphStore, type ReadOptions } from "../../graph/index.js";
import { SHOWN_ROWS } from "../postprocess/page-rows.js";
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
const PRODUCERS = `MATCH (g:Element) WHERE g.id IN $covered
MATCH (producer)-[pr:PRODUCES]->(g)
WITH g, producer, pr WHERE ${reviewCondition("pr")} AND pr.status IN ['reported', 'estimate'] AND NOT producer.id IN ['country:world', 'country:other-countries']`;

// The text's DISTINCT is over the element's and producer's names too; a producer's name follows from its id.
const COUNT = `${PRODUCERS}
WITH DISTINCT g.name AS element, producer.id AS partyId, pr.amount AS amount, pr.unit AS unit, pr.year AS year, pr.stage AS note
RETURN count(*) AS n`;

// Not DISTINCT: that costs as much as the whole answer at 1M; duplicates share the sort key, so they are dropped
// here, and the page read again larger if too few distinct rows remain.
const PAGE = `${PRODUCERS}
WITH g, producer, pr ORDER BY coalesce(pr.amount, -1.0) DESC, producer.id, g.name, coalesce(pr.year, -1), coalesce(pr.unit, ''), coalesce(pr.stage, '') LIMIT $limit
RETURN 'producer' AS role, g.name AS element, producer.name AS party, producer.id AS partyId, pr.amount AS amount, pr.unit AS unit, pr.year AS year, pr.stage AS note`;

export const policyExposureRows: StagedRead = async (store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, text: string) => {
  const branches = text.split(/\n\s*UNION ALL\s*\n/);
  if (branches.length !== 5 || !branches[2]?.includes(PRODUCER_BRANCH)) throw new Error("policy-exposure: the LadybugDB text no longer has the five branches the staged read expects (queries/staged/policy-exposure.ts).");
  const policy = String(params.policy ?? "");
  // Side by side: the store answers reads on several connections (graph/store/embedded).
  const others = Promise.all([0, 1, 3].map((i) => store.read(branches[i] as string, { policy, reviews }, limits)));
  others.catch(() => undefined); // awaited below; this only keeps a failure from being reported as unhandled meanwhile
  const covered = (await store.read(COVERED, { policy, reviews }, limits)).rows.map((r) => String(r.id));
  const distinct = (page: Record<string, unknown>[]) => {
    const seen = new Set<string>();
    return page.filter((r) => {
      const key = JSON.stringify([r.element, r.party, r.partyId, r.amount, r.unit, r.year, r.note]);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  };
  const assets = homeAssetRows(store, policy, covered, reviews, limits);
  assets.catch(() => undefined);
  let count = 0;
  let producers: Record<string, unknown>[] = [];
  if (covered.length > 0) {
    let limit = SHOWN_ROWS * 2;
    const [counted, first] = await Promise.all([store.read(COUNT, { covered, reviews }, limits), store.read(PAGE, { covered, reviews, limit }, limits)]);
    count = Number(counted.rows[0]?.n ?? 0);
    let page = first.rows;
    producers = distinct(page);
    while (producers.length < Math.min(SHOWN_ROWS, count) && page.length === limit) {
      limit *= 4;
      page = (await store.read(PAGE, { covered, reviews, limit }, limits)).rows;
      producers = distinct(page);
    }
  }
  const done = await others;
  const [restricted, targeted, importers] = done as [typeof done[0], typeof done[0], typeof done[0]];
  const rows = [...restricted.rows, ...targeted.rows, ...producers.slice(0, SHOWN_ROWS), ...importers.rows, ...(await assets)];
  return {
    columns: restricted.columns,
    rows,
    graph: { nodes: [], edges: [] },
    truncated: done.some((r) => r.truncated),
    totals: { producer: count },
  };
};
