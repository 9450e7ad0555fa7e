/*
 * ent_products -- products: model codes (H100, 3A6000) and a brand + model
 * (Galaxy S24), with the words and units that look like codes but are not.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"

/* Words after a product model that belong to its name. */
static const char *const product_suffix_words[] = {
	"Pro Max",
	"Pro",
	"Max",
	"Ultra",
	"Plus",
	"mini",
	"Mini",
	"Air",
	"Lite",
	"SE",
	"Turbo",
	"Super",
};

/* Code prefixes that make generic terms or standards: HBM3E, DDR5. */
static const char *const noncode_prefixes[] = {
	"HBM",
	"DDR",
	"LPDDR",
	"GDDR",
	"PCIe",
	"USB",
	"WiFi",
	"Wi-Fi",
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

static bool
is_noncode(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;
	size_t nd = 0, nl = 0, i, d;

	for (i = a; i < b; i++) {
		if (is_digit(c[i]))
			nd++;
		else if (is_alpha(c[i]))
			nl++;
	}
	if (nd == 0 || nl == 0 || b - a < 3 || b - a > 16)
		return true;
	if (zp_wl_at(&x->noncode, c, b, a, NULL) == b - a)
		return true;
	/* HBM3E, DDR5, PCIe5, but not HBMX (a prefix then a digit). */
	for (size_t k = 0; k < zp_wl_count(&x->noncodep); k++) {
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
	/* Digits with a unit: 5nm, 12GB, 2.5GHz, 100W, 10x. */
	for (d = a; d < b && (is_digit(c[d]) || c[d] == '.'); d++)
		;
	if (d > a && d < b) {
		for (size_t k = 0;
		     k < sizeof(unit_endings) / sizeof(*unit_endings); k++)
			if (strlen(unit_endings[k]) == b - d &&
			    text_is(x, d, unit_endings[k]))
				return true;
	}
	return false;
}

/* The end of a code token from i: 3A6000, MI300X, RTX-4090. */
static size_t
code_end(const struct zp_entities *x, size_t i)
{
	size_t j = i;

	while (j < x->n &&
	    (is_alnum(x->c[j]) ||
	        (x->c[j] == '-' && j > i && j + 1 < x->n &&
	            is_alnum(x->c[j + 1]))))
		j++;
	return j;
}

/* The id of the maker of a product at a: the name before it. */
static const char *
maker(struct zp_entities *x, size_t a)
{
	int32_t o = ends_at(x, a);

	if (o >= 0 && x->ent[o].type == ZP_ET_ORG)
		return ent_id(x, &x->ent[o]);
	for (size_t i = a; i > 0; i--) {
		o = x->owner[i - 1];
		if (o >= 0 && x->ent[o].type == ZP_ET_ORG)
			return ent_id(x, &x->ent[o]);
	}
	return x->lastorg;
}

static void
add_product(struct zp_entities *x, size_t a, size_t b, const char *mk,
    size_t ca, size_t cb, const char *expanded)
{
	struct zp_buf id = ZP_BUF_INIT;
	int32_t k;

	if (mk != NULL && *mk != '\0') {
		zp_buf_puts(&id, mk);
		zp_buf_putc(&id, ' ');
	}
	if (expanded != NULL)
		zp_buf_puts(&id, expanded);
	else
		zp_buf_put(&id, x->s + x->boff[ca], x->boff[cb] - x->boff[ca]);
	k = ent_add(x, a, b, ZP_ET_PRODUCT, SRC_RULE, NONE, NONE);
	x->ent[k].id = ent_put_id(x, id.p, id.len);
	zp_buf_free(&id);
}

/* Model words after a code: Pro, Max, Pro Max. */
static size_t
model_tail(const struct zp_entities *x, size_t j)
{
	size_t l;

	while (j + 1 < x->n && x->c[j] == ' ' &&
	    (l = wl_at(&x->prodsfx, x->c, x->n, j + 1)) > 0 &&
	    (j + 1 + l >= x->n || !is_alnum(x->c[j + 1 + l])))
		j += 1 + l;
	return j;
}

void
ent_pass_products(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, i = 0;

	while ((i = next_fl(x, i, CL_ALNUM)) < n) {
		size_t j, a;
		int32_t o;

		if (!is_alnum(c[i]) ||
		    (i > 0 &&
		        (is_alnum(c[i - 1]) || c[i - 1] == '.' ||
		            c[i - 1] == '$' || c[i - 1] == '-'))) {
			i++;
			continue;
		}
		j = code_end(x, i);
		if (!span_free(x, i, j) ||
		    (j < n && (c[j] == '.' || c[j] == '%') && j + 1 < n &&
		        is_alnum(c[j + 1]))) {
			i = j;
			continue;
		}
		/* Brand + model: Galaxy S24, iPhone 15 Pro, 昇腾910B. */
		a = i;
		if (i > 1 && c[i - 1] == ' ')
			a = i - 1;
		o = ends_at(x, a);
		if (o >= 0 && x->ent[o].type == ZP_ET_PRODUCT &&
		    (has_digit(x, i, j))) {
			struct ent *e = &x->ent[o];
			size_t s = e->s, t = model_tail(x, j);
			const char *bid = ent_id(x, e);
			struct zp_buf id = ZP_BUF_INIT;
			int32_t k;

			zp_buf_puts(&id, bid);
			zp_buf_putc(&id, ' ');
			zp_buf_put(
			    &id, x->s + x->boff[i], x->boff[t] - x->boff[i]);
			ent_kill(x, o);
			k = ent_add(
			    x, s, t, ZP_ET_PRODUCT, SRC_RULE, NONE, NONE);
			x->ent[k].id = ent_put_id(x, id.p, id.len);
			zp_buf_free(&id);
			i = t;
			continue;
		}
		/* A group with slashes: 3C/3D/3E6000. */
		if (j + 1 < n && c[j] == '/' && is_alnum(c[j + 1])) {
			size_t parts[8], pe[8], np = 0, t = i;

			while (np < 8) {
				size_t e = code_end(x, t);

				parts[np] = t;
				pe[np++] = e;
				if (e + 1 < n && c[e] == '/' &&
				    is_alnum(c[e + 1]))
					t = e + 1;
				else
					break;
			}
			if (np >= 2 &&
			    !is_noncode(x, parts[np - 1], pe[np - 1]) &&
			    span_free(x, i, pe[np - 1])) {
				size_t ll = pe[np - 1] - parts[np - 1];
				size_t p0 = pe[0] - parts[0];
				struct zp_buf ex = ZP_BUF_INIT;

				for (size_t q = 0; q < np; q++) {
					if (q > 0)
						zp_buf_putc(&ex, '/');
					zp_buf_put(&ex,
					    x->s + x->boff[parts[q]],
					    x->boff[pe[q]] - x->boff[parts[q]]);
					/* 3C + 6000 when the last is 3E6000. */
					if (q + 1 < np &&
					    pe[q] - parts[q] == p0 && p0 < ll &&
					    !has_digit(
					        x, parts[q] + 1, pe[q]) &&
					    has_digit(x, parts[np - 1] + p0,
					        pe[np - 1]))
						zp_buf_put(&ex,
						    x->s +
						        x->boff[parts[np - 1] +
						            p0],
						    x->boff[pe[np - 1]] -
						        x->boff[parts[np - 1] +
						            p0]);
				}
				add_product(x, i, pe[np - 1], maker(x, i), i,
				    pe[np - 1], ex.p);
				zp_buf_free(&ex);
				i = pe[np - 1];
				continue;
			}
		}
		if (is_noncode(x, i, j)) {
			i = j;
			continue;
		}
		{
			size_t t = model_tail(x, j);

			add_product(x, i, t, maker(x, i), i, t, NULL);
			i = t;
		}
	}
}

void
ent_products_init(struct zp_entities *x)
{
	zp_wl_add_all(
	    &x->prodsfx, product_suffix_words, NELEM(product_suffix_words));
	zp_wl_add_all(&x->noncode, noncode_words, NELEM(noncode_words));
	zp_wl_add_all(&x->noncodep, noncode_prefixes, NELEM(noncode_prefixes));
}

void
ent_products_free(struct zp_entities *x)
{
	zp_wl_free(&x->prodsfx);
	zp_wl_free(&x->noncode);
	zp_wl_free(&x->noncodep);
}
