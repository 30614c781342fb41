// A name that matched nothing: the closest entities as buttons that put the name in the field and run.
import "./did-you-mean.css";

export interface NameSuggestions {
  field: string;
  items: ReadonlyArray<{ id: string; name: string; kind: string }>;
}

export function DidYouMean({ suggestions, onPick }: { suggestions: NameSuggestions; onPick: (field: string, name: string) => void }) {
  return (
    <div className="did-you-mean" role="group" aria-label="Did you mean" data-testid="did-you-mean">
      <span>Did you mean</span>
      {suggestions.items.map((s) => (
        <button key={s.id} type="button" className="link" onClick={() => onPick(suggestions.field, s.name)} title={`${s.kind} ${s.id}`}>{s.name}</button>
      ))}
    </div>
  );
}
