# Helpers for scripts/bench.d/*.sh (sourced by scripts/bench).

# mb FILE: size in MB (10^6 bytes), one decimal.
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'; }

# measure NAME INPUT CMD...: runs CMD (a shell command line reading INPUT on
# stdin, output discarded) once, prints "NAME MB/s RSS-MB" and remembers the
# rate in RATE_<n> order for ratio().  Uses GNU time for peak RSS; the CPU
# seconds (user + sys, the children's included) are left in BENCH_CPU.
BENCH_ROWS=()
BENCH_CPU=0
measure() {
	local name=$1 input=$2
	shift 2
	local tf=$BENCH_TMP/.time out
	if ! /usr/bin/time -o "$tf" -f '%e %M %U %S' sh -c "$* 2>/dev/null" \
	    <"$input" >/dev/null; then
		echo "bench: '$name' failed" >&2
	fi
	local secs kb user sys
	read -r secs kb user sys < <(tail -n 1 "$tf")
	BENCH_CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
	local rate
	rate=$(awk -v b="$(stat -c %s "$input")" -v s="$secs" \
	    'BEGIN { if (s < 0.01) s = 0.01; printf "%.1f", b / 1e6 / s }')
	BENCH_ROWS+=("$name|$rate|$((kb / 1024))")
}

# table TITLE: prints the rows measured since the last table, with each
# rate's ratio to the first row (the zhpipe tool), and a CPU column when a
# row carries one (a fourth field: CPU seconds per MB).
table() {
	local first= cpuhead= row name rate rss cpu
	for row in "${BENCH_ROWS[@]}"; do
		IFS='|' read -r name rate rss cpu <<<"$row"
		[ -z "$cpu" ] || cpuhead='CPU s/MB'
	done
	printf '%s\n' "$1"
	printf '  %-34s %9s %9s %9s %9s\n' tool 'MB/s' 'RSS MB' 'zhpipe x' \
	    "$cpuhead" | sed 's/ *$//'
	for row in "${BENCH_ROWS[@]}"; do
		IFS='|' read -r name rate rss cpu <<<"$row"
		[ -n "$first" ] || first=$rate
		printf '  %-34s %9s %9s %9s %9s\n' "$name" "$rate" "$rss" \
		    "$(awk -v a="$first" -v b="$rate" \
		    'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')" "$cpu" |
		    sed 's/ *$//'
	done
	BENCH_ROWS=()
}
