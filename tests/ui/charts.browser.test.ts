// The right picture per question, in a real browser against the real store: concentration as ranked bars
// with HHI and top-3 called out, the timeline on a time axis, dependency routes as a flow with import
// shares on the links; each with a way to the graph. Waits are on conditions only.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorerSession, type ExplorerSession } from "./explorer-session.js";
import { type RunningApp } from "./harness.js";
import { screenshot } from "./page-waits.js";

const README_SHOTS = new Set(["chart-concentration", "chart-timeline"]);
let app: RunningApp;
let session: ExplorerSession;
let page: Page;
let pageErrors: string[] = [];

const shot = (name: string) => screenshot(page, name, README_SHOTS);

async function openChart(search: string, testId: string): Promise<void> {
  await page.goto(`${app.url}/${search}`);
  await page.getByTestId(testId).waitFor();
}

beforeAll(async () => {
  session = await openExplorerSession({ viewport: { width: 1440, height: 900 } });
  ({ app, page, pageErrors } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("concentration", () => {
  it("is a bar chart of country shares with HHI and top-3 share called out, not rows of the table", async () => {
    await openChart("?investigation=concentration&element=Rare+earth+elements&year=2024&edition=MCS+2025", "concentration-chart");
    const callouts = await page.getByTestId("concentration-callouts").innerText();
    expect(callouts).toMatch(/HHI\s+[\d,]+ highly concentrated/);
    // The same top-3 share as the summary states, to the tenth of a percent.
    const summaryTop3 = /top-3 share ([\d.]+)%/.exec(await page.getByTestId("result-summary").innerText())?.[1];
    expect(summaryTop3).toBeDefined();
    expect(callouts).toMatch(new RegExp(`Top-3 share\\s+${summaryTop3?.replace(".", "\\.")}%`, "i"));
    const table = page.getByTestId("result-table");
    const countries = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(countries).not.toContain("HHI");
    expect(countries).not.toContain("Top-3 share");
    const bars = page.getByTestId("concentration-chart").locator("rect[data-country]");
    expect(await bars.count()).toBe(countries.length);
    // The longest bar is the leader's, China's 69%.
    const widths = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    expect(Math.max(...widths)).toBe(widths[0]);
    expect(await page.getByTestId("concentration-chart").innerText()).toContain("69.2%");
    await shot("chart-concentration");

    // A bar is a country: clicking it shows China in the inspector.
    await bars.first().click();
    await page.getByTestId("inspector").getByRole("heading", { name: "China" }).waitFor();
    // The graph is one click away, and the chart one click back.
    await page.getByRole("tab", { name: "Graph" }).click();
    await page.waitForFunction(() => (window.__ytterby?.order() ?? 0) > 0);
    await page.getByRole("tab", { name: "Bar chart" }).click();
    await page.getByTestId("concentration-chart").waitFor();
    expect(pageErrors).toEqual([]);
  });
});

describe("timeline", () => {
  it("places each event on a time axis in date order, with figures as written", async () => {
    await openChart("?investigation=timeline&entity=Rosatom", "timeline-chart");
    const rows = await page.getByTestId("result-table").locator("tbody tr").count();
    const dots = page.getByTestId("timeline-chart").locator("g[aria-label='dot'] circle");
    expect(await dots.count()).toBe(rows);
    const xs = await dots.evaluateAll((circles) => circles.map((c) => Number(c.getAttribute("cx"))));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBeGreaterThan(1);
    // The axis reads in years.
    const ticks = await page.getByTestId("timeline-chart").locator("g[aria-label='x-axis tick label'] text").allTextContents();
    expect(ticks.some((t) => /^(19|20)\d\d$/.test(t))).toBe(true);
    const text = `${await page.getByTestId("timeline-chart").innerText()} ${await page.getByTestId("result-table").innerText()}`;
    expect(text).toContain("74.97%");
    expect(text).not.toMatch(/\d\.\d*0000\d*%/);
    // A plan's detail is its description or nothing: its status has a column of its own (it read "reported" twice).
    const plan = page.getByTestId("result-table").locator("tbody tr").filter({ hasText: "plans" }).first();
    await expect.poll(() => plan.locator("td").allInnerTexts()).toContain("reported");
    expect((await plan.locator("td").allInnerTexts()).filter((cell) => cell === "reported")).toHaveLength(1);
    await shot("chart-timeline");
    expect(pageErrors).toEqual([]);
  });

  it("refuses a reversed year range at the field, and a failed run adds no history entry", async () => {
    await openChart("?investigation=timeline&entity=Rosatom", "timeline-chart");
    const steps = await page.evaluate(() => history.length);
    const url = page.url();
    await page.getByLabel("From year", { exact: false }).first().fill("2024");
    await page.getByLabel("To year", { exact: false }).first().fill("2020");
    await page.getByTestId("run-investigation").click();
    await expect.poll(() => page.locator(".field-error, [role=alert]").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/before "fromYear" 2024/)]));
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(steps);
    await shot("timeline-reversed-range");
  });
});

describe("dependency routes", () => {
  it("draw as a flow, country → source country → producer, with the import shares written on the links", async () => {
    await openChart("?investigation=dependency-paths&country=United+States&element=Germanium", "route-flow");
    const flow = page.getByTestId("route-flow");
    const names = await flow.getByTestId("flow-node").locator("text").allTextContents();
    // Every place is drawn once.
    expect(names.filter((n) => n === "United States")).toHaveLength(1);
    for (const country of ["Belgium", "China", "Canada", "Germany"]) expect(names, country).toContain(country);
    const shares = await flow.locator(".flow-share").allTextContents();
    expect(shares).toEqual(expect.arrayContaining(["41%", "23%", "17%", "14%"]));
    const columns = await flow.locator(".flow-column").allTextContents();
    expect(columns[0]?.toLowerCase()).toBe("country");
    expect(columns.at(-1)?.toLowerCase()).toBe("producer or element");
    await shot("chart-routes");
    expect(pageErrors).toEqual([]);
  });
});
