import { displayText } from "../state/display-text.js";

const HIDDEN_KEYS = new Set(["id", "name"]);

export function PropertyList({ properties }: { properties: Record<string, unknown> }) {
  const entries = Object.entries(properties).filter(([k, v]) => !HIDDEN_KEYS.has(k) && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (entries.length === 0) return <p className="muted">No properties.</p>;
  return (
    <dl className="properties">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{Array.isArray(value) ? value.map((v, i) => <span key={i} className="chip">{displayText(v)}</span>) : displayText(value, key)}</dd>
        </div>
      ))}
    </dl>
  );
}
