import { extname } from "node:path";
import type { FastifyRequest } from "fastify";
import { allLoaders } from "../loaders/index.js";
import type { UploadLimits } from "./limits.js";

/** One uploaded file, in memory: the name the uploader gave (shown, never used as a path) and its bytes. */
export interface UploadedFile {
  name: string;
  extension: string;
  bytes: Buffer;
}

/** The extensions some loader reads; anything else is refused before its content is looked at. */
export const UPLOAD_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".yaml", ".yml", ".json", ".csv", ".jsonl", ".ndjson"]);
const FORMATS = "articles .txt/.md/.html, reference YAML, USGS JSON/CSV, bulk CSV, BODS JSON, FollowTheMoney JSONL";

export class UploadError extends Error {
  override name = "UploadError";
  constructor(
    message: string,
    readonly statusCode: 400 | 413 | 415,
  ) {
    super(message);
  }
}

/** The last path segment, without control characters, at most 120 characters: for display and the document's path only. */
export function displayName(given: string | undefined, index: number): string {
  const base = (given ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\p{Cc}\p{Cf}]/gu, "").trim().slice(-120);
  return cleaned === "" || cleaned === "." || cleaned === ".." ? `upload-${index + 1}` : cleaned;
}

/** Text the loaders can read: valid UTF-8 (a BOM allowed) without NUL bytes. Binary files pretending to be .txt stop here. */
function isText(bytes: Buffer): boolean {
  if (bytes.subarray(0, 65536).includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Why this file cannot be loaded, or undefined: the extension, then the content as the loaders themselves judge it. */
function refusal(file: UploadedFile): string | undefined {
  if (!UPLOAD_EXTENSIONS.has(file.extension)) return `${file.name}: ${file.extension ? `"${file.extension}" files are` : "a file without an extension is"} not a format Ytterby reads (${FORMATS}).`;
  if (!isText(file.bytes)) return `${file.name}: is not UTF-8 text, so it cannot be ${file.extension} (${FORMATS}).`;
  if (!allLoaders.some((loader) => loader.accepts({ path: file.name, bytes: file.bytes }))) {
    return `${file.name}: its content is not one of the formats Ytterby reads as ${file.extension} (${FORMATS}).`;
  }
  return undefined;
}

/**
 * Reads every file part of a multipart request within the limits, then checks them all, so a request with one
 * bad file loads nothing (the error names the file) rather than half of what was sent.
 */
export async function receiveUploads(request: FastifyRequest, limits: UploadLimits): Promise<UploadedFile[]> {
  if (!request.isMultipart()) throw new UploadError("upload: send the files as multipart/form-data (one part per file).", 415);
  const files: UploadedFile[] = [];
  let total = 0;
  const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  try {
    for await (const part of request.files({ limits: { fileSize: limits.fileBytes, files: limits.files, fields: 10, parts: limits.files + 10 } })) {
      const name = displayName(part.filename, files.length);
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw new UploadError(`${name}: larger than the ${mb(limits.fileBytes)} a file may be (YTTERBY_UPLOAD_FILE_MB).`, 413);
        throw error;
      }
      total += bytes.length;
      if (total > limits.requestBytes) throw new UploadError(`upload: the files together are larger than the ${mb(limits.requestBytes)} one upload may carry (YTTERBY_UPLOAD_REQUEST_MB); send them in several uploads.`, 413);
      files.push({ name, extension: extname(name).toLowerCase(), bytes });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    // The size limit may surface from the part iterator rather than from toBuffer; the error carries its part.
    if (code === "FST_REQ_FILE_TOO_LARGE") {
      const name = displayName((error as { part?: { filename?: string } }).part?.filename, files.length);
      throw new UploadError(`${name}: larger than the ${mb(limits.fileBytes)} a file may be (YTTERBY_UPLOAD_FILE_MB).`, 413);
    }
    if (code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT") throw new UploadError(`upload: more than ${limits.files} files in one upload (YTTERBY_UPLOAD_FILES); send them in several uploads.`, 413);
    throw error;
  }
  if (files.length === 0) throw new UploadError("upload: the request holds no file.", 400);
  for (const file of files) {
    const reason = refusal(file);
    if (reason) throw new UploadError(reason, 415);
  }
  return files;
}
