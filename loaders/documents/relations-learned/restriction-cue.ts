/**
 * Words that state a restriction of trade: a ban, a control, a quota, a licence, a duty. A sentence that names a
 * country, an element and exports but none of these ("X is a major exporter of Y", "nations … are shifting from raw
 * exports", a month's export figures) restricts nothing. Cross-validated on news-train (5 folds, 7a43be3), every
 * RESTRICTS_EXPORT reading whose sentence lacked such a word was wrong (4 of 4, in three languages), and none
 * that gold has lacked one.
 */
const RESTRICTION_CUE = /(?<!\p{L})(?:ban|bans|banned|banning|restrict\p{L}*|control\p{L}*|quota\p{L}*|licen[cs]\p{L}*|permit\p{L}*|prohibit\p{L}*|curb\p{L}*|limit\p{L}*|halt\p{L}*|suspen\p{L}*|embargo\p{L}*|sanction\p{L}*|moratori\p{L}*|tax\p{L}*|dut(?:y|ies)|levy|levies|approval|stop\p{L}*|block\p{L}*|regulat\p{L}*|measures?)(?!\p{L})|запрет|ограничен|квот|лиценз|контрол|эмбарго|пошлин|санкци|禁|限制|限额|限額|限量|管制|管控|配额|配額|许可|許可|暂停|暫停|审批|審批/iu;

export function statesARestriction(sentenceText: string): boolean {
  return RESTRICTION_CUE.test(sentenceText);
}
