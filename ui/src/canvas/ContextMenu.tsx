// The canvas's right-click menu: on a node, expand (all or by relationship type), find paths to the other
// selected node, hide, pin, open its evidence; on an edge, its evidence; on the background, view commands.
// Arrow keys move between items, Escape or a click elsewhere closes it.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Subgraph } from "../../../graph/schema/index.js";
import { api } from "../api/client.js";
import type { MenuRequest } from "./controllers/ContextMenuController.js";

export interface MenuActions {
  expand: (node: string, types?: readonly string[]) => void;
  findPaths: (from: string, to: string) => void;
  hide: (ids: readonly string[]) => void;
  togglePinned: (id: string) => void;
  inspect: (target: { kind: "node" | "edge"; id: string }) => void;
  fit: () => void;
  showAll: () => void;
  clearMarked: () => void;
  undo: () => void;
  redo: () => void;
}

interface Item {
  label: string;
  run?: () => void;
  hint?: string;
}

/** Relationship types at a node with how many neighbours each would bring, most first. */
function typeCounts(node: string, around: Subgraph): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of around.edges) if (e.source === node || e.target === node) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function useTypes(node: string | undefined): Array<[string, number]> | "loading" | undefined {
  const [types, setTypes] = useState<Array<[string, number]> | "loading" | undefined>(undefined);
  useEffect(() => {
    if (!node) { setTypes(undefined); return; }
    let live = true;
    setTypes("loading");
    // The types a node has in the store, not only in the drawing: that is what expanding can bring.
    api.neighbourhood(node, 500).then((found) => { if (live) setTypes(typeCounts(node, found)); }).catch(() => { if (live) setTypes(undefined); });
    return () => { live = false; };
  }, [node]);
  return types;
}

export function ContextMenu({ request, names, marked, hidden, pinned, undoLabel, redoLabel, actions, onClose }: {
  request: MenuRequest;
  names: ReadonlyMap<string, string>;
  marked: ReadonlySet<string>;
  hidden: number;
  pinned: ReadonlySet<string>;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  actions: MenuActions;
  onClose: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const { target } = request;
  const types = useTypes(target.kind === "node" ? target.id : undefined);

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
    const away = (e: MouseEvent) => { if (!menu.current?.contains(e.target as Node)) onClose(); };
    document.addEventListener("mousedown", away);
    return () => document.removeEventListener("mousedown", away);
  }, [onClose, request]);

  const name = (id: string) => names.get(id) ?? id;
  const items: Item[] = [];
  if (target.kind === "node") {
    const id = target.id;
    const group = marked.has(id) && marked.size > 1 ? [...marked] : [id];
    const others = [...marked].filter((m) => m !== id);
    items.push({ label: "Expand all neighbours", run: () => actions.expand(id) });
    if (types === "loading") items.push({ label: "Expand by relationship type…", hint: "reading the types" });
    else for (const [type, count] of types ?? []) items.push({ label: `Expand ${type} (${count})`, run: () => actions.expand(id, [type]) });
    const other = others.length === 1 ? others[0] : undefined;
    items.push(other
      ? { label: `Find paths to ${name(other)}`, run: () => actions.findPaths(id, other) }
      : { label: "Find paths…", hint: others.length === 0 ? "shift-click a second node first" : "select exactly one other node" });
    items.push({ label: group.length > 1 ? `Hide ${group.length} selected nodes` : "Hide", run: () => actions.hide(group) });
    items.push({ label: pinned.has(id) ? "Unpin" : "Pin here", run: () => actions.togglePinned(id) });
    items.push({ label: "Open evidence", run: () => actions.inspect({ kind: "node", id }) });
  } else if (target.kind === "edge") {
    items.push({ label: "Open evidence", run: () => actions.inspect({ kind: "edge", id: target.id }) });
  } else {
    items.push({ label: "Fit to view", run: actions.fit });
    if (marked.size > 0) {
      items.push({ label: `Hide ${marked.size} selected node${marked.size === 1 ? "" : "s"}`, run: () => actions.hide([...marked]) });
      items.push({ label: "Clear selection", run: actions.clearMarked });
    }
    if (hidden > 0) items.push({ label: `Show ${hidden} hidden`, run: actions.showAll });
    items.push(undoLabel ? { label: `Undo ${undoLabel}`, run: actions.undo } : { label: "Undo", hint: "nothing to undo" });
    items.push(redoLabel ? { label: `Redo ${redoLabel}`, run: actions.redo } : { label: "Redo", hint: "nothing to redo" });
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>("button:not([disabled])") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "Escape") { e.preventDefault(); onClose(); }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    }
  };

  const title = target.kind === "stage" ? "Canvas" : target.kind === "node" ? name(target.id) : "Relationship";
  return (
    <div ref={menu} className="context-menu" role="menu" aria-label={`Actions: ${title}`} style={{ left: request.x, top: request.y }} onKeyDown={onKeyDown} data-testid="context-menu">
      <p className="context-menu-title">{title}</p>
      {items.map((item) => (
        <button key={item.label} type="button" role="menuitem" disabled={!item.run} title={item.hint} onClick={() => { item.run?.(); onClose(); }}>
          {item.label}{item.hint && <span className="muted"> · {item.hint}</span>}
        </button>
      ))}
    </div>
  );
}
