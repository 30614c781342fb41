// Rendering in headless Chromium: the app's canvas against bare sigma.js drawing the same synthetic graph
// on the same page setup (bench.html), at 1k, 10k and 50k nodes. Also counts long tasks (> 50 ms) while
// ForceAtlas2 runs, which should be none from the layout itself: it runs in a web worker.
import type { Page } from "playwright-core";
import { syntheticResult } from "../ui/src/bench/synthetic.js";
import { launchChromium, startApp } from "../tests/ui/harness.js";
import type { BenchResult } from "./bench-result.js";

const SIZES = [1_000, 10_000, 50_000];
const FRAMES = 10;
const round = (n: number): number => Math.round(n * 10) / 10;

async function firstFrameAfter(page: Page, order: number): Promise<number> {
  await page.waitForFunction((n) => window.__ytterby?.order() === n, order, { polling: "raf", timeout: 300_000 });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

export async function runRenderingBench(): Promise<BenchResult[]> {
  const app = await startApp({ load: false });
  const chromium = await launchChromium();
  const results: BenchResult[] = [];
  try {
    for (const n of SIZES) {
      const body = JSON.stringify(syntheticResult(n));
      const page = await chromium.context.newPage();
      await page.addInitScript(() => {
        const tasks: { start: number; duration: number }[] = [];
        (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true });
      });
      // The query is answered with the synthetic graph, so the app's whole path (fetch, zod, graph build,
      // sigma) runs on it without a store of that size.
      await page.route("**/api/cypher", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
      await page.goto(`${app.url}/?cypher=${encodeURIComponent("MATCH (n) RETURN n")}`, { waitUntil: "commit" });
      const appFirstFrame = await firstFrameAfter(page, n);
      await page.waitForFunction(() => !document.querySelector(".layout-status"), null, { timeout: 300_000, polling: 200 });
      const layoutEnd = await page.evaluate(() => performance.now());
      const longTasks = await page.evaluate(([from, to]) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= from && t.start <= to), [appFirstFrame, layoutEnd] as const);
      const box = await page.evaluate(() => {
        const rect = document.querySelector(".graph-canvas")?.getBoundingClientRect();
        return rect ? { width: rect.width, height: rect.height } : null;
      });
      const appFrame = await page.evaluate((f) => window.__ytterby?.renderMs(f) ?? Number.NaN, FRAMES);
      await page.close();

      const bare = await chromium.context.newPage();
      // "commit": at 50k the first draw holds the load event back longer than goto's default wait.
      await bare.goto(`${app.url}/bench.html?n=${n}&w=${Math.round(box?.width ?? 620)}&h=${Math.round(box?.height ?? 360)}`, { waitUntil: "commit" });
      await bare.waitForFunction(() => window.__bare?.ready === true, null, { timeout: 300_000, polling: "raf" });
      const bareFirstFrame = await bare.evaluate(() => window.__bare?.firstFrameMs ?? Number.NaN);
      const bareFrame = await bare.evaluate((f) => window.__bare?.renderMs(f) ?? Number.NaN, FRAMES);
      await bare.close();

      results.push({
        name: `${n.toLocaleString("en")} nodes`,
        metrics: {
          "app first frame ms": round(appFirstFrame),
          "bare first frame ms": round(bareFirstFrame),
          "first frame ratio": round(appFirstFrame / bareFirstFrame),
          "app frame ms": round(appFrame),
          "bare frame ms": round(bareFrame),
          "frame ratio": round(appFrame / bareFrame),
          "layout ms": round(layoutEnd - appFirstFrame),
          "long tasks during layout": longTasks.length,
          "longest task ms": round(Math.max(0, ...longTasks.map((t) => t.duration))),
        },
      });
    }
  } finally {
    await chromium.close();
    await app.close();
  }
  return results;
}
