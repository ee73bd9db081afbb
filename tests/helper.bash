# Loaded by every tests/*.bats file (load helper).
#
# NU_BIN names the folder of programs under test: bin/ by default,
# build/asan/bin when scripts/run-tests runs the sanitizer pass.  DATA is
# the fixtures folder.  Programs run in the C locale unless a test says
# otherwise.

NU_ROOT="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
NU_BIN="${NU_BIN:-$NU_ROOT/bin}"
DATA="$NU_ROOT/tests/data"
PATH="$NU_BIN:$PATH"
export LC_ALL="${NU_LOCALE:-C}"
# Sanitizer runs must fail loudly, not print and go on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Compare $output with the text given on stdin (a heredoc), showing both
# when they differ.
expect_output() {
	local want
	want="$(cat)"
	if [ "$output" != "$want" ]; then
		printf 'want:\n%s\ngot:\n%s\n' "$want" "$output" >&2
		return 1
	fi
}

# Run a command with stdout and stderr kept apart: $output is stdout,
# $stderr is stderr.
bats_require_minimum_version 1.5.0
run_split() {
	run --separate-stderr "$@"
}
