/*
 * ent_latin -- runs of capitalized Latin words: organizations by their
 * keywords and legal forms, people by the roles and verbs around them.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"

static const char *const org_keywords[] = {
	"Securities",
	"Research",
	"Capital",
	"Management",
	"Investment",
	"Investments",
	"Partners",
	"Group",
	"Holdings",
	"Holding",
	"Bank",
	"Trust",
	"Co.",
	"Corp.",
	"Corp",
	"Inc.",
	"Inc",
	"Ltd.",
	"Ltd",
	"LLC",
	"PLC",
	"Plc",
	"Electronics",
	"Industries",
	"Technologies",
	"Technology",
	"Semiconductor",
	"Semiconductors",
	"Systems",
	"Asset",
	"Advisors",
	"Advisers",
	"Fund",
	"Funds",
	"Ventures",
	"Labs",
	"Motors",
	"Financial",
	"Insurance",
	"Media",
	"News",
	"Times",
	"Journal",
	"Post",
	"University",
	"Institute",
	"Association",
	"Agency",
	"Ministry",
	"Department",
	"Commission",
	"Council",
	"Exchange",
	"Analytics",
	"Intelligence",
	"Economics",
	"Markets",
	"Consulting",
	"Energy",
	"Pharmaceuticals",
	"Therapeutics",
	"Robotics",
	"Networks",
	"Communications",
	"Software",
	"Airlines",
	"Motor",
	"Company",
	"Corporation",
	"Limited",
	"AG",
	"SE",
	"GmbH",
	"Foundation",
	"Bureau",
	"Office",
	"Authority",
	"Reserve",
};

static const char *const legal_tails[] = {
	"Co.",
	"Corp.",
	"Corp",
	"Inc.",
	"Inc",
	"Ltd.",
	"Ltd",
	"LLC",
	"PLC",
	"Plc",
	"Co",
	"Limited",
	"Corporation",
	"Company",
};

static bool
word_in(const struct zp_entities *x, size_t a, size_t b,
    const char *const *list, size_t nlist)
{
	size_t bl = x->boff[b] - x->boff[a];
	const char *p = x->s + x->boff[a];

	/* The first byte before the word is measured: most differ there. */
	for (size_t k = 0; k < nlist; k++)
		if ((bl == 0 || list[k][0] == p[0]) && strlen(list[k]) == bl &&
		    memcmp(p, list[k], bl) == 0)
			return true;
	return false;
}

/* Words that do not name anything: System Semiconductor is a business. */
static const char *const english_common[] = {
	"System",
	"Systems",
	"Memory",
	"Foundry",
	"Mobile",
	"Device",
	"Devices",
	"Solutions",
	"Business",
	"Global",
	"Digital",
	"Display",
	"Network",
	"Data",
	"Cloud",
	"Smart",
	"Power",
	"Chips",
	"Chip",
	"Science",
	"Act",
	"The",
	"Our",
	"New",
	"Advanced",
	"General",
	"National",
	"International",
	"American",
	"Chinese",
	"Asian",
	"European",
	"Semiconductor",
	"Semiconductors",
	"Research",
	"Capital",
	"Investment",
	"Management",
	"Group",
	"Holdings",
	"Bank",
	"Trust",
	"Technology",
	"Technologies",
	"Electronics",
	"Industries",
	"Media",
	"News",
	"Energy",
	"Software",
	"Markets",
	"Market",
	"Fund",
	"Funds",
	"Asset",
	"Financial",
	"Insurance",
	"Analytics",
	"Intelligence",
	"Artificial",
	"AI",
	"Chief",
	"Executive",
	"Officer",
	"Department",
	"Office",
	"Ministry",
	"Agency",
	"Council",
	"Commission",
	"of",
	"and",
	"&",
	"for",
	"de",
	"Co.",
	"Corp.",
	"Inc.",
	"Ltd.",
	"Company",
	"Corporation",
	"Limited",
	"Products",
	"Services",
	"Center",
	"Centre",
};

/* True when every word of a run is a common word. */
static bool
generic_english(
    const struct zp_entities *x, const size_t *wa, const size_t *wb, size_t nw)
{
	for (size_t k = 0; k < nw; k++)
		if (!word_in(x, wa[k], wb[k], english_common,
		        sizeof(english_common) / sizeof(*english_common)))
			return false;
	return true;
}

/* A Latin word from i: letters, digits and inner - ' & .; returns its end. */
static size_t
latin_word(const struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t j = i;

	while (j < x->n &&
	    (is_alnum(c[j]) ||
	        ((c[j] == '-' || c[j] == '\'' || c[j] == '&') && j + 1 < x->n &&
	            is_alnum(c[j + 1]) && j > i)))
		j++;
	/* Keep an abbreviation's dot: Co. Corp. Inc. J. */
	if (j < x->n && c[j] == '.' && (j - i <= 4) && is_upper(c[i]) &&
	    (j + 1 == x->n || !is_alnum(c[j + 1])))
		j++;
	return j;
}

/* A word like Dan, Gil-hyun, Seon-woo, J. (a person's name part). */
static bool
name_word(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;

	if (!is_upper(c[a]))
		return false;
	if (b - a == 2 && c[a + 1] == '.')
		return true;
	if (b - a < 2)
		return false;
	for (size_t i = a + 1; i < b; i++)
		if (!is_lower(c[i]) && !(c[i] == '-' && i + 1 < b) &&
		    !(c[i - 1] == '-' && is_alpha(c[i])) && c[i] != '\'')
			return false;
	return true;
}

