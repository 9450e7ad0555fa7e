#!/usr/bin/env bats
# extract-entities behaviour beyond the golden cases: offsets checked
# against the text, user gazetteers overriding the shipped ones, malformed
# gazetteer lines, determinism, the pipeline with segment, and the seed
# dump end to end.

setup() {
	EE=$ZP_BIN/extract-entities
	T=$BATS_TEST_TMPDIR
	cat >"$T/in.jsonl" <<'J'
{"id":"t:1","text":"𠀀据彭博社报道，英伟达H100与超威半导体(AMD)的MI300X竞争。"}
{"id":"t:2","text":"輝達與臺積電合作，SK海力士供應HBM3E。"}
{"id":"t:3","text":"龙芯中科董事长胡伟武表示，龙芯3A6000已量产。"}
{"id":"t:4","text":"特斯拉CEO埃隆·马斯克在X上发帖，称马斯克旗下xAI将发布Grok。"}
J
}

@test "every entity's text is the slice [start, end) of the record's text" {
	"$EE" "$T/in.jsonl" >"$T/out"
	# jq slices strings by code points, as the offsets count.
	bad=$(jq -r '.text as $t | .entities[] |
	    [($t[.start:.end]), .text] | select(.[0] != .[1]) | @json' \
	    "$T/out" | wc -l)
	[ "$bad" -eq 0 ]
	[ "$(jq -s '[.[].entities | length] | add' "$T/out")" -eq 19 ]
}

@test "entities are in text order and do not overlap" {
	"$EE" "$T/in.jsonl" |
	    jq -e '[.entities[] | [.start, .end]] as $s |
	    [range(1; $s | length) | select($s[.][0] < $s[. - 1][1])] |
	    length == 0' >/dev/null
}

@test "ids and tickers: Traditional and English aliases link to one id" {
	"$EE" "$T/in.jsonl" >"$T/out"
	jq -r '.entities[] | "\(.text)=\(.id)=\(.ticker // "")"' "$T/out" \
	    >"$T/pairs"
	grep -qx '輝達=NVIDIA=NVDA' "$T/pairs"
	grep -qx '英伟达=NVIDIA=NVDA' "$T/pairs"
	grep -qx '臺積電=TSMC=2330.TW' "$T/pairs"
	grep -qx 'AMD=AMD=AMD' "$T/pairs"
	grep -qx '超威半导体=AMD=AMD' "$T/pairs"
	grep -qx 'MI300X=AMD Instinct MI300X=' "$T/pairs"
	grep -qx '3A6000=Loongson 3A6000=' "$T/pairs"
	grep -qx '胡伟武=胡伟武=' "$T/pairs"
	grep -qx '埃隆·马斯克=Elon Musk=' "$T/pairs"
	grep -qx '马斯克=Elon Musk=' "$T/pairs"
	grep -qx 'X=X (social network)=' "$T/pairs"
	# Generic terms are not products.
	! grep -q '^HBM3E=' "$T/pairs"
}

@test "a user gazetteer adds names and wins over the shipped lists" {
	printf 'canonical,type,aliases\nFoo Robotics,ORG,福欧机器人|福欧\nNVIDIA Corp (user),ORG,英伟达\n' \
	    >"$T/user.csv"
	echo '{"text":"福欧与英伟达合作"}' |
	    "$EE" --gazetteer "$T/user.csv" >"$T/out"
	[ "$(jq -r '[.entities[].id] | join(";")' "$T/out")" = \
	    "Foo Robotics;NVIDIA Corp (user)" ]
	# Only the user's list.
	echo '{"text":"福欧与台积电合作"}' |
	    "$EE" --no-default-gazetteers -g "$T/user.csv" >"$T/out"
	[ "$(jq -r '[.entities[].id] | join(";")' "$T/out")" = "Foo Robotics" ]
}

@test "a malformed gazetteer line is an error naming FILE:LINE, exit 2" {
	printf 'canonical,type,aliases\nA,ORG,a\nB,ORG,b|\n' >"$T/bad.csv"
	run "$EE" --gazetteer "$T/bad.csv" </dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "extract-entities: $T/bad.csv:3: empty alias" ]
	printf 'A,ORG,"a\nB,ORG,b\n' >"$T/bad2.csv"
	run "$EE" --gazetteer "$T/bad2.csv" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == "extract-entities: $T/bad2.csv:1: "* ]]
	printf 'A,ORG\n' >"$T/bad3.csv"
	run "$EE" -g "$T/bad3.csv" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"bad3.csv:1: expected 3 to 6 fields"* ]]
}

@test "a missing data directory is an error, exit 2" {
	run env ZHPIPE_DATA="$T/nowhere" "$EE" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == "extract-entities: $T/nowhere/gazetteer: "* ]]
}

@test "output is the same run to run and in every locale" {
	"$EE" "$T/in.jsonl" >"$T/a"
	LC_ALL=C "$EE" "$T/in.jsonl" >"$T/b"
	LC_ALL=C.UTF-8 "$EE" "$T/in.jsonl" >"$T/c"
	cmp "$T/a" "$T/b"
	cmp "$T/a" "$T/c"
}

