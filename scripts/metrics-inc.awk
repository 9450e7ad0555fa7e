# metrics-inc.awk -- the built-in metric terms of data/metrics.txt (the
# lines above its "built in above" line) as C string literals, one per
# line, for src/lib/num_lex.c to #include.  Comments and blank lines are
# skipped and trailing blanks dropped, as zp_numbers_load_metrics does, so
# a built-in term is the same string whether compiled in or read.
/^# -- built in above/ { exit }
/^#/ { next }
{
	sub(/[ \t\r]+$/, "")
	if ($0 == "")
		next
	gsub(/\\/, "\\\\")
	gsub(/"/, "\\\"")
	print "\t\"" $0 "\","
}
