// The facts a document backs, read again whenever `version` changes (after each decision).
import { useEffect, useState } from "react";
import type { DocumentFact } from "../../../queries/review-contract.js";
import { reviewApi } from "../api/review.js";
import type { Loadable } from "../inspector/useEvidence.js";

export function useDocumentFacts(documentId: string, version: number): Loadable<DocumentFact[]> {
  const [facts, setFacts] = useState<Loadable<DocumentFact[]>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    reviewApi.documentFacts(documentId)
      .then((answer) => { if (current) setFacts({ state: "ready", value: answer.facts }); })
      .catch((error: unknown) => { if (current) setFacts({ state: "error", message: error instanceof Error ? error.message : String(error) }); });
    return () => { current = false; };
  }, [documentId, version]);
  return facts;
}