@test "fields other than entities pass through byte for byte" {
	echo '{"z":1.50,"text":"英特尔","a":{"b":[1, 2]},"entities":"old"}' |
	    "$EE" >"$T/out"
	[ "$(cat "$T/out")" = '{"z":1.50,"text":"英特尔","a":{"b":[1, 2]},"entities":[{"text":"英特尔","start":0,"end":3,"type":"ORG","id":"Intel","ticker":"INTC","exchange":"NASDAQ"}]}' ]
}

@test "--help prints usage with the gazetteer format, exit 0" {
	run "$EE" --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"--gazetteer=FILE"* ]]
	[[ "$output" == *"canonical,type"* ]]
	run "$EE" --bogus
	[ "$status" -eq 2 ]
}

@test "sentence records keep the document's context; --no-context drops it" {
	printf '%s\n' \
	    '{"id":"d","text":"首席执行官约翰·史密斯称，需求强劲。"}' \
	    '{"id":"d","text":"史密斯还说，公司将扩产。"}' >"$T/s.jsonl"
	"$EE" "$T/s.jsonl" | tail -n 1 |
	    jq -e '.entities[0].text == "史密斯" and .entities[0].id == "约翰·史密斯"'
	# Alone, 史密斯 may still be a name, but not linked to the full one.
	"$EE" --no-context "$T/s.jsonl" | tail -n 1 |
	    jq -e '[.entities[] | select(.id == "约翰·史密斯")] | length == 0'
}

@test "the seed dump: normalize | extract-entities | segment finds the names" {
	seed=$ZP_DATA_DIR/../seed/000_4cf60f6cd00351f1.txt
	[ -f "$seed" ] || skip "seed dump not present"
	[ -x "$ZP_BIN/normalize" ] && [ -x "$ZP_BIN/segment" ] ||
	    skip "normalize or segment not built"
	# The README's order, on whole documents, and the old one, on
	# sentences: both find them.
	"$ZP_BIN/normalize" "$seed" | "$EE" | "$ZP_BIN/segment" >"$T/out"
	"$ZP_BIN/normalize" "$seed" | "$ZP_BIN/segment" | "$EE" >"$T/old"
	for o in out old; do
		jq -r '.entities[] | .id' "$T/$o" | sort -u >"$T/ids"
		for id in NVIDIA TSMC ASML AMD Intel "SK hynix" \
		    "Samsung Electronics" Loongson VeriSilicon "Lisa Su" \
		    "Elon Musk" "NVIDIA H100"; do
			grep -qx "$id" "$T/ids"
		done
	done
}

# Each text as a record through extract-entities: one line per text, the
# entities as [[text, type], ...].
found() {
	local t
	for t in "$@"; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" | jq -c '[.entities[] | [.text, .type]]'
}

@test "the derived place list has natural features, not idioms of landscape" {
	found 他们先登伏牛山，再去贝加尔湖。 祖国的锦绣江山令人神往。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["伏牛山","LOC"],["贝加尔湖","LOC"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
}

@test "common words that start with a surname are no names (荣誉, 温馨)" {
	found 这份荣誉，让全家人感到温馨。 会上，刘建平介绍了新产品。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[["刘建平","PER"]]' ]
}

@test "a level before a body of the derived lists is its own (国家海事局)" {
	[ "$(found 国家海事局发布了公报。)" = '[["国家海事局","ORG"]]' ]
}

# Each text as a record: one line per text, the entities as "text=id" joined
# by spaces.
found_ids() {
	local t
	for t in "$@"; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" | jq -r '[.entities[] | "\(.text)=\(.id)"] | join(" ")'
}

@test "old ministries, party organs and world bodies link to one id, Traditional too" {
	found_ids 昨天国家教委和冶金部联合发出通知。 \
	    中组部与民盟中央座谈，國台辦也派人出席。 \
	    國際乒聯和亚行的代表，还有伊斯兰会议组织的官员。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '国家教委=Ministry of Education of China 冶金部=Ministry of Metallurgical Industry' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '中组部=Organization Department of the CPC Central Committee 民盟中央=Central Committee of the China Democratic League 國台辦=Taiwan Affairs Office' ]
	[ "$(sed -n 3p "$T/out")" = '國際乒聯=ITTF 亚行=ADB 伊斯兰会议组织=OIC' ]
}

@test "a short party or bank name inside a common word is no name (中俄共同, 东南亚行程)" {
	found_ids 俄共领导人批评了这项法案。 双方发表了中俄共同声明。 \
	    东南亚行程安排紧凑。 人民革命的胜利来之不易。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '俄共=Communist Party of the Russian Federation' ]
	[ "$(sed -n 2p "$T/out")" = '中=China 俄=Russia' ]
	[ "$(sed -n 3p "$T/out")" = '东南亚=Southeast Asia' ]
	[ "$(sed -n 4p "$T/out")" = '' ]
}

