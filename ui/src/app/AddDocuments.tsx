import { useCallback, useEffect, useRef, useState } from "react";
import { uploadDocuments, type UploadFileResult } from "../api/upload.js";
import "./add-documents.css";

/** What the file picker offers: the formats `ytterby load` reads. The server checks again, by content. */
const ACCEPT = ".txt,.md,.markdown,.html,.htm,.yaml,.yml,.json,.csv,.jsonl,.ndjson";

type UploadState = { state: "idle" } | { state: "sending"; sent: number; names: string[] } | { state: "done"; results: UploadFileResult[] } | { state: "error"; message: string };

interface Props {
  /** After a load that added something: the header counts are read again. */
  onLoaded(): void;
  /** Runs the open investigation again, when there is one. */
  onRerun?: () => void;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

function describe(result: UploadFileResult): string {
  if (result.status === "unchanged") return "unchanged since it was last loaded";
  if (result.status === "failed") return "not loaded";
  return `${plural(result.nodesCreated, "node")}, ${plural(result.relationshipsCreated, "relationship")}, ${plural(result.evidenceCreated, "quote")} added`;
}

/**
 * "Add documents": a file picker in the header and a drop zone over the whole page. Files go to
 * POST /api/documents with upload progress; the per-file results stay listed until dismissed.
 */
export function AddDocuments({ onLoaded, onRerun }: Props) {
  const [upload, setUpload] = useState<UploadState>({ state: "idle" });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const depth = useRef(0);

  const send = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      setUpload({ state: "sending", sent: 0, names: files.map((f) => f.name) });
      uploadDocuments(files, (sent) => setUpload((current) => (current.state === "sending" ? { ...current, sent } : current)))
        .then((results) => {
          setUpload({ state: "done", results });
          if (results.some((r) => r.status === "added")) onLoaded();
        })
        .catch((error: unknown) => setUpload({ state: "error", message: error instanceof Error ? error.message : String(error) }));
    },
    [onLoaded],
  );

  // Files dragged from the desktop may be dropped anywhere on the page; other drags (text, graph nodes) are left alone.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      send([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [send]);

  const added = upload.state === "done" && upload.results.some((r) => r.status === "added");
  return (
    <div className="add-documents">
      <button type="button" className="add-documents-button" disabled={upload.state === "sending"} onClick={() => input.current?.click()} title="Load articles or data files into the graph (or drop them on the page)">
        Add documents
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="add-documents-input"
        onChange={(event) => {
          send([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      {dragging ? <div className="add-documents-drop" aria-hidden="true">Drop files to add them to the graph</div> : null}
      {upload.state === "idle" ? null : (
        <section className="add-documents-panel" role="status" aria-live="polite" data-testid="add-documents-panel">
          {upload.state === "sending" ? (
            <>
              <p>
                {upload.sent < 1 ? `Sending ${plural(upload.names.length, "file")}…` : `Loading ${plural(upload.names.length, "file")} into the graph…`}
              </p>
              <progress max={1} value={upload.sent} aria-label="Upload progress" />
            </>
          ) : upload.state === "error" ? (
            <p className="add-documents-error">{upload.message}</p>
          ) : (
            <ul className="add-documents-results">
              {upload.results.map((result, i) => (
                <li key={`${result.file}-${i}`} data-status={result.status}>
                  <strong>{result.file}</strong>: {describe(result)}
                  {result.issues.length > 0 ? (
                    <ul className="add-documents-issues">
                      {result.issues.slice(0, 5).map((issue, j) => (
                        <li key={j}>
                          {issue.where}
                          {issue.field ? ` (${issue.field})` : ""}: {issue.message}
                        </li>
                      ))}
                      {result.issues.length + result.moreIssues > 5 ? <li>{plural(result.issues.length + result.moreIssues - 5, "more issue")}</li> : null}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <div className="add-documents-actions">
            {added && onRerun ? (
              <button type="button" onClick={() => { setUpload({ state: "idle" }); onRerun(); }}>
                Run the investigation again
              </button>
            ) : null}
            {upload.state === "sending" ? null : (
              <button type="button" onClick={() => setUpload({ state: "idle" })}>
                Close
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
