import { KIND_STYLES } from "../state/kinds.js";

export function Legend({ kinds }: { kinds: ReadonlySet<string> }) {
  const shown = Object.entries(KIND_STYLES).filter(([kind]) => kinds.has(kind));
  if (shown.length === 0) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {shown.map(([kind, style]) => (
        <li key={kind}>
          <span className={`legend-swatch ${style.shape}`} style={{ background: style.color }} aria-hidden />
          {style.label}
        </li>
      ))}
    </ul>
  );
}
