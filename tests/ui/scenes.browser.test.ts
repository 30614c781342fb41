// Scenes and stand-alone exports in a real browser against a real server and store: build a view (run,
// expand, hide, select, pan), save it as a scene file, open it in a fresh page and get the same picture
// back; the same through a link and Back/Forward; PNG, SVG and GEXF files that carry their own title,
// legend and source. Waits are on conditions only. Screenshots go to test-results/screenshots.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GEXF_VIZ_NAMESPACE } from "../../ui/src/state/gexf.js";
import { openExplorerSession, type ExplorerSession } from "./explorer-session.js";
import { type RunningApp } from "./harness.js";
import { cameraStill as cameraStillOn, layoutSettledAfter as waitForLayoutsAfter, screenshot, settledCount as settledCountOf } from "./page-waits.js";

const README_SHOTS = new Set(["scene-reopened", "style-ownership-planned", "export-png"]);
const FILES = mkdtempSync(join(tmpdir(), "ytterby-scene-test-"));
let app: RunningApp;
let session: ExplorerSession;
let page: Page;
let pageErrors: string[] = [];

const shot = (name: string, target: Page = page) => screenshot(target, name, README_SHOTS);
const layoutSettledAfter = (before: number, target: Page = page) => waitForLayoutsAfter(target, before);
const settledCount = (target: Page = page) => settledCountOf(target);

async function canvasBox(target: Page = page) {
  const box = await target.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("graph-canvas: not on screen.");
  return box;
}

const cameraStill = (target: Page = page) => cameraStillOn(target);

interface Picture {
  visible: string[];
  points: Record<string, { x: number; y: number }>;
  selected: string;
  hiddenButton: string;
}

/** What is on the canvas: the nodes drawn, where, and what the inspector shows. */
async function picture(target: Page = page): Promise<Picture> {
  const visible = (await target.evaluate(() => window.__ytterby?.visible() ?? [])).sort();
  const points: Picture["points"] = {};
  for (const id of visible) {
    const at = await target.evaluate((n) => window.__ytterby?.nodePoint(n) ?? null, id);
    if (at) points[id] = at;
  }
  const selected = await target.getByTestId("inspector").locator(".inspector-head h2").innerText().catch(() => "");
  const hiddenButton = await target.getByRole("button", { name: /Show \d+ hidden/ }).innerText().catch(() => "");
  return { visible, points, selected, hiddenButton };
}

function expectSamePicture(a: Picture, b: Picture): void {
  expect(b.visible).toEqual(a.visible);
  expect(b.selected).toBe(a.selected);
  expect(b.hiddenButton).toBe(a.hiddenButton);
  for (const id of a.visible) {
    const p = a.points[id];
    const q = b.points[id];
    if (!p || !q) throw new Error(`${id}: not drawn in both pictures`);
    expect(Math.hypot(p.x - q.x, p.y - q.y), `${id} moved`).toBeLessThan(3);
  }
}

/** The share of pixels that differ by more than a little between two screenshots of the same size. */
async function screenshotDifference(pathA: string, pathB: string): Promise<number> {
  const toUrl = (path: string) => `data:image/png;base64,${readFileSync(path).toString("base64")}`;
  return page.evaluate(async ([a, b]) => {
    const load = async (src: string) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D context");
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    };
    const [x, y] = await Promise.all([load(a), load(b)]);
    if (x.width !== y.width || x.height !== y.height) return 1;
    let differing = 0;
    for (let i = 0; i < x.data.length; i += 4) {
      const d = Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)) + Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)) + Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0));
      if (d > 48) differing++;
    }
    return differing / (x.width * x.height);
  }, [toUrl(pathA), toUrl(pathB)] as const);
}

async function download(click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]) as [Download, void];
  const path = join(FILES, name);
  await file.saveAs(path);
  return path;
}

