/*
 * ent_noncode -- what is no model though it looks like a code: the
 * standards (HBM3E, DDR5, V2X), the periods, units and generic codes of
 * the word lists, the technologies before a kind of device (GPU芯片) and
 * the English words that name no product line; for ent_products.c.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"
#include "ent_prod.h"

/*
 * Standards of memory, links, storage, video and sealing, named by a
 * prefix and a generation (HBM3E, DDR5, PCIe5, UFS4, HDR10, IP68) or by
 * the prefix alone (UFS 4.0), and the instruction sets and codecs (X86,
 * H265): no model, even after a maker's name (SK海力士的HBM3) or before a
 * kind of device (X86芯片).
 */
static const char *const standard_prefixes[] = {
	"HBM",
	"DDR",
	"LPDDR",
	"GDDR",
	"PCIe",
	"USB",
	"WiFi",
	"Wi-Fi",
	"UFS",
	"eMMC",
	"NVMe",
	"SATA",
	"HDMI",
	"HDR",
	"IP",
	"X86",
	"x86",
	"ARM64",
	"H26",
};

/* Code prefixes that make generic terms: COVID19, FY2024. */
static const char *const noncode_prefixes[] = {
	"COVID",
	"IPv",
	"H1N",
	"H5N",
	"H7N",
	"PM",
	"MP",
	"Web",
	"TOP",
	"Top",
	"No",
	"NO",
	"FY",
	"ISO",
	"IEEE",
	"GB",
	"LTE",
	"SARS",
	"MERS",
	"JPEG",
	"MPEG",
	"CO",
	"NOx",
	"SO",
	"U",
	"Q",
	"V",
	"Rev",
	"Ver",
	"ver",
	"Vol",
	"vol",
	"Page",
	"Fig",
	"Tab",
	"Art",
	"Sec",
};

/* Whole codes that are not products: periods, generations, sizes. */
static const char *const noncode_words[] = {
	"G20",
	"G7",
	"CO2",
	"B2B",
	"B2C",
	"O2O",
	"P2P",
	"PM2",
	"PM10",
	"C2C",
	"MP3",
	"MP4",
	"H5",
	"Top",
	"TOP",
	"No",
	"NO",
	"FY",
	"ISO",
	"IEEE",
	"GB",
	"LTE",
	"SARS",
	"MERS",
	"H1N1",
	"H5N1",
	"IPv4",
	"IPv6",
	"JPEG",
	"MPEG",
	"AV1",
	"A4",
	"A3",
	"Q1",
	"Q2",
	"Q3",
	"Q4",
	"H1",
	"H2",
	"M0",
	"M1",
	"M2",
	"T0",
	"T1",
	"T2",
	"T3",
	"L2",
	"L3",
	"L4",
	"L5",
	"3D",
	"2D",
	"4D",
	"2G",
	"3G",
	"4G",
	"5G",
	"6G",
	"5.5G",
	"4K",
	"8K",
	"2K",
	"1080P",
	"720P",
	"Web3",
	"IP6",
	"U17",
	"U19",
	"U20",
	"U21",
	"U23",
	"F1",
	"A1",
	"PS",
	"AI",
	"PE",
	"E3",
	/* Drug targets: PD-1, GLP-1, HER2. */
	"PD-1",
	"PD-L1",
	"GLP-1",
	"HER2",
	"CTLA-4",
	"TROP2",
	"CD3",
	"CD19",
	"CD20",
	"CD38",
	"IL-17",
	"IL-23",
	"FGFR2",
	"BCMA",
	"KRAS",
	"JAK1",
	"BTK",
};

