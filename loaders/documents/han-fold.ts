/**
 * Traditional Chinese characters and their simplified forms, one to one, so that a text written in traditional
 * script (Hong Kong, Taiwan, Macau outlets) matches names recorded in simplified script without moving offsets.
 * The list covers the characters of place, company, element and trade vocabulary; a character missing here only
 * means a name in it is not found, never a wrong match.
 */
const TRADITIONAL =
  "國華鋰鈷鈾銅鎳錳鎢鉭鈮鍺鎵銻鈦釩鉍銦鎂鋁錫鉬鋅鉑鈀鉀鐵銀黃礦鑛蘇東亞蘭團發鋼業馬爾納羅維場區項產門際務關總廣陽欒鹽灘聯體" +
  "駐館時寧會議機構監戰剛盧達臺灣歐聖倫紐約證資開採煉廠價額進輸貿稅許規條辦員們來對於與從後當將經濟營運銷買賣購併權億萬噸應" +
  "該這個為裡點現實節極電車動儲線網兩難歸屬縣鎮廳處長氣劃畫計設備術級屆邊遠鄰島漢內陝貴遼龍瀋廈贛閩粵滬魯晉瓊紅綠藍誌記報導" +
  "訊據稱說認識讓給還過種類質純濃礎礙勢衛濤鄭劉張陳楊趙孫馮鄧錢湯蕭葉韓齊鳳龐鍾顧鮑嚴峽盤鋯鈹銫鉻鎘銠釕銥鋨錸鉈氫鈉鈣鋇鍶鉛" +
  "螢釹鐠鏑鋱釔鑭鈰釤銪釓鈥鉺銩鐿鎦鈧鈸鑄鑽錠錄鍊鏈鎖轉換擴掛撥擇擁擔損搶攝彈強歷樣標準橫樹檔檢櫃殘殺毀決沒況滿漲減測濕濾瀏" +
  "災無煙熱爭牆獎獨環畝畢療盡確禮禍穩窮競筆築簽簡糧緊組結統絕綜緒編練縮續織繼罰職聲腦舉興舊艦藥蘊虧號補裝製複視親覺觀討訂託" +
  "訴診評試詳誇語誤調談請論諾謀講謝譯護讀變負貨責費貼貸賀賞賠賽贊趨跡踐軌軍軟載輕輛輪農連週遊違遞遷選遺邁郵鄉醫釋針鈔銳錯鏡" +
  "閉閒間閣闊隊陸陰隨險隱雖雙雜雞離雲靈韌頁頂順須預領頭頻題顏願顯風飛飯飲養餘驗髮鬥鬆魚鳥鹵麥黨齒龜協縱軸壓壞壇壩墾塊塗執堅" +
  "堯塢壯殼夾奪奮婦媽嬰學寶審寫寬專尋層嶺幣帥師帶幫幹庫廢廬彎徑復徵憂憲懷態戶揮擊擬攜敗敵數斷晝暫書槍樂歡歲滅漁潔潛澤灑燈爐" +
  "牽犧狀獲瑪疊癒盜眾祿禪穀積窩竊籌紀紛紙細終絡絲綱綿緣締縫績纖罷義習聞肅腫膠臨蘆蘋蟲衝見詞誠財貢貧賴趕蹤輔轄辭釣鋪錦鍛鏟鐘" +
  "閥闖陣階隻雛韋頒頗頸顆飄驅驚鬧鳴麗優儀兒冊凍劇勁勞勝勵匯卻厲參叢啟喪單囪圍圓圖塵壘" +
  "烏薩貝岡濱蓋奧賓遜喬傑紮幾緬鮮茲別敘獅愛";
const SIMPLIFIED =
  "国华锂钴铀铜镍锰钨钽铌锗镓锑钛钒铋铟镁铝锡钼锌铂钯钾铁银黄矿矿苏东亚兰团发钢业马尔纳罗维场区项产门际务关总广阳栾盐滩联体" +
  "驻馆时宁会议机构监战刚卢达台湾欧圣伦纽约证资开采炼厂价额进输贸税许规条办员们来对于与从后当将经济营运销买卖购并权亿万吨应" +
  "该这个为里点现实节极电车动储线网两难归属县镇厅处长气划画计设备术级届边远邻岛汉内陕贵辽龙沈厦赣闽粤沪鲁晋琼红绿蓝志记报导" +
  "讯据称说认识让给还过种类质纯浓础碍势卫涛郑刘张陈杨赵孙冯邓钱汤萧叶韩齐凤庞钟顾鲍严峡盘锆铍铯铬镉铑钌铱锇铼铊氢钠钙钡锶铅" +
  "萤钕镨镝铽钇镧铈钐铕钆钬铒铥镱镥钪钹铸钻锭录炼链锁转换扩挂拨择拥担损抢摄弹强历样标准横树档检柜残杀毁决没况满涨减测湿滤浏" +
  "灾无烟热争墙奖独环亩毕疗尽确礼祸稳穷竞笔筑签简粮紧组结统绝综绪编练缩续织继罚职声脑举兴旧舰药蕴亏号补装制复视亲觉观讨订托" +
  "诉诊评试详夸语误调谈请论诺谋讲谢译护读变负货责费贴贷贺赏赔赛赞趋迹践轨军软载轻辆轮农连周游违递迁选遗迈邮乡医释针钞锐错镜" +
  "闭闲间阁阔队陆阴随险隐虽双杂鸡离云灵韧页顶顺须预领头频题颜愿显风飞饭饮养余验发斗松鱼鸟卤麦党齿龟协纵轴压坏坛坝垦块涂执坚" +
  "尧坞壮壳夹夺奋妇妈婴学宝审写宽专寻层岭币帅师带帮干库废庐弯径复征忧宪怀态户挥击拟携败敌数断昼暂书枪乐欢岁灭渔洁潜泽洒灯炉" +
  "牵牺状获玛叠愈盗众禄禅谷积窝窃筹纪纷纸细终络丝纲绵缘缔缝绩纤罢义习闻肃肿胶临芦苹虫冲见词诚财贡贫赖赶踪辅辖辞钓铺锦锻铲钟" +
  "阀闯阵阶只雏韦颁颇颈颗飘驱惊闹鸣丽优仪儿册冻剧劲劳胜励汇却厉参丛启丧单囱围圆图尘垒" +
  "乌萨贝冈滨盖奥宾逊乔杰扎几缅鲜兹别叙狮爱";

const SIMPLE = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) SIMPLE.set(TRADITIONAL[i] ?? "", SIMPLIFIED[i] ?? "");

const HAS_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`);

/** `text` with every traditional character above replaced by its simplified form; the length never changes. */
export function simplifyHan(text: string): string {
  if (!HAS_TRADITIONAL.test(text)) return text;
  let out = "";
  for (const ch of text) out += SIMPLE.get(ch) ?? ch;
  return out;
}
