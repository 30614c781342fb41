import { useEffect, useState } from "react";
import { api } from "../api/client.js";
import type { EvidenceItem } from "../api/schemas.js";

export type Loadable<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error"; message: string };

export function useEvidence(factId: string): Loadable<EvidenceItem[]> {
  const [evidence, setEvidence] = useState<Loadable<EvidenceItem[]>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    setEvidence({ state: "loading" });
    api.evidence(factId)
      .then((value) => { if (current) setEvidence({ state: "ready", value }); })
      .catch((error: unknown) => { if (current) setEvidence({ state: "error", message: error instanceof Error ? error.message : String(error) }); });
    return () => { current = false; };
  }, [factId]);
  return evidence;
}