@test "firms, airlines and media of 1990s-2020s news: ids, tickers, Traditional forms" {
	for t in 鞍钢与首钢去年合并了两座高炉，国航和汉莎航空宣布代码共享。 \
	    國泰航空與長榮航空的機票，據路透社報道。 \
	    可口可樂和雀巢在上海設廠，據共同社消息。 \
	    时事社援引读卖新闻称，三菱重工接获订单。; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" |
	    jq -r '.entities[] | "\(.text)=\(.id)=\(.ticker // "")"' >"$T/pairs"
	grep -qx '鞍钢=鞍钢=000898.SZ' "$T/pairs"
	grep -qx '首钢=首钢=' "$T/pairs"
	grep -qx '国航=中国国航=601111.SS' "$T/pairs"
	grep -qx '汉莎航空=Lufthansa=LHA.DE' "$T/pairs"
	grep -qx '國泰航空=Cathay Pacific=0293.HK' "$T/pairs"
	grep -qx '長榮航空=EVA Air=2618.TW' "$T/pairs"
	grep -qx '可口可樂=Coca-Cola=KO' "$T/pairs"
	grep -qx '雀巢=Nestlé=NESN.SW' "$T/pairs"
	grep -qx '共同社=Kyodo=' "$T/pairs"
	grep -qx '时事社=Jiji Press=' "$T/pairs"
	grep -qx '读卖新闻=Yomiuri Shimbun=' "$T/pairs"
	grep -qx '三菱重工=Mitsubishi Heavy Industries=7011.T' "$T/pairs"
}

@test "short firm names inside common words are no names (新航线, 其中粮食, 联合报道)" {
	found 春运期间开辟新航线，其中粮食运输增加，两家报社联合报道此事。 \
	    新航与中粮集团签约，中远期租船合同。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[["新航","ORG"],["中粮集团","ORG"]]' ]
}

@test "a short product name read as two words, one a verb or function word, is no name (很快克服, 极致态度)" {
	found_ids 他很快克服了困难，团队追求极致态度。 \
	    他服用快克后很快见效，致态固态硬盘降价。 两者存在差异环节。 \
	    异环公测首日下载量破千万。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '' ]
	[ "$(sed -n 2p "$T/out")" = '快克=快克 致态=致态' ]
	[ "$(sed -n 3p "$T/out")" = '' ]
	[ "$(sed -n 4p "$T/out")" = '异环=异环' ]
}

@test "listed firms by category: A and H shares, tea chains, suppliers, units with their parent; common words stay words" {
	for t in 晶澳科技与顺丰控股午后拉升，中际旭创、霸王茶姬和名创优品同步走强。 \
	    宁德时代港股上涨，中国太平保险公布保费，安费诺获得新订单。 \
	    招银理财与弗迪电池签约，三星显示扩产，Waymo扩大运营。 \
	    医生采用微创医疗器械完成手术，市场出现蝴蝶效应，指南针指向北方。 \
	    温氏兄弟在雅宝路开店，鱼缸里养着金龙鱼。; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" |
	    jq -r '.entities[] | "\(.text)=\(.id)=\(.ticker // "")=\(.parent // "")"' \
	    >"$T/firms"
	grep -qx '晶澳科技=JA Solar=002459.SZ=' "$T/firms"
	grep -qx '顺丰控股=顺丰控股=002352.SZ=' "$T/firms"
	grep -qx '中际旭创=中际旭创=300308.SZ=' "$T/firms"
	grep -qx '霸王茶姬=霸王茶姬=CHA=' "$T/firms"
	grep -qx '名创优品=名创优品=MNSO=' "$T/firms"
	grep -qx '宁德时代=CATL=300750.SZ=' "$T/firms"
	grep -qx '中国太平保险=中国太平保险=0966.HK=' "$T/firms"
	grep -qx '安费诺=Amphenol=APH=' "$T/firms"
	grep -qx '招银理财=招银理财==China Merchants Bank' "$T/firms"
	grep -qx '弗迪电池=弗迪电池==BYD' "$T/firms"
	grep -qx '三星显示=Samsung Display==Samsung Electronics' "$T/firms"
	grep -qx 'Waymo=Waymo==Alphabet' "$T/firms"
	# Short names that are common words are left out of the lists.
	! grep -q '^微创' "$T/firms"
	! grep -q '^蝴蝶效应' "$T/firms"
	! grep -q '^指南针' "$T/firms"
	! grep -q '^温氏=' "$T/firms"
	! grep -q '^雅宝=' "$T/firms"
	! grep -q '^金龙鱼=' "$T/firms"
}

@test "leaders, world figures, historical names and athletes link to one id, Traditional too" {
	found_ids 钱其琛副总理和罗干、吴仪一起会见了叶利钦总统。 \
	    桥本龙太郎首相同金泳三总统通电话，奥尔布赖特随后抵达。 \
	    李白和杜甫的诗，苏轼的词，都是鲁迅推崇的吗？ \
	    郎平率队夺冠，邓亚萍与聂卫平出席颁奖。 \
	    羅幹與溫家寶會見了葉利欽和普里馬科夫。 \
	    貝克漢姆、齊達內和羅納爾多同場競技。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '钱其琛=Qian Qichen 罗干=Luo Gan 吴仪=Wu Yi 叶利钦=Boris Yeltsin' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '桥本龙太郎=Ryutaro Hashimoto 金泳三=Kim Young-sam 奥尔布赖特=Madeleine Albright' ]
	[ "$(sed -n 3p "$T/out")" = '李白=Li Bai 杜甫=Du Fu 苏轼=Su Shi 鲁迅=Lu Xun' ]
	[ "$(sed -n 4p "$T/out")" = \
	    '郎平=Lang Ping 邓亚萍=Deng Yaping 聂卫平=Nie Weiping' ]
	[ "$(sed -n 5p "$T/out")" = \
	    '羅幹=Luo Gan 溫家寶=Wen Jiabao 葉利欽=Boris Yeltsin 普里馬科夫=Yevgeny Primakov' ]
	[ "$(sed -n 6p "$T/out")" = \
	    '貝克漢姆=David Beckham 齊達內=Zinedine Zidane 羅納爾多=Ronaldo Nazário' ]
}

