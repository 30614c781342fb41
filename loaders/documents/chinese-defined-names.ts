import type { KnownEntity, Mention } from "./types.js";

/**
 * Chinese news defines a firm's other name in place: "自由港麦克米伦公司(以下简称“FCX”)", "Mali Lithium B.V.(下称
 * “Mali Lithium”)", "FCX全称自由港麦克米伦公司", or just puts it in brackets: "玻利维亚国家锂业公司(YLB)". When one of the two names was only discovered from its form, it is
 * the other's entity wherever the document uses it; two names the reference base knows stay as they are.
 */
const FULL_THEN_SHORT = /^\s*[(（]\s*(?:以下|下文)?(?:简称|簡稱|下称|下稱|统称|統稱)\s*[:：]?\s*[“"「『]?\s*$/u;
/** "玻利维亚国家锂业公司(YLB)": a name alone in brackets right after a firm's name is its other name. */
const BRACKET_OPEN = /^\s*[(（]\s*$/u;
const BRACKET_CLOSE = /^\s*[)）]/u;
const SHORT_THEN_FULL = /^\s*(?:的)?(?:全称|全稱|全名)(?:为|為|是)?\s*[:：]?\s*[“"「『]?\s*$/u;
/** The quoted short name itself, up to its closing quote: "赣锋国际" in "(下称“赣锋国际”)". */
const QUOTED = /^([^”"」』()（）,，。]{2,12})[”"」』]/u;

export function unifyChineseDefinedNames(mentions: readonly Mention[], text: string): void {
  const ordered = [...mentions].filter((m) => m.via !== "reference").sort((a, b) => a.start - b.start);
  const renamed = new Map<string, KnownEntity>();
  const lengthened: Array<{ name: string; entity: KnownEntity }> = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i] as Mention;
    const b = ordered[i + 1] as Mention;
    if (a.entity.kind !== b.entity.kind || a.entity.kind !== "Actor" || a.entity.id === b.entity.id || b.start - a.end > 12) continue;
    const gap = text.slice(a.end, b.start);
    // Chinese names only: English puts abbreviations and much else in brackets, and has its own readers for them.
    const bracketed = /[\u3400-\u9fff]$/u.test(a.text) && BRACKET_OPEN.test(gap) && BRACKET_CLOSE.test(text.slice(b.end));
    const [full, short] = FULL_THEN_SHORT.test(gap) || bracketed ? [a, b] : SHORT_THEN_FULL.test(gap) ? [b, a] : [];
    if (!full || !short) continue;
    // "天齐国际有限公司(下称“天齐国际”)": the parent's short name 天齐 read at the start of the quote is not the name
    // defined; the whole quote is, and it names the full name's firm (a subsidiary), wherever the document uses it.
    const quoted = full === a ? QUOTED.exec(text.slice(b.start))?.[1] : undefined;
    if (quoted !== undefined && quoted.length > short.text.length && quoted.startsWith(short.text)) {
      lengthened.push({ name: quoted, entity: full.entity });
      continue;
    }
    // The known name wins; between two discovered ones, the full name.
    if (short.entity.discovered) renamed.set(short.entity.id, full.entity);
    else if (full.entity.discovered) renamed.set(full.entity.id, short.entity);
  }
  for (const m of mentions) {
    const entity = renamed.get(m.entity.id);
    if (entity) m.entity = entity;
  }
  if (lengthened.length > 0) lengthenToDefinedNames(ordered, text, lengthened);
}

/**
 * Every mention that is the start of a defined short name (and ends before it does) becomes that name, its
 * firm's: the characters it grows over must be free of other mentions.
 */
function lengthenToDefinedNames(ordered: readonly Mention[], text: string, defined: ReadonlyArray<{ name: string; entity: KnownEntity }>): void {
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i] as Mention;
    if (m.via === "reference") continue;
    const found = defined.find((d) => d.name.length > m.text.length && d.name.startsWith(m.text) && text.startsWith(d.name, m.start));
    if (!found) continue;
    const end = m.start + found.name.length;
    if ((ordered[i + 1]?.start ?? Infinity) < end) continue;
    Object.assign(m, { entity: found.entity, end, text: found.name });
  }
}
