/*
 * ent_titles -- a person named by the surname alone: before a title or a
 * form of address (陈先生, 李总裁, 黄总), withheld (梁某) or given (姓孙的
 * 乘客).  The id is the surname's until ent_pass_coref finds the full name
 * said before.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_titlefirst, *ent_cs_titlesecond, *ent_cs_titlebadsur;

/*
 * After a title, characters that make it part of a longer word (会 only
 * in 会议: 陈先生会说, 总书记会见).
 */
static const char title_bad_next[] = "团府台处级们事";
/* Function words after an open title (黄总在, 王董的), see open_title_end. */
static const char OPEN_TITLE_NEXT[] =
    "在也曾对于将已的等和与及说称还就又都向跟";
/* The first characters of surname_titles[] below, for a quick test. */
static const char TITLE_FIRST[] =
    "总委副董先女小老教医大同主外部市省县书局院经师阿太夫"
    "会博厂厅司处律所校理社科秘行";
static const char TITLE_SECOND[] =
    "书员总主事经生士姐师授夫志席理统长记板娘妈爷哥嫂傅姨汉太人"
    "任局市监省秘练编董行裁部";
/*
 * Surnames that are more often words before a title: 和夫人, 任总统, 这时
 * 厂长.
 */
static const char title_bad_sur[] =
    "和任党向于连路史成宁全各从同及将为以代兼由副正原前现新时";

/*
 * Titles and forms of address that follow a surname alone: the person is
 * the surname (陈先生 -> 陈), as for 李总裁, 刘行长 or 李老师 in the news.
 */
static const char *const surname_titles[] = {
	"副董事长",
	"副总经理",
	"总书记",
	"委员长",
	"副总理",
	"副主席",
	"副总裁",
	"副行长",
	"副主任",
	"副市长",
	"副省长",
	"副部长",
	"副局长",
	"董事长",
	"总经理",
	"秘书长",
	"理事长",
	"先生",
	"女士",
	"小姐",
	"老师",
	"教授",
	"医生",
	"大夫",
	"同志",
	"主席",
	"总理",
	"总统",
	"总裁",
	"总监",
	"董秘",
	"行长",
	"外长",
	"部长",
	"市长",
	"省长",
	"县长",
	"书记",
	"局长",
	"主任",
	"会长",
	"院长",
	"校长",
	"所长",
	"厂长",
	"社长",
	"处长",
	"科长",
	"司长",
	"厅长",
	"主编",
	"总编",
	"律师",
	"博士",
	"教练",
	"院士",
	"经理",
	"老板",
	"大娘",
	"大妈",
	"大爷",
	"大姐",
	"大哥",
	"大嫂",
	"师傅",
	"阿姨",
	"老汉",
	"太太",
	"夫人",
};

/*
 * Forms of address of the business press that are also the first
 * characters of words (总是, 总额, 董事): 黄总, 王董, 张副总 are one only
 * before a boundary (open_title_end); so is the elder's 老 (吕老说, not
 * 王老吉).  Their length at i, or 0.
 */
static size_t
open_title_at(const struct zp_entities *x, size_t i)
{
	const uint32_t zong = 0x603B, dong = 0x8463, fu = 0x526F; /* 总董副 */
	const uint32_t lao = 0x8001;                              /* 老 */

	if (x->c[i] == zong || x->c[i] == dong || x->c[i] == lao)
		return 1;
	return x->c[i] == fu && i + 1 < x->n && x->c[i + 1] == zong ? 2 : 0;
}

/*
 * After an open title: punctuation, a reporting verb or a function word,
 * not 是 or 会 (总是, 总会) nor the end of the text (where the marks of
 * the pass do not look).
 */
static bool
open_title_end(const struct zp_entities *x, size_t j)
{
	uint32_t c;

	if (j >= x->n)
		return false;
	c = x->c[j];
	if (!is_han(c))
		return !is_alnum(c);
	return wl_at(&x->say, x->c, x->n, j) > 0 || in_set(OPEN_TITLE_NEXT, c);
}

/* The length of the title at i, when a title follows a surname there. */
size_t
ent_surname_title(const struct zp_entities *x, size_t i)
{
	size_t l;

	if (i + 1 >= x->n || !in_cs(ent_cs_titlefirst, x->c[i]))
		return 0;
	if ((l = wl_at(&x->stitle, x->c, x->n, i)) > 0) {
		/* 主席团, 总理府, 部长会议: the title starts a longer word. */
		if (i + l < x->n &&
		    (in_set(title_bad_next, x->c[i + l]) ||
		        text_is(x, i + l, "会议")))
			return 0;
		return l;
	}
	l = open_title_at(x, i);
	return l > 0 && open_title_end(x, i + l) ? l : 0;
}