@test "a famous short name inside a common word is no name (这里根本, 望子成龙, 大陆游客)" {
	found 这里根本没有人，价格卡特尔被查处。 大陆游客望子成龙，街上车水马龙。 \
	    里根与戈尔巴乔夫会谈，成龙也来了。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = \
	    '[["里根","PER"],["戈尔巴乔夫","PER"],["成龙","PER"]]' ]
}

@test "prefecture cities, counties, Taiwan, Hong Kong and world places: ids, Traditional forms" {
	found_ids 去年冬天他从百色市调到攀枝花，又去了菏泽和汉中。 \
	    黃岡與臺中市的客商在銅鑼灣簽約。 \
	    沛县、曹县和平遥县的代表来到延边州。 \
	    代表团经卡萨布兰卡飞往阿比让，再转道布宜诺斯艾利斯。 \
	    鞑靼斯坦和巴伐利亚州的企业在昆士兰州合作。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '百色市=Baise 攀枝花=Panzhihua 菏泽=Heze 汉中=Hanzhong' ]
	[ "$(sed -n 2p "$T/out")" = \
	    '黃岡=Huanggang 臺中市=Taichung 銅鑼灣=Causeway Bay' ]
	[ "$(sed -n 3p "$T/out")" = \
	    '沛县=Pei County 曹县=Cao County 平遥县=Pingyao County 延边州=Yanbian' ]
	[ "$(sed -n 4p "$T/out")" = \
	    '卡萨布兰卡=Casablanca 阿比让=Abidjan 布宜诺斯艾利斯=Buenos Aires' ]
	[ "$(sed -n 5p "$T/out")" = \
	    '鞑靼斯坦=Tatarstan 巴伐利亚州=Bavaria 昆士兰州=Queensland' ]
}

@test "short place names at the start of common words are no places (三明治, 大理石, 重新北上)" {
	found_ids 早餐吃了三明治，他用大理石铺地，又重新北上。 \
	    三明市的客人游览了大理。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '' ]
	[ "$(sed -n 2p "$T/out")" = '三明市=Sanming 大理=Dali' ]
}

@test "units of a company are one ORG with the company's id as parent" {
	for t in 宝马中国宣布降价，苹果亚太区负责人到访。 \
	    大众汽车（中国）发布声明，阿里巴巴国际数字商业集团减亏。 \
	    京东物流与美团优选合作，京东集团发布公告。 \
	    宝马在中国建厂，苹果中国市场份额下降，新华社北京3月5日电。; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" |
	    jq -r '.entities[] | "\(.text)=\(.type)=\(.id)=\(.parent // "")"' \
	    >"$T/units"
	grep -qx '宝马中国=ORG=宝马中国=BMW' "$T/units"
	grep -qx '苹果亚太区=ORG=苹果亚太区=Apple' "$T/units"
	grep -qx '大众汽车（中国）=ORG=大众汽车(中国)=Volkswagen' "$T/units"
	grep -qx '阿里巴巴国际数字商业集团=ORG=阿里国际数字商业集团=Alibaba' \
	    "$T/units"
	grep -qx '京东物流=ORG=JD Logistics=JD.com' "$T/units"
	grep -qx '美团优选=ORG=美团优选=Meituan' "$T/units"
	# The company itself has no parent; a place apart stays a place.
	grep -qx '京东集团=ORG=JD.com=' "$T/units"
	grep -qx '宝马=ORG=BMW=' "$T/units"
	grep -qx '苹果=ORG=Apple=' "$T/units"
	grep -qx '中国=LOC=China=' "$T/units"
	grep -qx '北京=LOC=Beijing=' "$T/units"
	! grep -q '^新华社北京' "$T/units"
}

@test "a user gazetteer's sixth column is the parent of its entry" {
	printf 'canonical,type,aliases,ticker,exchange,parent\n%s\n%s\n' \
	    '晨光重工,ORG,晨光,,' '晨光海工,ORG,晨光海洋工程,,,晨光重工' \
	    >"$T/units.csv"
	echo '{"text":"晨光海洋工程与晨光签约。"}' |
	    "$EE" --no-default-gazetteers -g "$T/units.csv" >"$T/out"
	jq -e '.entities[0] | .id == "晨光海工" and .parent == "晨光重工"' \
	    "$T/out" >/dev/null
	jq -e '.entities[1] | .id == "晨光重工" and (has("parent") | not)' \
	    "$T/out" >/dev/null
}

