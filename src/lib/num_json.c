/*
 * num_json -- the mentions written as the "numbers" array of a record.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

static const char *const kind_names[] = { "money", "percent", "count",
	"quantity", "number", "ordinal", "date", "period" };

/* A size in decimal, without printf (this runs for every figure). */
static void
put_size(struct zp_buf *o, size_t v)
{
	char t[24];
	size_t k = sizeof t;

	do {
		t[--k] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	zp_buf_put(o, t + k, sizeof t - k);
}

static void
put_key(struct zp_buf *o, const char *k)
{
	zp_buf_putc(o, ',');
	zp_buf_putc(o, '"');
	zp_buf_puts(o, k);
	zp_buf_puts(o, "\":");
}

void
num_write_json(struct zp_numbers *z, const char *text, struct zp_buf *o)
{
	zp_buf_putc(o, '[');
	for (size_t i = 0; i < z->nm; i++) {
		const struct ment *m = &z->m[i];
		size_t b = z->boff[m->s], l = z->boff[m->e] - b;

		if (i > 0)
			zp_buf_putc(o, ',');
		zp_buf_puts(o, "{\"text\":");
		zp_buf_json_str(o, text + b, l);
		zp_buf_puts(o, ",\"start\":");
		put_size(o, m->s);
		zp_buf_puts(o, ",\"end\":");
		put_size(o, m->e);
		zp_buf_puts(o, ",\"kind\":\"");
		zp_buf_puts(o, kind_names[m->kind]);
		zp_buf_putc(o, '"');
		if (m->vmode == 1) {
			put_key(o, "value");
			zp_buf_put(o, z->vals.p + m->v0, m->v1 - m->v0);
		} else if (m->vmode == 2) {
			put_key(o, "value");
			zp_buf_puts(o, "null");
		} else if (m->vmode == 3) {
			put_key(o, "min");
			zp_buf_put(o, z->vals.p + m->v0, m->v1 - m->v0);
			put_key(o, "max");
			zp_buf_put(o, z->vals.p + m->m0, m->m1 - m->m0);
		}
		if (m->unit[0] != '\0') {
			put_key(o, "unit");
			zp_buf_json_str(o, m->unit, strlen(m->unit));
		}
		if (m->approx)
			zp_buf_puts(o, ",\"approx\":true");
		if (m->bound)
			zp_buf_puts(o,
			    m->bound == 'l' ? ",\"bound\":\"lower\"" :
			                      ",\"bound\":\"upper\"");
		if (m->change)
			zp_buf_puts(o,
			    m->change == 'u' ? ",\"change\":\"up\"" :
			                       ",\"change\":\"down\"");
		if (m->basis)
			zp_buf_puts(o,
			    m->basis == 'y' ? ",\"basis\":\"yoy\"" :
			                      ",\"basis\":\"qoq\"");
		if (m->date[0] != '\0') {
			put_key(o, "date");
			zp_buf_json_str(o, m->date, strlen(m->date));
		}
		if (m->period[0] != '\0') {
			put_key(o, "period");
			zp_buf_json_str(o, m->period, strlen(m->period));
		}
		if (m->metric >= 0) {
			const char *t = z->metrics.e[m->metric].code;

			put_key(o, "metric");
			if (m->mpre == 0) {
				zp_buf_json_str(o, t, strlen(t));
			} else {
				/* 调整后 as written, then the metric. */
				size_t b = z->boff[m->mpos - m->mpre],
				       e = z->boff[m->mpos];
				char *w = zp_xmalloc(e - b + strlen(t) + 1);

				memcpy(w, text + b, e - b);
				memcpy(w + e - b, t, strlen(t) + 1);
				zp_buf_json_str(o, w, e - b + strlen(t));
				free(w);
			}
		}
		if (m->subject >= 0) {
			const struct zp_nentity *en = &z->ctx->ents[m->subject];

			put_key(o, "subject");
			zp_buf_json_str(o, en->id, en->idlen);
			/* The subject's ticker rides along, so a row of
			 * figures joins price data without the entities. */
			if (en->ticker != NULL && en->tickerlen > 0) {
				put_key(o, "ticker");
				zp_buf_json_str(o, en->ticker, en->tickerlen);
			}
		}
		if (m->counterparty >= 0) {
			const struct zp_nentity *en =
			    &z->ctx->ents[m->counterparty];

			put_key(o, "counterparty");
			zp_buf_json_str(o, en->id, en->idlen);
		}
		if (m->holder >= 0) {
			const struct zp_nentity *en = &z->ctx->ents[m->holder];

			put_key(o, "holder");
			zp_buf_json_str(o, en->id, en->idlen);
		}
		if (m->note != NULL) {
			put_key(o, "note");
			zp_buf_json_str(o, m->note, strlen(m->note));
		}
		zp_buf_putc(o, '}');
	}
	zp_buf_putc(o, ']');
}
