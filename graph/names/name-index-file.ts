import { open, readFile, rename, rm } from "node:fs/promises";
import { z } from "zod";
import { NameIndex, type NameIndexParts } from "./name-index.js";
import { StringColumn } from "./string-column.js";

/**
 * The name index beside the embedded database (`<db>.names.idx`), written at the end of every load that changed
 * data, so the first search after a server start or a load reads it instead of every name in the graph. Like the
 * ownership snapshot it carries the data stamp it was built from; readers use it only when that is the database's
 * stamp now, so it is never served stale.
 *
 * Layout: one line of JSON (format, stamp, kinds, each section's name, type and byte length), then the sections in
 * that order, each starting at a multiple of 8 bytes so typed arrays are views on the file's bytes, not copies.
 */
export const NAME_INDEX_FORMAT = 1;
export const nameIndexPath = (databasePath: string): string => `${databasePath}.names.idx`;

const TEXTS = ["ids", "names", "aliases", "labels", "terms"] as const;
const TYPED = {
  idStarts: Int32Array,
  nameStarts: Int32Array,
  aliasTextStarts: Int32Array,
  labelStarts: Int32Array,
  termStarts: Int32Array,
  aliasStarts: Int32Array,
  idOrder: Int32Array,
  labelEntity: Int32Array,
  postingStarts: Int32Array,
  postings: Int32Array,
  labelSlot: Uint16Array,
  labelWords: Uint16Array,
  entityKind: Uint8Array,
  frequencies: Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = Int32Array | Uint16Array | Uint8Array;

const headerSchema = z.object({
  format: z.literal(NAME_INDEX_FORMAT),
  stamp: z.string(),
  kinds: z.array(z.string()),
  sections: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
});
type Header = z.infer<typeof headerSchema>;

const padded = (n: number) => Math.ceil(n / 8) * 8;

/**
 * Each section's name, byte length and a function giving its bytes. A text column is encoded only when it is
 * written: encoded all at once, the five held ~0.1 GB of buffers at a million entities beside the index itself.
 */
function sectionsOf(parts: NameIndexParts): Array<[string, number, () => Buffer]> {
  const bytes = (array: Typed) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const columns = { ids: parts.ids, names: parts.names, aliases: parts.aliases, labels: parts.labels, terms: parts.terms };
  const typed: Record<TypedName, Typed> = {
    idStarts: parts.ids.starts,
    nameStarts: parts.names.starts,
    aliasTextStarts: parts.aliases.starts,
    labelStarts: parts.labels.starts,
    termStarts: parts.terms.starts,
    aliasStarts: parts.aliasStarts,
    idOrder: parts.idOrder,
    labelEntity: parts.labelEntity,
    postingStarts: parts.postingStarts,
    postings: parts.postings,
    labelSlot: parts.labelSlot,
    labelWords: parts.labelWords,
    entityKind: parts.entityKind,
    frequencies: parts.frequencies,
  };
  return [
    ...TEXTS.map((name): [string, number, () => Buffer] => [name, Buffer.byteLength(columns[name].text, "utf8"), () => Buffer.from(columns[name].text, "utf8")]),
    ...Object.entries(typed).map(([name, array]): [string, number, () => Buffer] => [name, array.byteLength, () => bytes(array)]),
  ];
}

/** The header line and the sections, each padded to 8 bytes, written whole or not at all (a rename): a reader never sees half a file. */
async function writeWhole(path: string, parts: ReadonlyArray<() => Buffer>): Promise<number> {
  const partial = `${path}.${process.pid}.partial`;
  const handle = await open(partial, "w");
  let size = 0;
  try {
    for (const part of parts) {
      const bytes = part();
      await handle.write(bytes);
      const pad = padded(bytes.length) - bytes.length;
      if (pad) await handle.write(Buffer.alloc(pad));
      size += padded(bytes.length);
    }
  } finally {
    await handle.close();
  }
  await rename(partial, path).catch(async (error: unknown) => {
    await rm(partial, { force: true });
    throw error;
  });
  return size;
}

const headerLine = (header: Header) => Buffer.from(`${JSON.stringify(header)}\n`, "utf8");

/** Writes the index beside the database (whole or not at all). Returns its size in bytes. */
export async function writeNameIndex(databasePath: string, stamp: string, index: NameIndex): Promise<number> {
  const sections = sectionsOf(index.parts);
  const header: Header = { format: NAME_INDEX_FORMAT, stamp, kinds: index.parts.kinds, sections: sections.map(([name, length]) => [name, length]) };
  return writeWhole(nameIndexPath(databasePath), [() => headerLine(header), ...sections.map(([, , bytes]) => bytes)]);
}

/**
 * The file carried over to the data stamp `to`, for a write that changes no name (a review of facts): its header
 * rewritten, its sections copied (they start at the padded end of the header line, as they did). False, and
 * nothing written, when it was not built from the stamp `from`.
 */
export async function restampNameIndex(databasePath: string, from: string, to: string): Promise<boolean> {
  const path = nameIndexPath(databasePath);
  const file = await readFile(path).catch(() => undefined);
  const end = file ? file.indexOf(10) : -1;
  const header = file && end >= 0 ? parseHeader(file.subarray(0, end)) : undefined;
  if (!file || !header || header.stamp !== from) return false;
  await writeWhole(path, [() => headerLine({ ...header, stamp: to }), () => file.subarray(padded(end + 1))]);
  return true;
}

/** The stamp of the index file beside the database, or undefined when there is none or it is unreadable (reads its first line only). */
export async function nameIndexStamp(databasePath: string): Promise<string | undefined> {
  const handle = await open(nameIndexPath(databasePath), "r").catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(16_384), position: 0 });
    const end = buffer.subarray(0, bytesRead).indexOf(10);
    if (end < 0) return undefined;
    return parseHeader(buffer.subarray(0, end))?.stamp;
  } finally {
    await handle.close();
  }
}

