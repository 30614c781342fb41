// The parameter form as data: text values per parameter, turned into the request's typed params.
// The server validates again; checking here lets the form point at the field before a round trip.
import type { ParamDescriptor } from "../../../queries/contract.js";

export type FormValues = Record<string, string>;

/** "maxDepth" → "Max depth", "countryB" → "Country B": parameters are declared in camelCase only. */
export function paramLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().replace(/\b[a-z]\b/g, (m) => m.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function defaultValue(param: ParamDescriptor): string {
  switch (param.type) {
    case "entity": return param.optional ? "" : param.example ?? "";
    case "fact": return param.example ?? "";
    case "boolean": return String(param.default ?? false);
    case "enum": return param.default ?? param.values[0] ?? "";
    case "integer":
    case "number":
    case "year": return param.default === undefined ? "" : String(param.default);
    case "string": return param.default ?? "";
  }
}

export function initialValues(params: readonly ParamDescriptor[], fromUrl: Record<string, string> = {}): FormValues {
  const values: FormValues = {};
  for (const p of params) values[p.name] = fromUrl[p.name] ?? defaultValue(p);
  return values;
}

export interface FormOutcome {
  params: Record<string, unknown>;
  errors: Record<string, string>;
}

export function toRequestParams(descriptors: readonly ParamDescriptor[], values: FormValues): FormOutcome {
  const params: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const p of descriptors) {
    const raw = (values[p.name] ?? "").trim();
    switch (p.type) {
      case "entity":
      case "fact":
        if (raw) params[p.name] = raw;
        else if (p.type === "fact" || !p.optional) errors[p.name] = `${paramLabel(p.name)}: required. Type a name and pick a match.`;
        break;
      case "boolean":
        params[p.name] = raw === "true";
        break;
      case "enum":
        if (p.values.includes(raw)) params[p.name] = raw;
        else errors[p.name] = `${paramLabel(p.name)}: "${raw}" is not one of ${p.values.join(", ")}.`;
        break;
      case "string":
        if (raw.length < p.minLength) errors[p.name] = p.minLength > 0 && !raw ? `${paramLabel(p.name)}: required.` : `${paramLabel(p.name)}: at least ${p.minLength} characters.`;
        else if (raw.length > p.maxLength) errors[p.name] = `${paramLabel(p.name)}: at most ${p.maxLength} characters.`;
        else params[p.name] = raw;
        break;
      case "integer":
      case "number":
      case "year": {
        if (!raw) {
          if (p.default === undefined) errors[p.name] = `${paramLabel(p.name)}: required.`;
          break;
        }
        const n = Number(raw);
        if (!Number.isFinite(n) || (p.type !== "number" && !Number.isInteger(n))) errors[p.name] = `${paramLabel(p.name)}: "${raw}" is not ${p.type === "number" ? "a number" : "a whole number"}.`;
        else if (n < p.min || n > p.max) errors[p.name] = `${paramLabel(p.name)}: ${n} is outside ${p.min}–${p.max}.`;
        else params[p.name] = n;
        break;
      }
    }
  }
  return { params, errors };
}
