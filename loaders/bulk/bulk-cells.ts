import { LIST_SEPARATOR, type BulkColumn } from "./bulk-header.js";

export type CellValue = string | number | boolean | string[];

/** A cell that is not of its declared type; the message says what to write instead. */
export class CellError {
  constructor(readonly message: string) {}
}

/** A cell as its declared type, or a CellError (a value, not thrown: one per bad cell, and a file may have many). */
export function readCell(text: string, column: BulkColumn): CellValue | CellError {
  switch (column.type) {
    case "string":
      return text;
    case "int": {
      const value = Number(text);
      return Number.isInteger(value) ? value : new CellError(`"${text}" is not a whole number. Write digits such as 2024.`);
    }
    case "float": {
      const value = Number(text);
      return Number.isFinite(value) ? value : new CellError(`"${text}" is not a number. Write digits with a point, such as 51.5.`);
    }
    case "boolean":
      if (/^(true|yes|1)$/i.test(text)) return true;
      if (/^(false|no|0)$/i.test(text)) return false;
      return new CellError(`"${text}" is not true or false.`);
    case "string[]":
      return text.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== "");
  }
}
