/*
 * view -- the preset views of to-csv, as data: a view is an --explode, a
 * --fields list and a row filter, so that a writer needs no code of its
 * own for each.
 */
#include <string.h>

#include "zhpipe/view.h"

static const char *const money_or_percent[] = { "money", "percent", NULL };

/*
 * The table an analyst filters (issue 15): a money or percent figure with
 * its owner and meaning, one a row.  ticker is the subject's, when
 * extract-numbers knows it; counterparty and holder are a corporate
 * action's other side and the shareholder acting for its subject.
 */
static const struct zp_view_cond facts_keep[] = {
	{ "kind", ZP_VIEW_ONE_OF, money_or_percent },
	{ "subject", ZP_VIEW_NONEMPTY, NULL },
	{ "metric", ZP_VIEW_NONEMPTY, NULL },
	{ NULL, ZP_VIEW_NONEMPTY, NULL },
};

static const struct zp_view views[] = {
	{ "facts", "numbers",
	    "subject=numbers.subject,ticker=numbers.ticker,"
	    "metric=numbers.metric,period=numbers.period,"
	    "value=numbers.value,min=numbers.min,max=numbers.max,"
	    "unit=numbers.unit,approx=numbers.approx,"
	    "change=numbers.change,basis=numbers.basis,"
	    "counterparty=numbers.counterparty,holder=numbers.holder,id,sent,"
	    "text=numbers.text,sentence=text",
	    facts_keep },
};

const struct zp_view *
zp_view_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(views) / sizeof(views[0]); i++)
		if (strcmp(views[i].name, name) == 0)
			return &views[i];
	return NULL;
}

static bool
passes(const struct zp_view_cond *c, struct zp_json *j, uint32_t elem)
{
	uint32_t v = zp_json_path(j, elem, c->path);
	size_t i;

	if (v == ZP_JSON_NONE || zp_json_type(j, v) != ZP_JSTRING)
		return false;
	switch (c->test) {
	case ZP_VIEW_NONEMPTY:
		return zp_json_tok(j, v)->end - zp_json_tok(j, v)->start > 2;
	case ZP_VIEW_ONE_OF:
		for (i = 0; c->values[i] != NULL; i++)
			if (zp_json_str_eq(
			        j, v, c->values[i], strlen(c->values[i])))
				return true;
		return false;
	}
	return false;
}

bool
zp_view_keep(const struct zp_view *v, struct zp_json *j, uint32_t elem)
{
	const struct zp_view_cond *c;

	if (elem == ZP_JSON_NONE || zp_json_type(j, elem) != ZP_JOBJECT)
		return false;
	for (c = v->keep; c->path != NULL; c++)
		if (!passes(c, j, elem))
			return false;
	return true;
}
