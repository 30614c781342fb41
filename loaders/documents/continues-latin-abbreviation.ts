/**
 * ICU ends a Chinese sentence at any full stop, so a Latin legal form inside a firm's name cuts it in two:
 * "甲公司与Alpha Metals B.V.(简称…)签署协议" became "…B.V.(" and "简称…". A sentence never ends with an opening
 * bracket, nor right after a Latin letter's abbreviating dot when Han text goes on in the same paragraph, so a
 * Chinese sentence that ends so runs on into the next.
 */
const ENDS_INSIDE_NAME = /(?:[A-Za-z]\.\s*[(（]?|[(（])$/u;

export function continuesLatinAbbreviation(sentenceText: string): boolean {
  return ENDS_INSIDE_NAME.test(sentenceText);
}

/**
 * ICU ends a Russian sentence after "Co." when a capital follows, so "компания Alpha Chemical Co. Ltd. готова …"
 * became "… Co." and "Ltd. готова …", and the firm's name belonged to neither. A legal form never opens a sentence,
 * so a sentence that ends with an abbreviated legal form and is followed by another legal form runs on into it.
 */
const ENDS_WITH_LEGAL_FORM = /(?<![\p{L}\d])(?:Co|Corp|Inc|Ltd|Pty|Bhd|Sdn|S\.A|N\.V|B\.V|S\.p\.A|L\.L\.C)\.$/u;
const OPENS_WITH_LEGAL_FORM = /^(?:Co\.|Corp\.?|Inc\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|Pty\.?|PLC|Plc|Bhd\.?|S\.A\.|N\.V\.|B\.V\.|AG|GmbH|SpA|JSC|PJSC)(?![\p{L}\d])/u;

export function continuesLegalForm(previousText: string, nextText: string): boolean {
  return ENDS_WITH_LEGAL_FORM.test(previousText) && OPENS_WITH_LEGAL_FORM.test(nextText);
}
