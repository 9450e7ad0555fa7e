/*
 * test_num_props -- the range invariants of the figure finder, checked on
 * its JSON output for thousands of range expressions generated from a
 * small grammar:
 *
 *   expr   = [sign] end1 ["(含)"] sep [sign2] end2
 *   end    = numeral [scale] [unit]       (a unit on end1 only with one
 *                                          on end2, as 2万元至3万元)
 *   numeral = Arabic (12, 6500, 1.5) | Chinese (三, 两, 二十五)
 *   scale  = 万 | 亿 | 千 | k (k after Arabic digits only)
 *   sep    = - ~ 至 到 — —— --
 *   unit   = 元 | 美元 | 港币 | % | 个 | none
 *
 * The invariants (issue 21):
 *   1. every range has min <= max;
 *   2. a separator between two ends is never a sign: with no sign written,
 *      no value, min or max is negative;
 *   3. the second end's scale goes to the first only when the first has
 *      none of its own at that level and the result stays ordered;
 *   4. a figure over the whole expression without a consistent reading
 *      has value null, approx and a note, and no min or max;
 *   5. a well-formed expression (same script on both ends, a unit or a
 *      scale on the second) is one figure: (含) and the long dashes do not
 *      break it in two.
 * The generator is seeded, so a failure names an expression that fails
 * again.
 */
#include <math.h>

#include "num_test.h"
#include "zhpipe/json.h"

