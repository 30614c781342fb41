import type { Dirent, Stats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, join, relative, isAbsolute } from "node:path";

/**
 * Folder notes such as SOURCE.md describe the data beside them; loading them as articles would put
 * provenance notes into the graph as news.
 */
const FOLDER_NOTES = /^(readme|source|license|licence|notes|changelog)(\.[a-z]+)?$/i;

/** A regular file to load: `path` as found under the given root, `real` the file it is (they differ for a link). */
export interface WalkedFile {
  path: string;
  real: string;
}

/** An entry that is not loaded, and why; `failed` when the user named it and it cannot be read at all. */
export interface SkippedPath {
  path: string;
  reason: string;
  failed?: boolean;
}

export interface WalkResult {
  files: WalkedFile[];
  skipped: SkippedPath[];
}

function kindOf(info: Stats | Dirent): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

function reasonOf(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOENT") return "does not exist (or is a link to nothing)";
  if (error.code === "ELOOP") return "is a symbolic link loop";
  if (error.code === "EACCES" || error.code === "EPERM") return "cannot be read (permission denied)";
  return `cannot be read (${error.code ?? error.message})`;
}

/**
 * Regular files under the given paths, depth first in name order so loads are reproducible. Hidden entries and
 * folder notes are left out. A link inside a folder is loaded only when it leads to a regular file inside the
 * same root (links to folders are not followed, so there are no loops); pipes, sockets, devices, dangling links,
 * loops and links leading out of the root are skipped with a reason, so a hostile folder can neither hang a load
 * nor make it read /etc/passwd.
 */
export async function walkTree(paths: readonly string[]): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const skipped: SkippedPath[] = [];
  const seen = new Set<string>();
  const addFile = (path: string, real: string) => {
    if (seen.has(real)) return;
    seen.add(real);
    if (!FOLDER_NOTES.test(basename(path))) files.push({ path, real });
  };

  const visitFolder = async (root: string, folder: string, shown: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = (await readdir(folder, { withFileTypes: true })).filter((e) => !e.name.startsWith("."));
    } catch (error) {
      skipped.push({ path: shown, reason: reasonOf(error as NodeJS.ErrnoException) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(shown, entry.name);
      const actual = join(folder, entry.name);
      if (entry.isDirectory()) await visitFolder(root, actual, path);
      else if (entry.isFile()) addFile(path, actual);
      else if (entry.isSymbolicLink()) await visitLink(root, actual, path);
      else skipped.push({ path, reason: `is ${kindOf(entry)}` });
    }
  };

  const visitLink = async (root: string, link: string, path: string): Promise<void> => {
    let target: string;
    try {
      target = await realpath(link);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "ENOENT" ? "is a dangling symbolic link (its target does not exist)" : code === "ELOOP" ? "is a symbolic link loop" : `is a symbolic link that ${reasonOf(error as NodeJS.ErrnoException)}`;
      skipped.push({ path, reason });
      return;
    }
    if (!inside(root, target)) {
      skipped.push({ path, reason: `is a symbolic link leading out of ${root}; links are followed only inside the folder given` });
      return;
    }
    let info: Stats;
    try {
      info = await stat(target);
    } catch (error) {
      skipped.push({ path, reason: `is a symbolic link whose target ${reasonOf(error as NodeJS.ErrnoException)}` });
      return;
    }
    if (info.isFile()) addFile(path, target);
    else if (info.isDirectory()) skipped.push({ path, reason: "is a symbolic link to a folder; such links are not followed" });
    else skipped.push({ path, reason: `is a symbolic link to ${kindOf(info)}` });
  };

  for (const given of paths) {
    // A path the user names is taken as meant, link or not; what lies under it is held to it.
    let real: string;
    let info: Stats;
    try {
      real = await realpath(given);
      info = await lstat(real);
    } catch (error) {
      skipped.push({ path: given, reason: reasonOf(error as NodeJS.ErrnoException), failed: true });
      continue;
    }
    if (info.isDirectory()) await visitFolder(real, real, given);
    else if (info.isFile()) addFile(given, real);
    else skipped.push({ path: given, reason: `is ${kindOf(info)}`, failed: true });
  }
  return { files, skipped };
}

/** Regular files under the given paths, as walkTree finds them. */
export async function walkPaths(paths: readonly string[]): Promise<string[]> {
  return (await walkTree(paths)).files.map((f) => f.path);
}
