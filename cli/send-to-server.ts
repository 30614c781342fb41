import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { StoreError } from "../graph/index.js";
import { uploadResultSchema, type UploadFileResult } from "../queries/index.js";
import { walkPaths } from "../loaders/index.js";
import { readServerState, type ServerState } from "../server/server-state.js";
import { UPLOAD_EXTENSIONS } from "../server/upload-files.js";

export type { UploadFileResult };

/** Files per request and bytes per request, below the server's defaults (50 files, 100 MB). */
const FILES_PER_REQUEST = 40;
const BYTES_PER_REQUEST = 80 * 1024 * 1024;

/** The running server that holds this database, from the state file `ytterby serve` writes next to it. */
export async function serverHolding(databasePath: string): Promise<ServerState | undefined> {
  return readServerState(databasePath);
}

export interface SentLoad {
  results: UploadFileResult[];
  /** Files found under the paths that no loader reads by extension; not sent. */
  skipped: string[];
}

/**
 * `ytterby load` against a server: the files go to its POST /api/documents, a few dozen per request, and
 * the server loads them through the same pipeline into the database it holds.
 */
export async function sendToServer(server: { url: string; token?: string }, paths: readonly string[]): Promise<SentLoad> {
  const files = await walkPaths(paths);
  const sendable = files.filter((path) => UPLOAD_EXTENSIONS.has(extname(path).toLowerCase()));
  const skipped = files.filter((path) => !sendable.includes(path));
  const results: UploadFileResult[] = [];
  let batch: Array<{ path: string; bytes: Buffer }> = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const form = new FormData();
    for (const file of batch) form.append("file", new Blob([new Uint8Array(file.bytes)]), file.path);
    let response: Response;
    try {
      response = await fetch(new URL("/api/documents", server.url), { method: "POST", body: form, headers: server.token ? { authorization: `Bearer ${server.token}` } : {} });
    } catch (error) {
      throw new StoreError(`${server.url}: the server did not answer (${(error as Error).message}).`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const message = (body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${response.status}`;
      throw new StoreError(`${server.url}: the server refused the files (${response.status}): ${message}`);
    }
    const parsed = uploadResultSchema.safeParse(body);
    if (!parsed.success) throw new StoreError(`${server.url}: the server's answer is not an upload result; is it a Ytterby server of this version?`);
    // The server names files by their last segment; the results come back in the order sent.
    parsed.data.files.forEach((result, i) => results.push({ ...result, file: batch[i]?.path ?? result.file }));
    batch = [];
    bytes = 0;
  };
  for (const path of sendable) {
    const content = await readFile(path);
    if (batch.length >= FILES_PER_REQUEST || (batch.length > 0 && bytes + content.length > BYTES_PER_REQUEST)) await flush();
    batch.push({ path, bytes: content });
    bytes += content.length;
  }
  await flush();
  return { results, skipped };
}
