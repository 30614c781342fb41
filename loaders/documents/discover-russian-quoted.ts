import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { Gazetteer } from "./gazetteer.js";
import { MentionCoverage } from "./mention-coverage.js";
import { formsSource, sameRussianName } from "./russian-case.js";
import type { Block, KnownEntity, Mention } from "./types.js";

/**
 * Russian news names organisations in quotation marks: ООО «Восток Инжиниринг», госкорпорация «Росатом», "Полярный
 * литий", or bare «Роснефти» in whatever case the sentence needs. A short capitalised quote is a name unless the
 * word before it makes it a newspaper, a law or a programme; a site word before it (месторождение «…») makes it a
 * site. Every case form of one name is one entity, named by the form that follows a class noun or a legal form
 * (those leave the name in the nominative: «компании «Роснефть»»), else by its most frequent form; once found,
 * the name is also recognised unquoted elsewhere in the document.
 */

// A straight quote opens after no letter and closes before none: «АО "Росатом Недра"» inside a quoted speech
// does not pair the speech's opening quote with the name's.
const QUOTE = /«([^«»\n]{2,60})»|“([^“”„\n]{2,60})”|„([^„“”\n]{2,60})[“”]|(?<![\p{L}\d])"([^"\n]{2,60})"(?![\p{L}\d])/gu;
/** Words before a quote that make it the title of a publication, a document, an event or a product. */
const NOT_ORGANISATION = /(?:газет|журнал|издани|агентств|телеканал|радио|сайт|портал|закон|программ|стратеги|указ|постановлени|сообща|сообщил|пишет|писал|переда[её]т|передал|форум|конференци|выставк|преми|фильм|книг|операци|нацпроект|бренд|марк|проекте|акци[ия]|рубрик|статус|звани|орден|медал|ледокол|судн|корабл|самол[её]т|двигател|комплекс|систем|заявил|отметил|сказал|пояснил|рассказал|зон|район|местност|город|сел|улиц|регион)\p{L}*\s*$/iu;
/** Words before a quote that make it a site. */
const SITE_BEFORE: Array<[RegExp, string]> = [
  [/(?:месторождени\p{L}*|руд|залеж\p{L}*)\s*$/iu, "deposit"],
  [/(?:участ(?:ок|ка|ке|ком)|рудник\p{L}*|карьер\p{L}*|шахт\p{L}*|ГОК\p{L}*)\s*$/u, "mine"],
  [/проект\p{L}*\s*$/iu, "project"],
];
/**
 * A class noun or a legal form before the quote: the name after it stays in the nominative. "госкорпорация" also
 * gives the type.
 */
const NOMINATIVE_BEFORE = /(?:^|[^\p{L}])(?:компани\p{L}*|корпораци\p{L}*|госкорпораци\p{L}*|холдинг\p{L}*|групп\p{L}*|концерн\p{L}*|объединени\p{L}*|предприяти\p{L}*|институт\p{L}*|фонд\p{L}*|банк\p{L}*|структур\p{L}*|производител\p{L}*|ООО|ОАО|АО|ПАО|ЗАО|ТОО|НАК|ГК|АК|ГМК|ФГУП|СП|МК)\s*$/u;
const STATE_CORPORATION_BEFORE = /госкорпораци\p{L}*\s*$/iu;
const MAX_WORDS = 6;

interface Found {
  start: number;
  end: number;
  surface: string;
  kind: "Actor" | "Asset";
  type: string;
  nominative: boolean;
  /** Known mentions inside the quotes that the name replaces ("Xiamen Tungsten" holds tungsten). */
  inside: Mention[];
}

/** A quoted site name ("в «Ловозерском ГОКе»") is read by the site discoverer, which knows its head nouns. */
const SITE_HEAD_LAST = /(?:ГОК|месторождени|рудник|карьер|комбинат)\p{L}*$/u;

function plausibleName(inner: string): boolean {
  // "Вести.Экономика" is a masthead, "Центральная Азия – Япония" a format: neither is a firm's name.
  if (!/^[\p{Lu}\d]/u.test(inner) || /[,;:!?]|\.\s|\.$|\.\p{L}|\s[–—-]\s/u.test(inner) || SITE_HEAD_LAST.test(inner)) return false;
  return inner.split(/\s+/u).length <= MAX_WORDS;
}

