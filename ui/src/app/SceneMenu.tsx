// Save the view as a scene file, open one, or put the view into a link. With nothing shown, only Open.
import { useRef } from "react";

export function SceneMenu({ canSave, onSave, onOpenFile, onLink }: { canSave: boolean; onSave: () => void; onOpenFile: (file: File) => void; onLink: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div role="group" aria-label="Scene" className="export-group">
      {canSave && <button type="button" onClick={onSave} title="Save this view (question, expansions, positions, filters, style, selection) as a file">Save scene</button>}
      <button type="button" onClick={() => input.current?.click()} title="Open a saved scene file">Open scene…</button>
      {canSave && <button type="button" onClick={onLink} title="Put this view into the address bar and copy the link">Copy link</button>}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="scene-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onOpenFile(file);
          e.target.value = "";
        }}
      />
    </div>
  );
}
