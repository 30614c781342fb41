// The catalogue, grouped by category, each entry with its question.
import { INVESTIGATION_CATEGORIES, type InvestigationSummary } from "../../../queries/contract.js";

const CATEGORY_TITLES: Record<string, string> = {
  ownership: "Ownership",
  dependency: "Dependency",
  policy: "Policy",
  market: "Market",
  evidence: "Evidence",
  explore: "Explore",
};

export function InvestigationLibrary({ investigations, activeId, onPick }: { investigations: InvestigationSummary[]; activeId: string | undefined; onPick: (id: string) => void }) {
  return (
    <nav className="library" aria-label="Investigations">
      {INVESTIGATION_CATEGORIES.map((category) => {
        const items = investigations.filter((i) => i.category === category);
        if (items.length === 0) return null;
        return (
          <section key={category} className="library-group">
            <h3>{CATEGORY_TITLES[category] ?? category}</h3>
            <ul>
              {items.map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    className={i.id === activeId ? "library-item active" : "library-item"}
                    data-testid={`investigation-${i.id}`}
                    aria-pressed={i.id === activeId}
                    title={i.question}
                    onClick={() => onPick(i.id)}
                  >
                    <span className="library-title">{i.title}</span>
                    <span className="library-question">{i.question}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
