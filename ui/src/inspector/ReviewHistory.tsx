// A fact's review history in the inspector: every decision, oldest first, with who, when and why.
import { useEffect, useState } from "react";
import type { ReviewStatement } from "../../../queries/review-contract.js";
import { reviewApi } from "../api/review.js";
import type { Loadable } from "./useEvidence.js";

const VERBS: Record<ReviewStatement["action"], string> = {
  confirm: "confirmed", reject: "rejected", correct: "corrected", add: "added", "create-entity": "created the entity", merge: "merged", split: "split",
};

export function ReviewHistory({ factId, version }: { factId: string; version: unknown }) {
  const [history, setHistory] = useState<Loadable<ReviewStatement[]>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    reviewApi.history(factId)
      .then((answer) => { if (current) setHistory({ state: "ready", value: answer.reviews }); })
      .catch((error: unknown) => { if (current) setHistory({ state: "error", message: error instanceof Error ? error.message : String(error) }); });
    return () => { current = false; };
  }, [factId, version]);
  if (history.state === "loading") return null;
  if (history.state === "error") return <p className="form-error" role="alert">{history.message}</p>;
  if (history.value.length === 0) return <p className="muted">Not reviewed yet: open its document to confirm, reject or correct it.</p>;
  return (
    <ol className="review-history" data-testid="review-history">
      {history.value.map((r) => (
        <li key={r.id}>
          <strong>{r.reviewer}</strong> {VERBS[r.action]} <span className="when">{new Date(r.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}</span>
          {r.reason && <div>“{r.reason}”</div>}
        </li>
      ))}
    </ol>
  );
}
