// The analyst's name, set once in this browser and sent with every review decision (no accounts locally).
// localStorage is a trust boundary: whatever is stored there is checked before it is used.
import { z } from "zod";

export const REVIEWER_KEY = "ytterby.reviewer";
const storedName = z.string().trim().min(1).max(100);

export function parseReviewer(stored: string | null): string | undefined {
  const parsed = storedName.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The name to store, or an error worded for the form. */
export function checkReviewer(input: string): { name: string } | { error: string } {
  const parsed = storedName.safeParse(input);
  if (parsed.success) return { name: parsed.data };
  return { error: input.trim().length === 0 ? "Type the name your decisions are recorded under." : "Use at most 100 characters." };
}
