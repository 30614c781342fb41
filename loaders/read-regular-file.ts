import { constants } from "node:fs";
import { open } from "node:fs/promises";

/**
 * Reads a file only if it is still a regular file when opened: a walk's check and the read are apart in time,
 * and a file swapped for a pipe in between would block the load forever (O_NONBLOCK keeps the open itself from
 * waiting for a writer). A link swapped in is refused by O_NOFOLLOW.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error("is no longer a regular file; not read");
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
