// Show or hide the side panels, so the canvas can have the width on a small screen.

/** Below this window width the inspector starts hidden: with both panels the canvas would get half the screen. */
export const NARROW_SCREEN = 1200;

export interface Collapsed {
  left: boolean;
  right: boolean;
}

export function PanelToggles({ collapsed, onChange }: { collapsed: Collapsed; onChange: (next: Collapsed) => void }) {
  return (
    <div className="panel-toggles" role="group" aria-label="Panels">
      <button type="button" aria-pressed={!collapsed.left} aria-controls="sidebar" onClick={() => onChange({ ...collapsed, left: !collapsed.left })} title="Show or hide the investigations panel">
        {collapsed.left ? "▸" : "◂"} Investigations
      </button>
      <button type="button" aria-pressed={!collapsed.right} aria-controls="inspector" onClick={() => onChange({ ...collapsed, right: !collapsed.right })} title="Show or hide the inspector">
        Inspector {collapsed.right ? "◂" : "▸"}
      </button>
    </div>
  );
}