/* Unit endings after digits: 5nm, 12GB, 100W. */
static const char *const unit_endings[] = {
	"nm",
	"um",
	"mm",
	"cm",
	"km",
	"m",
	"GB",
	"TB",
	"MB",
	"KB",
	"PB",
	"Gb",
	"Tb",
	"Mb",
	"GHz",
	"MHz",
	"kHz",
	"Hz",
	"W",
	"kW",
	"MW",
	"GW",
	"TW",
	"Wh",
	"kWh",
	"MWh",
	"GWh",
	"TWh",
	"mAh",
	"Ah",
	"V",
	"kV",
	"mV",
	"A",
	"mA",
	"kg",
	"g",
	"mg",
	"t",
	"T",
	"K",
	"k",
	"M",
	"B",
	"bn",
	"x",
	"X",
	"fps",
	"bit",
	"bits",
	"bps",
	"Gbps",
	"Mbps",
	"Tbps",
	"TOPS",
	"TFLOPS",
	"PFLOPS",
	"EFLOPS",
	"FLOPS",
	"P",
	"p",
	"s",
	"ms",
	"ns",
	"h",
	"min",
	"L",
	"ml",
	"mL",
	"st",
	"nd",
	"rd",
	"th",
	"pp",
	"bp",
	"bps",
	"dB",
	"lm",
	"nit",
	"nits",
	"GT",
	"E",
	"e",
	"pF",
	"nF",
	"uF",
	"C",
	"F",
};

/* Whether a word of wl may start with u (its filter of first characters). */
static bool
starts_prefix(const struct zp_wordlist *wl, uint32_t u)
{
	return u < 0x10000 ? (wl->first[u >> 6] >> (u & 63)) & 1 :
	                     wl->astral_first;
}

bool
prod_is_noncode(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;
	size_t nd = 0, nl = 0, i;

	/* Most tokens asked are short numbers: their length answers first. */
	if (b - a < 3 || b - a > 16)
		return true;
	for (i = a; i < b; i++) {
		if (is_digit(c[i]))
			nd++;
		else if (is_alpha(c[i]))
			nl++;
	}
	if (nd == 0 || nl == 0)
		return true;
	if (zp_wl_at(&x->noncode, c, b, a, NULL) == b - a)
		return true;
	/*
	 * HBM3E, DDR5, PCIe5, but not HBMX (a prefix then a digit).  The
	 * list's filter of first characters is asked before its words.
	 */
	for (size_t k = 0;
	     starts_prefix(&x->noncodep, c[a]) && k < zp_wl_count(&x->noncodep);
	     k++) {
		size_t l;
		const uint32_t *w = zp_wl_word(&x->noncodep, k, &l);

		if (l < b - a && memcmp(c + a, w, l * sizeof(uint32_t)) == 0 &&
		    is_digit(c[a + l]))
			return true;
	}
	/* Periods: FY2024, 2023Q4, 24H1, 1H24. */
	if ((c[a] == 'F' && b - a > 2 && c[a + 1] == 'Y') ||
	    (is_digit(c[a]) && (c[b - 2] == 'Q' || c[b - 2] == 'H') &&
	        is_digit(c[b - 1]) && nl == 1) ||
	    (is_digit(c[a]) && (c[a + 1] == 'Q' || c[a + 1] == 'H') && nl == 1))
		return true;
	return prod_is_unit_code(x, a, b) || prod_is_standard(x, a, b);
}

/* Digits with a unit: 5nm, 12GB, 2.5GHz, 100W, 10x. */
bool
prod_is_unit_code(const struct zp_entities *x, size_t a, size_t b)
{
	size_t d;

	for (d = a; d < b && (is_digit(x->c[d]) || x->c[d] == '.'); d++)
		;
	if (d > a && d < b) {
		for (size_t k = 0; k < NELEM(unit_endings); k++)
			if (strlen(unit_endings[k]) == b - d &&
			    text_is(x, d, unit_endings[k]))
				return true;
	}
	return false;
}

/*
 * The parties of a link written with 2 for "to" (V2X, M2M, B2C): business,
 * consumer, device, end, grid, home, infrastructure, load, machine,
 * network, online, person, vehicle, everything.
 */
static bool
link_party(uint32_t p)
{
	return p < 0x80 && strchr("BCDEGHILMNOPVX", (int)p) != NULL && p != 0;
}

/*
 * Whether [a, b) is a standard: its prefix alone or with a generation, or
 * a link between two parties (V2X, M2M, E2E; after a hyphen: C-V2X).
 */
