import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TextColumn, readCompactSnapshot, readSnapshot, type CompactSnapshot, type OwnershipSnapshot } from "../../graph/index.js";
import { columnOf } from "../../graph/ownership/compact-columns.js";
import { buildSnapshot, snapshotPath, writeSnapshot } from "../../graph/ownership/snapshot.js";

/**
 * The server keeps the ownership snapshot with compact columns, read from the file a column at a time: every cell
 * must read back as JSON.parse of the whole file gives it, whatever the text holds (quotes, backslashes, brackets,
 * other scripts) and whichever encoding a column gets.
 */
const dir = mkdtempSync(join(tmpdir(), "ytterby-compact-snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const awkward = ['plain', 'a "quoted" name', "back\\slash\\", "bracket ] and } inside", "Норильский никель", "赣锋锂业", "emoji 🙂 name", "comma, colon: x"];

function sample(): OwnershipSnapshot {
  const countries = [{ id: "country:aa", name: "Country AA", code: "AA" }, { id: "country:bb", name: 'B "land"', code: "BB" }];
  const entities = Array.from({ length: 300 }, (_, i) => ({
    id: `actor:${i}`,
    name: `${awkward[i % awkward.length]} ${i}`,
    kind: i % 3 === 0 ? "Asset" : "Actor",
    type: i % 5 === 0 ? "government" : i % 7 === 0 ? null : "company",
    country: i % 4 === 0 ? null : i % 2 ? "AA" : "BB",
    stateLinked: i % 6 === 0 ? true : i % 6 === 1 ? false : null,
  }));
  const owns = Array.from({ length: 299 }, (_, i) => ({
    fromId: `actor:${(i * 7) % 300}`,
    toId: `actor:${(i + 1) % 300}`,
    id: `owns:${i}`,
    share: i % 4 === 0 ? null : i % 3 === 0 ? 33.25 : 50,
    shareMin: i % 4 === 0 ? 10 : null,
    confidence: i % 9 === 0 ? 0.6 : null,
    status: i % 11 === 0 ? "planned" : i % 13 === 0 ? "historical" : "reported",
    since: i % 5 === 0 ? null : String(2000 + (i % 20)),
    note: i % 17 === 0 ? awkward[i % awkward.length] : null,
  }));
  const located = entities.map((e, i) => ({ fromId: e.id, toId: countries[i % 2]!.id, review: i % 8 === 0 ? "rejected" : null }));
  return buildSnapshot('stamp "with" \\ quotes', owns, entities, countries, located);
}

function cellsOf(s: CompactSnapshot): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const group of ["nodes", "owns", "located"] as const) {
    for (const [name, column] of Object.entries(s[group])) out[`${group}.${name}`] = Array.from({ length: column.length }, (_, i) => column.get(i));
  }
  return out;
}

function plainCells(s: OwnershipSnapshot): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const group of ["nodes", "owns", "located"] as const) {
    for (const [name, cells] of Object.entries(s[group] as Record<string, unknown[]>)) out[`${group}.${name}`] = cells;
  }
  return out;
}

describe("the compact ownership snapshot", () => {
  it("reads every cell back as JSON.parse of the whole file does", async () => {
    const path = join(dir, "graph.lbug");
    await writeSnapshot(path, sample());
    const whole = await readSnapshot(path);
    const compact = await readCompactSnapshot(path);
    if (!whole || !compact) throw new Error("the snapshot was not read");
    expect(compact.stamp).toBe(whole.stamp);
    expect(cellsOf(compact)).toEqual(plainCells(whole));
    // Ids and names are many distinct texts: one string per column, looked up by value.
    expect(compact.nodes.id).toBeInstanceOf(TextColumn);
    expect((compact.nodes.id as TextColumn).find("actor:17")).toBe(whole.nodes.id.indexOf("actor:17"));
    expect((compact.nodes.id as TextColumn).find("actor:1700")).toBeUndefined();
    // Read a chunk at a time: a string, a number or an escape cut by a chunk's end reads the same.
    for (const chunkBytes of [1, 7, 1000]) expect(cellsOf((await readCompactSnapshot(path, chunkBytes))!)).toEqual(plainCells(whole));
  });

  it("refuses a file that is cut short or whose columns disagree in length", async () => {
    const path = join(dir, "broken.lbug");
    await writeSnapshot(path, sample());
    const text = JSON.stringify(await readSnapshot(path));
    writeFileSync(snapshotPath(path), text.slice(0, text.length / 2));
    await expect(readCompactSnapshot(path)).rejects.toThrow(SyntaxError);
    const uneven = JSON.parse(text) as OwnershipSnapshot;
    uneven.owns.share = uneven.owns.share!.slice(1);
    writeFileSync(snapshotPath(path), JSON.stringify(uneven));
    expect(await readCompactSnapshot(path)).toBeUndefined();
  });

  it("finds every position of a repeated text, and null apart from the empty text", () => {
    const cells = [...Array.from({ length: 100 }, (_, i) => `id-${i}`), "id-5", null, ""];
    const column = columnOf(cells);
    expect(column).toBeInstanceOf(TextColumn);
    expect((column as TextColumn).findAll("id-5")).toEqual([5, 100]);
    expect((column as TextColumn).find("id-5")).toBe(100);
    expect([column.get(101), column.get(102)]).toEqual([null, ""]);
    expect((column as TextColumn).findAll("")).toEqual([102]);
  });
});
