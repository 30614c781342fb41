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
