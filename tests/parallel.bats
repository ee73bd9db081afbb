#!/usr/bin/env bats
# scripts/nu-parallel: filters over GNU parallel give the bytes of a single
# run.  Skipped when GNU parallel is not installed (make deps installs it);
# a program not built yet is skipped too.

load helper

setup() {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	NP="$NU_ROOT/scripts/nu-parallel"
	T="$BATS_TEST_TMPDIR"
	# Small pieces, so that a megabyte makes dozens of jobs.
	BLOCK=32k
}

# A framed stream and its JSON Lines twin, made once for the whole file
# (tests may run at the same time under bats --jobs).
setup_file() {
	command -v parallel >/dev/null || return 0
	local dir="$BATS_FILE_TMPDIR"
	{
		"$NU_ROOT/scripts/gen-corpus" 1M
		# The bundled sample: CRLF, mojibake, a portal page.
		for f in "$DATA"/sample/*.txt; do
			printf '\f%s\n' "${f##*/}"
			cat "$f"
		done
	} >"$dir/corpus.txt"
	{
		"$NU_ROOT/scripts/gen-corpus" -J 1M
		cat "$DATA/sample.jsonl"
	} >"$dir/corpus.jsonl"
}

corpus() {
	FRAMED="$BATS_FILE_TMPDIR/corpus.txt"
	JSONL="$BATS_FILE_TMPDIR/corpus.jsonl"
}

need() {
	[ -x "$NU_BIN/$1" ] || skip "$1 is not built"
}

# same_as_single [-J] PROGRAM [ARG...]: nu-parallel's output and status
# are those of one run of the program over the whole stream.
same_as_single() {
	local in="$FRAMED" j=
	if [ "$1" = -J ]; then
		in="$JSONL" j=-J
		shift
	fi
	"$@" $j <"$in" >"$T/single" 2>"$T/single.err"
	"$NP" --block "$BLOCK" -j 2 "$@" $j <"$in" >"$T/para" 2>"$T/para.err"
	[ -s "$T/single" ]
	cmp "$T/single" "$T/para"
}

@test "nu-parallel: --help prints usage on stdout and exits 0" {
	run_split "$NP" --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: nu-parallel "* ]]
	[ -z "$stderr" ]
}

@test "nu-parallel: an unknown option or no program is a usage error" {
	run_split "$NP" --frobnicate cat
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unknown option: --frobnicate"* ]]
	[[ "$stderr" == *"usage: nu-parallel "* ]]
	run_split "$NP" -j 2
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"no program to run"* ]]
}

@test "nu-parallel: --dry-run shows the GNU parallel command" {
	run_split "$NP" -n -j 3 -S : strip-boilerplate --stats
	[ "$status" -eq 0 ]
	[ "$output" = "parallel --pipe --recend \$'\\n' --recstart \$'\\f' --block 16M -k -q -j 3 --sshlogin : strip-boilerplate --stats" ]
	run_split "$NP" -n -a dump.jsonl normalize-text -J
	[ "$output" = "parallel --pipepart -a dump.jsonl --recend \$'\\n' --block 16M -k -q normalize-text -J" ]
}

@test "nu-parallel: a framed stream is cut only before header lines" {
	{
		printf 'lines before the first header\n'
		for i in $(seq 1 400); do
			printf '\fdoc-%d\n' "$i"
			printf 'first paragraph of %d\n' "$i"
			printf 'a form feed \f inside a line is text, not a header\n'
			printf 'last paragraph of %d\r\n' "$i"
		done
	} >"$T/in"
	"$NP" --block 2k -j 2 sh -c 'head -c 1 | od -An -c; cat >/dev/null' \
	    <"$T/in" | sort | uniq -c | sed 's/  */ /g' >"$T/starts"
	# The first piece starts with the text, every other with a header.
	[ "$(sed -n '/ l$/p' "$T/starts")" = " 1 l" ]
	[ "$(sed -n '/\\f$/s/^ \([0-9]*\) .*/\1/p' "$T/starts")" -gt 20 ]
	[ "$(wc -l <"$T/starts")" -eq 2 ]
	"$NP" --block 2k cat <"$T/in" | cmp - "$T/in"
}

