/*
 * extract-numbers -- add a "numbers" array to each JSON Lines record: every
 * figure in its "text", exactly valued, with kind, unit, range, hedges,
 * change, and the metric, subject and period it belongs to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/cli.h"
#include "zhpipe/err.h"
#include "zhpipe/numbers.h"
#include "zhpipe/record.h"
#include "zhpipe/xalloc.h"

enum {
	OPT_METRICS = ZP_OPT_FIRST_TOOL,
	OPT_CURRENCIES,
	OPT_CURRENCY,
	OPT_DATE,
	OPT_NO_DATA
};

static const struct option longopts[] = { ZP_COMMON_LONGOPTS,
	{ "metrics", required_argument, NULL, OPT_METRICS },
	{ "currencies", required_argument, NULL, OPT_CURRENCIES },
	{ "currency", required_argument, NULL, OPT_CURRENCY },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "no-data", no_argument, NULL, OPT_NO_DATA }, { NULL, 0, NULL, 0 } };

static void
usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", zp_prog());
	fputs("Add a \"numbers\" array to each JSON Lines record: the figures "
	      "found in its\n"
	      "\"text\" (money, percentages, counts, quantities, multipliers, "
	      "ordinals,\n"
	      "dates and periods), with exact values.\n"
	      "\n"
	      "      --metrics=FILE     more metric terms (营收, 净利润...), "
	      "one a line;\n"
	      "                         may be given more than once\n"
	      "      --currencies=FILE  more currency words, lines "
	      "WORD,CODE[,EXP]\n"
	      "                         (令吉,MYR; 美分,USD,-2); may be given "
	      "more than once\n"
	      "      --currency=CODE    the ISO 4217 code of bare 元 where the "
	      "story does\n"
	      "                         not settle it (default: CNY for a "
	      "mainland story,\n"
	      "                         none for an undecided one)\n"
	      "      --date=YYYY-MM-DD  resolve 去年/今年 against this date "
	      "when a record\n"
	      "                         has no \"date\" field\n"
	      "      --no-data          do not read the installed metrics.txt "
	      "and\n"
	      "                         currencies.csv\n",
	    stdout);
	fputs(zp_common_help, stdout);
	fputs("\n"
	      "Records without \"text\" pass through unchanged.  \"entities\" "
	      "(from\n"
	      "extract-entities) and \"date\" are read when present.  Offsets "
	      "count code\n"
	      "points.  See extract-numbers(1) for the number object's keys.\n",
	    stdout);
}

/* A string field of the record (borrowed), or NULL. */
static const char *
record_str(struct zp_json *j, const char *key, size_t *len)
{
	uint32_t v = zp_json_get(j, 0, key);

	*len = 0;
	if (v == ZP_JSON_NONE || zp_json_type(j, v) != ZP_JSTRING)
		return NULL;
	return zp_json_str(j, v, len);
}

/* Collects the record's entities; malformed elements are skipped. */
static size_t
read_entities(struct zp_json *j, struct zp_nentity **ents, size_t *cap)
{
	uint32_t a = zp_json_get(j, 0, "entities"), t;
	size_t n = 0;

	if (a == ZP_JSON_NONE || zp_json_type(j, a) != ZP_JARRAY)
		return 0;
	for (t = zp_json_first(j, a); t != ZP_JSON_NONE;
	     t = zp_json_next(j, a, t)) {
		uint32_t id, ty, tk;
		struct zp_nentity e;

		if (zp_json_type(j, t) != ZP_JOBJECT)
			continue;
		id = zp_json_get(j, t, "id");
		ty = zp_json_get(j, t, "type");
		if (id == ZP_JSON_NONE || zp_json_type(j, id) != ZP_JSTRING ||
		    !zp_json_index(j, zp_json_get(j, t, "start"), &e.start) ||
		    !zp_json_index(j, zp_json_get(j, t, "end"), &e.end))
			continue;
		e.id = zp_json_str(j, id, &e.idlen);
		tk = zp_json_get(j, t, "exchange");
		e.exchange = NULL;
		e.exchangelen = 0;
		if (tk != ZP_JSON_NONE && zp_json_type(j, tk) == ZP_JSTRING)
			e.exchange = zp_json_str(j, tk, &e.exchangelen);
		tk = zp_json_get(j, t, "ticker");
		e.ticker = NULL;
		e.tickerlen = 0;
		if (tk != ZP_JSON_NONE && zp_json_type(j, tk) == ZP_JSTRING)
			e.ticker = zp_json_str(j, tk, &e.tickerlen);
		e.org = ty != ZP_JSON_NONE &&
		    zp_json_type(j, ty) == ZP_JSTRING &&
		    zp_json_str_eq(j, ty, "ORG", 3);
		e.person = ty != ZP_JSON_NONE &&
		    zp_json_type(j, ty) == ZP_JSTRING &&
		    zp_json_str_eq(j, ty, "PER", 3);
		if (n == *cap) {
			*cap = *cap ? *cap * 2 : 16;
			*ents = zp_xreallocarray(*ents, *cap, sizeof **ents);
		}
		(*ents)[n++] = e;
	}
	return n;
}

