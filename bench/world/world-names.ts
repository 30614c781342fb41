const STEMS = ["Northern", "Baltic", "Pacific", "Ural", "Andes", "Sahel", "Karoo", "Altai", "Yukon", "Pilbara", "Congo", "Mekong", "Rhine", "Volga", "Atlas", "Sierra", "Taiga", "Tundra", "Coral", "Delta", "Granite", "Basalt", "Cobalt", "Silver", "Iron", "Copper", "Summit", "Horizon", "Meridian", "Polar", "Aurora", "Zenith", "Harbor", "Crown", "Falcon", "Lynx", "Orion", "Vega", "Nova", "Apex"];
const MIDDLES = ["Rare Earth", "Minerals", "Metals", "Mining", "Resources", "Materials", "Alloys", "Refining", "Energy", "Industrial", "Capital", "Holdings", "Ventures", "Exploration", "Chemicals", "Magnetics", "Technologies", "Trading", "Strategic", "Development"];
const SUFFIXES = ["Ltd", "LLC", "AG", "SA", "PLC", "Corp", "GmbH", "JSC", "Pty Ltd", "Inc", "BV", "Co"];
const GIVEN = ["Anna", "Boris", "Chen", "Dara", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq"];
const FAMILY = ["Ivanova", "Okafor", "Nakamura", "Silva", "Kowalski", "Haddad", "Lindqvist", "Mensah", "Petrov", "Zhang", "Moreau", "Novak", "Rahman", "Schmidt", "Costa", "Adeyemi", "Kaur", "Larsen", "Yilmaz", "Duarte"];
const PLACES = ["Kara", "Bayan", "Mount", "Lake", "Ridge", "Valley", "Creek", "Bluff", "Point", "Hill", "Basin", "Gorge", "Plateau", "Pass", "Cape"];
const ASSET_WORDS: Record<string, string> = { mine: "Mine", deposit: "Deposit", processing_plant: "Processing Plant", refinery: "Refinery", separation_plant: "Separation Plant", metal_plant: "Metal Plant" };

const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** Company names from word lists; past 9,600 a generation number keeps most distinct. */
export function companyName(n: number): string {
  const base = `${at(STEMS, n)} ${at(MIDDLES, Math.floor(n / STEMS.length))} ${at(SUFFIXES, Math.floor(n / (STEMS.length * MIDDLES.length)))}`;
  const generation = Math.floor(n / (STEMS.length * MIDDLES.length * SUFFIXES.length));
  return generation === 0 ? base : base.replace(/ (\S+)$/, ` ${generation + 1} $1`);
}

/** People's ids come from their names (FtM gives no identifier), so every person's name is unique. */
export function personName(n: number): string {
  return `${at(GIVEN, n)} ${at(FAMILY, Math.floor(n / GIVEN.length))}-${n.toString(36).toUpperCase()}`;
}

export function assetName(n: number, type: string): string {
  return `${at(PLACES, n)} ${at(STEMS, Math.floor(n / PLACES.length))} ${ASSET_WORDS[type] ?? "Site"} ${n + 1}`;
}

/** A 20-character LEI-like code (not a valid check sum: it must never collide with a real LEI). */
export const leiOf = (n: number) => `YTB0${n.toString().padStart(14, "0")}XX`;
