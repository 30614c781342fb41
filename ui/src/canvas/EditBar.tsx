// Undo and Redo of graph edits (expand, find paths, hide, drag), over the canvas's top-right corner, with
// the count of nodes in the multi-selection and a hint on how to make one.
import "./manipulate.css";
export function EditBar({ undoLabel, redoLabel, marked, onUndo, onRedo, onClearMarked }: {
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  marked: number;
  onUndo: () => void;
  onRedo: () => void;
  onClearMarked: () => void;
}) {
  return (
    <div className="edit-bar" role="toolbar" aria-label="Graph edits">
      {marked > 0 ? (
        <span className="marked-count" data-testid="marked-count">{marked} selected <button type="button" className="link" onClick={onClearMarked} aria-label="Clear selection">×</button></span>
      ) : (
        <span className="muted edit-hint">Shift-click or shift-drag to select · right-click for actions</span>
      )}
      <button type="button" onClick={onUndo} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : "Nothing to undo"} aria-keyshortcuts="Control+Z">Undo</button>
      <button type="button" onClick={onRedo} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : "Nothing to redo"} aria-keyshortcuts="Control+Shift+Z">Redo</button>
    </div>
  );
}
