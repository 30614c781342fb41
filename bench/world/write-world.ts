import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import { StreamWriter, csvLine } from "./stream-writer.js";
import { EDITION, IMPORT_PERIOD, importRecords, productionRecords } from "./usgs-records.js";
import { actorId, actorName, assetId, assetNameOf, assetTypeOf, ftmId } from "./world-ids.js";
import type { WorldModel } from "./world-model.js";
import { leiOf } from "./world-names.js";

const SOURCE = "https://example.org/ytterby-world";
const USGS_SOURCE = "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026.pdf";

export interface WorldFiles {
  /** What a user would hand to `ytterby load`. */
  load: string;
  /** The same rows shaped as the store's tables, for a bare COPY FROM baseline. */
  bare: string;
}

const shareText = (share: number) => String(share);

/**
 * Writes the world as users bring it: reference YAML for the fixed countries and elements, FtM JSON lines for
 * actors and their ownership, the bulk CSV format for assets, their owners, places and production, USGS CSV for
 * national statistics; and beside them the bare table CSVs. Every file is streamed.
 */
export async function writeWorld(world: WorldModel, dir: string): Promise<WorldFiles> {
  const files: WorldFiles = { load: join(dir, "load"), bare: join(dir, "bare") };
  await rm(dir, { recursive: true, force: true });
  await mkdir(files.load, { recursive: true });
  await mkdir(files.bare, { recursive: true });
  await writeReference(world, files);
  await writeActors(world, files);
  await writeAssets(world, files);
  await writeUsgs(world, files);
  return files;
}

async function writeAll(path: string, lines: Iterable<string>): Promise<void> {
  const writer = new StreamWriter(path);
  for (const line of lines) await writer.line(line);
  await writer.close();
}

async function writeReference(world: WorldModel, files: WorldFiles): Promise<void> {
  const source = `${SOURCE}/reference`;
  const countries = world.countries.map((c) => ({ id: c.id, name: c.name, code: c.code }));
  const elements = world.elements.map((e) => ({ id: e.id, name: e.name, symbol: e.symbol, group: e.group }));
  await writeAll(join(files.load, "countries.yaml"), [stringify({ source: `${source}/countries`, nodes: countries })]);
  await writeAll(join(files.load, "elements.yaml"), [stringify({ source: `${source}/elements`, nodes: elements })]);
  await writeAll(join(files.bare, "Country.csv"), ["id,name,code", ...world.countries.map((c) => csvLine([c.id, c.name, c.code]))]);
  await writeAll(join(files.bare, "Element.csv"), ["id,name,symbol,group", ...world.elements.map((e) => csvLine([e.id, e.name, e.symbol, e.group]))]);
}

async function writeActors(world: WorldModel, files: WorldFiles): Promise<void> {
  const ftm = new StreamWriter(join(files.load, "actors.ftm.jsonl"));
  const actors = new StreamWriter(join(files.bare, "Actor.csv"));
  const owns = new StreamWriter(join(files.bare, "OWNS.Actor.Actor.csv"));
  await actors.line("id,name,type,country");
  await owns.line("from,to,id,share");
  const ownership = async (owner: number, owned: number, share: number, n: number) => {
    const properties = { owner: [ftmId(owner)], asset: [ftmId(owned)], percentage: [shareText(share)], ownershipType: ["shareholding"] };
    await ftm.line(JSON.stringify({ id: `${ftmId(owned)}-own-${n}`, schema: "Ownership", properties, first_seen: "2025-06-01T00:00:00" }));
    await owns.line(csvLine([actorId(world, owner), actorId(world, owned), `owns-${owned}-${n}`, share]));
  };
  for (let i = 0; i < world.actors; i++) {
    const person = world.actorIsPerson[i] === 1;
    const country = world.countries[world.actorCountry[i] ?? 0]?.code ?? "US";
    const name = actorName(world, i);
    const properties = person
      ? { name: [name], nationality: [country.toLowerCase()], sourceUrl: [`${SOURCE}/register/${ftmId(i)}`] }
      : { name: [name], leiCode: [leiOf(i)], jurisdiction: [country.toLowerCase()], sourceUrl: [`${SOURCE}/register/${ftmId(i)}`] };
    await ftm.line(JSON.stringify({ id: ftmId(i), schema: person ? "Person" : "Company", properties, datasets: ["ytterby-world"], first_seen: "2025-06-01T00:00:00" }));
    await actors.line(csvLine([actorId(world, i), name, person ? "person" : "company", country]));
    const owner = world.actorOwner[i] ?? -1;
    const second = world.actorOwner2[i] ?? -1;
    if (owner >= 0) await ownership(owner, i, world.actorShare[i] ?? 0, 1);
    if (second >= 0) await ownership(second, i, world.actorShare2[i] ?? 0, 2);
  }
  await Promise.all([ftm.close(), actors.close(), owns.close()]);
}