beforeAll(async () => {
  session = await openExplorerSession({ viewport: { width: 1440, height: 900 } });
  ({ app, page, pageErrors } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("scenes", () => {
  let built: Picture;
  let builtShot: string;
  let sceneFile: string;

  it("a saved scene file reopens in a fresh page to the same picture", async () => {
    await page.goto(`${app.url}/?investigation=ultimate-owners&asset=Lovozero+GOK`);
    await layoutSettledAfter(0);
    // Expand Rosatom by double-click.
    const settled = await settledCount();
    const box = await canvasBox();
    const rosatom = await page.evaluate(() => window.__ytterby?.nodePoint("actor:rosatom") ?? null);
    if (!rosatom) throw new Error("actor:rosatom: not drawn");
    await page.mouse.dblclick(box.x + rosatom.x, box.y + rosatom.y);
    await layoutSettledAfter(settled);
    expect(await page.evaluate(() => window.__ytterby?.order() ?? 0)).toBeGreaterThan(3);
    await cameraStill();
    // Hide a neighbour expansion brought in: pick it from the list under the table, then Hide in the inspector.
    const chip = page.getByTestId("expanded-nodes").locator("button").first();
    const victimName = (await chip.innerText()).trim();
    await chip.click();
    await page.getByTestId("inspector").locator(".inspector-head h2", { hasText: victimName }).waitFor();
    const victim = await page.evaluate((name) => window.__ytterby?.nodes().find((n) => window.__ytterby?.fullLabel(n) === name) ?? null, victimName);
    if (!victim) throw new Error(`${victimName}: not drawn`);
    await page.getByTestId("inspector").getByRole("button", { name: "Hide" }).click();
    await expect.poll(() => page.evaluate((n) => window.__ytterby?.visible().includes(n), victim)).toBe(false);
    // Fit (focusing the chip zoomed in), select Fin-Proyekt, then pan so the camera is not where a fit puts it.
    await cameraStill();
    await page.keyboard.press("f");
    await cameraStill();
    const finProyekt = await page.evaluate(() => window.__ytterby?.nodePoint("actor:fin-proyekt") ?? null);
    if (!finProyekt) throw new Error("Fin-Proyekt: not drawn");
    // The filter bar grew with the types expansion brought in, so the canvas has moved down since.
    const now = await canvasBox();
    await page.mouse.click(now.x + finProyekt.x, now.y + finProyekt.y);
    await page.getByTestId("inspector").getByRole("heading", { name: /Fin-Proyekt/ }).waitFor();
    await page.mouse.move(now.x + 40, now.y + now.height - 40);
    await page.mouse.down();
    await page.mouse.move(now.x + 120, now.y + now.height - 80, { steps: 6 });
    await page.mouse.up();
    await cameraStill();
    // Style is part of the scene: colour by confidence.
    await page.getByRole("combobox", { name: "Colour edges by" }).selectOption("confidence");
    await page.mouse.move(now.x + now.width - 5, now.y + 5);
    built = await picture();
    builtShot = await shot("scene-built");

    sceneFile = await download(() => page.getByRole("button", { name: "Save scene" }).click(), "lovozero.ytterby-scene.json");
    const saved = JSON.parse(readFileSync(sceneFile, "utf8")) as { format: string; version: number; hidden: string[]; expanded: string[]; style: { edgeColor: string } };
    expect(saved).toMatchObject({ format: "ytterby-scene", version: 1, hidden: [victim], expanded: ["actor:rosatom"], style: { edgeColor: "confidence" } });

    // A fresh page: nothing shown until the file is opened.
    const fresh = await session.newPage();
    await fresh.goto(`${app.url}/`);
    await fresh.getByRole("button", { name: "Open scene…" }).waitFor();
    await fresh.getByTestId("scene-file-input").setInputFiles(sceneFile);
    await layoutSettledAfter(0, fresh);
    await cameraStill(fresh);
    await fresh.mouse.move(now.x + now.width - 5, now.y + 5);
    const reopened = await picture(fresh);
    expectSamePicture(built, reopened);
    expect(await fresh.getByRole("combobox", { name: "Colour edges by" }).inputValue()).toBe("confidence");
    const reopenedShot = await shot("scene-reopened", fresh);
    expect(await screenshotDifference(builtShot, reopenedShot)).toBeLessThan(0.01);
    // Opening a file is a step in history: Back returns to the empty start page.
    expect(fresh.url()).toContain("#scene=");
    await fresh.close();
    expect(pageErrors).toEqual([]);
  });

  it("a link with the scene in its hash opens the same picture, and Back/Forward move between views", async () => {
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByRole("status").filter({ hasText: /Link (copied|in the address bar)\./ }).waitFor();
    const link = page.url();
    expect(link).toMatch(/\?investigation=ultimate-owners&asset=Lovozero\+GOK.*#scene=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(4200);

    const other = await session.newPage();
    await other.goto(link);
    await layoutSettledAfter(0, other);
    await cameraStill(other);
    await other.mouse.move(1400, 60);
    expectSamePicture(built, await picture(other));
    await other.close();

    // Another investigation, then Back to the scene and Forward again.
    const before = await settledCount();
    await page.goto(`${app.url}/?investigation=ultimate-owners&asset=Mountain+Pass`);
    await layoutSettledAfter(0);
    expect(await page.evaluate(() => window.__ytterby?.nodes().includes("asset:mountain-pass"))).toBe(true);
    expect(before).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForFunction(() => window.__ytterby?.nodes().includes("asset:lovozero-gok") === true, null, { timeout: 30_000 });
    await layoutSettledAfter(0);
    await cameraStill();
    await page.mouse.move(1400, 60);
    expectSamePicture(built, await picture());
    await page.goForward();
    await page.waitForFunction(() => window.__ytterby?.nodes().includes("asset:mountain-pass") === true, null, { timeout: 30_000 });
  });

  it("a file that is not a scene, or from a newer Ytterby, is refused with a message that says so", async () => {
    await page.goto(`${app.url}/`);
    const newer = join(FILES, "newer.ytterby-scene.json");
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(readFileSync(sceneFile, "utf8")), version: 7 }));
    await page.getByTestId("scene-file-input").setInputFiles(newer);
    await page.getByRole("status").filter({ hasText: "scene version 7 was written by a newer Ytterby" }).waitFor();
    const result = join(FILES, "result.json");
    writeFileSync(result, JSON.stringify({ format: "ytterby-result", version: 1 }));
    await page.getByTestId("scene-file-input").setInputFiles(result);
    await page.getByRole("status").filter({ hasText: "not a Ytterby scene" }).waitFor();
    await shot("scene-refused");
  });
});

describe("exports that stand alone", () => {
  it("PNG and SVG carry a title, the legend and a source line on white; GEXF declares the viz namespace Gephi reads", async () => {
    await page.goto(`${app.url}/?investigation=ultimate-owners&asset=Mountain+Pass`);
    await layoutSettledAfter(0);
    await cameraStill();
    await shot("style-ownership-planned");

    const png = await download(() => page.getByRole("button", { name: "Export PNG" }).click(), "mountain-pass.png");
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      context?.drawImage(image, 0, 0);
      const corner = context?.getImageData(2, 2, 1, 1).data;
      return { width: image.width, height: image.height, corner: corner ? [...corner] : [] };
    }, `data:image/png;base64,${readFileSync(png).toString("base64")}`);
    const box = await canvasBox();
    // Taller than the canvas: the title above and the legend and source line below.
    expect(size.height).toBeGreaterThan(box.height + 60);
    expect(size.corner).toEqual([255, 255, 255, 255]);
    // Look at it: the exported file itself, opened in the browser.
    const viewer = await session.newPage();
    await viewer.setContent(`<img src="data:image/png;base64,${readFileSync(png).toString("base64")}" style="max-width:100%">`);
    await viewer.locator("img").evaluate((img) => (img as HTMLImageElement).decode());
    await shot("export-png", viewer);
    await viewer.close();

    const svgPath = await download(() => page.getByRole("button", { name: "Export SVG" }).click(), "mountain-pass.svg");
    const svg = new DOMParser().parseFromString(readFileSync(svgPath, "utf8"), "image/svg+xml");
    const texts = Array.from(svg.getElementsByTagName("text")).map((t) => t.textContent ?? "");
    expect(texts).toContain("Ultimate owners of an asset");
    expect(texts.some((t) => t.startsWith("Source: Ytterby knowledge graph"))).toBe(true);
    expect(texts).toContain("Mountain Pass");
    expect(texts.some((t) => /planned/.test(t))).toBe(true);
    const svgViewer = await session.newPage();
    await svgViewer.setContent(`<img src="data:image/svg+xml;base64,${readFileSync(svgPath).toString("base64")}">`);
    await svgViewer.locator("img").evaluate((img) => (img as HTMLImageElement).decode());
    await shot("export-svg", svgViewer);
    await svgViewer.close();

    // Colour by source kind reads each edge's evidence: Mountain Pass's stakes come from the curated reference.
    await page.getByRole("combobox", { name: "Colour edges by" }).selectOption("source");
    await page.getByRole("group", { name: "Legend" }).getByText("curated reference").waitFor();
    await shot("style-by-source");

    const gexfPath = await download(() => page.getByRole("button", { name: "Export GEXF" }).click(), "mountain-pass.gexf");
    const gexf = new DOMParser().parseFromString(readFileSync(gexfPath, "utf8"), "application/xml");
    const root = gexf.documentElement;
    if (!root) throw new Error("GEXF: no root element");
    expect(root.getAttribute("version")).toBe("1.2");
    const nodes = Array.from(gexf.getElementsByTagName("node"));
    expect(nodes.length).toBeGreaterThan(2);
    for (const node of nodes) {
      expect(node.getElementsByTagNameNS(GEXF_VIZ_NAMESPACE, "position").length, `${node.getAttribute("id")}: viz:position`).toBe(1);
      expect(node.getElementsByTagNameNS(GEXF_VIZ_NAMESPACE, "color").length).toBe(1);
      expect(node.getElementsByTagNameNS(GEXF_VIZ_NAMESPACE, "size").length).toBe(1);
    }
  });
});

