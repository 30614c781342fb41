import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { describeStoreContract } from "./store-contract.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-contract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A low COPY threshold sends the bulk test through COPY FROM and the small ones through UNWIND.
describeStoreContract("embedded (LadybugDB)", () => EmbeddedStore.open(join(dir, "graph.lbug"), { copyThreshold: 500 }));
