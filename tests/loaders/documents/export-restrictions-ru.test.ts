import { describe, expect, it } from "vitest";
import { sentenceReader } from "./sentence-reader.js";

// Invented Russian sentences (our own text, no corpus line), read by the phrase rules alone.
const { read, extract } = sentenceReader({ rulesOnly: true });
const restrictions = (text: string) => read(text).filter((f) => f.includes("RESTRICTS_EXPORT"));

describe("Russian export restrictions", () => {
  it("reads a known measure's name that names its elements as the elements the issuer restricts", () => {
    const document = extract("Китай в понедельник ввёл экспортный контроль на сурьму ради безопасности.");
    expect(document.entities.map((e) => e.id)).toContain("element:sb");
    expect(restrictions("Китай в понедельник ввёл экспортный контроль на сурьму ради безопасности.")).toContain("country:cn RESTRICTS_EXPORT element:sb");
  });

  it("reads the country the goods leave as the issuer: «запрет на экспорт X из Y»", () => {
    expect(restrictions("Весной власти продлили запрет на экспорт олова из Боливии до осени.")).toContain("country:bo RESTRICTS_EXPORT element:sn");
  });

  it("reads «прекратит экспорт», «экспортные пошлины» and «квоты на вывоз» with the country before them", () => {
    expect(restrictions("По словам министра, Вьетнам прекратит экспорт вольфрама в 2027 году.")).toContain("country:vn RESTRICTS_EXPORT element:w");
    expect(restrictions("Казахстан ввёл экспортные пошлины на вольфрам и молибден.")).toEqual(expect.arrayContaining(["country:kz RESTRICTS_EXPORT element:w", "country:kz RESTRICTS_EXPORT element:mo"]));
    expect(restrictions("Китай установил квоты на вывоз германия.")).toContain("country:cn RESTRICTS_EXPORT element:ge");
  });

  it("reads no restriction that is lifted, nor a country the goods go to", () => {
    expect(restrictions("Если запрет на вывоз никеля снимут, Индонезия увеличит продажи.")).toEqual([]);
    expect(restrictions("Поставки в Китай прекратили экспорт кобальта в прошлом году.").filter((f) => f.startsWith("country:cn"))).toEqual([]);
  });
});