async function writeAssets(world: WorldModel, files: WorldFiles): Promise<void> {
  const nodes = new StreamWriter(join(files.load, "assets.nodes.csv"));
  const owners = new StreamWriter(join(files.load, "asset-owners.edges.csv"));
  const places = new StreamWriter(join(files.load, "asset-locations.edges.csv"));
  const output = new StreamWriter(join(files.load, "asset-production.edges.csv"));
  const bareAssets = new StreamWriter(join(files.bare, "Asset.csv"));
  const bareOwns = new StreamWriter(join(files.bare, "OWNS.Actor.Asset.csv"));
  const barePlaces = new StreamWriter(join(files.bare, "LOCATED_IN.Asset.Country.csv"));
  const bareOutput = new StreamWriter(join(files.bare, "PRODUCES.Asset.Element.csv"));
  await nodes.line("kind,id,name,type,country,status,commodities:string[],source_url");
  await owners.line("type,from,to,share:float,source_url");
  await places.line("type,from,to,source_url");
  await output.line("type,from,to,amount:float,unit,year:int,stage,source_url");
  await bareAssets.line("id,name,type,country,status");
  await bareOwns.line("from,to,id,share");
  await barePlaces.line("from,to,id");
  await bareOutput.line("from,to,id,amount,unit,year,stage");
  for (let j = 0; j < world.assets; j++) {
    const id = assetId(j);
    const country = world.countries[world.assetCountry[j] ?? 0];
    const source = `${SOURCE}/assets/${j + 1}`;
    const produced = [world.assetElement[j] ?? -1, world.assetElement2[j] ?? -1].filter((e) => e >= 0).map((e) => world.elements[e]);
    const symbols = produced.map((e) => e?.symbol ?? "").join(";");
    await nodes.line(csvLine(["Asset", id, assetNameOf(world, j), assetTypeOf(world, j), country?.code, "operating", symbols, source]));
    await bareAssets.line(csvLine([id, assetNameOf(world, j), assetTypeOf(world, j), country?.code, "operating"]));
    for (const [owner, share, n] of [[world.assetOwner[j] ?? -1, world.assetShare[j] ?? 0, 1], [world.assetOwner2[j] ?? -1, world.assetShare2[j] ?? 0, 2]] as const) {
      if (owner < 0) continue;
      await owners.line(csvLine(["OWNS", actorId(world, owner), id, share, source]));
      await bareOwns.line(csvLine([actorId(world, owner), id, `owns-asset-${j}-${n}`, share]));
    }
    await places.line(csvLine(["LOCATED_IN", id, country?.id, source]));
    await barePlaces.line(csvLine([id, country?.id, `located-${j}`]));
    for (const element of produced) {
      const stage = assetTypeOf(world, j) === "mine" ? "mined" : "refined";
      await output.line(csvLine(["PRODUCES", id, element?.id, world.assetAmount[j], "t", 2024, stage, source]));
      await bareOutput.line(csvLine([id, element?.id, `produces-${j}-${element?.symbol}`, world.assetAmount[j], "t", 2024, stage]));
    }
  }
  await Promise.all([nodes, owners, places, output, bareAssets, bareOwns, barePlaces, bareOutput].map((w) => w.close()));
}

async function writeUsgs(world: WorldModel, files: WorldFiles): Promise<void> {
  const usgs = new StreamWriter(join(files.load, "usgs-mcs.csv"));
  const bareProduction = new StreamWriter(join(files.bare, "PRODUCES.Country.Element.csv"));
  const bareImports = new StreamWriter(join(files.bare, "IMPORTS_FROM.Country.Country.csv"));
  await usgs.line("commodity,country,measure,year,value,unit,edition,source_url,importer,period");
  await bareProduction.line("from,to,id,amount,unit,year,stage,edition");
  await bareImports.line("from,to,id,element,share,period,edition");
  let n = 0;
  for (const record of productionRecords(world)) {
    const country = world.countries[record.country];
    const element = world.elements[record.element];
    await usgs.line(csvLine([element?.symbol, country?.code, "production", record.year, record.amount, "t", EDITION, USGS_SOURCE, "", ""]));
    await bareProduction.line(csvLine([country?.id, element?.id, `usgs-${n++}`, record.amount, "t", record.year, "mined", EDITION]));
  }
  for (const record of importRecords(world)) {
    const importer = world.countries[record.importer];
    const exporter = world.countries[record.exporter];
    const element = world.elements[record.element];
    await usgs.line(csvLine([element?.symbol, exporter?.code, "import_share", "", record.share, "%", EDITION, USGS_SOURCE, importer?.code, IMPORT_PERIOD]));
    await bareImports.line(csvLine([importer?.id, exporter?.id, `imports-${n++}`, element?.id, record.share, IMPORT_PERIOD, EDITION]));
  }
  await Promise.all([usgs.close(), bareProduction.close(), bareImports.close()]);
}
