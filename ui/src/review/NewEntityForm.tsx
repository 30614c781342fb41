// "New entity from selection": a name the resolver missed becomes an entity, mentioned at the selected span.
import { useState } from "react";
import { CREATABLE_KINDS, type CreatableKind } from "../../../queries/review-contract.js";

export function NewEntityForm({ name: initialName, busy, error, onSubmit, onCancel }: { name: string; busy: boolean; error?: string; onSubmit: (name: string, kind: CreatableKind) => void; onCancel: () => void }) {
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<CreatableKind>("Actor");
  return (
    <form className="fact-form" aria-label="New entity" onSubmit={(e) => { e.preventDefault(); if (name.trim()) onSubmit(name.trim(), kind); }}>
      <label className="field">
        <span>Name</span>
        <input type="text" aria-label="Entity name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>Kind</span>
        <select aria-label="Entity kind" value={kind} onChange={(e) => setKind(e.target.value as CreatableKind)}>
          {CREATABLE_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !name.trim()}>{busy ? "Saving…" : "Create entity"}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
