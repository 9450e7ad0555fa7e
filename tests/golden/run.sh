#!/bin/sh
# Golden CLI cases of one tool, as TAP.  For tests/golden/TOOL/CASE.in:
#   CASE.args  options, one line of shell words (optional); the case runs in
#              its own directory, so files named there are found beside it
#   CASE.out   expected standard output, byte for byte
#   CASE.err   expected standard error (absent: must be empty)
#   CASE.exit  expected exit status (absent: 0)
# The input is given on standard input, so messages name it <stdin>.
set -u
dir=${1%/}
tool=$(basename "$dir")
bin=${ZP_BIN:?ZP_BIN must name the directory of the built tools}/$tool
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

cases=$(cd "$dir" && ls -- *.in 2>/dev/null | sed 's/\.in$//')
n=$(printf '%s\n' $cases | grep -c .)
echo "1..$n"
i=0
for c in $cases; do
	i=$((i + 1))
	args=
	[ -f "$dir/$c.args" ] && args=$(cat "$dir/$c.args")
	want_exit=0
	[ -f "$dir/$c.exit" ] && want_exit=$(cat "$dir/$c.exit")
	(cd "$dir" && eval "exec \"\$bin\" $args" <"$c.in" \
	    >"$tmp/out" 2>"$tmp/err")
	got_exit=$?
	ok=true why=
	if ! cmp -s "$tmp/out" "$dir/$c.out"; then
		ok=false why="stdout differs"
		diff -u "$dir/$c.out" "$tmp/out" | head -20 | sed 's/^/# /'
	fi
	if [ -f "$dir/$c.err" ]; then
		cmp -s "$tmp/err" "$dir/$c.err" || {
			ok=false why="$why stderr differs"
			diff -u "$dir/$c.err" "$tmp/err" | head -20 |
			    sed 's/^/# /'
		}
	elif [ -s "$tmp/err" ]; then
		ok=false why="$why unexpected stderr"
		head -5 "$tmp/err" | sed 's/^/# /'
	fi
	if [ "$got_exit" != "$want_exit" ]; then
		ok=false why="$why exit $got_exit, want $want_exit"
	fi
	if $ok; then
		echo "ok $i - $tool $c"
	else
		echo "not ok $i - $tool $c:$why"
	fi
done
