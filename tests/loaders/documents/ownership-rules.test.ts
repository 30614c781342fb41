import { describe, expect, it } from "vitest";
import { sentenceReader } from "./sentence-reader.js";

// Sentences written for these tests, one construction each (relation-rules-ownership.ts and the "sell … to a
// subsidiary of" reading), read with the phrase rules alone so a retrained model cannot hide a rule's regression.

const { read } = sentenceReader({ rulesOnly: true });
const owns = (text: string) => read(text).filter((f) => f.includes(" OWNS "));

describe("Russian ownership phrasings", () => {
  it("reads both partners of a joint venture named after them", () => {
    const facts = owns("Совместное предприятие «Норникеля» и «Росатома» – «Северный литий» начнёт работу в 2027 году.");
    expect(facts.filter((f) => f.startsWith("actor:rosatom OWNS"))).toHaveLength(1);
    expect(facts.filter((f) => f.startsWith("actor:nornickel OWNS"))).toHaveLength(1);
  });

  it("reads a subsidiary named right before its parent, with no comma", () => {
    const facts = owns("АО «Тундра-Металл» дочернее предприятие «Росатома» подало заявку.");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatch(/^actor:rosatom OWNS actor:/u);
  });

  it("reads a parent structure named in brackets", () => {
    const facts = owns("Об этом сообщил «Росатом» (госкорпорация; головная структура «Атомредметзолото»).");
    expect(facts.some((f) => f.startsWith("actor:rosatom OWNS"))).toBe(true);
  });

  it("reads the main shareholder of a company", () => {
    expect(owns("Основной акционер компании «Норникель» – холдинг «Интеррос».")).toEqual([expect.stringMatching(/^actor:\S+ OWNS actor:nornickel$/u)]);
    expect(owns("Крупнейшим акционером «Норникеля» является «Интеррос».")).toEqual([expect.stringMatching(/^actor:\S+ OWNS actor:nornickel$/u)]);
  });

  it("reads a bought stake, and a promised one as planned", () => {
    expect(owns("«Норникель» купил 20% акций компании «Северная платина».").some((f) => /^actor:nornickel OWNS .* 20%$/u.test(f))).toBe(true);
    expect(owns("Росатом получит контрольный пакет Соликамского магниевого завода.")).toContain("actor:rosatom OWNS actor:solikamsk-magnesium-plant [planned]");
  });
});

describe("lists of shareholders", () => {
  it("reads every member of a Russian list with its own share", () => {
    const facts = owns("Акционерами Соликамского магниевого завода являются Росатом (75%) и Норникель (15%).");
    expect(facts).toEqual(expect.arrayContaining(["actor:rosatom OWNS actor:solikamsk-magnesium-plant 75%", "actor:nornickel OWNS actor:solikamsk-magnesium-plant 15%"]));
  });

  it("reads every member of an English list, 'A with 15%' and 'B (10%)' alike", () => {
    const facts = owns("The shareholders of MP Materials are Shenghe Resources with 8%, Lynas Rare Earths (5%) and Sojitz.");
    expect(facts).toEqual(expect.arrayContaining(["actor:shenghe-resources OWNS actor:mp-materials 8%", "actor:lynas OWNS actor:mp-materials 5%"]));
    expect(facts.filter((f) => f.endsWith("OWNS actor:mp-materials"))).toHaveLength(1);
  });

  it("reads every holder after 'owned by', each with its own share, and no holder without one", () => {
    const facts = owns("Bikita Minerals is owned by Acme Holdings with 74%, Orion Resources Ltd with 16% and Zeta Mining Corp (5.25%).");
    // The first holder is owns-by's; its figure is the learned step's to add (withFigure), not read with the rules alone.
    expect(facts.some((f) => f.startsWith("actor:acme-holdings OWNS actor:bikita-minerals"))).toBe(true);
    expect(facts).toEqual(expect.arrayContaining(["actor:orion-resources OWNS actor:bikita-minerals 16%", "actor:zeta-mining OWNS actor:bikita-minerals 5.25%"]));
    expect(owns("Bikita Minerals is owned by Acme Holdings with 74% and sells to Orion Resources Ltd.").some((f) => f.startsWith("actor:orion-resources"))).toBe(false);
  });

  it("does not take the company whose shares were handed over for their new owner", () => {
    const facts = owns("Как сообщил представитель «Росатома» (госкорпорации были переданы 67% акций СМЗ), работы идут.");
    expect(facts.some((f) => f.startsWith("actor:solikamsk-magnesium-plant OWNS"))).toBe(false);
  });
});