/* True when a role word ends at i (white space allowed between). */
static bool
role_before(const struct zp_entities *x, size_t i)
{
	while (i > 0 && x->c[i - 1] == ' ')
		i--;
	return wl_before(&x->role, x->c, i) > 0 ||
	    wl_before(&x->lead, x->c, i) > 0;
}

static bool
say_after(const struct zp_entities *x, size_t i)
{
	while (i < x->n && x->c[i] == ' ')
		i++;
	return i < x->n &&
	    (wl_at(&x->say, x->c, x->n, i) > 0 ||
	        wl_at(&x->role, x->c, x->n, i) > 0 || is_close(x->c[i]) ||
	        x->c[i] == 0xFF0C || x->c[i] == ',' ||
	        x->c[i] == 0x5728 /* 在 */ || x->c[i] == 0x4E5F /* 也 */ ||
	        x->c[i] == 0x66FE /* 曾 */);
}

void
ent_pass_latin(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, i = 0;
	size_t wa[16], wb[16];

	while ((i = next_fl(x, i, CL_ALNUM)) < n) {
		size_t nw = 0, j, rs, re;
		bool org = false, person;

		if (!is_alpha(c[i]) || (i > 0 && is_alnum(c[i - 1]))) {
			i++;
			continue;
		}
		/* Collect capitalized words joined by single spaces. */
		j = i;
		for (;;) {
			size_t e = latin_word(x, j);

			if (!is_upper(c[j]) &&
			    !(nw > 0 &&
			        (text_is(x, j, "of ") ||
			            text_is(x, j, "and ") ||
			            text_is(x, j, "& ") ||
			            text_is(x, j, "de ") ||
			            text_is(x, j, "for "))) &&
			    !(nw == 0 && is_lower(c[j]) && e - j > 1 &&
			        is_upper(c[j + 1])))
				break;
			if (c[j] == '&')
				e = j + 1;
			wa[nw] = j;
			wb[nw] = e;
			nw++;
			if (nw == 16 || e >= n || c[e] != ' ' || e + 1 >= n ||
			    !(is_alpha(c[e + 1]) || c[e + 1] == '&'))
				break;
			j = e + 1;
		}
		/* Drop trailing connectors. */
		while (nw > 0 && !is_upper(c[wa[nw - 1]]) &&
		    !(nw == 1 && is_lower(c[wa[0]])))
			nw--;
		if (nw == 0) {
			i = latin_word(x, i);
			if (i == 0 || i > n)
				i = n;
			continue;
		}
		rs = wa[0];
		re = wb[nw - 1];
		for (size_t k = 0; k < nw; k++)
			if (word_in(x, wa[k], wb[k], org_keywords,
			        sizeof(org_keywords) / sizeof(*org_keywords)))
				org = true;
		if (org && nw >= 2 && !generic_english(x, wa, wb, nw)) {
			int32_t o = x->owner[rs];
			size_t sb = re;
			uint32_t gz;

			if (o >= 0 && x->ent[o].s == rs && x->ent[o].e == re) {
				i = re;
				continue;
			}
			/* An alias given as a whole wins over ours. */
			gz = lookup(x, rs, re);
			while (gz == NONE && nw > 1 &&
			    word_in(x, wa[nw - 1], wb[nw - 1], legal_tails,
			        sizeof(legal_tails) / sizeof(*legal_tails))) {
				nw--;
				sb = wb[nw - 1];
				gz = lookup(x, rs, sb);
			}
			ent_clear_span(x, rs, re);
			if (gz != NONE &&
			    zp_gaz_entry(x->g, gz)->type == ZP_ET_ORG)
				ent_add(
				    x, rs, re, ZP_ET_ORG, SRC_GAZ, gz, NONE);
			else
				ent_add(x, rs, re, ZP_ET_ORG, SRC_RULE, NONE,
				    ent_put_surface(x, rs, sb));
			i = re;
			continue;
		}
		if (!span_free(x, rs, re) || has_digit(x, rs, re)) {
			i = re;
			continue;
		}
		person = nw >= 2 && nw <= 4;
		for (size_t k = 0; person && k < nw; k++)
			if (word_in(x, wa[k], wb[k], english_common,
			        sizeof(english_common) /
			            sizeof(*english_common)))
				person = false;
		for (size_t k = 0; person && k < nw; k++)
			if (!name_word(x, wa[k], wb[k]))
				person = false;
		if (person &&
		    (role_before(x, rs) || say_after(x, re) ||
		        (rs > 0 && is_open(c[rs - 1])))) {
			uint32_t gz = lookup(x, rs, re);

			ent_add(x, rs, re, ZP_ET_PER,
			    gz != NONE ? SRC_GAZ : SRC_RULE, gz,
			    gz != NONE ? NONE : ent_put_surface(x, rs, re));
			i = re;
			continue;
		}
		/* One unknown name before 公司 or 集团: NTT公司. */
		if (nw == 1 && re - rs >= 3 && re < n &&
		    (text_is(x, re, "公司") || text_is(x, re, "集团"))) {
			ent_add(x, rs, re + 2, ZP_ET_ORG, SRC_RULE, NONE,
			    ent_put_surface(x, rs, re));
			i = re + 2;
			continue;
		}
		i = re;
	}
}
