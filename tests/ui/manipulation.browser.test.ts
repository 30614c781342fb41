// Direct manipulation, as a user does it with the mouse and keyboard on the real canvas: drag a node (it
// stays where dropped), shift-click and lasso several, act on them from the context menu, undo and redo.
// Waits are on conditions only; screenshots go to test-results/screenshots.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorerSession, type ExplorerSession } from "./explorer-session.js";
import { type RunningApp } from "./harness.js";
import { cameraStill as cameraStillOn, layoutSettledAfter as waitForLayoutsAfter, screenshot, settledCount as settledCountOf } from "./page-waits.js";

let app: RunningApp;
let session: ExplorerSession;
let page: Page;
let pageErrors: string[] = [];

// The view the README shows; UPDATE_SCREENSHOTS=1 writes it to docs/screenshots as well.
const README_SHOTS = new Set(["context-menu-node"]);

const shot = (name: string) => screenshot(page, name, README_SHOTS);

const settledCount = () => settledCountOf(page);

const layoutSettledAfter = (before: number) => waitForLayoutsAfter(page, before);

async function runLink(search: string): Promise<void> {
  await page.goto(`${app.url}/${search}`);
  await layoutSettledAfter(0);
}

async function canvasBox(): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("graph-canvas: not on screen.");
  return box;
}

/** Where a node is drawn, in page pixels. */
async function onScreen(id: string): Promise<{ x: number; y: number }> {
  const [at, box] = await Promise.all([page.evaluate((n) => window.__ytterby?.nodePoint(n) ?? null, id), canvasBox()]);
  if (!at) throw new Error(`${id}: not drawn`);
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Whether the canvas itself, not the legend or a panel, is what a pointer at this page point touches. */
const onCanvasAt = (at: { x: number; y: number }) => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains("sigma-mouse") ?? false, at);

type Box = { x: number; y: number; width: number; height: number };

/** A quarter of the canvas to draw a lasso round: every corner on the canvas, its start on no node, a node inside. */
async function lassoQuarter(box: Box, points: Map<string, { x: number; y: number }>): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const [midX, midY] = [box.x + box.width / 2, box.y + box.height / 2];
  const quarters = [
    { left: midX, top: box.y + 50, right: box.x + box.width - 30, bottom: midY },
    { left: box.x + 30, top: box.y + 50, right: midX, bottom: midY },
    { left: midX, top: midY, right: box.x + box.width - 30, bottom: box.y + box.height - 50 },
    { left: box.x + 30, top: midY, right: midX, bottom: box.y + box.height - 50 },
  ];
  for (const q of quarters) {
    const inside = [...points.values()].filter((p) => p.x > q.left && p.x < q.right && p.y > q.top && p.y < q.bottom);
    const startFree = [...points.values()].every((p) => Math.hypot(p.x - q.left - 1, p.y - q.top - 1) > 12);
    if (inside.length === 0 || !startFree) continue;
    const corners = [{ x: q.left + 1, y: q.top + 1 }, { x: q.right, y: q.top }, { x: q.right, y: q.bottom }, { x: q.left, y: q.bottom }];
    if ((await Promise.all(corners.map(onCanvasAt))).every(Boolean)) return q;
  }
  throw new Error("no quarter of the canvas has all its corners on the canvas, a free start and a node inside");
}

const position = (id: string) => page.evaluate((n) => window.__ytterby?.position(n) ?? null, id);
const order = () => page.evaluate(() => window.__ytterby?.order() ?? 0);
const cameraStill = () => cameraStillOn(page);

