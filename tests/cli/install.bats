#!/usr/bin/env bats
# make install / uninstall honour PREFIX and DESTDIR, and an installed
# filter finds its data in PREFIX/share/zhpipe without ZHPIPE_DATA.

setup() {
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	D=$BATS_TEST_TMPDIR/dest
}

@test "install into DESTDIR/PREFIX, run from there, uninstall" {
	make -s -C "$top" install DESTDIR="$D" PREFIX=/opt/zp >/dev/null
	for t in "$ZP_BIN"/*; do
		name=$(basename "$t")
		[ -x "$D/opt/zp/bin/$name" ]
		[ -f "$D/opt/zp/share/man/man1/$name.1" ] || \
			! [ -f "$top/man/$name.1" ]
	done
	[ -x "$D/opt/zp/bin/zhpipe-batch" ]
	[ -f "$D/opt/zp/share/man/man1/zhpipe-batch.1" ]
	[ -d "$D/opt/zp/share/zhpipe" ]
	run env -u ZHPIPE_DATA "$D/opt/zp/bin/to-csv" --version
	[ "$status" -eq 0 ]
	if [ -x "$D/opt/zp/bin/extract-entities" ] &&
	    [ -d "$top/data/gazetteer" ]; then
		# The gazetteer comes from share/zhpipe beside the binary.
		out=$(cd / && echo '{"text":"英伟达"}' |
		    env -u ZHPIPE_DATA "$D/opt/zp/bin/extract-entities")
		[[ "$out" == *'"id":"NVIDIA"'* ]]
	fi
	make -s -C "$top" uninstall DESTDIR="$D" PREFIX=/opt/zp >/dev/null
	[ -z "$(find "$D/opt/zp/bin" -type f)" ]
	[ ! -d "$D/opt/zp/share/zhpipe" ]
}
