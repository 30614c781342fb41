import type { KnownEntity, Mention } from "./types.js";

/**
 * Chinese news defines a firm's other name in place: "自由港麦克米伦公司(以下简称“FCX”)", "Mali Lithium B.V.(下称
 * “Mali Lithium”)", "FCX全称自由港麦克米伦公司". When one of the two names was only discovered from its form, it is
 * the other's entity wherever the document uses it; two names the reference base knows stay as they are.
 */
const FULL_THEN_SHORT = /^\s*[(（]\s*(?:以下|下文)?(?:简称|簡稱|下称|下稱|统称|統稱)\s*[:：]?\s*[“"「『]?\s*$/u;
const SHORT_THEN_FULL = /^\s*(?:的)?(?:全称|全稱|全名)(?:为|為|是)?\s*[:：]?\s*[“"「『]?\s*$/u;

export function unifyChineseDefinedNames(mentions: readonly Mention[], text: string): void {
  const ordered = [...mentions].filter((m) => m.via !== "reference").sort((a, b) => a.start - b.start);
  const renamed = new Map<string, KnownEntity>();
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i] as Mention;
    const b = ordered[i + 1] as Mention;
    if (a.entity.kind !== b.entity.kind || a.entity.kind !== "Actor" || a.entity.id === b.entity.id || b.start - a.end > 12) continue;
    const gap = text.slice(a.end, b.start);
    const [full, short] = FULL_THEN_SHORT.test(gap) ? [a, b] : SHORT_THEN_FULL.test(gap) ? [b, a] : [];
    if (!full || !short) continue;
    // The known name wins; between two discovered ones, the full name.
    if (short.entity.discovered) renamed.set(short.entity.id, full.entity);
    else if (full.entity.discovered) renamed.set(full.entity.id, short.entity);
  }
  if (renamed.size === 0) return;
  for (const m of mentions) {
    const entity = renamed.get(m.entity.id);
    if (entity) m.entity = entity;
  }
}
