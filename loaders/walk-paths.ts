import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";

/**
 * Folder notes such as SOURCE.md describe the data beside them; loading them as articles would put
 * provenance notes into the graph as news.
 */
const FOLDER_NOTES = /^(readme|source|license|licence|notes|changelog)(\.[a-z]+)?$/i;

/** Files under the given paths, depth first in name order so loads are reproducible; hidden entries skipped. */
export async function walkPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((name) => !name.startsWith(".")).sort();
      for (const entry of entries) await visit(join(path, entry));
    } else if (!FOLDER_NOTES.test(basename(path))) {
      files.push(path);
    }
  };
  for (const path of paths) await visit(path);
  return [...new Set(files)];
}
