// Uploads files to POST /api/documents with XMLHttpRequest, whose upload events give progress (fetch gives none).
import { uploadResultSchema, type UploadFileResult } from "../../../queries/contract.js";
import { ApiError } from "./client.js";
import { apiErrorBodySchema } from "./schemas.js";

export type { UploadFileResult };

/** Sends the files; `onProgress` gets the fraction sent (0–1), and the promise the server's per-file results. */
export function uploadDocuments(files: readonly File[], onProgress: (sent: number) => void): Promise<UploadFileResult[]> {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, "NetworkError", "/api/documents: the server did not answer. Is `ytterby serve` running?"));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        const parsed = apiErrorBodySchema.safeParse(body);
        reject(new ApiError(xhr.status, parsed.success ? parsed.data.error.type : "HttpError", parsed.success ? parsed.data.error.message : `/api/documents: HTTP ${xhr.status}.`));
        return;
      }
      const parsed = uploadResultSchema.safeParse(body);
      if (!parsed.success) reject(new ApiError(xhr.status, "ContractError", `/api/documents: the response does not match the contract (${parsed.error.issues[0]?.message ?? "invalid"}).`));
      else resolve(parsed.data.files);
    };
    xhr.send(form);
  });
}
