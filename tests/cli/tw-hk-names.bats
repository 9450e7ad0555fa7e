#!/usr/bin/env bats
# Names of Taiwanese and Hong Kong financial news: listed companies with
# their tickers (exchange suffix, both scripts), their chairs and CEOs,
# regulators, exchanges and outlets; and the words that look like them.

setup() {
	EE=$ZP_BIN/extract-entities
	T=$BATS_TEST_TMPDIR
}

# One line per record: text=id=ticker for each entity, space-separated.
tickers() {
	local t
	for t in "$@"; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" |
	    jq -r '[.entities[] | "\(.text)=\(.id)=\(.ticker // "")"] | join(" ")'
}

@test "Taiwanese listed companies: ids and .TW/.TWO tickers, Traditional and Simplified" {
	tickers 聯電與日月光投控上月營收同步成長，鴻海、台達電、廣達亦創新高。 \
	    联电与日月光投控上月营收同步增长，鸿海、台达电、广达亦创新高。 \
	    國泰金、富邦金、中華電信與台塑、長榮今日除息。 \
	    '國泰金控(2882)與環球晶(6488)公布財報，群聯電子(8299)跟進。' >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '聯電=UMC=2303.TW 日月光投控=ASE=3711.TW 鴻海=Foxconn=2317.TW 台達電=Delta Electronics=2308.TW 廣達=Quanta=2382.TW' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '联电=UMC=2303.TW 日月光投控=ASE=3711.TW 鸿海=Foxconn=2317.TW 台达电=Delta Electronics=2308.TW 广达=Quanta=2382.TW' ]
	[ "$(sed -n 3p "$T/out")" = \
	    '國泰金=Cathay Financial=2882.TW 富邦金=Fubon Financial=2881.TW 中華電信=Chunghwa Telecom=2412.TW 台塑=Formosa Plastics=1301.TW 長榮=Evergreen Marine=2603.TW' ]
	[ "$(sed -n 4p "$T/out")" = \
	    '國泰金控=Cathay Financial=2882.TW 環球晶=GlobalWafers=6488.TWO 群聯電子=Phison=8299.TWO' ]
}

@test "Hong Kong-listed companies: .HK tickers of four digits, both scripts" {
	tickers 友邦保險、匯豐控股及港交所領漲，美團與小米集團則偏軟。 \
	    友邦保险、汇丰控股及港交所领涨，美团与小米集团则偏软。 \
	    長江和記、新鴻基地產與銀河娛樂公布業績。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '友邦保險=AIA=1299.HK 匯豐控股=HSBC=0005.HK 港交所=HKEX=0388.HK 美團=Meituan=3690.HK 小米集團=Xiaomi=1810.HK' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '友邦保险=AIA=1299.HK 汇丰控股=HSBC=0005.HK 港交所=HKEX=0388.HK 美团=Meituan=3690.HK 小米集团=Xiaomi=1810.HK' ]
	[ "$(sed -n 3p "$T/out")" = \
	    '長江和記=CK Hutchison=0001.HK 新鴻基地產=Sun Hung Kai Properties=0016.HK 銀河娛樂=Galaxy Entertainment=0027.HK' ]
}

@test "a dual-listed company carries the listing whose code the text writes, else its primary" {
	tickers '中國平安(2318)與建設銀行(0939)午後走強，阿里巴巴(09988)亦升。' \
	    '中国平安(601318)与建设银行发布年报，阿里巴巴股价上涨。' \
	    '騰訊(00700.HK)、比亞迪股份(1211.HK)與中國移動同步上揚。' >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '中國平安=中国平安=2318.HK 建設銀行=China Construction Bank=0939.HK 阿里巴巴=Alibaba=9988.HK' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '中国平安=中国平安=601318.SS 建设银行=China Construction Bank=601939.SS 阿里巴巴=Alibaba=BABA' ]
	[ "$(sed -n 3p "$T/out")" = \
	    '騰訊=Tencent=0700.HK 比亞迪股份=BYD=1211.HK 中國移動=China Mobile=600941.SS' ]
}

@test "a stock code that is none of a company's listings leaves it without a ticker; unknown names get none" {
	tickers '國泰金控(2610)今日公布營收。' '星河光電(6789)今日掛牌。' >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '國泰金控=Cathay Financial=' ]
	[ "$(sed -n 2p "$T/out")" = '星河光電=星河光电=' ]
}

