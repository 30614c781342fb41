// Labels at the default zoom of a result of about fifty nodes: the larger nodes' names drawn, none over another.
// A real browser, the real store, waits on conditions; the screenshot is looked at, not compared.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorerSession, type ExplorerSession } from "./explorer-session.js";
import { type RunningApp } from "./harness.js";
import { screenshot } from "./page-waits.js";

let app: RunningApp;
let session: ExplorerSession;
let page: Page;

beforeAll(async () => {
  session = await openExplorerSession({ viewport: { width: 1440, height: 900 } });
  ({ app, page } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

interface Box { id: string; x: number; y: number; left: number; right: number; halfHeight: number }

/** Pairs of drawn labels (text and disc) that share pixels. */
function overlaps(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const apart = a.x + a.right <= b.x - b.left || b.x + b.right <= a.x - a.left || a.y + a.halfHeight <= b.y - b.halfHeight || b.y + b.halfHeight <= a.y - a.halfHeight;
      if (!apart) out.push(`${a.id} / ${b.id}`);
    }
  }
  return out;
}

describe("labels of a 50-node result", () => {
  for (const [name, search] of [
    ["ownership and places", `?${new URLSearchParams({ cypher: "MATCH (a:Actor)-[r:OWNS|LOCATED_IN]->(b) RETURN a, r, b LIMIT 64" })}`],
    ["documents and what they mention", `?${new URLSearchParams({ cypher: "MATCH (d:Document)-[m:MENTIONS]->(n) RETURN d, m, n LIMIT 75" })}`],
  ] as const) {
    it(`${name}: the larger nodes' labels drawn at the default zoom, none over another`, async () => {
      await page.goto(`${app.url}/${search}`);
      await page.waitForFunction(() => {
        const canvas = document.querySelector<HTMLElement>("[data-testid=graph-canvas]");
        return Number(canvas?.dataset["layoutsSettled"] ?? "0") > 0 && !document.querySelector(".layout-status") && window.__ytterby?.cameraMoving() === false;
      }, null, { timeout: 60_000 });
      const order = await page.evaluate(() => window.__ytterby?.order() ?? 0);
      expect(order).toBeGreaterThanOrEqual(40);
      expect(order).toBeLessThanOrEqual(60);
      const boxes = await page.evaluate(() => window.__ytterby?.labelBoxes() ?? []);
      await screenshot(page, `labels-${name.replace(/\W+/g, "-")}`);
      // Where the canvas cannot hold every name (57 names on 750 × 400 pixels), the smaller nodes' names wait
      // for hover or selection; the larger ones stay. How many fit depends on how far ForceAtlas2 spread the graph
      // in its time budget, which a busy machine shortens: 12-20 of 57 measured, so the floor is ten names.
      expect(boxes.length, `labels drawn: ${boxes.length} of ${order}`).toBeGreaterThanOrEqual(10);
      expect(overlaps(boxes)).toEqual([]);
    });
  }
});
