// "Reviewing as …": the name every decision is recorded under, set once per browser (no accounts).
import { useState } from "react";
import { checkReviewer } from "../state/reviewer.js";
import { useReviewer } from "./useReviewer.js";

export function ReviewerField() {
  const [reviewer, setReviewer] = useReviewer();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);

  if (reviewer && !editing) {
    return (
      <p className="reviewer" data-testid="reviewer">
        Reviewing as <strong>{reviewer}</strong>{" "}
        <button type="button" className="link" onClick={() => { setDraft(reviewer); setEditing(true); }}>change</button>
      </p>
    );
  }
  return (
    <form
      className="reviewer reviewer-form"
      data-testid="reviewer"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkReviewer(draft);
        if ("error" in checked) { setError(checked.error); return; }
        setReviewer(checked.name);
        setError(undefined);
        setEditing(false);
      }}
    >
      <label>
        <span>Your name, recorded with each decision</span>
        <input type="text" aria-label="Reviewer name" value={draft} maxLength={100} onChange={(e) => setDraft(e.target.value)} aria-invalid={error !== undefined} />
      </label>
      <button type="submit">Save name</button>
      {error && <span className="field-error">{error}</span>}
    </form>
  );
}