@test "media and data providers are ORG; a numeral starting one is no figure" {
	for t in 据21世纪经济报道报道，36氪获悉，第一财经记者证实。 \
	    万得数据显示，同花顺与东方财富股价上涨，华尔街见闻援引路透社消息。; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" >"$T/out"
	jq -r '.entities[] | "\(.text)=\(.type)=\(.id)"' "$T/out" >"$T/media"
	grep -qx '21世纪经济报道=ORG=21世纪经济报道' "$T/media"
	grep -qx '36氪=ORG=36氪' "$T/media"
	grep -qx '第一财经=ORG=第一财经' "$T/media"
	grep -qx '万得=ORG=万得' "$T/media"
	grep -qx '华尔街见闻=ORG=华尔街见闻' "$T/media"
	grep -qx '路透社=ORG=Reuters' "$T/media"
	# The verb after the name is not part of it.
	! grep -q '报道报道' "$T/media"
	"$ZP_BIN/extract-numbers" <"$T/out" >"$T/nums"
	[ "$(jq -s '[.[].numbers[]] | length' "$T/nums")" -eq 0 ]
	# Without the entities the numerals are still read (no list there).
	jq -c 'del(.entities)' "$T/out" | "$ZP_BIN/extract-numbers" |
	    jq -s -e '[.[].numbers[]] | length > 0' >/dev/null
}

@test "finance words are no names: rates, reports, 年度, given names as nouns" {
	for t in 美联储维持联邦基金利率不变，联邦基金利率期货上涨。 \
	    该季报称营收增长，公司周报称销量回升。 \
	    荣获2023年度金牛基金公司称号，易方达基金表示看好。 \
	    董事长李海军表示，美国海军表示。; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" |
	    jq -r '.entities[] | "\(.text)=\(.type)"' >"$T/words"
	grep -qx '美联储=ORG' "$T/words"
	grep -qx '金牛基金公司=ORG' "$T/words"
	grep -qx '易方达基金=ORG' "$T/words"
	grep -qx '李海军=PER' "$T/words"
	grep -qx '美国海军=ORG' "$T/words"
	! grep -q '联邦基金\|季报\|周报\|^度\|^海军=' "$T/words"
}

@test "the makers of listed goods are companies of the lists, with their listings; short forms that are words stay words" {
	for t in 王老吉凉茶热销，广药白云山公布业绩。 \
	    长虹美菱推出美菱冰箱，奇富科技旗下360借条用户增长。 \
	    飞腾信息发布腾云S5000C处理器。 好丽友派在超市热卖，昂跑的跑鞋也卖得好。 \
	    周末游客去登白云山，经济飞腾。; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" |
	    jq -r '.entities[] | "\(.text)=\(.id)=\(.ticker // "")=\(.maker // "")"' \
	    >"$T/makers"
	grep -qx '王老吉凉茶=王老吉==广药白云山' "$T/makers"
	grep -qx '广药白云山=广药白云山=600332.SS=' "$T/makers"
	grep -qx '长虹美菱=长虹美菱=000521.SZ=' "$T/makers"
	grep -qx '美菱冰箱=Meiling==长虹美菱' "$T/makers"
	grep -qx '奇富科技=奇富科技=QFIN=' "$T/makers"
	grep -qx '360借条=360借条==奇富科技' "$T/makers"
	grep -qx '腾云S5000C=腾云S5000C==飞腾信息' "$T/makers"
	grep -qx '好丽友派=好丽友派==好丽友' "$T/makers"
	grep -qx '昂跑=On Holding=ONON=' "$T/makers"
	! grep -q '^白云山=' "$T/makers"
	! grep -q '^飞腾=' "$T/makers"
	! grep -q '^好丽友=' "$T/makers"
}

@test "every product's maker is a row of the other lists, but for the few whose names are common words or unknown" {
	d=${ZHPIPE_DATA:-data}/gazetteer
	awk -F, 'FNR > 1 && FILENAME !~ /products/ { id[$1] = 1 }
	    FNR > 1 && FILENAME ~ /products/ && $6 != "" && !($6 in id) {
		print $6 }' $(ls "$d"/*.csv | grep -v '/products\.csv$') \
	    "$d/products.csv" | LC_ALL=C sort -u | tr '\n' ' ' >"$T/unknown"
	[ "$(cat "$T/unknown")" = 'HFP UR 卡士 百小应 简爱 蝴蝶效应 ' ]
}

