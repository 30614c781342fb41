/**
 * Traditional Chinese characters of the domain's words with their simplified forms, one for one. Hong Kong and
 * Taiwan wires write 產量, 股權, 位於, 礦; the cue words, triggers and most training text are simplified, so a
 * sentence is read through this map before its words are taken. Each pair is one UTF-16 unit on both sides, so
 * offsets in the template stay valid.
 */
const PAIRS =
  "產产權权於于礦矿國国資资購购擁拥儲储開开採采營营運运銷销應应貨货進进賴赖額额許许計计劃划將将預预佔占屬属東东團团業业廠厂場场發发電电與与億亿萬万噸吨" +
  "鋰锂鈷钴鎳镍銅铜鎢钨鈾铀銻锑鎵镓鍺锗鋁铝鐵铁錳锰鈦钛鉭钽鈮铌稀稀鉬钼釩钒鉻铬鋅锌鉛铅錫锡銀银鈀钯鉑铂釹钕鏑镝鋱铽釔钇鑭镧鈰铈鐠镨" +
  "併并買买賣卖讓让轉转監监護护統统製制禁禁證证單单續续達达總总裡里個个這这為为對对從从來来時时們们說说實实際际當当區区縣县鎮镇" +
  "個个們们價价錢钱場场內内線线經经濟济貿贸協协議议簽签約约項项務务戶户層层門门關关係系體体組组織织構构機机設设備备術术鍊炼煉炼" +
  "純纯處处選选礦矿脈脉區区勘勘測测探探藏藏蘊蕴歐欧亞亚聯联盟盟澳澳亞亚剛刚蘭兰韓韩紐纽傳传報报導导訊讯記记據据顯显稱称並并";

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS[i] as string;
  const to = PAIRS[i + 1] as string;
  if (from !== to) TO_SIMPLIFIED.set(from, to);
}
const TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join("")}]`, "gu");

/** The text with the mapped traditional characters replaced by their simplified forms; same length. */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => TO_SIMPLIFIED.get(c) ?? c);
}
