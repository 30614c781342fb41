// One explorer per browser-test file: a temp store and server (harness.ts), Debian's Chromium and a page whose
// uncaught errors are collected, so each test file starts from the same ground.
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, startApp, type RunningApp } from "./harness.js";

export interface ExplorerSession {
  app: RunningApp;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of every page opened through `newPage`; tests expect it empty. */
  pageErrors: string[];
  /** Another page in the same browser, its errors collected too. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** Load the repository's data and the seeds (default) or start from an empty store. */
  load?: boolean;
  /** Runs against the app before the browser opens, e.g. to write a fixture into its store. */
  prepare?: (app: RunningApp) => Promise<void>;
}

export async function openExplorerSession(options: SessionOptions = {}): Promise<ExplorerSession> {
  const app = await startApp({ load: options.load });
  await options.prepare?.(app);
  const chromium = await launchChromium(options.viewport);
  const pageErrors: string[] = [];
  const newPage = async () => {
    const page = await chromium.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    return page;
  };
  const page = await newPage();
  return {
    app,
    context: chromium.context,
    page,
    pageErrors,
    newPage,
    async close() {
      await chromium.close();
      await app.close();
    },
  };
}
