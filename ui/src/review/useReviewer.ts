// The reviewer name as React state shared by every component that records decisions: one localStorage
// entry, and every reader re-renders when any of them (or another tab) changes it.
import { useCallback, useSyncExternalStore } from "react";
import { parseReviewer, REVIEWER_KEY } from "../state/reviewer.js";

const listeners = new Set<() => void>();
// Where the name lives when the browser refuses storage: for as long as the page.
let inMemory: string | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

const read = (): string | undefined => {
  try {
    return parseReviewer(localStorage.getItem(REVIEWER_KEY)) ?? inMemory;
  } catch {
    return inMemory;
  }
};

export function useReviewer(): [string | undefined, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read);
  const setName = useCallback((next: string) => {
    inMemory = next;
    try {
      localStorage.setItem(REVIEWER_KEY, next);
    } catch {
      // storage refused: inMemory keeps it
    }
    for (const listener of listeners) listener();
  }, []);
  return [name, setName];
}
