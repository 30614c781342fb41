import { open, readFile, rm } from "node:fs/promises";
import { z } from "zod";

/**
 * A running server's address and token, in a file next to its database (`graph.lbug` → `graph.lbug.server.json`,
 * mode 0600, removed when the server stops), so `ytterby load` can send files to the server that holds the
 * database instead of failing on its lock. Whoever can read the file can read the database itself, so it
 * tells them nothing new.
 */
export const serverStateSchema = z.object({ url: z.string().url(), pid: z.number().int(), token: z.string().optional() });
export type ServerState = z.infer<typeof serverStateSchema>;

export const serverStatePath = (databasePath: string): string => `${databasePath}.server.json`;

export async function writeServerState(databasePath: string, state: ServerState): Promise<void> {
  const path = serverStatePath(databasePath);
  // Removed first and created exclusively, so the mode is ours even if an older file had another.
  await rm(path, { force: true });
  const file = await open(path, "wx", 0o600);
  try {
    await file.writeFile(`${JSON.stringify(state)}\n`);
  } finally {
    await file.close();
  }
}

export async function removeServerState(databasePath: string): Promise<void> {
  await rm(serverStatePath(databasePath), { force: true });
}

/** The state of a server that is still running (its process exists), or undefined. */
export async function readServerState(databasePath: string): Promise<ServerState | undefined> {
  let text: string;
  try {
    text = await readFile(serverStatePath(databasePath), "utf8");
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = serverStateSchema.safeParse(json);
  if (!parsed.success) return undefined;
  try {
    process.kill(parsed.data.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return undefined;
  }
  return parsed.data;
}
