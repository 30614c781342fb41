import { wordBoundedMatchGroup } from "../word-bounded-match-group.js";
import type { Predicate } from "../types.js";
import { partId } from "./feature-keys.js";

/**
 * Words that signal each relation in English, Russian and Chinese, as stems or character runs. They let one
 * weight per relation carry what a few hundred annotated facts cannot teach word by word; the model weighs them.
 */
const CUES: Partial<Record<Predicate, RegExp>> = {
  OWNS: /(?<!\p{L})(?:stake|interest|shar(?:e|es|eholder|eholding)|own(?:s|ed|er|ership)?|subsidiar\p{L}*|parent|acqui\p{L}*|bought|buy\p{L}*|purchas\p{L}*|takeover|took over|control\p{L}*|holds?|held|equity|divest\p{L}*|sold|sell\p{L}*|transfer\p{L}*|дол[яиюей]|акци\p{L}*|акционер\p{L}*|владе\p{L}*|собственн\p{L}*|дочерн\p{L}*|приобр\p{L}*|покуп\p{L}*|купи\p{L}*|продал\p{L}*|прода\p{L}*|контрол\p{L}*|пакет\p{L}*|принадлеж\p{L}*|входящ\p{L}*|входит|головн\p{L}*|холдинг\p{L}*|совместн\p{L}*)(?!\p{L})|股|持有|收购|控股|子公司|拥有|权益|出售|转让|并购|旗下|合资|全资|母公司/u,
  OPERATES: /(?<!\p{L})(?:operat\p{L}*|run(?:s|ning)?|ran|develop\p{L}*|manag\p{L}*|mine[sd]?|mining|restart\p{L}*|licen[cs]e\p{L}*|разрабат\p{L}*|оператор\p{L}*|эксплуат\p{L}*|управля\p{L}*|лицензи\p{L}*|освоени\p{L}*|недр\p{L}*|победител\p{L}*|аукцион\p{L}*)(?!\p{L})|运营|经营|开发|开采|运作|采矿权|探矿权/u,
  LOCATED_IN: /(?<!\p{L})(?:in|at|near|based|located|headquartered|registered|province|state|region|в|на|области|крае|расположен\p{L}*|находит\p{L}*|位于|在|省|境内)(?!\p{L})/u,
  PRODUCES: /(?<!\p{L})(?:produc\p{L}*|output|mine[sd]?|mining|refin\p{L}*|mak(?:e|es|ing)|made|extract\p{L}*|производ\p{L}*|произв\p{L}*|добы\p{L}*|выпуск\p{L}*|выпусти\p{L}*|переработ\p{L}*)(?!\p{L})|产量|生产|产出|开采|冶炼|产|加工/u,
  HAS_RESERVES: /(?<!\p{L})(?:reserves?|resources?|deposits?|contain\p{L}*|hosts?|grade|запас\p{L}*|ресурс\p{L}*|месторожд\p{L}*|содерж\p{L}*)(?!\p{L})|储量|资源量|蕴藏|矿藏/u,
  SUPPLIES: /(?<!\p{L})(?:suppl\p{L}*|offtak\p{L}*|off-tak\p{L}*|deliver\p{L}*|ship\p{L}*|sell\p{L}*|sold|sales?|customers?|clients?|consumers?|distributor\p{L}*|procur\p{L}*|purchases|buyers?|feed(?:s|stock)?|provid\p{L}*|поставк\p{L}*|поставл\p{L}*|постав\p{L}*|отгруз\p{L}*|покупател\p{L}*|потребител\p{L}*|закуп\p{L}*|сбыт\p{L}*)(?!\p{L})|供应|供货|供给|包销|销售|承购|采购|客户|发往|运往|销往|长协/u,
  IMPORTS_FROM: /(?<!\p{L})(?:import\p{L}*|sourc\p{L}*|depend\p{L}*|reliance|reli\p{L}*|импорт\p{L}*|ввоз\p{L}*|завис\p{L}*)(?!\p{L})|进口|依赖|来自/u,
  RESTRICTS_EXPORT: /(?<!\p{L})(?:export\p{L}*|ban\p{L}*|restrict\p{L}*|control\p{L}*|quota\p{L}*|licen[cs]\p{L}*|curb\p{L}*|embargo\p{L}*|prohibit\p{L}*|suspend\p{L}*|halt\p{L}*|экспорт\p{L}*|запрет\p{L}*|огранич\p{L}*|квот\p{L}*|лиценз\p{L}*)(?!\p{L})|出口|管制|禁止|限制|配额|许可/u,
  INVESTS_IN: /(?<!\p{L})(?:invest\p{L}*|fund\p{L}*|financ\p{L}*|loan\p{L}*|grant\p{L}*|lend\p{L}*|lent|backing|capital|equity|debt|guarantee\p{L}*|letter of interest|pump(?:s|ed|ing)?|inject\p{L}*|contribut\p{L}*|award\p{L}*|spend\p{L}*|spent|pa(?:y|ys|id|ying)|allocat\p{L}*|worth|raising|proceeds|subscri\p{L}*|инвест\p{L}*|финансир\p{L}*|кредит\p{L}*|заём|займ\p{L}*|вложи\p{L}*|влож\p{L}*)(?!\p{L})|投资|注资|融资|贷款|资助|出资/u,
  PLANS: /(?<!\p{L})(?:plan\p{L}*|target\p{L}*|aim\p{L}*|expect\p{L}*|will|capacity|goal|intend\p{L}*|by \d{4}|планир\p{L}*|план\p{L}*|намер\p{L}*|мощност\p{L}*|будет|цел\p{L}*|предусматр\p{L}*|строительств\p{L}*|создани\p{L}*|проектн\p{L}*)(?!\p{L})|计划|目标|将|预计|产能|拟|建设|年产|投产/u,
  SHARE_OF_GLOBAL: /(?<!\p{L})(?:global|world\p{L}*|worldwide|account\p{L}*|share|percent|миров\p{L}*|мира|мире|дол[яиюей])(?!\p{L})|全球|世界|占|份额/u,
};

const NAMES = Object.keys(CUES) as Predicate[];
const IDS = NAMES.map((name) => partId(name));
const MATCHES = wordBoundedMatchGroup(NAMES.map((predicate) => new RegExp((CUES[predicate] as RegExp).source, "gu")));

/** Where a cue word of a relation stands in a piece of lower-cased text. */
export interface CueSpan {
  name: Predicate;
  /** The name's part id (feature-keys.ts). */
  id: number;
  start: number;
  end: number;
}

/** Every cue word of every relation in a lower-cased sentence template, found once per sentence. */
export function cueSpans(text: string): CueSpan[] {
  const found: CueSpan[] = [];
  MATCHES(text).forEach((matches, i) => {
    const name = NAMES[i] as Predicate;
    const id = IDS[i] as number;
    for (const match of matches) found.push({ name, id, start: match.index, end: match.index + match[0].length });
  });
  return found;
}
