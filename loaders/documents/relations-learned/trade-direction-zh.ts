import type { SentenceFrame } from "../sentence-frame.js";
import type { Predicate } from "../types.js";

/** What may join two names of one enumeration in Chinese. */
const LIST_JOIN = /^(?:和|与|及|以及|、|,|，)$/u;
/** 向 or 从 right before a name, after which the verb says which way the goods go. */
const TOWARD = /(?:向|从)$/u;
/** "甲向乙供应…", "甲向乙出口…": the name after 向 receives. */
const SUPPLY_VERB = /^[^，,。；;⟦]{0,6}?(?:供应|供货|出口|提供|销售|出售|输送|运往|发往)/u;
/** "甲向乙进口…", "甲从乙进口…": the name after 向/从 is where the goods come from. */
const IMPORT_VERB = /^[^，,。；;⟦]{0,6}?(?:进口|采购|购买|购进)/u;

/** The first and last members of the enumeration item `index` stands in ("从甲国和丙国进口"). */
function enumerationAround(frame: SentenceFrame, index: number): { head: number; tail: number } {
  let head = index;
  while (frame.entity(head - 1) && LIST_JOIN.test(frame.between(head - 1, head))) head--;
  let tail = index;
  while (frame.entity(tail + 1) && LIST_JOIN.test(frame.between(tail, tail + 1))) tail++;
  return { head, tail };
}

/** Whether the name at `index` is where goods go ("receiver") or come from ("source") by the 向/从 phrase it is in. */
function roleInTradeZh(frame: SentenceFrame, index: number): "receiver" | "source" | undefined {
  const { head, tail } = enumerationAround(frame, index);
  if (!TOWARD.test(frame.template.slice(Math.max(0, frame.slotStart(head) - 1), frame.slotStart(head)))) return undefined;
  const after = frame.template.slice(frame.slotEnd(tail), frame.slotEnd(tail) + 12);
  if (SUPPLY_VERB.test(after)) return frame.template.charAt(frame.slotStart(head) - 1) === "向" ? "receiver" : undefined;
  if (IMPORT_VERB.test(after)) return "source";
  return undefined;
}

/**
 * "甲国向乙国出口铬矿…", "乙国从甲国和丙国进口铬矿…": in a Chinese trade statement the name after 向 or
 * 从 and the verb after it fix which way the goods go, which word features seen in a few dozen articles do not. True
 * when the reading `subject` IMPORTS_FROM (or SUPPLIES) `object` runs against them, so the pair is read the other way.
 */
export function againstTradeDirectionZh(frame: SentenceFrame, predicate: Predicate, subject: number, object: number): boolean {
  if (frame.sentence.language !== "zh" || (predicate !== "IMPORTS_FROM" && predicate !== "SUPPLIES")) return false;
  const buyer = predicate === "IMPORTS_FROM" ? subject : object;
  const seller = predicate === "IMPORTS_FROM" ? object : subject;
  return roleOfEntityZh(frame, seller) === "receiver" || roleOfEntityZh(frame, buyer) === "source";
}

/** The role of the entity at `index` wherever the sentence names it: "甲国向乙国出口…,占乙国进口的一半" names the buyer twice. */
function roleOfEntityZh(frame: SentenceFrame, index: number): "receiver" | "source" | undefined {
  const id = frame.entity(index)?.entity.id;
  for (let i = 0; i < frame.items.length; i++) {
    if (frame.entity(i)?.entity.id !== id) continue;
    const role = roleInTradeZh(frame, i);
    if (role) return role;
  }
  return undefined;
}
