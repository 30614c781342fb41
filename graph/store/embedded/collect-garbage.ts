import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/**
 * A full garbage collection now. V8 collects only when JavaScript allocates, and while a load's COPY statements
 * run it allocates almost nothing, so the garbage of staging (most of a heap that had grown to ~750 MB at 100k
 * nodes, ~240 MB of it live) stayed resident beside LadybugDB's COPY memory and set the load's peak RSS. The
 * collector is reached through a new context, so no `gc` global appears in the program's own; freed pages go
 * back to the system within a moment.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
