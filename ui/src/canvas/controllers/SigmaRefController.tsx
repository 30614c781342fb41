// Hands the live sigma instance to code outside the canvas that needs it once (PNG export).
import { useEffect } from "react";
import { useSigma, type SigmaHandle } from "../sigma-context.js";

export function SigmaRefController({ onReady }: { onReady: (handle: SigmaHandle | null) => void }) {
  const handle = useSigma();
  useEffect(() => {
    onReady(handle);
    return () => onReady(null);
  }, [handle, onReady]);
  return null;
}
