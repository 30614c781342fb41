import { SingleBar, Presets } from "cli-progress";

export interface ProgressReporter {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

/** A bar on stderr for people at a terminal; silent when piped, so logs and JSON stay clean. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return { start() {}, tick() {}, stop() {} };
  const bar = new SingleBar({ stream, format: "{bar} {value}/{total} files | {file}", hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  return {
    start: (total) => bar.start(total, 0, { file: "" }),
    tick: (file) => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