beforeAll(async () => {
  session = await openExplorerSession();
  ({ app, page, pageErrors } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("dragging a node", () => {
  it("leaves it pinned where it was dropped, through a new layout run; Ctrl+Z and Ctrl+Shift+Z move it back and forth", async () => {
    await runLink("?investigation=ultimate-owners&asset=Lovozero+GOK");
    await cameraStill();
    const id = "actor:rosatom";
    const from = await position(id);
    const start = await onScreen(id);
    const box = await canvasBox();
    // Somewhere empty-ish inside the canvas, well away from where it was.
    const drop = { x: start.x + (start.x < box.x + box.width / 2 ? 140 : -140), y: start.y + (start.y < box.y + box.height / 2 ? 90 : -90) };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(drop.x, drop.y, { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => { const at = await onScreen(id); return Math.hypot(at.x - drop.x, at.y - drop.y); }).toBeLessThan(4);
    const dropped = await position(id);
    expect(dropped).not.toEqual(from);
    await page.getByRole("button", { name: "Undo" }).and(page.locator(":not([disabled])")).waitFor();
    await shot("drag-dropped");

    // Run the layout again: every other node may move, the dropped one does not.
    const settled = await settledCount();
    await page.getByRole("button", { name: "Run layout again" }).click();
    await layoutSettledAfter(settled);
    expect(await position(id)).toEqual(dropped);

    // Undo puts it back where the layout had it; Redo drops it again.
    await page.getByTestId("graph-canvas").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => position(id)).toEqual(from);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Undone: move a node" }).count()).toBe(1);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => position(id)).toEqual(dropped);
    expect(pageErrors).toEqual([]);
  });
});

describe("multi-selection", () => {
  it("shift-click and a shift-drag lasso select nodes; the context menu hides them all; Undo shows them again", async () => {
    await runLink("?investigation=neighbourhood&entity=Rosatom");
    await cameraStill();
    const ids = await page.evaluate(() => window.__ytterby?.nodes() ?? []);
    const box = await canvasBox();
    const points = new Map<string, { x: number; y: number }>();
    for (const id of ids) points.set(id, await onScreen(id));
    // The layout differs from run to run: a node may sit under the legend or on top of another, and a point that
    // looks empty may be a panel. Click only where the canvas itself is under the pointer.
    const clear = (id: string, at: { x: number; y: number }) => [...points].every(([other, p]) => other === id || Math.hypot(p.x - at.x, p.y - at.y) > 14);
    const clickable: string[] = [];
    for (const [id, p] of points) if (id !== "actor:rosatom" && clear(id, p) && (await onCanvasAt(p))) clickable.push(id);

    // Shift-click two nodes.
    const [first, second] = clickable;
    if (!first || !second) throw new Error(`fewer than two clickable nodes on the canvas: ${clickable.join(", ")}`);
    await page.keyboard.down("Shift");
    for (const id of [first, second]) {
      const at = await onScreen(id);
      await page.mouse.click(at.x, at.y);
    }
    await page.keyboard.up("Shift");
    await expect.poll(() => page.getByTestId("marked-count").innerText()).toMatch(/^2 selected/);

    // A lasso round a quarter of the canvas, drawn with Shift held on the background: the first quarter whose
    // corners are all on the canvas, whose start is on no node, and which holds a node.
    const lasso = await lassoQuarter(box, points);
    const caught = [...points].filter(([, p]) => p.x > lasso.left && p.x < lasso.right && p.y > lasso.top && p.y < lasso.bottom).map(([id]) => id);
    const corner = (x: number, y: number) => page.mouse.move(x, y, { steps: 6 });
    const startAt = { x: lasso.left + 1, y: lasso.top + 1 };
    await page.keyboard.down("Shift");
    await page.mouse.move(startAt.x, startAt.y);
    await page.mouse.down();
    await corner(lasso.right, lasso.top);
    await corner(lasso.right, lasso.bottom);
    await corner(lasso.left, lasso.bottom);
    await corner(startAt.x, startAt.y + 2);
    await page.mouse.up();
    await page.keyboard.up("Shift");
    const expected = new Set([first, second, ...caught]);
    await expect.poll(() => page.getByTestId("marked-count").innerText()).toMatch(new RegExp(`^${expected.size} selected`));
    await shot("lasso-selected");

    // Right-click a selected node: hide them all.
    const at = await onScreen(first);
    await page.mouse.click(at.x, at.y, { button: "right" });
    const menu = page.getByTestId("context-menu");
    await menu.getByRole("menuitem", { name: /^Expand [A-Z_]+ \(\d+\)$/ }).first().waitFor();
    await shot("context-menu-node");
    await menu.getByRole("menuitem", { name: `Hide ${expected.size} selected nodes` }).click();
    await page.getByRole("button", { name: `Show ${expected.size} hidden` }).waitFor();
    const labelled = new Set(await page.evaluate(() => window.__ytterby?.labelled() ?? []));
    expect([...expected].filter((id) => labelled.has(id))).toEqual([]);

    // Undo with the button.
    await page.getByRole("toolbar", { name: "Graph edits" }).getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Show \d+ hidden$/ }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe("the context menu", () => {
  it("expands a node through one relationship type, finds paths between two selected nodes, and Undo removes what each added", async () => {
    await page.goto(`${app.url}/?${new URLSearchParams({ cypher: "MATCH (a:Actor {id: 'actor:rosatom'}), (b:Asset {id: 'asset:lovozero-gok'}) RETURN a, b" }).toString()}`);
    await layoutSettledAfter(0);
    await cameraStill();
    expect(await order()).toBe(2);

    // Paths: shift-click Lovozero, right-click Rosatom, "Find paths to Lovozero GOK".
    const lovozero = await onScreen("asset:lovozero-gok");
    await page.keyboard.down("Shift");
    await page.mouse.click(lovozero.x, lovozero.y);
    await page.keyboard.up("Shift");
    let rosatom = await onScreen("actor:rosatom");
    await page.mouse.click(rosatom.x, rosatom.y, { button: "right" });
    const menu = page.getByTestId("context-menu");
    let settled = await settledCount();
    await menu.getByRole("menuitem", { name: "Find paths to Lovozero GOK" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: /shortest path/ }).count(), { timeout: 15_000 }).toBe(1);
    await layoutSettledAfter(settled);
    const withPaths = await order();
    expect(withPaths).toBeGreaterThan(2);
    expect(await page.evaluate(() => window.__ytterby?.size() ?? 0)).toBeGreaterThanOrEqual(withPaths - 1);
    await shot("paths-found");

    // Expand through one relationship type only.
    await cameraStill();
    rosatom = await onScreen("actor:rosatom");
    await page.mouse.click(rosatom.x, rosatom.y, { button: "right" });
    const byType = menu.getByRole("menuitem", { name: /^Expand [A-Z_]+ \(\d+\)$/ });
    await byType.first().waitFor();
    const labels = await byType.allInnerTexts();
    const choice = labels.find((l) => !l.startsWith("Expand OWNS")) ?? labels[0] ?? "";
    const type = /^Expand ([A-Z_]+)/.exec(choice)?.[1] ?? "";
    settled = await settledCount();
    await menu.getByRole("menuitem", { name: choice }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: new RegExp(`(Added \\d+ neighbours?|No new neighbours) through ${type}`) }).count(), { timeout: 15_000 }).toBe(1);
    const expanded = await order();
    if (expanded > withPaths) await layoutSettledAfter(settled);
    // Every relationship Rosatom has now is either from the paths or of the chosen type.
    const inspector = page.getByTestId("inspector");
    await inspector.getByRole("heading", { name: "Rosatom" }).waitFor();
    const types = new Set(await inspector.locator(".edge-list .edge-type").allInnerTexts());
    expect(types.has(type) || expanded === withPaths).toBe(true);
    await shot("expand-by-type");

    // Undo twice: first the expansion, then the paths.
    await page.getByTestId("graph-canvas").click({ position: { x: 5, y: 5 } });
    if (expanded > withPaths) {
      await page.keyboard.press("Control+z");
      await expect.poll(order).toBe(withPaths);
    }
    await page.keyboard.press("Control+z");
    await expect.poll(order).toBe(2);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(order).toBe(withPaths);
    expect(pageErrors).toEqual([]);
  });
});
