import { z } from "zod";

/** Partial ISO dates are common in sources ("2023", "2023-12"), so dates stay strings of that shape. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");

export const percent = z.number().min(0, "a share cannot be negative").max(100, "a share is over 100%. Use 0–100.");
export const confidence = z.number().min(0).max(1);
export const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as CN");

export const NODE_ID_PATTERN = /^(actor|asset|element|country|region|policy|document|evidence):[^\s]+$/;
export const nodeId = z.string().regex(NODE_ID_PATTERN, "expected an id such as actor:rosatom");