@test "products: spans, ids and makers; a brand's goods or its company; 苹果 the fruit, 豆包 the bun" {
	for t in 小米SU7交付破万，华为手机出货回升。 春节前五粮液批价回落。 \
	    五粮液发布公告称将分红。 超市里苹果和香蕉都降价了。 \
	    早餐吃了两个豆包。 豆包大模型的用户破亿。; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" | jq -c '[.entities[] |
	    [.text, .start, .end, .type, .id, (.maker // "-")]]' >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["小米",0,2,"ORG","Xiaomi","-"],["SU7",2,5,"PRODUCT","Xiaomi SU7","Xiaomi"],["华为手机",10,14,"PRODUCT","华为手机","Huawei"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["五粮液",3,6,"PRODUCT","五粮液","五粮液"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["五粮液",0,3,"ORG","五粮液","-"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
	[ "$(sed -n 5p "$T/out")" = '[]' ]
	[ "$(sed -n 6p "$T/out")" = '[["豆包大模型",0,5,"PRODUCT","ByteDance Doubao","ByteDance"]]' ]
}

# Issue 18: a person named again within a document.  Prints, per record of
# the JSON Lines file $1, its people as "text@start=id" joined by spaces.
people_of() {
	"$EE" "$@" | jq -r '[.entities[] | select(.type == "PER") |
	    "\(.text)@\(.start)=\(.id)"] | join(" ")'
}

@test "a surname with a title is the surname, with the id of the person named before" {
	printf '%s\n' \
	    '{"id":"a","text":"宁德时代董事长曾毓群表示，公司将扩产。"}' \
	    '{"id":"a","text":"曾总还说，订单饱满。毓群在会上笑称，产能够用。"}' \
	    '{"id":"b","text":"曾先生表示同意。"}' \
	    '{"id":"c","text":"董事长周浩然和总经理周明远出席。周总表示，双方将合作。"}' \
	    '{"id":"d","text":"AMD董事长苏姿丰表示，需求强劲。苏女士还说，新品将发布。"}' \
	    '{"id":"e","text":"特斯拉CEO马斯克表示，新车将上市。马先生还说，产能将翻倍。"}' \
	    '{"id":"f","text":"董事长欧阳明辉表示同意。欧阳先生补充说，明辉的方案可行。"}' \
	    >"$T/p.jsonl"
	people_of "$T/p.jsonl" >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '曾毓群@7=Robin Zeng' ]
	[ "$(sed -n 2p "$T/out")" = '曾@0=Robin Zeng 毓群@10=Robin Zeng' ]
	# Another document: no earlier full name, the surname is the id.
	[ "$(sed -n 3p "$T/out")" = '曾@0=曾' ]
	# Two people of that surname before it.
	[ "$(sed -n 4p "$T/out")" = '周浩然@3=周浩然 周明远@10=周明远 周@16=周' ]
	[ "$(sed -n 5p "$T/out")" = '苏姿丰@6=Lisa Su 苏@17=Lisa Su' ]
	# 马斯克 is a transliteration: 马 is no surname of his.
	[ "$(sed -n 6p "$T/out")" = '马斯克@6=Elon Musk 马@18=马' ]
	[ "$(sed -n 7p "$T/out")" = \
	    '欧阳明辉@3=欧阳明辉 欧阳@12=欧阳明辉 明辉@20=欧阳明辉' ]
	# Without the document's context the later record stands alone.
	people_of --no-context "$T/p.jsonl" | sed -n 2p >"$T/alone"
	[ "$(cat "$T/alone")" = '曾@0=曾' ]
}

@test "a title after an organization is its head; a given name that is a word is none" {
	printf '%s\n' \
	    '{"id":"a","text":"华为总裁表示，小米总裁也说，华为余总表示同意。"}' \
	    '{"id":"b","text":"总经理刘建国表示同意。建国以来，公司发展迅速。建国说，要再议。"}' \
	    '{"id":"c","text":"创始人张志强表示同意。志强说，项目顺利。"}' \
	    '{"id":"d","text":"他总是说，收入总额下降，王董事会已经批准。"}' \
	    >"$T/n.jsonl"
	"$EE" "$T/n.jsonl" | jq -r '[.entities[] | "\(.text)=\(.type)"] |
	    join(" ")' >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '华为=ORG 小米=ORG 华为=ORG 余=PER' ]
	[ "$(sed -n 2p "$T/out")" = '刘建国=PER' ]
	[ "$(sed -n 3p "$T/out")" = '张志强=PER' ]
	[ "$(sed -n 4p "$T/out")" = '' ]
}

@test "counties of one character and those the lists lack come from the divisions list (磁县, 井陉县)" {
	found 他从磁县调到井陉县，又去了鄂温克族自治旗。 全县有两县交界处。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = \
	    '[["磁县","LOC"],["井陉县","LOC"],["鄂温克族自治旗","LOC"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
}

