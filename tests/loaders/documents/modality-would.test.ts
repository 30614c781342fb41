import { describe, expect, it } from "vitest";
import { modalityOf } from "../../../loaders/documents/modality.js";

// Invented phrasings: "would" in reported speech and a deal's terms is what will be, a condition is not.
describe("would", () => {
  it("reads reported speech and a deal's terms as planned", () => {
    const scope = "Acme would take a 49% stake in Beta";
    expect(modalityOf(scope, `${scope}.`)).toEqual({ keep: true, status: "planned" });
  });

  it("still hedges a condition and a counterfactual", () => {
    expect(modalityOf("if approved, Acme would buy Beta", "If approved, Acme would buy Beta.").keep).toBe(false);
    expect(modalityOf("Acme would have bought Beta", "Acme would have bought Beta.").keep).toBe(false);
  });
});
