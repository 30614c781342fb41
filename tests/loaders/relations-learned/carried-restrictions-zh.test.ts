import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

function carried(text: string): string[] {
  const doc = extractFromText({ path: "invented.txt", contentHash: "0".repeat(64), text } as Parameters<typeof extractFromText>[0], kb);
  return doc.facts
    .filter((f) => f.extractor === "export-restriction-carried-zh")
    .map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.valueMax === undefined ? "" : ` max ${f.valueMax}`}`)
    .sort();
}

describe("a Chinese export restriction carried on to sentences that leave out the country", () => {
  it("gives the country of the measure stated just before to the minerals a later sentence lists", () => {
    const text = "越南政府宣布自明年一月起禁止出口未经加工的矿石。该国矿业部一名官员表示：须经冶炼后方可出口的矿种有锡、钨和锑。";
    expect(carried(text)).toEqual(["country:vn RESTRICTS_EXPORT element:sb", "country:vn RESTRICTS_EXPORT element:sn", "country:vn RESTRICTS_EXPORT element:w"]);
  });

  it("reads a bare yearly ceiling in tonnes as the quota of the one element restricted before", () => {
    const text = "缅甸宣布对稀土实施出口配额管理，稀土开采也将收紧。当地稀土矿多为小矿。2031年：出口上限为3000吨。";
    expect(carried(text)).toEqual(["country:mm RESTRICTS_EXPORT element:ree max 3000"]);
  });

  it("leaves out a mineral the sentence exempts from the measure", () => {
    const text = "越南政府宣布自明年一月起禁止出口未经加工的矿石。须经冶炼后方可出口的矿种有锡和钨，不包括锑。";
    expect(carried(text)).toEqual(["country:vn RESTRICTS_EXPORT element:sn", "country:vn RESTRICTS_EXPORT element:w"]);
    expect(carried("越南政府宣布自明年一月起禁止出口未经加工的矿石。除锑以外，须经冶炼后方可出口的矿种有锡和钨。")).toEqual(["country:vn RESTRICTS_EXPORT element:sn", "country:vn RESTRICTS_EXPORT element:w"]);
  });

  it("carries no mineral named in another clause than the measure's", () => {
    expect(carried("越南政府宣布自明年一月起禁止出口未经加工的矿石。消息传出后，锡和钨的价格大涨，出口许可申请正在审批中。")).toEqual([]);
  });

  it("carries nothing into a sentence that names its own country, or too far, or after a ministry that restricted", () => {
    expect(carried("越南宣布禁止出口原矿。老挝则规定须经加工后方可出口锡矿。")).toEqual([]);
    expect(carried("越南宣布禁止出口原矿。当地天气炎热。港口很忙。工人很多。须经加工后方可出口的矿种有锡和钨。")).toEqual([]);
    expect(carried("商务部公布稀土出口配额。商务部有关负责人表示，钨的出口配额也已下达。")).toEqual([]);
  });
});