/* Before X某, characters that end a word for a person: 丈夫郭某, 被告王某. */
static const char mou_prev[] = "夫妻友犯告员民工生师长者女男子父母兄弟姐妹";
/* After X某, characters that make 某 a word of its own: 某些, 某地. */
static const char mou_bad_next[] =
    "些种个地年月日时位处方项类天次件事省市县区镇乡村单国部门公局厂店校院所"
    "型款样一";

/* The person X某 or 姓X at i, if any: the positions after i it takes. */
static size_t
surname_only_at(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, sl;

	if (c[i + 1] == 0x67D0 /* 某 */ && x->owner[i] < 0 &&
	    in_cs(ent_cs_surname, c[i]) && !in_cs(ent_cs_titlebadsur, c[i]) &&
	    (ent_name_start_ok(x, i) || in_set(mou_prev, c[i - 1])) &&
	    (i + 2 >= n || c[i + 2] == 0x67D0 ||
	        !in_set(mou_bad_next, c[i + 2]))) {
		ent_add_person(x, i, i + 1);
		return 1;
	} else if (c[i] == 0x59D3 /* 姓 */ &&
	    (i == 0 ||
	        (c[i - 1] != 0x767E /* 百姓 */ &&
	            !in_cs(ent_cs_surname, c[i - 1]) /* 吕姓 */)) &&
	    (sl = ent_surname_at(x, i + 1)) > 0 && x->owner[i + 1] < 0 &&
	    (sl == 2 || i + 2 >= n || !ent_given_ok(x, i + 2, i + 3) ||
	        c[i + 2] == 0x540D)) {
		ent_add_person(x, i + 1, i + 1 + sl);
		return sl;
	}
	return 0;
}

/*
 * A person the text names by the surname alone: 梁某 (a name withheld, as
 * the courts' and police's reports write it) and 姓孙的乘客 (a surname
 * given).  The surname is the person, as GUIDELINES has 陈 of 陈先生.
 * Surnames that are more often words (和某些, 于某地) are left out.
 * One look at each character for 某 or 姓 (next_cp2, eight at a test),
 * then surname_only_at where either is at i or i + 1, in order: lo is the
 * first position no person found so far took.
 */
void
ent_surname_only(struct zp_entities *x)
{
	size_t n = x->n, lo = 0;

	for (size_t p = 0; (p = next_cp2(x, p, 0x67D0, 0x59D3)) < n; p++) {
		for (size_t i = p > 0 ? p - 1 : 0; i <= p; i++)
			if (i >= lo && i + 1 < n)
				lo = i + 1 + surname_only_at(x, i);
	}
}

/*
 * A surname alone before a title: 陈先生, 江总书记, 欧阳先生, 黄总, not a
 * word with an open title (古董; 毛主席 is a word of the list too) nor a
 * unit and its head (管理司司长, 11师秘书长).  Adds the person and returns
 * the positions the surname and its title take from i, or 0.
 */
size_t
ent_titled_surname(struct zp_entities *x, size_t i)
{
	size_t n = x->n, l, e;

	/* The flags first: a title's first character is a CL_ROLE one. */
	if (i + 2 < n && (x->fl[i] & (CL_SURNAME | CL_COMPOUND)) &&
	    ((x->fl[i + 1] | x->fl[i + 2]) & CL_ROLE) &&
	    (in_cs(ent_cs_titlefirst, x->c[i + 1]) ||
	        in_cs(ent_cs_titlefirst, x->c[i + 2])) &&
	    (l = in_cs(ent_cs_compound, x->c[i]) ?
	            ent_surname_at(x, i) :
	            in_cs(ent_cs_surname, x->c[i])) > 0 &&
	    (l == 2 || !in_cs(ent_cs_titlebadsur, x->c[i])) &&
	    (e = ent_surname_title(x, i + l)) > 0 && span_free(x, i, i + l) &&
	    ent_name_start_ok(x, i) &&
	    !(open_title_at(x, i + l) == e &&
	        ent_notname_at(x, i, i + l + e)) &&
	    x->c[i + l - 1] != x->c[i + l] &&
	    (i == 0 ||
	        !(is_digit(x->c[i - 1]) ||
	            in_set(ent_list_numerals, x->c[i - 1])))) {
		ent_add_person(x, i, i + l);
		return l + e;
	}
	return 0;
}

void
ent_titles_init(struct zp_entities *x)
{
	static const char *const sets[] = { title_bad_next, OPEN_TITLE_NEXT,
		mou_bad_next, mou_prev };

	/* Built now, so that matching (in_set) only reads them. */
	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	ent_cs_titlefirst = ent_cset_get(TITLE_FIRST);
	ent_cs_titlesecond = ent_cset_get(TITLE_SECOND);
	ent_cs_titlebadsur = ent_cset_get(title_bad_sur);
	zp_wl_add_all(&x->stitle, surname_titles, NELEM(surname_titles));
}

void
ent_titles_free(struct zp_entities *x)
{
	zp_wl_free(&x->stitle);
}
