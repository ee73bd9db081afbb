#!/usr/bin/env bats
#
# fuzz-regress.bats: replay every fuzz target's committed inputs (past
# crashes and seeds in tests/fuzz/regress/TARGET/) and the fixtures under
# tests/data, through the sanitizer build of the target with a plain
# main() (tests/fuzz/standalone.c), so a fixed crash stays fixed without
# clang or libFuzzer.  The binaries are build/asan/fuzz/TARGET (make asan).

load helper

@test "fuzz targets: regression inputs and fixtures replay clean under ASan" {
	local src t bin n=0 failed=
	[ -d "$NU_ROOT/build/asan/fuzz" ] ||
		skip "build/asan/fuzz/ not built (the Makefile's asan target makes it)"
	for src in "$NU_ROOT"/tests/fuzz/fuzz-*.c; do
		[ -f "$src" ] || continue
		t=${src##*/}
		t=${t%.c}
		n=$((n + 1))
		bin="$NU_ROOT/build/asan/fuzz/$t"
		if [ ! -x "$bin" ]; then
			echo "$t: not built ($bin)" >&2
			failed="$failed $t"
			continue
		fi
		set -- "$NU_ROOT/tests/data"
		[ -d "$NU_ROOT/tests/fuzz/regress/$t" ] && set -- "$@" "$NU_ROOT/tests/fuzz/regress/$t"
		run "$bin" "$@"
		if [ "$status" -ne 0 ]; then
			printf '%s: exit %s\n%s\n' "$t" "$status" "$output" >&2
			failed="$failed $t"
		fi
	done
	[ "$n" -gt 0 ] || skip "no fuzz targets"
	[ -z "$failed" ] || { echo "failed:$failed" >&2; return 1; }
}
