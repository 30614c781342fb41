// Rendering in headless Chromium at 1k, 10k, 50k and 100k nodes: the app's canvas against bare sigma.js drawing
// the same synthetic graph in a canvas of the same size (ui/bench.html). "same" uses the app's render graph
// and sigma settings, so app/same is the app's own overhead (React, controllers, fetch and validation);
// "defaults" is a plain graph with sigma's defaults, so app/defaults adds what our styling costs. Long
// tasks (> 50 ms) are counted while ForceAtlas2 runs, in the app and in the baseline running the same layout:
// the layout is in a worker, so those that remain come from drawing its frames.
import type { BrowserContext, Page } from "playwright-core";
import { syntheticResult } from "../ui/src/bench/synthetic.js";
import { launchChromium, startApp } from "../tests/ui/harness.js";
import type { BenchResult } from "./bench-result.js";

const SIZES = [1_000, 10_000, 50_000, 100_000];
const FRAMES = 10;
const WAIT = { timeout: 600_000 };
const round = (n: number): number => Math.round(n * 10) / 10;

interface Measured {
  firstFrame: number;
  frame: number;
  layoutMs: number;
  longTasks: number[];
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true });
  });
}

/** Long tasks between the layout's start and end marks (set by ui/src/canvas/force-layout.ts). */
async function layoutTasks(page: Page): Promise<{ layoutMs: number; longTasks: number[] }> {
  await page.waitForFunction(() => performance.getEntriesByName("ytterby:layout-end").length > 0, null, { ...WAIT, polling: 200 });
  return page.evaluate(() => {
    const start = performance.getEntriesByName("ytterby:layout-start")[0]?.startTime ?? 0;
    const end = performance.getEntriesByName("ytterby:layout-end")[0]?.startTime ?? 0;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return { layoutMs: end - start, longTasks: tasks.filter((t) => t.start >= start && t.start <= end).map((t) => t.duration) };
  });
}

async function measureApp(context: BrowserContext, url: string, n: number): Promise<Measured & { box: { width: number; height: number } }> {
  const page = await context.newPage();
  await observeLongTasks(page);
  // The query is answered with the synthetic graph, so the app's whole path (fetch, zod, graph build,
  // sigma) runs on it without a store of that size.
  const body = JSON.stringify(syntheticResult(n));
  await page.route("**/api/cypher", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  // "commit", not "load": at 50k the first draw holds the load event back past goto's default wait.
  await page.goto(`${url}/?cypher=${encodeURIComponent("MATCH (n) RETURN n")}`, { waitUntil: "commit" });
  await page.waitForFunction((order) => window.__ytterby?.order() === order, n, { ...WAIT, polling: "raf" });
  const firstFrame = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  const layout = await layoutTasks(page);
  await page.waitForFunction(() => !document.querySelector(".layout-status"), null, { ...WAIT, polling: 200 });
  const box = await page.evaluate(() => {
    const rect = document.querySelector(".graph-canvas")?.getBoundingClientRect();
    return { width: Math.round(rect?.width ?? 620), height: Math.round(rect?.height ?? 360) };
  });
  const frame = await page.evaluate((f) => window.__ytterby?.renderMs(f) ?? Number.NaN, FRAMES);
  await page.close();
  return { firstFrame, frame, ...layout, box };
}

async function measureBare(context: BrowserContext, url: string, query: string, withLayout: boolean): Promise<Measured> {
  const page = await context.newPage();
  await observeLongTasks(page);
  await page.goto(`${url}/bench.html?${query}${withLayout ? "&layout=1" : ""}`, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bare?.ready === true, null, { ...WAIT, polling: "raf" });
  const firstFrame = await page.evaluate(() => window.__bare?.firstFrameMs ?? Number.NaN);
  const layout = withLayout ? await layoutTasks(page) : { layoutMs: 0, longTasks: [] };
  await page.waitForFunction(() => window.__bare?.layoutDone === true, null, WAIT);
  const frame = await page.evaluate((f) => window.__bare?.renderMs(f) ?? Number.NaN, FRAMES);
  await page.close();
  return { firstFrame, frame, ...layout };
}

export async function runRenderingBench(): Promise<BenchResult[]> {
  const app = await startApp({ load: false });
  const chromium = await launchChromium();
  const results: BenchResult[] = [];
  try {
    for (const n of SIZES) {
      const ours = await measureApp(chromium.context, app.url, n);
      const canvas = `n=${n}&w=${ours.box.width}&h=${ours.box.height}`;
      const same = await measureBare(chromium.context, app.url, `${canvas}&mode=same`, true);
      const defaults = await measureBare(chromium.context, app.url, `${canvas}&mode=defaults`, false);
      results.push({
        name: `${n.toLocaleString("en")} nodes`,
        metrics: {
          "app first frame ms": round(ours.firstFrame),
          "bare first frame ms": round(same.firstFrame),
          "first frame ratio": round(ours.firstFrame / same.firstFrame),
          "app frame ms": round(ours.frame),
          "bare frame ms": round(same.frame),
          "frame ratio": round(ours.frame / same.frame),
          "sigma-defaults frame ms": round(defaults.frame),
          "layout ms": round(ours.layoutMs),
          "app long tasks in layout": ours.longTasks.length,
          "bare long tasks in layout": same.longTasks.length,
          "app longest task ms": round(Math.max(0, ...ours.longTasks)),
          "bare longest task ms": round(Math.max(0, ...same.longTasks)),
        },
      });
    }
  } finally {
    await chromium.close();
    await app.close();
  }
  return results;
}
