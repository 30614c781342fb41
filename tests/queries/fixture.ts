import type { GraphBatchInput } from "../../graph/index.js";

/**
 * A small supply-chain graph with known answers, modelled on the reference base: Rosatom holds
 * Lovozero GOK through Fin-Proyekt and (40%) through a Cyprus holding, Shenghe's stake in MP Materials
 * is stated twice (8.0% and 7.7%), and USGS-style production rows include the world total.
 */
export const FIXTURE: GraphBatchInput = {
  source: "tests/queries/fixture.ts",
  nodes: [
    { id: "country:cn", name: "China", code: "CN", aliases: ["PRC", "中国"] },
    { id: "country:ru", name: "Russia", code: "RU", aliases: ["Russian Federation", "Россия"] },
    { id: "country:us", name: "United States", code: "US", aliases: ["USA"] },
    { id: "country:au", name: "Australia", code: "AU" },
    { id: "country:my", name: "Malaysia", code: "MY" },
    { id: "country:jp", name: "Japan", code: "JP" },
    { id: "country:cy", name: "Cyprus", code: "CY" },
    { id: "country:ca", name: "Canada", code: "CA" },
    { id: "country:world", name: "World", code: "XW" },
    { id: "country:other-countries", name: "Other countries", code: "XO" },
    { id: "element:ree", name: "Rare earth elements", symbol: "REE", group: "rare_earth_group", aliases: ["rare earths"] },
    { id: "element:dy", name: "Dysprosium", symbol: "Dy", group: "heavy_rare_earth", aliases: ["Диспрозий", "镝"] },
    { id: "element:ga", name: "Gallium", symbol: "Ga", group: "critical_mineral" },
    { id: "actor:rosatom", name: "Rosatom", type: "state_corporation", country: "RU", stateLinked: true, aliases: ["Росатом", "ROSATOM"] },
    { id: "actor:fin-proyekt", name: "Fin-Proyekt", type: "company", country: "RU", aliases: ["Fin-Proyekt LLC"] },
    { id: "actor:holdco", name: "Holdco Cyprus", type: "company", country: "CY" },
    { id: "actor:kondrashev", name: "Petr Kondrashev", type: "person", country: "RU" },
    { id: "actor:shenghe", name: "Shenghe Resources", type: "company", country: "CN", stateLinked: true },
    { id: "actor:mp-materials", name: "MP Materials", type: "company", country: "US" },
    { id: "actor:sasac", name: "SASAC", type: "state_body", country: "CN" },
    { id: "actor:crg", name: "China Rare Earth Group", type: "company", country: "CN" },
    { id: "actor:mofcom", name: "Ministry of Commerce", type: "state_body", country: "CN", aliases: ["MOFCOM"] },
    { id: "actor:atlas-au", name: "Atlas Mining", type: "company", country: "AU" },
    { id: "actor:atlas-ca", name: "Atlas Mining", type: "company", country: "CA" },
    { id: "asset:lovozero-gok", name: "Lovozero GOK", type: "mine", country: "RU", aliases: ["Lovozersky GOK", "Ловозерский ГОК"] },
    { id: "asset:mountain-pass", name: "Mountain Pass", type: "mine", country: "US" },
    { id: "asset:bayan-obo", name: "Bayan Obo", type: "mine", country: "CN" },
    { id: "asset:lynas-malaysia", name: "Lynas Malaysia", type: "separation_plant", country: "MY" },
    { id: "policy:cn-dy-control", name: "China's dysprosium export control", type: "export_control", announced: "2025-04-04", effective: "2025-04-04" },
    { id: "policy:cn-us-ban", name: "China's gallium export ban to the US", type: "export_ban", announced: "2024-12", lifted: "2025-11" },
    { id: "document:interfax-2023", name: "Interfax, 1 June 2023", title: "Rosatom buys Lovozero's owner", date: "2023-06-01" },
  ],
  relationships: [
    {
      type: "OWNS",
      from: "actor:rosatom",
      to: "actor:fin-proyekt",
      properties: { share: 74.97, since: "2023-04-23" },
      evidence: [{ documentId: "document:interfax-2023", loader: "test", confidence: 1, quote: "74.97% of Fin-Proyekt LLC", start: 10, end: 35 }],
    },
    { type: "OWNS", from: "actor:holdco", to: "actor:fin-proyekt", properties: { share: 25.03 } },
    { type: "OWNS", from: "actor:rosatom", to: "actor:holdco", properties: { share: 40, since: "2020" } },
    { type: "OWNS", from: "actor:fin-proyekt", to: "asset:lovozero-gok", properties: { share: 100 } },
    { type: "OWNS", from: "actor:kondrashev", to: "actor:fin-proyekt", properties: { share: 75, until: "2023-04-23", status: "historical" } },
    { type: "OWNS", from: "actor:shenghe", to: "actor:mp-materials", properties: { share: 8.0, since: "2020-12-31" }, evidence: [{ sourceUrl: "https://www.sec.gov/13g", loader: "test", confidence: 1, value: "8.0%" }] },
    { type: "OWNS", from: "actor:shenghe", to: "actor:mp-materials", properties: { share: 7.7, since: "2021-12" }, evidence: [{ sourceUrl: "https://wiki.example/mp", loader: "test", confidence: 0.7, value: "about 7.7%" }] },
    { type: "OWNS", from: "actor:mp-materials", to: "asset:mountain-pass", properties: {} },
    { type: "OWNS", from: "actor:sasac", to: "actor:crg", properties: { share: 31.21 } },
    { type: "OWNS", from: "actor:crg", to: "asset:bayan-obo", properties: { share: 100 } },
    { type: "LOCATED_IN", from: "asset:lovozero-gok", to: "country:ru" },
    { type: "LOCATED_IN", from: "asset:mountain-pass", to: "country:us" },
    { type: "LOCATED_IN", from: "asset:bayan-obo", to: "country:cn" },
    { type: "LOCATED_IN", from: "asset:lynas-malaysia", to: "country:my" },
    ...(
      [
        ["country:cn", 270000],
        ["country:us", 45000],
        ["country:au", 13000],
        ["country:ru", 2500],
        ["country:other-countries", 59500],
        ["country:world", 390000],
      ] as const
    ).map(([from, amount]) => ({ type: "PRODUCES" as const, from, to: "element:ree", properties: { amount, unit: "t REO", year: 2024, stage: "mined", edition: "MCS 2025", status: "estimate" } })),
    { type: "PRODUCES", from: "country:cn", to: "element:ree", properties: { amount: 280000, unit: "t REO", year: 2024, stage: "mined", edition: "MCS 2026", status: "estimate" } },
    { type: "PRODUCES", from: "country:world", to: "element:ree", properties: { amount: 400000, unit: "t REO", year: 2024, stage: "mined", edition: "MCS 2026", status: "estimate" } },
    { type: "PRODUCES", from: "asset:bayan-obo", to: "element:ree", properties: { stage: "concentrate" } },
    { type: "PRODUCES", from: "asset:lynas-malaysia", to: "element:ree", properties: { stage: "oxide" } },
    { type: "IMPORTS_FROM", from: "country:ru", to: "country:cn", properties: { element: "element:ree", share: 60, period: "2020-23" } },
    { type: "IMPORTS_FROM", from: "country:jp", to: "country:cn", properties: { element: "element:ree", share: 60, period: "2020-23" } },
    { type: "IMPORTS_FROM", from: "country:us", to: "country:my", properties: { element: "element:ree", share: 13, period: "2020-23" } },
    { type: "ISSUED", from: "actor:mofcom", to: "policy:cn-dy-control", properties: { date: "2025-04-04" } },
    { type: "ISSUED", from: "country:cn", to: "policy:cn-us-ban", properties: { date: "2024-12" } },
    { type: "RESTRICTS", from: "policy:cn-dy-control", to: "element:dy", properties: { scope: "metals, oxides, alloys" } },
    { type: "RESTRICTS", from: "policy:cn-us-ban", to: "element:ga", properties: { scope: "all exports to the US" } },
    { type: "TARGETS", from: "policy:cn-us-ban", to: "country:us" },
  ],
};

/** Rosatom's effective stake in Lovozero GOK: 74.97% × 100% directly, plus 40% × 25.03% × 100% via Holdco. */
export const ROSATOM_IN_LOVOZERO = 74.97 * 1 + 0.4 * 25.03 * 1;

/** MCS 2025 mined REE, shares of the printed world total 390,000 t, squared and summed by hand. */
export const HHI_MCS_2025 = (270000 / 3900) ** 2 + (45000 / 3900) ** 2 + (13000 / 3900) ** 2 + (2500 / 3900) ** 2;