function parseHeader(line: Buffer): Header | undefined {
  try {
    const parsed = headerSchema.safeParse(JSON.parse(line.toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The index in the file beside the database, if it was built from the data stamp `stamp`; undefined when there is
 * none, it is of other data, or it does not hold together (a file from another version, cut short).
 */
export async function readNameIndex(databasePath: string, stamp: string): Promise<NameIndex | undefined> {
  const file = await readFile(nameIndexPath(databasePath)).catch(() => undefined);
  if (!file) return undefined;
  const end = file.indexOf(10);
  const header = end < 0 ? undefined : parseHeader(file.subarray(0, end));
  if (!header || header.stamp !== stamp) return undefined;
  const found = new Map<string, Buffer>();
  let at = padded(end + 1);
  for (const [name, length] of header.sections) {
    if (at + length > file.length) return undefined;
    found.set(name, file.subarray(at, at + length));
    at += padded(length);
  }
  const text = (name: string) => found.get(name)?.toString("utf8");
  const typed = <T extends TypedName>(name: T): InstanceType<(typeof TYPED)[T]> | undefined => {
    const bytes = found.get(name);
    const Type = TYPED[name];
    if (!bytes || bytes.length % Type.BYTES_PER_ELEMENT !== 0) return undefined;
    // A view when the bytes are aligned (they are, in a file read whole), a copy otherwise.
    const source = bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0 ? bytes : Buffer.from(bytes);
    return new Type(source.buffer as ArrayBuffer, source.byteOffset, source.length / Type.BYTES_PER_ELEMENT) as InstanceType<(typeof TYPED)[T]>;
  };
  const column = (name: (typeof TEXTS)[number], starts: TypedName) => {
    const value = text(name);
    const offsets = typed(starts);
    return value !== undefined && offsets instanceof Int32Array && offsets.length > 0 && offsets[offsets.length - 1] === value.length ? new StringColumn(value, offsets) : undefined;
  };
  const parts = {
    kinds: header.kinds,
    ids: column("ids", "idStarts"),
    names: column("names", "nameStarts"),
    aliases: column("aliases", "aliasTextStarts"),
    labels: column("labels", "labelStarts"),
    terms: column("terms", "termStarts"),
    aliasStarts: typed("aliasStarts"),
    entityKind: typed("entityKind"),
    idOrder: typed("idOrder"),
    labelEntity: typed("labelEntity"),
    labelSlot: typed("labelSlot"),
    labelWords: typed("labelWords"),
    postingStarts: typed("postingStarts"),
    postings: typed("postings"),
    frequencies: typed("frequencies"),
  };
  if (Object.values(parts).some((part) => part === undefined)) return undefined;
  const whole = parts as NameIndexParts;
  const entities = whole.ids.length;
  const labels = whole.labels.length;
  const consistent =
    whole.names.length === entities &&
    whole.aliasStarts.length === entities + 1 &&
    whole.entityKind.length === entities &&
    whole.idOrder.length === entities &&
    whole.labelEntity.length === labels &&
    whole.labelSlot.length === labels &&
    whole.labelWords.length === labels &&
    whole.postingStarts.length === whole.terms.length + 1 &&
    whole.postings.length === whole.frequencies.length;
  return consistent ? new NameIndex(whole) : undefined;
}
