// Shared set-up for the explorer's browser tests and the rendering benchmark: build the UI into a temp
// folder, open a temp embedded store with the repository's data, serve both, and launch Debian's Chromium.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type BrowserContext } from "playwright-core";
import { build } from "vite";
import { EmbeddedStore, type GraphStore } from "../../graph/index.js";
import { loadPaths } from "../../loaders/index.js";
import { buildServer } from "../../server/app.js";

export const REPO = resolve(import.meta.dirname, "../..");
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export async function buildUi(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which Vite would honour and React's production build would not match.
  const previous = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    await build({ configFile: join(REPO, "ui/vite.config.ts"), mode: "production", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env["NODE_ENV"] = previous;
  }
}

export interface RunningApp {
  url: string;
  /** The temp folder holding the database (graph.lbug) and the built UI; close() removes it. */
  dir: string;
  dbPath: string;
  store: GraphStore;
  server: FastifyInstance;
  close(): Promise<void>;
}

export async function startApp(options: { load?: boolean } = {}): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-ui-"));
  const uiDir = join(dir, "dist");
  await buildUi(uiDir);
  const dbPath = join(dir, "graph.lbug");
  const store = await EmbeddedStore.open(dbPath);
  if (options.load !== false) {
    const seeds = resolve(REPO, "../shared/seeds");
    const paths = ["data/reference", "data/usgs-mcs2026", "data/samples"].map((p) => join(REPO, p));
    await loadPaths(store, existsSync(seeds) ? [...paths, seeds] : paths);
  }
  const server = await buildServer({ store, uiDir });
  const address = await server.listen({ port: 0, host: "127.0.0.1" });
  return {
    url: address,
    dir,
    dbPath,
    store,
    server,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh profile per run, so no cache or state leaks between runs. */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM}: no Chromium. Install it with \`apt-get install -y chromium fonts-noto-cjk\` or set CHROMIUM_PATH.`);
  const profile = mkdtempSync(join(tmpdir(), "ytterby-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    acceptDownloads: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
