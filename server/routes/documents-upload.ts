import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { GraphStore } from "../../graph/index.js";
import { referenceLoader } from "../../loaders/index.js";
import { invalidateEntityIndex, type UploadFileResult } from "../../queries/index.js";
import type { HealthCache } from "../health-cache.js";
import { loaderSession } from "../load-process/run-in-child.js";
import { UPLOAD_LIMITS, type UploadLimits } from "../limits.js";
import { receiveUploads, type UploadedFile } from "../upload-files.js";

/** What a file's load did: the body of POST /api/documents is `{ files: FileResult[] }`, in the order sent (schema in queries/contract.ts). */
export type FileResult = UploadFileResult;

const MAX_ISSUES = 100;

/**
 * Loads uploaded files into the store the server holds, through the same pipeline as `ytterby load` (loader
 * choice, resolution against the stored entities, the content-hash ledger). Each file is written under a
 * generated name in a private temp folder that is removed afterwards; the uploader's name is only shown.
 * The pipeline runs in a child process (load-process/), the store calls in this one.
 * Files load one at a time, reference YAML first, so each result has its own counts and a later file may
 * refer to an earlier one's nodes.
 */
async function loadUploads(store: GraphStore, files: readonly UploadedFile[]): Promise<FileResult[]> {
  const dir = await mkdtemp(join(tmpdir(), "ytterby-upload-"));
  const session = loaderSession(store);
  try {
    const written = await Promise.all(
      files.map(async (file) => {
        const path = join(dir, `${randomUUID()}${file.extension}`);
        await writeFile(path, file.bytes, { mode: 0o600 });
        return { file, path };
      }),
    );
    const isReference = (file: UploadedFile) => referenceLoader.accepts({ path: file.name, bytes: file.bytes });
    const order = [...written.filter((w) => isReference(w.file)), ...written.filter((w) => !isReference(w.file))];
    const results = new Map<UploadedFile, FileResult>();
    for (const { file, path } of order) {
      const summary = await session.load([path], new Map([[path, file.name]]));
      const loaded = summary.files[0];
      const issues = summary.issues.map((issue) => ({ ...issue, where: issue.where.split(path).join(file.name) }));
      results.set(file, {
        file: file.name,
        ...(loaded?.loader ? { loader: loaded.loader } : {}),
        status: !loaded?.ok || loaded.skipped ? "failed" : loaded.unchanged ? "unchanged" : "added",
        nodesCreated: summary.nodesCreated,
        nodesUpdated: summary.nodesUpdated,
        relationshipsCreated: summary.relationshipsCreated,
        evidenceCreated: summary.evidenceCreated,
        issues: issues.slice(0, MAX_ISSUES),
        moreIssues: Math.max(0, issues.length - MAX_ISSUES),
      });
    }
    return files.map((file) => results.get(file)!);
  } finally {
    session.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export interface DocumentUploadOptions {
  store: GraphStore;
  health: HealthCache;
  limits?: UploadLimits;
}

/** POST /api/documents: multipart, one part per file. The token, Host and Origin checks of every /api route apply (app.ts). */
export async function documentUploadRoutes(app: FastifyInstance, { store, health, limits = UPLOAD_LIMITS }: DocumentUploadOptions): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: limits.fileBytes, files: limits.files } });
  // One load at a time: the ledger and the entity resolution of a load assume no other load writes meanwhile.
  let queue: Promise<unknown> = Promise.resolve();

  app.post("/api/documents", async (request) => {
    const files = await receiveUploads(request, limits);
    const run = queue.then(() => loadUploads(store, files));
    queue = run.catch(() => undefined);
    const results = await run;
    if (results.some((r) => r.status === "added")) {
      // Searches and name lookups must see the new entities at once, and the header the new counts.
      invalidateEntityIndex(store);
      await health.reload();
    }
    request.log.info({ files: results.map((r) => ({ file: r.file, status: r.status, issues: r.issues.length + r.moreIssues })) }, "documents uploaded");
    return { files: results };
  });
}
