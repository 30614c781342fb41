import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { describeReviewReload } from "./review-reload-contract.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-review-reload-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeReviewReload("embedded (LadybugDB)", () => EmbeddedStore.open(join(dir, "graph.lbug")));
