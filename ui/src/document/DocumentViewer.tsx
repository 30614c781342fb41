// The source text of a document, recognised entities highlighted and the quoted span marked and scrolled into
// view; beside it the facts the document backs, for review. Hovering or picking a fact marks its quote;
// selecting text offers to add a missed fact or entity with exactly that span as evidence.
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "../api/client.js";
import type { DocumentView } from "../api/schemas.js";
import type { DocumentTarget } from "../inspector/EvidenceCard.js";
import type { Loadable } from "../inspector/useEvidence.js";
import { ReviewPanel } from "../review/ReviewPanel.js";
import { useDocumentFacts } from "../review/useDocumentFacts.js";
import { kindStyle } from "../state/kinds.js";
import { evidenceMarks, quoteOfFact } from "../state/review-facts.js";
import { textRuns, type Span } from "../state/text-segments.js";
import { selectedSpan } from "../state/text-selection.js";
import "../review/review.css";

export function DocumentViewer({ target, onClose, onReviewed }: { target: DocumentTarget; onClose: () => void; onReviewed: () => void }) {
  const [doc, setDoc] = useState<Loadable<DocumentView>>({ state: "loading" });
  const [version, setVersion] = useState(0);
  const facts = useDocumentFacts(target.documentId, version);
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [selection, setSelection] = useState<Span | undefined>(undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  const textElement = useRef<HTMLDivElement>(null);
  const quoted = useRef<HTMLElement>(null);
  const scrollToQuote = useRef(true);

  useEffect(() => {
    let current = true;
    api.document(target.documentId)
      .then((value) => { if (current) setDoc({ state: "ready", value }); })
      .catch((error: unknown) => { if (current) setDoc({ state: "error", message: error instanceof Error ? error.message : String(error) }); });
    return () => { current = false; };
  }, [target.documentId, version]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const factList = facts.state === "ready" ? facts.value : [];
  const activeFact = factList.find((f) => f.factId === (hovered ?? picked));
  const quote = (activeFact ? quoteOfFact(activeFact) : undefined) ?? (target.start !== undefined && target.end !== undefined ? { start: target.start, end: target.end } : undefined);

  useEffect(() => {
    if (doc.state !== "ready" || !scrollToQuote.current) return;
    scrollToQuote.current = false;
    quoted.current?.scrollIntoView({ block: "center" });
  }, [doc, quote?.start, quote?.end]);

  const activate = useCallback((factId: string | undefined, pick: boolean) => {
    if (pick) { setPicked((p) => (p === factId ? undefined : factId)); scrollToQuote.current = true; } else setHovered(factId);
  }, []);

  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    onReviewed();
  }, [onReviewed]);

  const onTextSelect = () => {
    if (doc.state !== "ready" || !textElement.current) return;
    const span = selectedSpan(textElement.current, doc.value.text);
    if (span) setSelection(span);
  };

  const names = new Map(doc.state === "ready" ? doc.value.entities.map((e) => [e.id, e.name]) : []);
  const rejectedIds = new Set(factList.filter((f) => f.review === "rejected").map((f) => f.factId));
  let firstQuoted = true;

  return (
    <dialog ref={dialog} className="document-viewer reviewing" aria-label="Document viewer" data-testid="document-viewer" onClose={onClose}>
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
      <div className="document-body">
        <div className="document-column">
          {doc.state === "loading" && <p role="status">Loading document…</p>}
          {doc.state === "error" && <p className="form-error" role="alert">{doc.message}</p>}
          {doc.state === "ready" && (
            // The element holds the text and nothing else: selection offsets are counted in its characters.
            <div ref={textElement} className="document-text" data-testid="document-text" lang={doc.value.language ?? undefined} onMouseUp={onTextSelect} onKeyUp={onTextSelect}>
              {textRuns(doc.value.text, doc.value.mentions, quote, { evidence: evidenceMarks(factList), ...(selection ? { selection } : {}) }).map((run) => {
                let content: React.ReactNode = run.text;
                if (run.entityId) {
                  content = (
                    <mark className="mention" style={{ borderColor: kindStyle(run.kind ?? "").color }} title={`${names.get(run.entityId) ?? run.entityId} (${run.kind})`}>
                      {content}
                    </mark>
                  );
                }
                const factIds = run.factIds ?? [];
                const classes = [
                  factIds.length > 0 ? "evidence" : "",
                  factIds.length > 0 && factIds.every((id) => rejectedIds.has(id)) ? "evidence-rejected" : "",
                  run.selected ? "selected" : "",
                ].filter(Boolean).join(" ");
                const pickFact = factIds[0] ? () => { if (window.getSelection()?.isCollapsed !== false) activate(factIds[0], true); } : undefined;
                if (run.quoted) {
                  const first = firstQuoted;
                  firstQuoted = false;
                  return <mark key={run.start} className={`quoted ${classes}`} data-testid="quoted-span" ref={first ? quoted : undefined} onClick={pickFact}>{content}</mark>;
                }
                return <span key={run.start} className={classes || undefined} onClick={pickFact}>{content}</span>;
              })}
            </div>
          )}
        </div>
        {doc.state === "ready" && (
          <ReviewPanel
            documentId={target.documentId}
            text={doc.value.text}
            facts={facts}
            activeFactId={hovered ?? picked}
            selection={selection}
            onActivate={activate}
            onClearSelection={() => setSelection(undefined)}
            onChanged={changed}
          />
        )}
      </div>
    </dialog>
  );
}
