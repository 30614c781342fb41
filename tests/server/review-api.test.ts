import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { describeReviewApi } from "./review-api-suite.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-review-api-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeReviewApi("embedded (LadybugDB)", () => EmbeddedStore.open(join(dir, "graph.lbug")));
