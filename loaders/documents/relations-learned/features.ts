import { argKindOf, PREDICATES } from "./arg-kinds.js";
import type { SentenceContext } from "./sentence-context.js";
import { stemOf } from "./words.js";
import { cuesIn } from "./cue-words.js";

const bucket = (n: number) => (n <= 2 ? String(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+");
const WINDOW = 3;

/**
 * Features of one reading of a pair: `subject` and `object` are item indexes of the sentence frame. Words are
 * keyed by where they stand (between, before the first name, after the last) and, between the names, by which
 * name comes first, since "A owned by B" and "B owns A" differ only in order.
 */
export function pairFeatures(context: SentenceContext, subject: number, object: number, withSentence = true): string[] {
  const { frame } = context;
  const s = frame.entity(subject);
  const o = frame.entity(object);
  if (!s || !o) return [];
  const ks = argKindOf(s.entity.id);
  const ko = argKindOf(o.entity.id);
  const dir = subject < object ? "so" : "os";
  const first = Math.min(subject, object);
  const last = Math.max(subject, object);
  const f: string[] = withSentence ? [...context.sentenceFeatures] : [];
  f.push(`k:${ks}>${ko}`, `d:${dir}`, `dk:${dir}:${ks}>${ko}`);
  const between = context.words(frame.slotEnd(first), frame.slotStart(last));
  f.push(`n:${bucket(between.length)}`, `nd:${dir}:${bucket(between.length)}`);
  if (between.length === 0) f.push(`adj:${dir}`);
  let names = 0;
  for (let i = 0; i < between.length; i++) {
    const w = between[i] as string;
    if (w.startsWith("⟦") && !w.startsWith("⟦d") && !/^⟦[%t]/.test(w)) names++;
    f.push(`b:${dir}:${w}`);
    if (i + 1 < between.length) f.push(`bb:${dir}:${w}_${between[i + 1]}`);
  }
  f.push(`ne:${bucket(names)}`);
  if (between.length > 0) f.push(`bf:${dir}:${between[0]}`, `bl:${dir}:${between[between.length - 1]}`);
  const before = context.words(Math.max(0, frame.slotStart(first) - 40), frame.slotStart(first)).slice(-WINDOW);
  const after = context.words(frame.slotEnd(last), frame.slotEnd(last) + 40).slice(0, WINDOW);
  const firstRole = first === subject ? "s" : "o";
  const lastRole = last === subject ? "s" : "o";
  before.forEach((w, i) => f.push(`L${firstRole}:${w}`, ...(i === before.length - 1 ? [`L1${firstRole}:${w}`] : [])));
  after.forEach((w, i) => f.push(`R${lastRole}:${w}`, ...(i === 0 ? [`R1${lastRole}:${w}`] : [])));
  const betweenText = frame.template.slice(frame.slotEnd(first), frame.slotStart(last));
  for (const t of context.triggers) if (t.pattern.test(betweenText)) f.push(`tr:${dir}:${t.name}`);
  for (const cue of cuesIn(betweenText)) f.push(`c:${cue}`, `cd:${dir}:${cue}`, `ck:${cue}:${ks}>${ko}`);
  // Nothing of the object's kind between the names: the object is the subject's nearest candidate.
  const between3 = between.join(" ");
  if (!between3.includes(`⟦${ko}⟧`)) f.push(`near:${dir}:o`);
  if (!between3.includes(`⟦${ks}⟧`)) f.push(`near:${dir}:s`);
  if (s.via !== "name") f.push(`vs:${s.via}`);
  if (o.via !== "name") f.push(`vo:${o.via}`);
  if (s.entity.discovered) f.push("ds");
  if (o.entity.discovered) f.push("do");
  const rulePair = `${s.entity.id}|${o.entity.id}`;
  if (context.rulePairs.has(rulePair)) f.push("r:pair");
  for (const p of PREDICATES) if (context.ruleFacts.has(`${s.entity.id}|${p}|${o.entity.id}`)) f.push(`r:${p}`);
  // Parts of speech where the tagger gives them (English): the verbs between the names carry the relation.
  const from = Math.min(s.end, o.end);
  const to = Math.max(s.start, o.start);
  for (const token of frame.sentence.tokens) {
    if (token.pos === "VERB" && token.start >= from && token.end <= to) f.push(`v:${dir}:${stemOf(token.text.toLowerCase())}`);
  }
  return f;
}