@test "nu-parallel: JSON Lines are cut between records" {
	corpus
	"$NP" -J --block "$BLOCK" sh -c 'head -c 1; cat >/dev/null; echo' \
	    <"$JSONL" | sort | uniq -c | sed 's/  */ /g' >"$T/starts"
	[ "$(wc -l <"$T/starts")" -eq 1 ]
	[ "$(sed 's/^ \([0-9]*\) {$/\1/' "$T/starts")" -gt 20 ]
}

@test "nu-parallel: normalize-text, framed and JSON Lines" {
	need normalize-text
	corpus
	same_as_single normalize-text
	same_as_single -J normalize-text
}

@test "nu-parallel: strip-boilerplate, framed and JSON Lines" {
	need strip-boilerplate
	corpus
	same_as_single strip-boilerplate
	same_as_single -J strip-boilerplate
}

@test "nu-parallel: split-sentences, framed and JSON Lines" {
	need split-sentences
	corpus
	same_as_single split-sentences
	same_as_single -J split-sentences
}

@test "nu-parallel: dedupe-paragraphs --scope doc, framed and JSON Lines" {
	need dedupe-paragraphs
	corpus
	same_as_single dedupe-paragraphs --scope doc
	same_as_single -J dedupe-paragraphs --scope doc
}

@test "nu-parallel: extract-dates, framed and JSON Lines" {
	need extract-dates
	corpus
	same_as_single extract-dates
	same_as_single -J extract-dates --json
}

@test "nu-parallel: extract-quotes, framed and JSON Lines" {
	need extract-quotes
	corpus
	same_as_single extract-quotes
	same_as_single -J extract-quotes --json
}

@test "nu-parallel: the whole cleaning pipeline, one stage per parallel" {
	need normalize-text
	need strip-boilerplate
	corpus
	normalize-text <"$FRAMED" | strip-boilerplate >"$T/single"
	"$NP" --block "$BLOCK" normalize-text <"$FRAMED" |
	    "$NP" --block "$BLOCK" strip-boilerplate >"$T/para"
	cmp "$T/single" "$T/para"
}

@test "nu-parallel: -a FILE gives the same bytes as standard input" {
	need strip-boilerplate
	corpus
	strip-boilerplate <"$FRAMED" >"$T/single"
	"$NP" --block "$BLOCK" -a "$FRAMED" strip-boilerplate >"$T/para"
	cmp "$T/single" "$T/para"
	strip-boilerplate -J <"$JSONL" >"$T/single"
	"$NP" --block "$BLOCK" -a "$JSONL" strip-boilerplate -J >"$T/para"
	cmp "$T/single" "$T/para"
}

@test "nu-parallel: --sshlogin is passed to GNU parallel (':' is this host)" {
	need strip-boilerplate
	corpus
	strip-boilerplate <"$FRAMED" >"$T/single"
	"$NP" --block "$BLOCK" -S : -j 2 strip-boilerplate <"$FRAMED" >"$T/para"
	cmp "$T/single" "$T/para"
}

@test "nu-parallel: a single plain document is one piece, unchanged" {
	need strip-boilerplate
	f="$DATA/sample/01-harbor-gazette.txt"
	strip-boilerplate <"$f" >"$T/single"
	"$NP" --block 1k strip-boilerplate <"$f" >"$T/para"
	cmp "$T/single" "$T/para"
}

@test "nu-parallel: empty input gives empty output and status 0" {
	run_split "$NP" cat </dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "nu-parallel: a failing job makes the status 2, the others still run" {
	corpus
	run_split "$NP" -J --block "$BLOCK" sh -c 'cat; echo "job failed" >&2; exit 2' <"$JSONL"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"job failed"* ]]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq "$(wc -l <"$JSONL")" ]
}

@test "nu-parallel: a reader that closes the pipe ends it quietly" {
	corpus
	run_split bash -c '"$0" --block 32k cat <"$1" | head -n 1; echo "status ${PIPESTATUS[0]}"' "$NP" "$FRAMED"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | tail -n 1)" = "status 0" ]
	[ -z "$stderr" ]
}

@test "nu-parallel: a full disk on stdout is exit 2 with a message" {
	corpus
	run_split bash -c '"$0" --block 32k cat <"$1" >/dev/full' "$NP" "$FRAMED"
	[ "$status" -eq 2 ]
	[ "$stderr" = "nu-parallel: stdout: write error" ]
}

@test "nu-parallel: a missing program is an error" {
	run_split "$NP" no-such-program-here <"$DATA/sample.jsonl"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "nu-parallel: no-such-program-here: program not found" ]
}
