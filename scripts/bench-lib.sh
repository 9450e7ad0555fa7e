# Helpers for scripts/bench.d/*.sh (sourced by scripts/bench).

# mb FILE: size in MB (10^6 bytes), one decimal.
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'; }

# measure NAME INPUT CMD...: runs CMD (a shell command line reading INPUT on
# stdin, output discarded) once, prints "NAME MB/s RSS-MB" and remembers the
# rate in RATE_<n> order for ratio().  Uses GNU time for peak RSS.
BENCH_ROWS=()
measure() {
	local name=$1 input=$2
	shift 2
	local tf=$BENCH_TMP/.time out
	if ! /usr/bin/time -o "$tf" -f '%e %M' sh -c "$* 2>/dev/null" \
	    <"$input" >/dev/null; then
		echo "bench: '$name' failed" >&2
	fi
	out=$(tail -n 1 "$tf")
	local secs=${out% *} kb=${out#* }
	local rate
	rate=$(awk -v b="$(stat -c %s "$input")" -v s="$secs" \
	    'BEGIN { if (s < 0.01) s = 0.01; printf "%.1f", b / 1e6 / s }')
	BENCH_ROWS+=("$name|$rate|$((kb / 1024))")
}

# table TITLE: prints the rows measured since the last table, with each
# rate's ratio to the first row (the zhpipe tool).
table() {
	local first=
	printf '%s\n' "$1"
	printf '  %-34s %9s %9s %9s\n' tool 'MB/s' 'RSS MB' 'zhpipe x'
	local row name rate rss
	for row in "${BENCH_ROWS[@]}"; do
		IFS='|' read -r name rate rss <<<"$row"
		[ -n "$first" ] || first=$rate
		printf '  %-34s %9s %9s %9s\n' "$name" "$rate" "$rss" \
		    "$(awk -v a="$first" -v b="$rate" \
		    'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
	done
	BENCH_ROWS=()
}
