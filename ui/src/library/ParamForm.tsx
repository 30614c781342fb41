// The form generated from an investigation's parameter declarations.
import type { InvestigationSummary, ParamDescriptor } from "../../../queries/contract.js";
import type { Health } from "../api/schemas.js";
import { paramLabel, type FormValues } from "../state/param-form.js";
import { EntityPicker } from "./EntityPicker.js";

function Field({ param, value, error, onChange }: { param: ParamDescriptor; value: string; error: string | undefined; onChange: (v: string) => void }) {
  const id = `param-${param.name}`;
  const describedBy = error ? `${id}-error` : `${id}-help`;
  const common = { id, "aria-invalid": error !== undefined, "aria-describedby": describedBy };
  let control;
  switch (param.type) {
    case "entity":
      control = <EntityPicker id={id} value={value} kinds={param.kinds} label={paramLabel(param.name)} invalid={error !== undefined} onChange={onChange} />;
      break;
    case "boolean":
      control = <input {...common} type="checkbox" checked={value === "true"} onChange={(e) => onChange(String(e.target.checked))} />;
      break;
    case "enum":
      control = (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          {param.values.map((v) => <option key={v} value={v}>{v}</option>)}
        </select>
      );
      break;
    case "integer":
    case "number":
    case "year":
      control = <input {...common} type="number" inputMode="decimal" min={param.min} max={param.max} step={param.type === "number" ? "any" : 1} value={value} onChange={(e) => onChange(e.target.value)} />;
      break;
    default:
      control = <input {...common} type="text" value={value} placeholder={param.type === "fact" ? "an entity name or a fact id" : ""} onChange={(e) => onChange(e.target.value)} />;
  }
  const unit = param.type === "number" ? param.unit : undefined;
  return (
    <div className={param.type === "boolean" ? "field field-inline" : "field"}>
      <label htmlFor={id}>{paramLabel(param.name)}{unit ? ` (${unit})` : ""}{param.type === "entity" && param.optional ? " · optional" : ""}</label>
      {control}
      {error ? <p className="field-error" id={`${id}-error`} role="alert">{error}</p> : <p className="field-help" id={`${id}-help`}>{param.description}</p>}
    </div>
  );
}

export function ParamForm({ investigation, dialect, values, errors, formError, running, onChange, onRun }: {
  investigation: InvestigationSummary;
  /** The active store's dialect: the Cypher shown is the text that store runs. */
  dialect: Health["store"]["dialect"] | undefined;
  values: FormValues;
  errors: Record<string, string>;
  formError: string | undefined;
  running: boolean;
  onChange: (name: string, value: string) => void;
  onRun: () => void;
}) {
  return (
    <form className="param-form" noValidate aria-label={`${investigation.title} parameters`} onSubmit={(e) => { e.preventDefault(); onRun(); }}>
      <h2>{investigation.title}</h2>
      <p className="question">{investigation.question}</p>
      {investigation.params.map((p) => (
        <Field key={p.name} param={p} value={values[p.name] ?? ""} error={errors[p.name]} onChange={(v) => onChange(p.name, v)} />
      ))}
      {formError && <p className="form-error" role="alert" data-testid="form-error">{formError}</p>}
      <button type="submit" className="primary" data-testid="run-investigation" disabled={running} aria-busy={running}>
        {running ? "Running…" : "Run investigation"}
      </button>
      <details className="cypher-source">
        <summary>Cypher</summary>
        <pre>{(dialect === "ladybug" ? investigation.cypher.ladybug?.text : undefined) ?? investigation.cypher.neo4j}</pre>
        {dialect === "ladybug" && investigation.cypher.ladybug && <p className="muted">LadybugDB differs: {investigation.cypher.ladybug.difference}</p>}
      </details>
    </form>
  );
}
