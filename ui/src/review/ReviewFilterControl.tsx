// Which facts investigations see: rejected facts are left out unless asked for; "confirmed only" keeps the
// facts an analyst confirmed, corrected or added.
import type { ReviewFilter } from "../../../queries/review-contract.js";

const OPTIONS: { value: ReviewFilter; label: string }[] = [
  { value: "hide-rejected", label: "All but rejected facts" },
  { value: "all", label: "Include rejected facts" },
  { value: "confirmed-only", label: "Confirmed facts only" },
];

export function ReviewFilterControl({ value, onChange }: { value: ReviewFilter; onChange: (value: ReviewFilter) => void }) {
  return (
    <fieldset className="review-filter" data-testid="review-filter">
      <legend>Reviewed facts</legend>
      {OPTIONS.map((option) => (
        <label key={option.value}>
          <input type="radio" name="review-filter" value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}