int
main(int argc, char *argv[])
{
	struct zp_reader_opts ropts = { 0 };
	struct zp_recout out = ZP_RECOUT_INIT;
	struct zp_numbers *z;
	struct zp_nctx defctx = { 0 };
	struct zp_nentity *ents = NULL;
	struct zp_reader *r;
	struct zp_json *j;
	char **metrics = NULL, **currencies = NULL, *currency = NULL;
	size_t nmetrics = 0, ncurrencies = 0, entcap = 0;
	bool no_data = false;
	char err[256];
	int c;

	zp_init(argv[0]);
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (zp_common_option(c, optarg, &ropts))
			continue;
		switch (c) {
		case 'h':
			usage();
			return zp_finish();
		case OPT_METRICS:
			metrics = zp_xreallocarray(
			    metrics, nmetrics + 1, sizeof *metrics);
			metrics[nmetrics++] = optarg;
			break;
		case OPT_CURRENCIES:
			currencies = zp_xreallocarray(
			    currencies, ncurrencies + 1, sizeof *currencies);
			currencies[ncurrencies++] = optarg;
			break;
		case OPT_CURRENCY:
			currency = optarg;
			break;
		case OPT_DATE:
			if (zp_numbers_parse_date(
			        optarg, strlen(optarg), &defctx) != 0)
				zp_usage_error("invalid date '%s' (want "
				               "YYYY-MM-DD)",
				    optarg);
			break;
		case OPT_NO_DATA:
			no_data = true;
			break;
		default:
			zp_bad_option(argv);
		}
	}
	z = zp_numbers_new();
	if (!no_data) {
		char *path = zp_data_path("metrics.txt");

		/* The built-in terms suffice when the file is not installed. */
		if (path != NULL && access(path, R_OK) == 0 &&
		    zp_numbers_load_metrics(z, path, err, sizeof err) != 0)
			zp_warn("%s", err);
		free(path);
		path = zp_data_path("currencies.csv");
		if (path != NULL && access(path, R_OK) == 0 &&
		    zp_numbers_load_currencies(z, path, err, sizeof err) != 0)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
		free(path);
	}
	for (size_t i = 0; i < ncurrencies; i++)
		if (zp_numbers_load_currencies(
		        z, currencies[i], err, sizeof err) != 0)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
	free(currencies);
	for (size_t i = 0; i < nmetrics; i++)
		if (zp_numbers_load_metrics(z, metrics[i], err, sizeof err) !=
		    0)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
	free(metrics);
	/* Checked once every currency word is known: --currencies may add
	 * the code. */
	if (currency != NULL) {
		if (!zp_numbers_currency_known(z, currency))
			zp_usage_error("unknown currency code '%s' (want an "
			               "ISO 4217 code such as CNY, TWD, HKD)",
			    currency);
		defctx.currency = currency;
	}

	r = zp_reader_open(argc - optind, argv + optind, &ropts);
	while ((j = zp_reader_next(r)) != NULL) {
		struct zp_nctx ctx = defctx;
		const char *s;
		size_t n;
		uint32_t d;

		if (zp_reader_text(r, j, &out, &s, &n) <= 0)
			continue;
		d = zp_json_get(j, 0, "date");
		if (d != ZP_JSON_NONE && zp_json_type(j, d) == ZP_JSTRING) {
			size_t dl;
			const char *ds = zp_json_str(j, d, &dl);

			if (zp_numbers_parse_date(ds, dl, &ctx) != 0)
				ctx = defctx;
		}
		ctx.nents = read_entities(j, &ents, &entcap);
		ctx.url = record_str(j, "url", &ctx.urllen);
		ctx.encoding = record_str(j, "encoding", &ctx.enclen);
		ctx.ents = ents;
		zp_recout_begin(&out, j);
		zp_numbers_json(
		    z, s, n, &ctx, zp_recout_field(&out, "numbers"));
		zp_recout_emit(&out);
	}
	zp_reader_close(r);
	zp_recout_free(&out);
	zp_numbers_free(z);
	free(ents);
	return zp_finish();
}