function quotedIn(text: string, block: Block, known: MentionCoverage): Found[] {
  const body = text.slice(block.start, block.end);
  const found: Found[] = [];
  for (const match of allMatches(QUOTE, body)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    const inner = raw.trim();
    if (!plausibleName(inner)) continue;
    const start = block.start + match.index + 1 + (raw.length - raw.trimStart().length);
    const end = start + inner.length;
    const before = body.slice(Math.max(0, match.index - 40), match.index);
    if (NOT_ORGANISATION.test(before)) continue;
    // A known name around or exactly over the quotes is that entity already.
    const around = known.within(start, end);
    if (around.some((k) => k.entity.kind !== "Element" && k.start <= start && k.end >= end)) continue;
    const inside = around.filter((k) => k.start >= start && k.end <= end);
    // «Верхний Кедр» и «Северная Падь»: a quote listed right after a site's quote is a site too.
    const previous = found[found.length - 1];
    const listed = previous?.kind === "Asset" && /^[»"”]?\s*(?:,|и)\s*$/u.test(text.slice(previous.end, start - 1));
    const cue = SITE_BEFORE.find(([c]) => c.test(before));
    const site: [RegExp, string] | undefined = cue ?? (listed && previous ? [/$/u, previous.type] : undefined);
    const type = site ? site[1] : STATE_CORPORATION_BEFORE.test(before) ? "state_corporation" : "company";
    found.push({ start, end, surface: inner, kind: site ? "Asset" : "Actor", type, nominative: NOMINATIVE_BEFORE.test(before), inside });
  }
  return found;
}

/** Quoted spellings grouped by name: each group holds the case forms of one name (distinct spellings compared once). */
function groupForms(found: readonly Found[]): Found[][] {
  const bySpelling = new Map<string, Found[]>();
  for (const f of found) {
    const same = bySpelling.get(f.surface);
    if (same) same.push(f);
    else bySpelling.set(f.surface, [f]);
  }
  const groups: string[][] = [];
  for (const spelling of bySpelling.keys()) {
    const group = groups.find((g) => g.some((o) => sameRussianName(o, spelling)));
    if (group) group.push(spelling);
    else groups.push([spelling]);
  }
  return groups.map((g) => g.flatMap((spelling) => bySpelling.get(spelling) ?? []));
}

/** The entity of each spelling: a known one if a form of the name is known, else one discovered entity per name. */
function entitiesBySpelling(found: readonly Found[], gazetteer: Gazetteer): Map<string, KnownEntity> {
  const entities = new Map<string, KnownEntity>();
  for (const forms of groupForms(found)) {
    const counts = new Map<string, number>();
    for (const f of forms) counts.set(f.surface, (counts.get(f.surface) ?? 0) + 1);
    const count = (spelling: string) => counts.get(spelling) ?? 0;
    const nominative = forms.filter((f) => f.nominative);
    const pool = nominative.length > 0 ? nominative : forms;
    const best = pool.reduce((a, b) => (count(b.surface) > count(a.surface) ? b : a));
    // One site word before any of its forms makes the name a site's ("месторождение «Верхние Кайракты»").
    const site = forms.find((f) => f.kind === "Asset");
    const known = [...counts.keys()].map((spelling) => gazetteer.lookupName(spelling, ["Actor", "Asset"])).find((e) => e !== undefined);
    const entity = known ?? (site ? discoveredEntity("Asset", best.surface, site.type) : discoveredEntity(best.kind, best.surface, best.type));
    for (const f of forms) entities.set(f.surface, entity);
  }
  return entities;
}

/** Quoted Russian names of the document's Russian blocks, and the same names unquoted elsewhere in them. */
export function withRussianQuotedNames(mentions: readonly Mention[], text: string, blocks: readonly Block[], gazetteer: Gazetteer): Mention[] {
  const russian = blocks.filter((b) => b.role !== "furniture" && b.language === "ru");
  if (russian.length === 0 || !/[«"“„]/u.test(text)) return [...mentions];
  const coverage = new MentionCoverage(text.length, mentions);
  const found = russian.flatMap((b) => quotedIn(text, b, coverage));
  if (found.length === 0) return [...mentions];
  const entities = entitiesBySpelling(found, gazetteer);
  const replaced = new Set(found.flatMap((f) => f.inside));
  for (const m of replaced) coverage.remove(m);
  const added: Mention[] = [];
  const add = (m: Mention) => {
    added.push(m);
    coverage.add(m);
  };
  for (const f of found) {
    const entity = entities.get(f.surface);
    if (entity && !coverage.taken(f.start, f.end)) add({ entity, start: f.start, end: f.end, text: f.surface, via: "form", confidence: entity.discovered ? 0.6 : 0.8 });
  }
  // The same names without quotes, all in one scan: longest first, so "Талко Голд" is not read as "Талко".
  const names = [...new Set(found.map((f) => f.surface))].filter((n) => n.length >= 4).sort((a, b) => b.length - a.length);
  if (names.length === 0) return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
  const anchored = names.map((n) => [n, new RegExp(`^${formsSource(n)}$`, "u")] as const);
  const anyName = new RegExp(`(?<![\\p{L}\\d-])(?:${names.map((n) => `(?:${formsSource(n)})`).join("|")})(?![\\p{L}\\d])`, "gu");
  for (const block of russian) {
    const body = text.slice(block.start, block.end);
    for (const m of allMatches(anyName, body)) {
      const name = anchored.find(([, pattern]) => pattern.test(m[0]))?.[0];
      const entity = name === undefined ? undefined : entities.get(name);
      const start = block.start + m.index;
      const end = start + m[0].length;
      if (!entity || !/^\p{Lu}/u.test(m[0])) continue;
      // An element word inside the name is the name's ("Байкальский литий"); any other overlap is another reading.
      const overlapping = coverage.within(start, end);
      if (overlapping.some((k) => k.entity.kind !== "Element" || k.start < start || k.end > end)) continue;
      for (const k of overlapping) {
        replaced.add(k);
        coverage.remove(k);
      }
      add({ entity, start, end, text: m[0], via: "form", confidence: entity.discovered ? 0.6 : 0.8 });
    }
  }
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}
