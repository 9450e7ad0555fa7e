/*
 * segment -- split each document record into sentence records; with
 * --words, add the words of each sentence as "tokens".
 *
 * A record's "text" is replaced by the sentence, its other fields are
 * carried in order, and "sent", "start" and "end" (code points into the
 * document text, half-open) are appended.  Records without "text" pass
 * through unchanged.  A document's "entities" and "numbers" are handed to
 * the sentences that hold them (annot.h).
 */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/annot.h"
#include "zhpipe/buf.h"
#include "zhpipe/cli.h"
#include "zhpipe/err.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/icuword.h"
#include "zhpipe/lexicon.h"
#include "zhpipe/record.h"
#include "zhpipe/sentence.h"
#include "zhpipe/utf8.h"
#include "zhpipe/wordseg.h"
#include "zhpipe/xalloc.h"

enum {
	OPT_WORDS = ZP_OPT_FIRST_TOOL,
	OPT_ENGINE,
	OPT_DICT,
	OPT_LEXICON,
	OPT_NO_GAZETTEER,
	OPT_KEEP_NAMES,
	OPT_KEEP_PHRASES,
	OPT_MAX_SENTENCE
};

static const struct option longopts[] = { ZP_COMMON_LONGOPTS,
	{ "words", no_argument, NULL, 'w' },
	{ "engine", required_argument, NULL, OPT_ENGINE },
	{ "dict", required_argument, NULL, 'd' },
	{ "lexicon", required_argument, NULL, OPT_LEXICON },
	{ "no-gazetteer", no_argument, NULL, OPT_NO_GAZETTEER },
	{ "keep-names", no_argument, NULL, OPT_KEEP_NAMES },
	{ "keep-phrases", no_argument, NULL, OPT_KEEP_PHRASES },
	{ "max-sentence", required_argument, NULL, OPT_MAX_SENTENCE },
	{ NULL, 0, NULL, 0 } };

static void
usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", zp_prog());
	fputs("Split the \"text\" of each JSON Lines record into sentence "
	      "records, with\n"
	      "\"sent\", \"start\" and \"end\" (code points into the document "
	      "text);\n"
	      "with --words add \"tokens\", the words of the sentence.  A "
	      "document's\n"
	      "\"entities\" and \"numbers\" go to the sentences that hold "
	      "them, offsets\n"
	      "re-based to the sentence (see segment(1)).\n"
	      "\n"
	      "  -w, --words            add \"tokens\": the words, white space "
	      "and\n"
	      "                         punctuation of the sentence, which "
	      "concatenate\n"
	      "                         back to its text\n"
	      "      --engine=NAME      word segmenter: lexicon (default) or "
	      "icu (ICU's\n"
	      "                         word break, for comparison)\n"
	      "  -d, --dict=FILE        user dictionary: one word per line, "
	      "optionally\n"
	      "                         followed by a frequency; may be "
	      "repeated\n"
	      "      --lexicon=FILE     main lexicon (default: "
	      "lexicon/jieba.dict and\n"
	      "                         lexicon/finance.dict in the data "
	      "directory)\n"
	      "      --no-gazetteer     do not load gazetteer/*.csv names as "
	      "words\n"
	      "      --keep-names       keep person names whole "
	      "(default: cut\n"
	      "                         surname from given name, as PKU does)\n"
	      "      --keep-phrases     keep the lexicon's four-character "
	      "phrases whole\n"
	      "                         (default: cut them into their words, "
	      "as PKU\n"
	      "                         does: 经济发展 -> 经济 发展; idioms "
	      "stay whole)\n"
	      "      --max-sentence=N   cut a sentence longer than N code "
	      "points at its\n"
	      "                         last clause mark (default 1000; 0: no "
	      "limit)\n",
	    stdout);
	fputs(zp_common_help, stdout);
	fputs("\n"
	      "Runtime data is found under $ZHPIPE_DATA when set.\n",
	    stdout);
}

static struct {
	bool words;
	bool icu;
	bool gazetteer;
	bool keep_phrases;
	unsigned wsflags;
	const char **dicts;
	size_t ndicts;
	const char *lexicon;
	struct zp_lexicon *lx;
	struct zp_wordseg *ws;
	struct zp_icuword *iw;
} g = { .gazetteer = true };

