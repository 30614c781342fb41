// Conditions the explorer's browser tests wait on, and their screenshots; shared so that every test waits the
// same way (on the page's own signals, never on a fixed sleep).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { REPO } from "./harness.js";

export const SHOTS = join(REPO, "test-results/screenshots");

/** How many layout runs the canvas has finished (the canvas counts them in data-layouts-settled). */
export const settledCount = (page: Page): Promise<number> =>
  page.getByTestId("graph-canvas").evaluate((el) => Number((el as HTMLElement).dataset["layoutsSettled"] ?? "0"));

/** Resolves once more layouts have settled than `before`, and nothing is running or loading. */
export async function layoutSettledAfter(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => {
    const canvas = document.querySelector<HTMLElement>("[data-testid=graph-canvas]");
    return Number(canvas?.dataset["layoutsSettled"] ?? "0") > n && !document.querySelector(".layout-status") && !document.querySelector(".loading-overlay");
  }, before, { timeout: 30_000 });
}

/** Resolves once the camera has stopped animating. */
export const cameraStill = (page: Page) => page.waitForFunction(() => window.__ytterby?.cameraMoving() === false, null, { timeout: 10_000 });

/**
 * Saves the page to test-results/screenshots/<name>.png (to be looked at) and returns the path; with
 * UPDATE_SCREENSHOTS=1, the views named in `readmeShots` also go to docs/screenshots for the README.
 */
export async function screenshot(page: Page, name: string, readmeShots: ReadonlySet<string> = new Set()): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  if (process.env["UPDATE_SCREENSHOTS"] && readmeShots.has(name)) await page.screenshot({ path: join(REPO, "docs/screenshots", `${name}.png`) });
  return path;
}