@test "a transliterated name after a country's team or players is a person (丹麦队盖德, 巴西选手)" {
	found 半决赛中，挪威队萨德尔以二比零获胜。 巴西选手卡里森排在第五。 \
	    他们参观了法国的卡萨格兰。 中国队马上就要出发。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["挪威队","ORG"],["萨德尔","PER"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["巴西","LOC"],["卡里森","PER"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["法国","LOC"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[["中国队","ORG"]]' ]
}

@test "the derived organizations leave out documents, acts, kinds and common words that end like a body (联合公报, 科研院所, 深有体会)" {
	found 两国发表了联合公报。 科研院所和重点高校要加强合作。 他深有体会地说。 \
	    三和银行宣布降息。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
	[ "$(sed -n 4p "$T/out")" = '[["三和银行","ORG"]]' ]
}

@test "a common word before a reporting verb is no name; after a dot, a surname's character may write a part" {
	found 这篇文章认为，经济正在复苏。 他高兴地说，工作很顺利。 钱文章表示同意。 \
	    会上，托马斯·钱德勒说，工作很顺利。 罗伯特·卡洛斯和泽·罗伯特都进了球。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = '[["钱文章","PER"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[["托马斯·钱德勒","PER"]]' ]
	[ "$(sed -n 5p "$T/out")" = \
	    '[["罗伯特·卡洛斯","PER"],["泽·罗伯特","PER"]]' ]
}

@test "a full name by the name statistics ends before an adverb or a passive too (周真平被, 岳书林仍)" {
	found 昨天，周真平被评为劳动模范。 当时，岳书林仍在工地上。 这批旧设备要被淘汰。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["周真平","PER"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["岳书林","PER"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
}

@test "after a role, 元 才 之 若 其 are given-name characters (钱济才), not after a role alone (总经理之后)" {
	found 新任董事长钱济才表示同意。 总经理之后将离任。 副主任和中层干部都到了。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["钱济才","PER"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
}

@test "a name's third character may be one of 元 才 之 若 其 before a strong end (侯仁之说), not before a word (蒋天才能)" {
	found 会后，侯仁之说，要抓紧。 据悉，洪德元的论文获奖。 这样，蒋天才能上场。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["侯仁之","PER"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["洪德元","PER"]]' ]
	! grep -q '蒋天才' "$T/out"
}

@test "a section after its body or place is one organization (预算处, 户政科), not a common word (好处, 会议室, 书记所说)" {
	found 据辽宁省财政厅预算处介绍，今年收支平衡。 江州市公安局户政科今天发布通知。 \
	    这个办法有很多好处。 两条河的交汇处很美。 他在会议室等候。 \
	    正如市委书记所说的那样。 小组第一的争夺很激烈。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["辽宁省财政厅预算处","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["江州市公安局户政科","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
	[ "$(sed -n 5p "$T/out")" = '[]' ]
	! grep -q '所' "$T/out"
	[ "$(sed -n 7p "$T/out")" = '[]' ]
}

@test "a team or a plant named by its place keeps the place's last character (大连 + 队, 青州 + 酒厂); 连队 and 建厂 stay words" {
	found 大连队今天主场获胜。 他曾在连队服役。 青州酒厂今年扩建。 他们决定建厂。 \
	    当地新建了发电厂。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["大连队","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = '[["青州酒厂","ORG"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
	[ "$(sed -n 5p "$T/out")" = '[]' ]
}

@test "a party named by its creed is one (智利 + 激进党), the party in power after a verb is none (坚持党的领导)" {
	found 智利激进党领导人说。 会上，社会主义党宣布退出。 要坚持党的领导。 \
	    执政党和反对党展开辩论。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["智利激进党","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["社会主义党","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
}

@test "a team after its country is the country's (德国 + 拜仁队, 智利 + 国家队); a listed company's group keeps its place apart (日本 + 索尼集团)" {
	found 德国拜仁队昨天输球。 智利国家队抵达北京。 日本索尼集团今天宣布。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["德国拜仁队","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["智利国家队","ORG"],["北京","LOC"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["日本","LOC"],["索尼集团","ORG"]]' ]
}

@test "after a place a name may begin with a numeral (扬州市 + 九星印刷厂) or run past the edge's reach (中国 + 教育国际交流协会); a numeral and a measure are a count (北京三家公司)" {
	found 扬州市九星印刷厂今年扩产。 中国教育国际交流协会主办。 北京三家公司联合发布公告。 \
	    上海两个研究所合并。 成为杭州辖区首家过会企业。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["扬州市九星印刷厂","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["中国教育国际交流协会","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["北京","LOC"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[["上海","LOC"]]' ]
	# A count of firms describes them: no name after the place.
	[ "$(sed -n 5p "$T/out")" = '[["杭州","LOC"]]' ]
}

@test "a level of one character names a local body (镇 + 党委, 市 + 人大), not after a place's own character or a quantifier (各县政协)" {
	found 镇党委书记召开会议。 该市纪委决定立案。 市人大通过决议。 各县政协都参加。 \
	    这项工作由党委负责。 会上，自治区党委作出决定。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["镇党委","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["市纪委","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["市人大","ORG"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[["政协","ORG"]]' ]
	[ "$(sed -n 5p "$T/out")" = '[]' ]
	[ "$(sed -n 6p "$T/out")" = '[["自治区党委","ORG"]]' ]
}

@test "short names of universities and associations (西安交大, 陕西省美协) and Japan's ministries (日本外务省); 外交大臣 and 合作协议 stay words" {
	found 他毕业于西安交大。 陕西省美协举办画展。 日本外务省发言人说。 英国外交大臣抵达。 \
	    双方签署合作协议。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["西安交大","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["陕西省美协","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["日本外务省","ORG"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[["英国","LOC"]]' ]
	[ "$(sed -n 5p "$T/out")" = '[]' ]
}

@test "centres and leading groups named by their work (篮球管理中心, 防汛抗旱领导小组) and groups of countries by their count (7国集团); 市中心 is a place's middle" {
	found 国家篮球管理中心发布通知。 省防汛抗旱领导小组召开会议。 7国集团财长会议今天举行。 \
	    他在市中心工作。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["国家篮球管理中心","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["省防汛抗旱领导小组","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["7国集团","ORG"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
}

@test "a ministry after its place keeps its name before 长, its head (加拿大工业部 + 长); after a body it stays a post (贸易部长会议)" {
	found 加拿大工业部长约翰·史密斯说。 据悉，扬州市公安局长表示同意。 \
	    亚太经合组织贸易部长会议开幕。 这位副部长表示同意。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["加拿大工业部","ORG"],["约翰·史密斯","PER"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["扬州市公安局","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["亚太经合组织","ORG"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
}

@test "a country's one-character name before a ministry every government has is the country's ministry (美 + 司法部, 俄 + 中央银行)" {
	found 据悉，美司法部已立案调查。 会上，俄中央银行宣布加息。 他在卫生部工作。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["美司法部","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["俄中央银行","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["卫生部","ORG"]]' ]
}

@test "a Chinese short name in brackets after an organization is its alias (东方红农机厂(简称东农)); a place in brackets stays a place" {
	found '东方红农机厂(简称东农)今年扩产。' '东方红农机厂(北京)今年扩产。' '东方红农机厂(农业)今年扩产。' >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["东方红农机厂","ORG"],["东农","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["东方红农机厂","ORG"],["北京","LOC"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["东方红农机厂","ORG"]]' ]
}

@test "radio stations, power stations, oilfields and restaurants are bodies by their name (以色列电台, 大庆油田, 聚福酒家), the common nouns alone are none" {
	found 据以色列电台报道，会谈将继续。 大庆油田今年增产。 他们参观了电站。 当地建了一座水电站。 \
	    他们在聚福酒家聚餐。 这家酒楼生意很好。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["以色列电台","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["大庆油田","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
	[ "$(sed -n 5p "$T/out")" = '[["聚福酒家","ORG"]]' ]
	[ "$(sed -n 6p "$T/out")" = '[]' ]
}

@test "a name's left edge stops at the verbs of posts and matches (原任 + 农机厂, 迎战 + 红星队)" {
	found 他原任东方红农机厂厂长。 今天北京迎战红星队。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["东方红农机厂","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["北京","LOC"],["红星队","ORG"]]' ]
}

@test "an association of a profession keeps its members' title (中国体育记者协会, 江州市律师协会); the title alone is no body (律师协会会员)" {
	found 中国体育记者协会主席说。 江州市律师协会发布通知。 他是律师协会会员。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["中国体育记者协会","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[["江州市律师协会","ORG"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
}

@test "a name's left edge stops at the common verbs and function words of the name statistics (走访 + 恒远集团); a verb with a bare noun names no body (影响 + 公司, 组建 + 企业集团), a verb of known names stays inside (江州发展银行); a verb's complement ends a name (送进 + 医院), a function word always (江北 + 各级 + 法院)" {
	found 记者昨天走访恒远集团了解情况。 市场波动不会影响公司的长期战略。 \
	    他们决定组建企业集团。 人人知道科技的重要。 江州发展银行发布年报。 \
	    赶紧把他送进医院。 居民把钱存入银行。 近年来江北各级法院积极开展调解。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[["恒远集团","ORG"]]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = '[]' ]
	[ "$(sed -n 4p "$T/out")" = '[]' ]
	[ "$(sed -n 5p "$T/out")" = '[["江州发展银行","ORG"]]' ]
	[ "$(sed -n 6p "$T/out")" = '[]' ]
	[ "$(sed -n 7p "$T/out")" = '[]' ]
	[ "$(sed -n 8p "$T/out")" = '[["江北","LOC"]]' ]
}

@test "after a kind word a common verb is no name (企业 + 改革, 公司 + 工作), a name is (电商平台 + 云启科技)" {
	found 为深化企业改革，促进经济发展。 她在旅游公司工作，开阔了眼界。 电商平台云启科技完成A轮融资。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = '[["云启科技","ORG"]]' ]
}

@test "a listed two-character name that a common word overlaps on each side is the words (集中行动 over 中行, 人格力量 over 格力); alone, at a boundary or after a function word (从中) it is the name" {
	found 本次集中行动确定的阶段性目标。 他的人格力量感染了大家。 中行发布年报。 他们到中行开户。 \
	    一切从中国人民的利益出发。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[]' ]
	[ "$(sed -n 3p "$T/out")" = '[["中行","ORG"]]' ]
	[ "$(sed -n 4p "$T/out")" = '[["中行","ORG"]]' ]
	[ "$(sed -n 5p "$T/out")" = '[["中国","LOC"]]' ]
}

@test "a team's word before a competition names the competition (世界女篮锦标赛, 亚洲女排锦标赛), not a team; before other words it is the team (中国女排赛后)" {
	found 她参加了第十三届世界女篮锦标赛。 亚洲女排锦标赛在曼谷举行。 中国女排赛后表示满意。 >"$T/out"
	[ "$(sed -n 1p "$T/out")" = '[]' ]
	[ "$(sed -n 2p "$T/out")" = '[["亚洲","LOC"],["曼谷","LOC"]]' ]
	[ "$(sed -n 3p "$T/out")" = '[["中国女排","ORG"]]' ]
}
