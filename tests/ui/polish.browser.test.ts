// Smaller things a user meets, in a real browser against the real store: a misspelt name offers the close
// ones to click, the header's counts add up to the server's, a highlighted quote does not paint over the
// letter before it. Waits are on conditions only.
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

beforeAll(async () => {
  session = await openExplorerSession();
  ({ app, page, pageErrors } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("a name that matches nothing", () => {
  it("offers the closest entities as buttons, and no command-line advice", async () => {
    await page.goto(app.url);
    await page.getByTestId("investigation-ultimate-owners").click();
    await page.getByRole("combobox", { name: "Asset" }).fill("Lovozro");
    await page.getByTestId("run-investigation").click();
    const suggestions = page.getByTestId("did-you-mean");
    await suggestions.waitFor();
    // Said once, beside the field, with the choices right under the form (before the review filter), and no
    // second copy of the message (with internal ids) under the form.
    expect(await page.locator("#param-asset-error").innerText()).toMatch(/No Asset or Actor is called "Lovozro"/);
    expect(await page.locator("#param-asset-error").innerText()).not.toMatch(/ytterby|--param/);
    expect(await page.getByTestId("form-error").count()).toBe(0);
    const [offered, reviewFilter] = await Promise.all([suggestions.boundingBox(), page.getByTestId("review-filter").boundingBox()]);
    expect(offered && reviewFilter && offered.y < reviewFilter.y, "suggestions above the review filter").toBe(true);
    await shot("did-you-mean");
    await suggestions.getByRole("button", { name: "Lovozero GOK" }).click();
    await expect.poll(() => page.getByTestId("result-summary").innerText().catch(() => ""), { timeout: 15_000 }).toMatch(/Lovozero GOK/);
    expect(await page.getByRole("combobox", { name: "Asset" }).inputValue()).toBe("Lovozero GOK");
    expect(page.url()).toContain("asset=Lovozero+GOK");
    expect(pageErrors).toEqual([]);
  });
});

describe("the header", () => {
  it("counts nodes and evidence apart, adding up to what /api/health counts", async () => {
    await page.goto(app.url);
    const line = page.locator(".app-header .store");
    await expect.poll(() => line.innerText()).toMatch(/nodes/);
    const text = await line.innerText();
    const numbers = (pattern: RegExp) => Number((pattern.exec(text)?.[1] ?? "NaN").replaceAll(",", ""));
    const health = await page.evaluate(async () => (await (await fetch("/api/health")).json()) as { counts: { nodes: Record<string, number> } });
    const total = Object.values(health.counts.nodes).reduce((a, b) => a + b, 0);
    expect(numbers(/([\d,]+) nodes/) + numbers(/\+([\d,]+) evidence/)).toBe(total);
    // At 1280 px, beside the header's buttons, the whole line is shown (it ended "· 1,3…" on one line).
    const clipped = await line.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    expect(clipped, text).toBe(false);
    await screenshot(page, "header-1280");
  });
});

describe("the document viewer", () => {
  it("highlights a quote without painting over the letter before it", async () => {
    await page.goto(`${app.url}/?investigation=ultimate-owners&asset=Mountain+Pass`);
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLElement>("[data-testid=graph-canvas]");
      return Number(canvas?.dataset["layoutsSettled"] ?? "0") > 0 && !document.querySelector(".layout-status") && window.__ytterby?.cameraMoving() === false;
    }, null, { timeout: 30_000 });
    const at = await page.evaluate(() => window.__ytterby?.nodePoint("actor:shenghe-resources") ?? null);
    const box = await page.getByTestId("graph-canvas").boundingBox();
    if (!at || !box) throw new Error("actor:shenghe-resources: not drawn");
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const inspector = page.getByTestId("inspector");
    await inspector.getByRole("heading", { name: "Shenghe Resources" }).waitFor();
    await inspector.locator(".edge-row", { hasText: "MP Materials" }).first().click();
    await inspector.getByRole("button", { name: /open document/ }).first().click();
    const viewer = page.getByTestId("document-viewer");
    await viewer.getByTestId("quoted-span").first().waitFor();
    // A shadow reaching sideways is drawn over the neighbouring run's last letter; above and below it is not.
    const sideways = await viewer.locator("mark.quoted").evaluateAll((marks) => marks.flatMap((m) => {
      const shadow = getComputedStyle(m).boxShadow;
      if (shadow === "none") return [];
      return shadow.split(/,(?![^(]*\))/).filter((one) => {
        const lengths = (one.replace(/rgba?\([^)]*\)/, "").match(/-?[\d.]+px/g) ?? []).map((l) => Number.parseFloat(l));
        const [x = 0, , , spread = 0] = lengths;
        return x !== 0 || spread > 0;
      });
    }));
    expect(sideways).toEqual([]);
    await shot("document-quote");
    await page.keyboard.press("Escape");
    expect(pageErrors).toEqual([]);
  });
});
