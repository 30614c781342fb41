import { describe, expect, it } from "vitest";
import { findBlocks } from "../../../loaders/documents/find-blocks.js";

// Own-written text shaped like real pages: hard-wrapped wire copy, list items, Chinese photo captions.
describe("lines of prose that are not headings", () => {
  it("joins a hard-wrapped paragraph into one body block", () => {
    const text = "Nickel ban brought forward\n\nJAKARTA — The ministry said on Monday it will\nstop ore exports from January, two years earlier\nthan planned, to process more of its ore at home.\nAnalysts expect higher prices.";
    const blocks = findBlocks(text);
    expect(blocks.map((b) => b.role)).toEqual(["title", "body", "body"]);
    expect(text.slice(blocks[1]!.start, blocks[1]!.end)).toMatch(/^JAKARTA .* at home\.$/s);
  });

  it("keeps a title and the paragraph after it apart, and a capitalised next line a line of its own", () => {
    const blocks = findBlocks("Rosatom buys a lithium project\nKaz Minerals Report\nThe state corporation bought the licence for the deposit in 2023.");
    expect(blocks).toHaveLength(3);
    expect(blocks[0]?.role).toBe("title");
  });

  it("reads a list item ending in a semicolon and a caption ending in a full-width bracket as body", () => {
    const blocks = findBlocks("Memorandum signed\n\nThe parties agreed to:\n- raise the load of the joint venture in the Urals;\n圖為江西的一處稀土礦區。（示意圖）");
    expect(blocks.map((b) => b.role)).toEqual(["title", "body", "body", "body"]);
  });

  it("reads the last line of an excerpt cut off mid-sentence as body, but not a short last line with its line break or a headline list's last line", () => {
    const cut = findBlocks("Plant sold\n\nThe buyer paid in cash.\nThe plant, near the port, will be run by the buyer's unit from");
    expect(cut.map((b) => b.role)).toEqual(["title", "body", "body"]);
    const whole = findBlocks("Plant sold\n\nThe buyer paid in cash.\nMore on the deal\n");
    expect(whole.map((b) => b.role)).toEqual(["title", "body", "heading"]);
    const list = findBlocks("Plant sold\n\nThe buyer paid in cash.\n\nRelated headlines\nAcme opens a second smelter in Chile");
    expect(list.at(-1)?.role).toBe("heading");
  });
});
