import type { PostProcessor, Row } from "./types.js";
import { countNoun } from "./count-noun.js";

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** LadybugDB repeats the joining node where a zero-length segment meets the next one; drop the repeats. */
export function withoutRepeats<T>(ids: string[], values: T[]): T[] {
  return values.filter((_, i) => i === 0 || ids[i] !== ids[i - 1]);
}

/** Investigation 4: each route as readable text with the policies that sit on it. */
export const dependencyRoutes: PostProcessor = ({ rows, entities }) => {
  const out = rows.map((row: Row) => {
    const ids = list(row.ids);
    const names = withoutRepeats(ids, list(row.names));
    return {
      route: names.join(" → "),
      hops: row.hops,
      via: withoutRepeats(ids, ids).slice(1, -1).join(", "),
      // collect() leaves names in whatever order the engine met them; both stores must print the same list.
      policies: list(row.policies).sort(),
      controllers: list(row.controllerNames).sort(),
      imported: ids.slice(1, -1).some((id) => id.startsWith("country:") && id !== ids[0]),
    };
  });
  // LadybugDB cannot order by a list, so ties on hops are ordered here.
  out.sort((a, b) => Number(a.hops) - Number(b.hops) || a.route.localeCompare(b.route));
  const country = entities.country?.name ?? "the country";
  const element = entities.element?.name ?? "the element";
  const [first] = out;
  const restricted = out.filter((r) => r.policies.length > 0).length;
  return {
    columns: ["route", "hops", "via", "imported", "policies", "controllers"],
    rows: out,
    summary: first
      ? `${countNoun(out.length, "route")} by which ${country} gets ${element}; the shortest: ${first.route}. ${restricted === 0 ? "None" : restricted} of them ${restricted === 1 ? "crosses" : "cross"} a restricting policy.`
      : `No route from ${country} to ${element} is recorded (no production, imports or producing assets).`,
  };
};
