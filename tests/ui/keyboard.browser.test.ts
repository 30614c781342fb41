// Keyboard paths, as a keyboard user takes them in a real browser: skip links first in the Tab order, arrow
// keys from node to node on the canvas, arrow keys from row to row in the table. Waits on conditions only.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorerSession, type ExplorerSession } from "./explorer-session.js";
import { type RunningApp } from "./harness.js";
import { screenshot } from "./page-waits.js";

let app: RunningApp;
let session: ExplorerSession;
let page: Page;
let pageErrors: string[] = [];

const shot = (name: string) => screenshot(page, name);

async function openSettled(search: string): Promise<void> {
  await page.goto(`${app.url}/${search}`);
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLElement>("[data-testid=graph-canvas]");
    return Number(canvas?.dataset["layoutsSettled"] ?? "0") > 0 && !document.querySelector(".layout-status") && window.__ytterby?.cameraMoving() === false;
  }, null, { timeout: 30_000 });
}

const focused = () => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { testId: el?.dataset["testid"] ?? el?.closest("[data-testid]")?.getAttribute("data-testid") ?? null, tag: el?.tagName ?? "", text: el?.innerText.slice(0, 80) ?? "" };
});

const heading = () => page.getByTestId("inspector").locator(".inspector-head h2");

beforeAll(async () => {
  session = await openExplorerSession();
  ({ app, page, pageErrors } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("keyboard paths", () => {
  it("Tab then Enter reaches the canvas; arrow keys select and centre nodes; Enter expands", async () => {
    await openSettled("?investigation=neighbourhood&entity=Rosatom");
    await page.locator("body").focus();
    await page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ tag: "BUTTON", text: "Skip to the graph" });
    await shot("keyboard-skip-link");
    await page.keyboard.press("Enter");
    expect((await focused()).testId).toBe("graph-canvas");

    // The first arrow picks the node nearest the centre; the next ones walk in their direction.
    await page.keyboard.press("ArrowRight");
    await heading().waitFor();
    const seen = new Set([await heading().innerText()]);
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      seen.add(await heading().innerText());
    }
    expect(seen.size, "distinct nodes reached by arrow keys").toBeGreaterThan(1);
    // The selected node is centred, so the keyboard never walks off screen.
    const name = await heading().innerText();
    const id = await page.evaluate((n) => window.__ytterby?.nodes().find((x) => window.__ytterby?.fullLabel(x) === n) ?? null, name);
    if (!id) throw new Error(`${name}: not on the canvas`);
    const box = await page.getByTestId("graph-canvas").boundingBox();
    await expect.poll(async () => {
      const at = await page.evaluate((n) => window.__ytterby?.nodePoint(n) ?? null, id);
      return at && box ? Math.hypot(at.x - box.width / 2, at.y - box.height / 2) : Infinity;
    }, { timeout: 10_000 }).toBeLessThan(30);
    await shot("keyboard-canvas");

    const order = await page.evaluate(() => window.__ytterby?.order() ?? 0);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").filter({ hasText: /Added \d+ neighbour|No new neighbours/ }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => window.__ytterby?.order() ?? 0)).toBeGreaterThanOrEqual(order);
    expect(pageErrors).toEqual([]);
  });

  it("a skip link reaches the rows; arrow keys move between rows and Enter focuses a row's node", async () => {
    await openSettled("?investigation=neighbourhood&entity=Rosatom");
    await page.locator("body").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ tag: "BUTTON", text: "Skip to the rows" });
    await page.keyboard.press("Enter");
    expect(await focused()).toMatchObject({ tag: "TR", testId: "result-table" });
    const first = (await focused()).text;
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const third = await focused();
    expect(third.tag).toBe("TR");
    expect(third.text).not.toBe(first);
    await page.keyboard.press("Enter");
    const rowNeighbour = await page.getByTestId("result-table").locator("tbody tr").nth(2).locator("td").nth(3).innerText();
    await expect.poll(() => heading().innerText()).toBe(rowNeighbour);
    // Only one row is in the Tab order: Tab leaves the table rather than walking every row.
    expect(await page.getByTestId("result-table").locator("tbody tr[tabindex='0']").count()).toBe(1);
    await shot("keyboard-rows");
    expect(pageErrors).toEqual([]);
  });
});
