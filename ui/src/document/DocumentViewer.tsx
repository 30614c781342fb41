// The source text of a document, recognised entities highlighted and the quoted span marked and scrolled into view.
import { useEffect, useRef, useState } from "react";
import { api } from "../api/client.js";
import type { DocumentView } from "../api/schemas.js";
import type { DocumentTarget } from "../inspector/EvidenceCard.js";
import type { Loadable } from "../inspector/useEvidence.js";
import { kindStyle } from "../state/kinds.js";
import { textRuns } from "../state/text-segments.js";

export function DocumentViewer({ target, onClose }: { target: DocumentTarget; onClose: () => void }) {
  const [doc, setDoc] = useState<Loadable<DocumentView>>({ state: "loading" });
  const dialog = useRef<HTMLDialogElement>(null);
  const quoted = useRef<HTMLElement>(null);

  useEffect(() => {
    let current = true;
    api.document(target.documentId)
      .then((value) => { if (current) setDoc({ state: "ready", value }); })
      .catch((error: unknown) => { if (current) setDoc({ state: "error", message: error instanceof Error ? error.message : String(error) }); });
    return () => { current = false; };
  }, [target.documentId]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    if (doc.state === "ready") quoted.current?.scrollIntoView({ block: "center" });
  }, [doc]);

  const names = new Map(doc.state === "ready" ? doc.value.entities.map((e) => [e.id, e.name]) : []);
  const quote = target.start !== undefined && target.end !== undefined ? { start: target.start, end: target.end } : undefined;
  let firstQuoted = true;

  return (
    <dialog ref={dialog} className="document-viewer" aria-label="Document viewer" data-testid="document-viewer" onClose={onClose}>
      <header>
        <h2>{doc.state === "ready" ? doc.value.title ?? doc.value.name ?? doc.value.id : "Document"}</h2>
        {doc.state === "ready" && (
          <p className="muted">
            {[doc.value.date, doc.value.language, `${doc.value.mentions.length} mentions`].filter(Boolean).join(" · ")}
            {doc.value.url && <> · <a href={doc.value.url} target="_blank" rel="noreferrer noopener">source ↗</a></>}
          </p>
        )}
        <button type="button" className="close" aria-label="Close document" onClick={() => dialog.current?.close()}>×</button>
      </header>
      {doc.state === "loading" && <p role="status">Loading document…</p>}
      {doc.state === "error" && <p className="form-error" role="alert">{doc.message}</p>}
      {doc.state === "ready" && (
        <div className="document-text" lang={doc.value.language ?? undefined}>
          {textRuns(doc.value.text, doc.value.mentions, quote).map((run) => {
            let content: React.ReactNode = run.text;
            if (run.entityId) {
              content = (
                <mark className="mention" style={{ borderColor: kindStyle(run.kind ?? "").color }} title={`${names.get(run.entityId) ?? run.entityId} (${run.kind})`}>
                  {content}
                </mark>
              );
            }
            if (run.quoted) {
              const first = firstQuoted;
              firstQuoted = false;
              return <mark key={run.start} className="quoted" data-testid="quoted-span" ref={first ? quoted : undefined}>{content}</mark>;
            }
            return <span key={run.start}>{content}</span>;
          })}
        </div>
      )}
    </dialog>
  );
}