describe("small screens", () => {
  it("at 1024×700 the inspector starts folded, the canvas keeps most of the screen, and the exports stay on it", async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(`${app.url}/?investigation=ultimate-owners&asset=Lovozero+GOK`);
    await layoutSettledAfter(0);
    const exportButton = await page.getByRole("button", { name: "Export GEXF" }).boundingBox();
    expect(exportButton && exportButton.y + exportButton.height).toBeLessThanOrEqual(700);
    expect(exportButton && exportButton.x + exportButton.width).toBeLessThanOrEqual(1024);
    const sigmaWidth = () => page.locator("[data-testid=graph-canvas] canvas").first().evaluate((c) => (c as HTMLCanvasElement).getBoundingClientRect().width);
    const before = await canvasBox();
    expect(before.width).toBeGreaterThan(700);
    expect(before.height).toBeGreaterThan(260);
    expect(await sigmaWidth()).toBeCloseTo(before.width, 0);
    await shot("small-screen");
    // Selecting a node opens the inspector; both panels fold away on request, and sigma follows the new width.
    const at = await page.evaluate(() => window.__ytterby?.nodePoint("actor:rosatom") ?? null);
    if (!at) throw new Error("actor:rosatom: not drawn");
    await page.mouse.click(before.x + at.x, before.y + at.y);
    await page.getByTestId("inspector").getByRole("heading", { name: /Rosatom/ }).waitFor();
    await page.getByRole("button", { name: /Investigations/ }).click();
    await page.getByRole("button", { name: /Inspector/ }).click();
    await expect.poll(async () => (await canvasBox()).width).toBeGreaterThan(1000);
    await expect.poll(sigmaWidth).toBeGreaterThan(1000);
    await cameraStill();
    await shot("small-screen-collapsed");
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
