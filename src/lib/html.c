/*
 * html -- HTML to text for the WARC reader: a single pass over the bytes
 * that drops tags, comments, scripts and styles and turns block elements
 * into line breaks.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zhpipe/html.h"

/* Elements that end a line of text. */
static const char *const blocks[] = { "address", "article", "aside",
	"blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
	"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
	"li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
	"tr", "ul" };

/* Elements whose content is not text. */
static const char *const skipped[] = { "iframe", "noscript", "script", "select",
	"style", "svg", "template", "textarea" };

static bool
in_list(const char *name, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(name, list[i]) == 0)
			return true;
	return false;
}

/* Finds the case-insensitive needle in s[0..n); returns its offset or n. */
static size_t
find_ci(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; i + k <= n; i++)
		if (strncasecmp(s + i, needle, k) == 0)
			return i;
	return n;
}

/* The end of the tag starting at s[0] == '<': just past its '>'. */
static size_t
tag_end(const char *s, size_t n)
{
	size_t i;
	char q = 0;

	for (i = 1; i < n; i++) {
		if (q != 0) {
			if (s[i] == q)
				q = 0;
		} else if (s[i] == '"' || s[i] == '\'') {
			/* Quotes only count inside attribute values. */
			if (s[i - 1] == '=' || s[i - 1] == ' ')
				q = s[i];
		} else if (s[i] == '>') {
			return i + 1;
		}
	}
	return n;
}

void
zp_html_text(const char *s, size_t n, struct zp_buf *text, struct zp_buf *title)
{
	size_t i = 0, j, k;
	bool have_title = false;
	char name[16];

	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		size_t end, nl;
		bool closing;

		j = lt != NULL ? (size_t)(lt - s) : n;
		zp_buf_put(text, s + i, j - i);
		if (j == n)
			break;
		i = j;
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			k = find_ci(s + i + 4, n - i - 4, "-->");
			i += 4 + k + (k < n - i - 4 ? 3 : 0);
			continue;
		}
		closing = i + 1 < n && s[i + 1] == '/';
		j = i + 1 + closing;
		if (j >= n ||
		    !(isalpha((unsigned char)s[j]) ||
		        (!closing && (s[j] == '!' || s[j] == '?')))) {
			zp_buf_putc(text, '<'); /* "a < b" is text */
			i++;
			continue;
		}
		for (k = 0; j < n && isalnum((unsigned char)s[j]) &&
		     k + 1 < sizeof(name);
		     j++, k++)
			name[k] = (char)tolower((unsigned char)s[j]);
		name[k] = '\0';
		end = i + tag_end(s + i, n - i);
		i = end;
		if (closing) {
			if (in_list(name, blocks,
			        sizeof(blocks) / sizeof(blocks[0])))
				zp_buf_putc(text, '\n');
			continue;
		}
		if (strcmp(name, "title") == 0 ||
		    in_list(
		        name, skipped, sizeof(skipped) / sizeof(skipped[0]))) {
			char close[20];

			/* name has at most 15 bytes: this never truncates. */
			snprintf(close, sizeof(close), "</%s", name);
			nl = find_ci(s + i, n - i, close);
			if (strcmp(name, "title") == 0 && !have_title) {
				zp_buf_put(title, s + i, nl);
				have_title = true;
			}
			i += nl;
			if (i < n)
				i += tag_end(s + i, n - i);
			continue;
		}
		if (in_list(name, blocks, sizeof(blocks) / sizeof(blocks[0])))
			zp_buf_putc(text, '\n');
	}
}

const char *
zp_find_charset(const char *s, size_t n, char *out, size_t outsize)
{
	size_t i = find_ci(s, n, "charset"), k = 0;

	if (i == n || outsize == 0)
		return NULL;
	i += 7;
	while (i < n && (s[i] == ' ' || s[i] == '='))
		i++;
	while (i < n && (s[i] == '"' || s[i] == '\''))
		i++;
	while (i < n && k + 1 < outsize &&
	    (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_' ||
	        s[i] == '.' || s[i] == ':'))
		out[k++] = (char)tolower((unsigned char)s[i++]);
	out[k] = '\0';
	return k > 0 ? out : NULL;
}
