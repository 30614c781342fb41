// What the user has picked, hidden and pinned on the canvas. Pure reducer, so it is tested without React.
export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string } | null;

export interface CanvasState {
  selection: Selection;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
}

export type CanvasAction =
  | { type: "select"; selection: Selection }
  | { type: "toggle-hidden"; id: string }
  | { type: "toggle-pinned"; id: string }
  | { type: "show-all" }
  | { type: "reset" }
  | { type: "restore"; state: CanvasState };

export const EMPTY_CANVAS: CanvasState = { selection: null, hidden: new Set(), pinned: new Set() };

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

export function canvasReducer(state: CanvasState, action: CanvasAction): CanvasState {
  switch (action.type) {
    case "select":
      return { ...state, selection: action.selection };
    case "toggle-hidden": {
      const hidden = toggled(state.hidden, action.id);
      // Hiding the selected node would leave the inspector describing something invisible.
      const selection = hidden.has(action.id) && state.selection?.id === action.id ? null : state.selection;
      return { ...state, hidden, selection };
    }
    case "toggle-pinned":
      return { ...state, pinned: toggled(state.pinned, action.id) };
    case "show-all":
      return { ...state, hidden: new Set() };
    case "reset":
      return EMPTY_CANVAS;
    case "restore":
      return action.state;
  }
}