/* A person's name is cut as the lexicon's are (PKU: 姓 | 名). */
static void
add_name(const char *s, size_t n, const struct zp_gaz_entry *e, void *lx)
{
	zp_lexicon_add(lx, s, n, -1,
	    ZP_LEX_USER | (e->type == ZP_ET_PER ? ZP_LEX_NAME : 0));
}

/*
 * The gazetteers' names become user words, so that company and product
 * names stay whole.  They are read by extract-entities' own loader; a
 * broken file is reported and the names before the bad line are used.
 */
static void
load_gazetteers(struct zp_lexicon *lx)
{
	char *dir = zp_data_path("gazetteer"), *pat;
	struct zp_gazetteer *gz = zp_gaz_new();
	struct zp_buf b = ZP_BUF_INIT;
	char err[512];
	glob_t gl;
	size_t i;

	zp_buf_printf(&b, "%s/*.csv", dir);
	pat = b.p;
	if (glob(pat, 0, NULL, &gl) == 0) {
		for (i = 0; i < gl.gl_pathc; i++)
			if (zp_gaz_load_file(
			        gz, gl.gl_pathv[i], err, sizeof(err)) != 0)
				zp_warn(
				    "%s (later names in it not loaded)", err);
		globfree(&gl);
	}
	zp_gaz_each_alias(gz, add_name, lx);
	zp_gaz_free(gz);
	free(pat);
	free(dir);
}

static void
open_segmenter(void)
{
	char err[256];
	char *path = NULL;
	struct zp_lexicon *lx;
	size_t i;

	if (g.icu) {
		if ((g.iw = zp_icuword_new(err, sizeof(err))) == NULL)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
		return;
	}
	lx = zp_lexicon_new();
	g.lx = lx;
	if (g.lexicon == NULL)
		path = zp_data_path("lexicon/jieba.dict");
	if (zp_lexicon_load(
	        lx, g.lexicon ? g.lexicon : path, false, err, sizeof(err)) < 0)
		zp_die(ZP_EXIT_TROUBLE, "%s: %s", g.lexicon ? g.lexicon : path,
		    err);
	free(path);
	/* Our own supplement of finance words, when the lexicon is ours. */
	if (g.lexicon == NULL) {
		path = zp_data_path("lexicon/finance.dict");
		if (zp_lexicon_load(lx, path, false, err, sizeof(err)) < 0)
			zp_die(ZP_EXIT_TROUBLE, "%s: %s", path, err);
		free(path);
	}
	if (g.gazetteer)
		load_gazetteers(lx);
	for (i = 0; i < g.ndicts; i++)
		if (zp_lexicon_load(lx, g.dicts[i], true, err, sizeof(err)) < 0)
			zp_die(ZP_EXIT_TROUBLE, "%s: %s", g.dicts[i], err);
	lx->split_phrases = !g.keep_phrases;
	zp_lexicon_build(lx);
	g.ws = zp_wordseg_new(g.lx, g.wsflags);
}

/* A non-negative JSON integer, without printf's cost. */
static void
put_count(struct zp_recout *out, const char *key, size_t v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	zp_buf_put(
	    zp_recout_field(out, key), p, (size_t)(tmp + sizeof(tmp) - p));
}

static void
put_tokens(struct zp_recout *out, const char *s, size_t n)
{
	struct zp_buf *v = zp_recout_field(out, "tokens");
	const size_t *ends;
	size_t nt, i, a = 0;

	nt = g.icu ? zp_icuword_run(g.iw, s, n, &ends) :
	             zp_wordseg_run(g.ws, s, n, &ends);
	zp_buf_putc(v, '[');
	for (i = 0; i < nt; i++) {
		if (i > 0)
			zp_buf_putc(v, ',');
		zp_buf_json_str(v, s + a, ends[i] - a);
		a = ends[i];
	}
	zp_buf_putc(v, ']');
}

/*
 * Places the document's elements on its sentences (joining sentences
 * where a span would be cut).  An element without a usable span stays on
 * the first sentence as it was; the record is still written, and counted
 * as a bad one (FILE:LINE, --rejects, --strict) so that it is not missed.
 * Returns false when there is no sentence to write.
 */
