// Keeps sigma's drawing surface the size of its container. Sigma follows window resizes only; collapsing a
// side panel widens the canvas without one, and sigma would go on drawing into the old width.
import { useEffect } from "react";
import { useSigma } from "../sigma-context.js";

export function ResizeController() {
  const { sigma } = useSigma();
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh();
    });
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
