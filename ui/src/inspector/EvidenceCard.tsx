// One piece of evidence: the quote (or the recorded value), where it comes from, how sure the loader was.
import type { EvidenceItem } from "../api/schemas.js";

export interface DocumentTarget {
  documentId: string;
  start?: number;
  end?: number;
}

export function EvidenceCard({ evidence, onOpenDocument }: { evidence: EvidenceItem; onOpenDocument: (target: DocumentTarget) => void }) {
  const text = evidence.quote ?? evidence.value ?? evidence.name;
  const date = evidence.documentDate ?? evidence.sourceDate;
  const confidence = evidence.confidence;
  return (
    <article className="evidence">
      {text && <blockquote data-testid="evidence-quote" lang={/[\u0400-\u04FF]/.test(text) ? "ru" : /[\u4E00-\u9FFF]/.test(text) ? "zh" : undefined}>{evidence.quote ? `“${text}”` : text}</blockquote>}
      <p className="evidence-meta">
        {evidence.documentId ? (
          <button type="button" className="link" onClick={() => onOpenDocument({ documentId: evidence.documentId ?? "", ...(evidence.start !== undefined ? { start: evidence.start } : {}), ...(evidence.end !== undefined ? { end: evidence.end } : {}) })}>
            {evidence.documentTitle ?? evidence.documentId} — open document
          </button>
        ) : evidence.sourceUrl ? (
          <a href={evidence.sourceUrl} target="_blank" rel="noreferrer noopener">{new URL(evidence.sourceUrl, location.href).hostname} ↗</a>
        ) : null}
        {date && <span>{date}</span>}
        {confidence !== undefined && (
          <span className={confidence < 0.6 ? "confidence low" : "confidence"} title="Extraction confidence">
            confidence {Math.round(confidence * 100)}%
          </span>
        )}
        {evidence.loader && <span className="muted">{evidence.loader}</span>}
      </p>
      {evidence.note && <p className="evidence-note">{evidence.note}</p>}
    </article>
  );
}