#define CASES 6000

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static unsigned
pick(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static const char *const digits_cn[] = { "零", "一", "二", "三", "四", "五",
	"六", "七", "八", "九" };

/* One end as the generator wrote it. */
struct end {
	char text[64];
	double num; /* the numeral's value, before its scale */
	int scale;  /* power of ten of the scale word, 0 for none */
	int own;    /* the numeral's own last unit (十 1, 百 2), or 0 */
	bool arabic;
};

/* s after the string in dst (of size bytes), cut if it does not fit. */
static void
append(char *dst, size_t size, const char *s)
{
	size_t l = strlen(dst);

	snprintf(dst + l, size - l, "%s", s);
}

/* A Chinese numeral for 1..99 into e; its own unit is 十 when it has one. */
static void
chinese(struct end *e, unsigned v)
{
	char *p = e->text;

	e->own = v >= 10 ? 1 : 0;
	if (v >= 10) {
		if (v >= 20)
			p += sprintf(p, "%s", digits_cn[v / 10]);
		p += sprintf(p, "十");
		if (v % 10 != 0)
			sprintf(p, "%s", digits_cn[v % 10]);
	} else {
		sprintf(p, "%s", v == 2 && pick(2) ? "两" : digits_cn[v]);
	}
	e->num = v;
	e->arabic = false;
}

/* An Arabic numeral: an integer up to 9999 or a decimal with one or two
 * places. */
static void
arabic(struct end *e)
{
	unsigned v = 1 + pick(9999);

	e->own = 0;
	e->arabic = true;
	if (pick(4) == 0) {
		unsigned f = 1 + pick(99);

		v = 1 + pick(99);
		sprintf(e->text, "%u.%02u", v, f);
		if (f % 10 == 0)
			sprintf(e->text, "%u.%u", v, f / 10);
		e->num = v + f / 100.0;
	} else {
		sprintf(e->text, "%u", v);
		e->num = v;
	}
}

/* A scale word after the numeral of e (k after Arabic digits only; 千
 * after one Chinese digit only). */
static void
scale(struct end *e)
{
	static const char *const w[] = { "万", "亿", "千", "k" };
	static const int ex[] = { 4, 8, 3, 3 };
	unsigned k = pick(4);

	if (!e->arabic && (k == 3 || (k == 2 && e->num >= 10)))
		k = pick(2);
	append(e->text, sizeof e->text, w[k]);
	e->scale = ex[k];
}

static const char *const seps[] = { "-", "~", "至", "到", "—", "——", "--" };
static const char *const units[] = { "元", "美元", "港币", "%", "个", "" };

/* What the finder wrote for one figure. */
struct fig {
	size_t start, end;
	bool has_value, value_null, has_min, has_max, approx, has_note;
	double value, min, max;
};

static double
num_at(struct zp_json *j, uint32_t t)
{
	size_t n;
	const char *raw = zp_json_raw(j, t, &n);
	char tmp[128];

	if (n >= sizeof tmp)
		n = sizeof tmp - 1;
	memcpy(tmp, raw, n);
	tmp[n] = '\0';
	return strtod(tmp, NULL);
}

/* The figures of the JSON array s into f (at most max); their number. */
static size_t
figures(struct zp_json *j, const char *s, struct fig *f, size_t max)
{
	size_t nf = 0;

	if (zp_json_parse(j, s, strlen(s)) != 0)
		fail_msg("output is not JSON: %s", s);
	for (uint32_t t = zp_json_first(j, 0); t != ZP_JSON_NONE && nf < max;
	     t = zp_json_next(j, 0, t), nf++) {
		uint32_t v = zp_json_get(j, t, "value");
		uint32_t lo = zp_json_get(j, t, "min");
		uint32_t hi = zp_json_get(j, t, "max");
		uint32_t ap = zp_json_get(j, t, "approx");

		memset(&f[nf], 0, sizeof f[nf]);
		f[nf].start = (size_t)num_at(j, zp_json_get(j, t, "start"));
		f[nf].end = (size_t)num_at(j, zp_json_get(j, t, "end"));
		f[nf].has_value = v != ZP_JSON_NONE;
		f[nf].value_null =
		    f[nf].has_value && zp_json_type(j, v) == ZP_JNULL;
		if (f[nf].has_value && !f[nf].value_null)
			f[nf].value = num_at(j, v);
		f[nf].has_min = lo != ZP_JSON_NONE;
		f[nf].has_max = hi != ZP_JSON_NONE;
		if (f[nf].has_min)
			f[nf].min = num_at(j, lo);
		if (f[nf].has_max)
			f[nf].max = num_at(j, hi);
		f[nf].approx =
		    ap != ZP_JSON_NONE && zp_json_type(j, ap) == ZP_JTRUE;
		f[nf].has_note = zp_json_get(j, t, "note") != ZP_JSON_NONE;
	}
	return nf;
}

static bool
near(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(fmax(fabs(a), fabs(b)), 1.0);
}

static size_t
cp_len(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void
test_generated_ranges(void **state)
{
	struct zp_json j = ZP_JSON_INIT;
	unsigned whole = 0, carried = 0, nulls = 0;

	(void)state;
	for (int c = 0; c < CASES; c++) {
		struct end a, b;
		char text[256];
		const char *sep = seps[pick(7)], *unit = units[pick(6)];
		bool neg1 = pick(8) == 0, neg2 = false, incl = pick(6) == 0;
		bool unit1 = false, dash;
		struct fig f[16];
		size_t nf, len;
		const char *out;
		double lo, hi;

		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		if (pick(3) == 0) {
			chinese(&a, 1 + pick(99));
			chinese(&b, 1 + pick(99));
		} else {
			arabic(&a);
			arabic(&b);
		}
		if (pick(3) == 0)
			scale(&a);
		if (pick(3) != 0)
			scale(&b);
		dash = strcmp(sep, "至") != 0 && strcmp(sep, "到") != 0 &&
		    strcmp(sep, "~") != 0;
		if (!dash && a.arabic && pick(6) == 0)
			neg2 = true;
		if (unit[0] != '\0' && pick(4) == 0) {
			unit1 = true;
			append(a.text, sizeof a.text, unit);
		}
		snprintf(text, sizeof text, "%s%s%s%s%s%s%s", neg1 ? "-" : "",
		    a.text, incl ? "(含)" : "", sep, neg2 ? "-" : "", b.text,
		    unit);
		out = find(text, NULL);
		nf = figures(&j, out, f, 16);
		len = cp_len(text);
		lo = a.num * pow(10, a.scale) * (neg1 ? -1 : 1);
		hi = b.num * pow(10, b.scale) * (neg2 ? -1 : 1);
		for (size_t k = 0; k < nf; k++) {
			/* 1: ordered. */
			if (f[k].has_min != f[k].has_max ||
			    (f[k].has_min && f[k].min > f[k].max))
				fail_msg("%s: min > max in %s", text, out);
			/* 2: no sign but the ones written. */
			if (!neg1 && !neg2 &&
			    ((f[k].has_min && f[k].min < 0) ||
			        (f[k].has_value && !f[k].value_null &&
			            f[k].value < 0)))
				fail_msg("%s: a separator read as a sign: %s",
				    text, out);
		}
		if (!(nf == 1 && f[0].start == 0 && f[0].end == len)) {
			/* 5: same script, a unit or a scale on the second
			 * end, no signs: one figure. */
			if (a.arabic == b.arabic && !neg1 && !neg2 &&
			    (unit[0] != '\0' || b.scale >= 3) &&
			    strcmp(unit, "个") != 0 &&
			    (unit[0] != '\0' || !a.arabic || a.scale != 0))
				fail_msg("%s: not one figure: %s", text, out);
			continue;
		}
		whole++;
		if (!f[0].has_min) {
			/* 4: no reading: null, approx, a note. */
			if (!(f[0].value_null && f[0].approx && f[0].has_note))
				fail_msg(
				    "%s: no range and no note: %s", text, out);
			nulls++;
			continue;
		}
		/* 3: the scale carried only onto a first end without its own
		 * and only when the result is ordered. */
		if (a.scale == 0 && !unit1 && !neg1 && !neg2 &&
		    b.scale > a.own && b.scale >= 2 &&
		    lo * pow(10, b.scale) <= hi) {
			if (!near(f[0].min, lo * pow(10, b.scale)) ||
			    !near(f[0].max, hi))
				fail_msg(
				    "%s: scale not carried: %s", text, out);
			carried++;
		} else if (!(near(f[0].min, fmin(lo, hi)) &&
		               near(f[0].max, fmax(lo, hi)))) {
			fail_msg("%s: ends not as written: %s", text, out);
		} else if (lo > hi && !(lo < 0 && hi < 0)) {
			fail_msg("%s: out of order yet a range: %s", text, out);
		}
	}
	/* The grammar reaches every branch. */
	assert_true(whole > CASES / 3);
	assert_true(carried > 100);
	assert_true(nulls > 50);
	zp_json_free(&j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_generated_ranges, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
