// Subject, predicate and object (picked from the graph), the figure, date and status: the form behind
// "Add fact…" on a selected span and "Correct…" on a fact.
import { useId, useState } from "react";
import { FACT_STATUSES } from "../../../graph/schema/index.js";
import { EntityPicker } from "../library/EntityPicker.js";
import { FACT_TYPES, factRequest, fieldsOf, objectKinds, subjectKinds, type FactFormValues, type FactRequestFields, type FactType, type PickedEntity } from "../state/fact-form.js";

interface Props {
  initial: FactFormValues;
  submitLabel: string;
  busy: boolean;
  error?: string;
  /** The server's field errors, shown beside the field like the form's own. */
  serverErrors?: Record<string, string>;
  onSubmit: (fields: FactRequestFields, reason: string | undefined) => void;
  onCancel: () => void;
}

const FIGURE_LABEL = { share: "Share (%)", amount: "Amount", "amount-unit": "Amount" } as const;

export function FactForm({ initial, submitLabel, busy, error, serverErrors = {}, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<FactFormValues>(initial);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = useId();
  const fields = fieldsOf(values.type);
  const shown = { ...serverErrors, ...errors };
  const set = (patch: Partial<FactFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };
  const entityField = (name: "subject" | "object", label: string, kinds: readonly string[]) => {
    const value: PickedEntity = values[name];
    return (
      <label className="field" htmlFor={`${id}-${name}`}>
        <span>{label}</span>
        <EntityPicker
          id={`${id}-${name}`}
          label={label}
          value={value.name}
          kinds={kinds}
          invalid={shown[name] !== undefined || shown[`${name}Id`] !== undefined}
          onChange={(text) => set({ [name]: text === value.name ? value : { name: text } })}
          onPick={(hit) => set({ [name]: { name: hit.name, id: hit.id } })}
        />
        {(shown[name] ?? shown[`${name}Id`]) && <span className="field-error">{shown[name] ?? shown[`${name}Id`]}</span>}
      </label>
    );
  };

  return (
    <form
      className="fact-form"
      aria-label={submitLabel}
      onSubmit={(event) => {
        event.preventDefault();
        const checked = factRequest(values);
        if ("errors" in checked) setErrors(checked.errors);
        else onSubmit(checked.fields, reason.trim() || undefined);
      }}
    >
      {entityField("subject", "Subject", subjectKinds(values.type))}
      <label className="field">
        <span>Predicate</span>
        <select value={values.type} aria-label="Predicate" onChange={(e) => set({ type: e.target.value as FactType })}>
          {FACT_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      {entityField("object", "Object", objectKinds(values.type))}
      <div className="field-row">
        {fields.figure && (
          <label className="field">
            <span>{FIGURE_LABEL[fields.figure]}</span>
            <input type="text" inputMode="decimal" aria-label={FIGURE_LABEL[fields.figure]} value={values.figure} aria-invalid={shown["figure"] !== undefined} onChange={(e) => set({ figure: e.target.value })} />
          </label>
        )}
        {fields.figure === "amount-unit" && (
          <label className="field">
            <span>Unit</span>
            <input type="text" aria-label="Unit" value={values.unit} placeholder="t" onChange={(e) => set({ unit: e.target.value })} />
          </label>
        )}
        {fields.year && (
          <label className="field">
            <span>Year</span>
            <input type="text" inputMode="numeric" aria-label="Year" value={values.year} aria-invalid={shown["year"] !== undefined} onChange={(e) => set({ year: e.target.value })} />
          </label>
        )}
        {fields.date && (
          <label className="field">
            <span>{fields.date === "since" ? "Since" : "Date"}</span>
            <input type="text" aria-label={fields.date === "since" ? "Since" : "Date"} placeholder="YYYY-MM-DD" value={values.date} aria-invalid={shown["date"] !== undefined} onChange={(e) => set({ date: e.target.value })} />
          </label>
        )}
        <label className="field">
          <span>Status</span>
          <select aria-label="Status" value={values.status} onChange={(e) => set({ status: e.target.value as FactFormValues["status"] })}>
            {FACT_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
      </div>
      {["figure", "year", "date"].map((f) => shown[f] && <p key={f} className="field-error">{shown[f]}</p>)}
      <label className="field">
        <span>Reason (optional)</span>
        <input type="text" aria-label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? "Saving…" : submitLabel}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