@test "chairs and CEOs of Taiwanese and Hong Kong companies, both scripts" {
	tickers 台積電董事長魏哲家與前董事長劉德音出席，聯發科董事長蔡明介、執行長蔡力行亦到場。 \
	    联发科董事长蔡明介、执行长蔡力行与鸿海董事长刘扬伟会面。 \
	    友邦保險集團首席執行官李源祥與港交所行政總裁陳翊庭同台。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '台積電=TSMC=2330.TW 魏哲家=C.C. Wei= 劉德音=Mark Liu= 聯發科=MediaTek=2454.TW 蔡明介=Ming-Kai Tsai= 蔡力行=Rick Tsai=' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '联发科=MediaTek=2454.TW 蔡明介=Ming-Kai Tsai= 蔡力行=Rick Tsai= 鸿海=Foxconn=2317.TW 刘扬伟=Young Liu=' ]
	[ "$(sed -n 3p "$T/out")" = \
	    '友邦保險集團=AIA=1299.HK 李源祥=Lee Yuan Siong= 港交所=HKEX=0388.HK 陳翊庭=Bonnie Chan=' ]
}

@test "Taiwanese and Hong Kong regulators, exchanges and the central bank" {
	tickers 金管會與證交所、櫃買中心昨日聯合宣布新制，台灣央行則按兵不動。 \
	    香港證監會表示，證監會將與香港金融管理局合作，金管局亦表示歡迎。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '金管會=Financial Supervisory Commission= 證交所=Taiwan Stock Exchange= 櫃買中心=Taipei Exchange= 台灣央行=Central Bank of the Republic of China (Taiwan)=' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '香港證監會=SFC= 證監會=SFC= 香港金融管理局=Hong Kong Monetary Authority= 金管局=Hong Kong Monetary Authority=' ]
}

@test "a mainland 证监会 and 央行 stay CSRC and PBOC without a Taiwanese or Hong Kong name before" {
	tickers 证监会今日发布新规，央行同日下调存款准备金率。 \
	    證監會週五核准兩家企業上市，央行維持利率不變。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '证监会=CSRC= 央行=PBOC=' ]
	[ "$(sed -n 2p "$T/out")" = '證監會=CSRC= 央行=PBOC=' ]
}

@test "financial media of Taiwan and Hong Kong" {
	tickers 據鉅亨網、工商時報與中央社報導，財訊及今周刊亦有評論。 \
	    明報、信報財經新聞、香港經濟日報、星島日報、東方日報與南華早報均有報道。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '鉅亨網=Anue= 工商時報=Commercial Times= 中央社=Central News Agency= 財訊=Wealth Magazine= 今周刊=Business Today=' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '明報=Ming Pao= 信報財經新聞=Hong Kong Economic Journal= 香港經濟日報=Hong Kong Economic Times= 星島日報=Sing Tao Daily= 東方日報=Oriental Daily News= 南華早報=South China Morning Post=' ]
}

@test "short company names inside common words are no names (生命力旺盛, 德国巨头, 平台化, 增长和)" {
	tickers 这种植物生命力旺盛，德国巨头随后跟进。 \
	    平台化战略见效，营收增长和利润均创新高，大家登上山顶查阅文献。 \
	    湖南电力与富士电视台合作，曼联强攻未果。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '德国=Germany=' ]
	[ "$(sed -n 2p "$T/out")" = '' ]
	[ "$(sed -n 3p "$T/out")" = \
	    '湖南=Hunan= 富士电视台=Fuji TV= 曼联=Manchester United=' ]
}

@test "the facts view carries the subject's ticker with its exchange suffix" {
	printf '%s\n' '{"id":"f","text":"腾讯控股第三季度营收为1670亿元。联电第三季度营收为新台币600亿元。"}' |
	    "$EE" | "$ZP_BIN/extract-numbers" | "$ZP_BIN/segment" |
	    "$ZP_BIN/to-csv" --facts | cut -d, -f1-2,5,8 >"$T/out"
	[ "$(sed -n 2p "$T/out")" = 'Tencent,0700.HK,167000000000,CNY' ]
	[ "$(sed -n 3p "$T/out")" = 'UMC,2303.TW,60000000000,TWD' ]
}

@test "a Traditional alias with no Simplified twin is found in Traditional text only" {
	# 寶成 (Pou Chen) is listed in Traditional only: its fold 宝成 is the
	# railway in Simplified text; 長榮 likewise.
	tickers 寶成與長榮今日公布營收。 宝成铁路与长荣路今日通车。 \
	    宝成工业今日公布营收。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '寶成=Pou Chen=9904.TW 長榮=Evergreen Marine=2603.TW' ]
	[ "$(sed -n 2p "$T/out")" = '' ]
	[ "$(sed -n 3p "$T/out")" = '宝成工业=Pou Chen=9904.TW' ]
}

@test "an enumeration's last name ends at a time word" {
	tickers 工行、建行昨日聯合宣布。 工行、建行昨日联合宣布。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '工行=ICBC=601398.SS 建行=China Construction Bank=601939.SS' ]
	[ "$(sed -n 2p "$T/out")" = '工行=ICBC=601398.SS 建行=China Construction Bank=601939.SS' ]
}
