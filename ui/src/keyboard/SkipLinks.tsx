// The first stops of the Tab order: straight to the graph (or chart), the rows, or the inspector, instead of
// some fifty Tabs through the investigation library.
import "./keyboard.css";

const TARGETS = [
  { label: "Skip to the graph", selector: "[data-testid=graph-canvas], [data-testid=result-chart]" },
  { label: "Skip to the rows", selector: "[data-testid=result-table] tbody tr" },
  { label: "Skip to the inspector", selector: "[data-testid=inspector]" },
] as const;

function focusFirst(selector: string): void {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus();
}

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => <button key={t.label} type="button" onClick={() => focusFirst(t.selector)}>{t.label}</button>)}
    </nav>
  );
}
