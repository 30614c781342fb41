// Mounts an Observable Plot SVG, redrawn when its data or the available width changes.
import { useEffect, useRef, useState } from "react";

/** The width of an element, followed as the panels around it resize. */
export function useWidth(fallback = 640): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => { if (entry) setWidth(Math.max(320, Math.floor(entry.contentRect.width))); });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function PlotFigure({ draw, label, testId }: { draw: () => SVGSVGElement | HTMLElement; label: string; testId: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = draw();
    figure.setAttribute("role", "img");
    figure.setAttribute("aria-label", label);
    holder.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [draw, label]);
  return <div ref={holder} className="plot-figure" data-testid={testId} />;
}
