import { LIST_SEPARATOR, type BulkColumn } from "./bulk-header.js";

export type CellValue = string | number | boolean | string[];

/** A cell as its declared type; a message saying what to write instead when it is not one. */
export function readCell(text: string, column: BulkColumn): { value: CellValue } | { error: string } {
  switch (column.type) {
    case "string":
      return { value: text };
    case "int": {
      const value = Number(text);
      return Number.isInteger(value) ? { value } : { error: `"${text}" is not a whole number. Write digits such as 2024.` };
    }
    case "float": {
      const value = Number(text);
      return Number.isFinite(value) ? { value } : { error: `"${text}" is not a number. Write digits with a point, such as 51.5.` };
    }
    case "boolean":
      if (/^(true|yes|1)$/i.test(text)) return { value: true };
      if (/^(false|no|0)$/i.test(text)) return { value: false };
      return { error: `"${text}" is not true or false.` };
    case "string[]":
      return { value: text.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== "") };
  }
}