describe("Russian auctions of subsoil rights", () => {
  it("gives the site to the winner, and to the joint venture rather than its partners", () => {
    const facts = read("По итогам аукциона на право пользования Томторским месторождением в Якутии победителем признано совместное предприятие «Норникеля» и «Росатома» – «Северный литий».");
    expect(facts.filter((f) => f.includes(" OPERATES "))).toEqual([expect.stringMatching(/^actor:\S+ OPERATES asset:tomtor$/u)]);
    expect(facts.some((f) => f.startsWith("actor:rosatom OPERATES"))).toBe(false);
  });

  it("reads the winner named after the auction", () => {
    expect(read("Победителем аукциона на право разработки Томторского месторождения стала компания «Восток-Инвест».")).toEqual([expect.stringMatching(/^actor:\S+ OPERATES asset:tomtor$/u)]);
  });

  it("gives the site to the subsidiary that won, not to its parent", () => {
    const facts = read("АО «Тундра-Металл» дочернее предприятие АО «Горная компания Тундра» признано победителем аукциона на право пользования участком недр Томторского месторождения.");
    expect(facts.filter((f) => f.includes(" OPERATES "))).toEqual([expect.stringMatching(/^actor:тундра-металл OPERATES asset:tomtor$/u)]);
  });
});

describe("English ownership phrasings", () => {
  it("reads 'X's owner is Y' with Y as the owner", () => {
    expect(owns("Mountain Pass's owner is MP Materials.")).toContain("actor:mp-materials OWNS asset:mountain-pass");
  });

  it("reads a stake kept after a sale", () => {
    expect(owns("Kazatomprom will keep a controlling 60% interest in Inkai.").some((f) => f.startsWith("actor:kazatomprom OWNS") && f.includes(" 60%"))).toBe(true);
  });

  it("gives a stake sold to a subsidiary of a buyer to the buyer, not the seller", () => {
    const facts = owns("Lynas Rare Earths agreed to sell a 30% stake in Mountain Pass to a subsidiary of MP Materials.");
    expect(facts.some((f) => f.startsWith("actor:mp-materials OWNS asset:mountain-pass"))).toBe(true);
    expect(facts.some((f) => f.startsWith("actor:mp-materials OWNS actor:lynas"))).toBe(false);
  });

  it("reads the price of a stake sold to a subsidiary as the buyer's investment", () => {
    expect(read("Lynas Rare Earths agreed to sell a 30% stake in Mountain Pass to a subsidiary of MP Materials for $200m.")).toContain("actor:mp-materials INVESTS_IN asset:mountain-pass 200000000USD");
  });

  it("reads a stake a company is buying", () => {
    expect(owns("Shenghe Resources is paying $50 million to acquire a controlling interest in MP Materials.")).toContain("actor:shenghe-resources OWNS actor:mp-materials");
  });

  it("reads a joint venture named after its partners", () => {
    const facts = owns("A joint venture between Sojitz and JOGMEC, Japan Australia Rare Earths, holds the offtake.");
    expect(facts.filter((f) => f.endsWith("OWNS actor:japan-australia-rare-earths") || /OWNS actor:.*japan/u.test(f)).length).toBeGreaterThanOrEqual(1);
  });
});
