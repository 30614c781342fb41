// Undo and Redo of graph edits (expand, find paths, hide, drag), with the size of the multi-selection or a
// hint on how to make one. It sits in the canvas's bottom-right corner: fitting keeps nodes clear of the
// bottom edge, while the top holds the roots of a hierarchy.
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
    <div className="edit-bar" role="toolbar" aria-label="Graph edits" title="Drag a node to pin it · shift-click or shift-drag to select · right-click for actions">
      {marked > 0 ? (
        <span className="marked-count" data-testid="marked-count">{marked} selected <button type="button" className="link" onClick={onClearMarked} aria-label="Clear selection">×</button></span>
      ) : (
        <span className="muted edit-hint">Shift-click or shift-drag: select · right-click: actions</span>
      )}
      <button type="button" onClick={onUndo} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : "Nothing to undo"} aria-keyshortcuts="Control+Z">Undo</button>
      <button type="button" onClick={onRedo} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : "Nothing to redo"} aria-keyshortcuts="Control+Shift+Z">Redo</button>
    </div>
  );
}
