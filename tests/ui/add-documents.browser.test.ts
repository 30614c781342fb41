// Uploading an article from the explorer: its facts reach ultimate owners without a restart (issue 16, item 1).
// Waits are on conditions only.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE } from "../queries/fixture.js";
import { ARTICLE } from "../server/serve-process.js";
import { openExplorerSession, type ExplorerSession } from "./explorer-session.js";
import { type RunningApp } from "./harness.js";
import { cameraStill, layoutSettledAfter, screenshot, settledCount } from "./page-waits.js";

const SECOND = "Brisholt Capital stake\n\nBrisholt Capital Plc owns 20% of the Tellbrook Mine, a filing showed on Tuesday.\n";

let app: RunningApp;
let session: ExplorerSession;
let page: Page;
let pageErrors: string[] = [];

const storeLine = () => page.locator(".app-header .store").innerText();
const uploadPanel = () => page.getByTestId("add-documents-panel");
const pick = (name: string, text: string) => page.getByTestId("add-documents-input").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text) });

beforeAll(async () => {
  session = await openExplorerSession({ load: false, prepare: (started) => started.store.upsert(FIXTURE).then(() => undefined) });
  ({ app, page, pageErrors } = session);
}, 240_000);

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await session?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Drawn nodes outside the canvas or under the legend, and the legend under the undo/redo bar. */
async function overlayClashes(): Promise<string[]> {
  const [canvas, legend, editBar] = await Promise.all([page.getByTestId("graph-canvas"), page.locator(".legend"), page.locator(".edit-bar")].map((l) => l.boundingBox()));
  if (!canvas || !legend) return ["no canvas or legend"];
  const clashes = editBar && intersects(legend, editBar) ? ["legend under undo/redo"] : [];
  const points = await page.evaluate(() => window.__ytterby!.visible().map((id) => ({ id, at: window.__ytterby!.nodePoint(id) })));
  for (const { id, at } of points) {
    if (!at) continue;
    const disc = { x: canvas.x + at.x - 4, y: canvas.y + at.y - 4, width: 8, height: 8 };
    if (disc.x < canvas.x || disc.y < canvas.y || disc.x + 8 > canvas.x + canvas.width || disc.y + 8 > canvas.y + canvas.height) clashes.push(`${id} off the canvas`);
    else if (intersects(disc, legend)) clashes.push(`${id} under the legend`);
  }
  return clashes;
}

describe("Add documents", () => {
  it("uploads an article through the file picker; its owners appear in ultimate owners without a restart", async () => {
    await page.goto(app.url);
    await expect.poll(storeLine).toMatch(/nodes/);
    const before = await storeLine();
    await pick("quorvane.txt", ARTICLE);
    await expect.poll(() => uploadPanel().innerText(), { timeout: 60_000 }).toMatch(/quorvane\.txt: \d+ nodes?, \d+ relationships?, \d+ quotes? added/);
    await expect.poll(storeLine).not.toBe(before);

    await page.getByTestId("investigation-ultimate-owners").click();
    const asset = page.getByRole("combobox", { name: "Asset" });
    await asset.fill("Tellbr");
    await page.getByRole("option", { name: /Tellbrook Mine/ }).click();
    await page.getByTestId("run-investigation").click();
    const table = page.getByTestId("result-table");
    await expect.poll(() => table.innerText(), { timeout: 20_000 }).toContain("Haldmoor Holdings");
    expect(await table.innerText()).toContain("Quorvane Minerals");
  }, 120_000);

  it("reports the same file again as unchanged, and reruns the investigation after another article adds an owner", async () => {
    await pick("quorvane-again.txt", ARTICLE);
    await expect.poll(() => uploadPanel().innerText(), { timeout: 60_000 }).toContain("quorvane-again.txt: unchanged since it was last loaded");
    await pick("brisholt.txt", SECOND);
    await expect.poll(() => uploadPanel().innerText(), { timeout: 60_000 }).toMatch(/brisholt\.txt: .* added/);
    await screenshot(page, "add-documents-result");
    const layouts = await settledCount(page);
    await page.getByRole("button", { name: "Run the investigation again" }).click();
    await expect.poll(() => page.getByTestId("result-table").innerText(), { timeout: 20_000 }).toContain("Brisholt Capital");
    // The rerun's graph is drawn and framed before it is looked at.
    await layoutSettledAfter(page, layouts);
    await cameraStill(page);
    await screenshot(page, "add-documents-rerun");
    // What the screenshot showed wrong once: the asset under the legend, and the legend's text under undo/redo.
    expect(await overlayClashes()).toEqual([]);
  }, 120_000);

  it("names a file the server refuses", async () => {
    await page.getByTestId("add-documents-input").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    await expect.poll(() => uploadPanel().innerText(), { timeout: 30_000 }).toContain("photo.png");
    await expect.poll(() => uploadPanel().innerText()).toContain("not a format Ytterby reads");
  }, 60_000);
});