static bool
hand_out(struct zp_reader *r, struct zp_annot *an, struct zp_sentsplit *ss)
{
	zp_annot_place(an, ss);
	if (ss->n == 0) {
		if (an->ne > 0)
			zp_reject(r,
			    "no sentence in \"text\" to hold its %zu "
			    "entities and numbers; dropped",
			    an->ne);
		return false;
	}
	if (an->nbad == 1)
		zp_reject(r, "%s; kept unchanged on sentence 0", an->why);
	else if (an->nbad > 1)
		zp_reject(r,
		    "%s; it and %zu more elements without a usable span "
		    "kept unchanged on sentence 0",
		    an->why, an->nbad - 1);
	return true;
}

int
main(int argc, char *argv[])
{
	struct zp_reader_opts ropts = { 0 };
	struct zp_recout out = ZP_RECOUT_INIT;
	struct zp_sentsplit ss = ZP_SENTSPLIT_INIT;
	struct zp_annot an = ZP_ANNOT_INIT;
	struct zp_reader *r;
	struct zp_json *j;
	long long ll;
	bool annotated;
	int c;

	zp_init(argv[0]);
	while ((c = getopt_long(argc, argv, "hwd:", longopts, NULL)) != -1) {
		if (zp_common_option(c, optarg, &ropts))
			continue;
		switch (c) {
		case 'h':
			usage();
			return zp_finish();
		case 'w':
			g.words = true;
			break;
		case OPT_ENGINE:
			if (strcmp(optarg, "icu") == 0)
				g.icu = true;
			else if (strcmp(optarg, "lexicon") == 0)
				g.icu = false;
			else
				zp_usage_error("unknown engine '%s' (lexicon "
				               "or icu)",
				    optarg);
			break;
		case 'd':
			g.dicts = zp_xreallocarray(
			    g.dicts, g.ndicts + 1, sizeof(*g.dicts));
			g.dicts[g.ndicts++] = optarg;
			break;
		case OPT_LEXICON:
			g.lexicon = optarg;
			break;
		case OPT_NO_GAZETTEER:
			g.gazetteer = false;
			break;
		case OPT_KEEP_NAMES:
			g.wsflags |= ZP_WS_KEEP_NAMES;
			break;
		case OPT_KEEP_PHRASES:
			g.keep_phrases = true;
			break;
		case OPT_MAX_SENTENCE:
			ll = zp_parse_size(optarg);
			if (ll < 0)
				zp_usage_error(
				    "invalid --max-sentence '%s'", optarg);
			ss.max_len = (size_t)ll;
			break;
		default:
			zp_usage_error("unknown option");
		}
	}
	if (g.icu && (g.ndicts > 0 || g.lexicon != NULL))
		zp_usage_error("--dict and --lexicon need --engine lexicon");
	if (g.words)
		open_segmenter();

	r = zp_reader_open(argc - optind, argv + optind, &ropts);
	while ((j = zp_reader_next(r)) != NULL) {
		const char *s;
		size_t n, k;

		if (zp_reader_text(r, j, &out, &s, &n) <= 0)
			continue;
		zp_sentences(&ss, s, n);
		annotated = zp_annot_read(&an, j, zp_utf8_count(s, n));
		if (annotated && !hand_out(r, &an, &ss))
			continue;
		for (k = 0; k < ss.n; k++) {
			const struct zp_sent *x = &ss.v[k];

			zp_recout_begin(&out, j);
			zp_recout_str(
			    &out, "text", s + x->start, x->end - x->start);
			if (annotated)
				zp_annot_put(&an, j, k, x->cstart, &out);
			put_count(&out, "sent", k);
			put_count(&out, "start", x->cstart);
			put_count(&out, "end", x->cend);
			if (g.words)
				put_tokens(
				    &out, s + x->start, x->end - x->start);
			zp_recout_emit(&out);
		}
	}
	zp_reader_close(r);
	zp_recout_free(&out);
	zp_sentsplit_free(&ss);
	zp_annot_free(&an);
	zp_wordseg_free(g.ws);
	zp_lexicon_free(g.lx);
	zp_icuword_free(g.iw);
	free(g.dicts);
	return zp_finish();
}
