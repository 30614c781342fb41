// The view as a URL: `?investigation=ultimate-owners&asset=Lovozero+GOK` or `?cypher=MATCH…`.
// A link reproduces the view; parameters stay as typed (names, not ids) so links stay readable.
export type ViewLocation =
  | { kind: "investigation"; id: string; params: Record<string, string> }
  | { kind: "cypher"; query: string }
  | { kind: "home" };

export function encodeView(view: ViewLocation): string {
  const search = new URLSearchParams();
  if (view.kind === "investigation") {
    search.set("investigation", view.id);
    for (const [name, value] of Object.entries(view.params)) if (value !== "" && name !== "investigation") search.set(name, value);
  } else if (view.kind === "cypher") {
    search.set("cypher", view.query);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function decodeView(searchText: string): ViewLocation {
  const search = new URLSearchParams(searchText);
  const cypher = search.get("cypher");
  if (cypher) return { kind: "cypher", query: cypher };
  const id = search.get("investigation");
  if (!id) return { kind: "home" };
  const params: Record<string, string> = {};
  for (const [name, value] of search) if (name !== "investigation") params[name] = value;
  return { kind: "investigation", id, params };
}
