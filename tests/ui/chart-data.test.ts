// The data each chart draws, from a result's rows.
import { describe, expect, it } from "vitest";
import { chartFor, concentrationBars, hhiLevel, parseEventDate, routeFlow, timelineEvents } from "../../ui/src/charts/chart-data.js";

describe("chart data", () => {
  it("picks the chart by investigation", () => {
    expect([chartFor("concentration"), chartFor("timeline"), chartFor("dependency-paths"), chartFor("ultimate-owners")]).toEqual(["bars", "timeline", "routes", undefined]);
  });

  it("splits concentration rows into country bars and the HHI and top-3 measures", () => {
    const rows = [
      { rank: 1, country: "China", countryId: "country:cn", amount: 270000, unit: "t", share: 69.23, edition: "MCS 2025" },
      { rank: 2, country: "United States", countryId: "country:us", amount: 45000, unit: "t", share: 11.54, edition: "MCS 2025" },
      { rank: null, country: "HHI", countryId: null, amount: 5024.1, unit: "", share: null, edition: "MCS 2025" },
      { rank: null, country: "Top-3 share", countryId: null, amount: null, unit: "", share: 88.72, edition: "MCS 2025" },
    ];
    const bars = concentrationBars(rows);
    expect(bars.bars.map((b) => b.country)).toEqual(["China", "United States"]);
    expect(bars).toMatchObject({ hhi: 5024.1, top3: 88.72, unit: "t", edition: "MCS 2025" });
    expect([hhiLevel(5024), hhiLevel(1200), hhiLevel(400)]).toEqual(["highly concentrated", "moderately concentrated", "unconcentrated"]);
  });

  it("dates events by year, month or day and drops undated ones", () => {
    expect(parseEventDate("2023")?.toISOString()).toBe("2023-01-01T12:00:00.000Z");
    expect(parseEventDate("2023-04-23")?.toISOString()).toBe("2023-04-23T12:00:00.000Z");
    expect(timelineEvents([{ date: "2024-01", event: "plans", other: "X" }, { date: "soon", event: "plans", other: "Y" }]).map((e) => e.other)).toEqual(["X"]);
  });

  it("draws each place of the routes once, producers in the last column, import shares on the first links", () => {
    const flow = routeFlow([
      { route: "United States → Belgium → Germanium", importShare: 41 },
      { route: "United States → China → Germanium", importShare: 23 },
      { route: "United States → Canada → China → Germanium", importShare: 5 },
    ]);
    expect(flow.columns).toEqual(["Country", "Imports from", "Then from", "Producer or element"]);
    expect(flow.nodes.filter((n) => n.name === "United States")).toHaveLength(1);
    expect(flow.nodes.filter((n) => n.name === "Germanium").map((n) => n.column)).toEqual([3]);
    expect(flow.links.filter((l) => l.label).map((l) => `${l.target} ${l.label}`)).toEqual(["1:Belgium 41%", "1:China 23%", "1:Canada 5%"]);
  });
});