bool
prod_is_standard(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;
	size_t h = a, m;

	for (m = a; m + 1 < b; m++)
		if (c[m] == '-')
			h = m + 1;
	for (m = h; m < b && link_party(c[m]); m++)
		;
	if (m > h && m - h <= 2 && m + 1 < b && c[m] == '2' && b - m - 1 <= 2) {
		for (m++; m < b && link_party(c[m]); m++)
			;
		if (m == b)
			return true;
	}
	/* The prefixes are in noncodep too: its filter is asked first. */
	if (a >= b || !starts_prefix(&x->noncodep, c[a]))
		return false;
	for (size_t k = 0; k < NELEM(standard_prefixes); k++) {
		size_t l = strlen(standard_prefixes[k]);

		if (l <= b - a && text_is(x, a, standard_prefixes[k]) &&
		    (l == b - a || is_digit(x->c[a + l])))
			return true;
	}
	return false;
}

/*
 * English words that name no product line: function words (英特尔的The),
 * and the words of slogans and labels (Inside, New, Smart, Official).
 */
static const char *const english_words[] = { "The", "This", "That", "These",
	"Those", "Our", "Your", "Their", "Its", "His", "Her", "And", "For",
	"With", "From", "Into", "Over", "About", "All", "Any", "Every", "Each",
	"Not", "But", "You", "They", "She", "Are", "Was", "Were", "Has", "Have",
	"Had", "Will", "Can", "May", "Must", "What", "Which", "Who", "How",
	"Why", "When", "Where", "Here", "There", "Now", "More", "Most", "Very",
	"Just", "Only", "Also", "Inside", "New", "Next", "Best", "Better",
	"Smart", "Global", "Official", "Hello", "Welcome" };

/*
 * A word in Title case: Carbon, Pocket; not a word of the list above.
 */
bool
prod_title_word(const struct zp_entities *x, size_t i, size_t j)
{
	if (j - i < 3 || j - i > 12 || !is_upper(x->c[i]))
		return false;
	for (size_t k = i + 1; k < j; k++)
		if (!is_lower(x->c[k]))
			return false;
	for (size_t k = 0; k < NELEM(english_words); k++)
		if (strlen(english_words[k]) == j - i &&
		    text_is(x, i, english_words[k]))
			return false;
	return true;
}

/*
 * Technologies before a kind of device, no model (GPU芯片, TWS耳机,
 * Wifi芯片): of computing, displays, links and positioning, sound,
 * sensing and power.
 */
static const char *const tech_words[] = { "GPU", "CPU", "NPU", "DPU", "MCU",
	"SoC", "SOC", "ASIC", "FPGA", "HBM", "DRAM", "NAND", "SSD", "RAM",
	"ROM", "EUV", "MEMS", "LED", "OLED", "AMOLED", "QLED", "MiniLED",
	"MicroLED", "LCD", "IPS", "TFT", "LTPO", "HUD", "AR", "VR", "XR", "MR",
	"PC", "AIPC", "RISC", "DSP", "ISP", "ADAS", "CIS", "RF", "IGBT", "SiC",
	"GaN", "AIoT", "IoT", "AIGC", "LLM", "OS", "CTP", "CTB", "CTC", "LFP",
	"NCM", "DM", "EV", "NFC", "ESIM", "eSIM", "GPS", "GNSS", "RTK", "UWB",
	"WLAN", "Wifi", "Zigbee", "Bluetooth", "TWS", "ANC", "ENC", "FPV",
	"SLAM", "LDS", "ToF", "TOF", "IMU", "LiDAR", "Lidar" };

/* Whether [i, j) is one of the technologies or a standard. */
bool
prod_tech_word(const struct zp_entities *x, size_t i, size_t j)
{
	for (size_t k = 0; k < NELEM(tech_words); k++)
		if (strlen(tech_words[k]) == j - i &&
		    text_is(x, i, tech_words[k]))
			return true;
	return prod_is_standard(x, i, j);
}

/* Fills the word lists of codes that are none (ent_products_init). */
void
prod_noncode_init(struct zp_entities *x)
{
	zp_wl_add_all(&x->noncode, noncode_words, NELEM(noncode_words));
	zp_wl_add_all(&x->noncodep, noncode_prefixes, NELEM(noncode_prefixes));
	zp_wl_add_all(
	    &x->noncodep, standard_prefixes, NELEM(standard_prefixes));
}

void
prod_noncode_free(struct zp_entities *x)
{
	zp_wl_free(&x->noncode);
	zp_wl_free(&x->noncodep);
}
