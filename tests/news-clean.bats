#!/usr/bin/env bats
# scripts/news-clean: the cron-ready cleaning job.
#
# The stages are the built programs when bin/ has them, else the stand-ins
# in tests/data/news-clean/standin (same options and stream).  The oracle
# for the content is the pipeline run by hand over the same files in the
# same order; the rest is checked by hand-written expectations.

load helper

STAGES="normalize-text strip-boilerplate dedupe-paragraphs"

setup() {
	NC="$NU_ROOT/scripts/news-clean"
	T="$BATS_TEST_TMPDIR"
	mkdir -p "$T/bin"
	for p in $STAGES; do
		if [ -x "$NU_BIN/$p" ]; then
			ln -s "$NU_BIN/$p" "$T/bin/$p"
		else
			ln -s "$DATA/news-clean/standin/$p" "$T/bin/$p"
		fi
	done
	PATH="$T/bin:$PATH"
	cp -R "$DATA/news-clean/dump" "$T/dump"
	FILES="2024-06-01.txt 2024-06-02.txt 2024-06-03.jsonl"
}

# manual OUTDIR FILE...: the pipeline by hand, one dedupe state, in order.
manual() {
	local out=$1 f j
	shift
	mkdir -p "$out"
	rm -f "$T/manual.state"
	for f; do
		j=
		case $f in *.jsonl|*.json) j=-J ;; esac
		normalize-text $j -- "$f" | strip-boilerplate $j |
		    dedupe-paragraphs $j --state "$T/manual.state" \
		    >"$out/$(basename "$f")"
	done
}

# absent PATTERN FILE...: grep finds nothing (a bare "! grep" does not fail
# a bats test).
absent() {
	if grep -q "$@"; then
		return 1
	fi
}

# same_tree A B: the same files with the same bytes, metadata aside.
same_tree() {
	diff -r --exclude=.news-clean "$1" "$2"
}

# More, slower work for the crash tests: eight files, each sharing a
# paragraph with an earlier one, and stages that take a while.
slow_setup() {
	local i
	for i in 1 2 3 4 5 6 7 8; do
		{
			printf 'Night desk story %d\n\n' "$i"
			printf 'Story number %d of the night opens with a paragraph that no other file repeats, long enough and ordinary enough in its words to be taken for the body of an article by the classifier, which is what the test needs from it.\n\n' "$i"
			sed -n '5p' "$T/dump/2024-06-01.txt"
			printf '\nThe closing paragraph of story %d is written for this file alone as well, and it goes on for a while about the council, the weather and the state of the roads so that it, too, reads like the body of a news report.\n' "$i"
		} >"$T/dump/night-$i.txt"
	done
	mkdir -p "$T/slow"
	cat >"$T/slow/normalize-text" <<EOF
#!/bin/sh
sleep 0.2
exec "$T/bin/normalize-text" "\$@"
EOF
	# The window that matters most: the dedupe state is written, the
	# output and the manifest are not yet.
	cat >"$T/slow/dedupe-paragraphs" <<EOF
#!/bin/sh
"$T/bin/dedupe-paragraphs" "\$@"
rc=\$?
sleep 0.2
exit \$rc
EOF
	chmod +x "$T/slow/normalize-text" "$T/slow/dedupe-paragraphs"
}

@test "news-clean: --help prints usage on stdout and exits 0" {
	run_split "$NC" --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: news-clean "* ]]
	[ -z "$stderr" ]
}

@test "news-clean: an unknown option prints usage on stderr and exits 2" {
	run_split "$NC" --frobnicate "$T/dump"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == *"unknown option: --frobnicate"* ]]
	[[ "$stderr" == *"usage: news-clean "* ]]
}

@test "news-clean: a full disk on stdout is exit 2 with a message" {
	run_split bash -c '"$0" -n -o "$1/out" "$1/dump" >/dev/full' "$NC" "$T"
	[ "$status" -eq 2 ]
	[ "$stderr" = "news-clean: stdout: write error" ]
	run_split bash -c '"$0" --help >/dev/full' "$NC"
	[ "$status" -eq 2 ]
	[ "$stderr" = "news-clean: stdout: write error" ]
}

@test "news-clean: no operand is a usage error" {
	run_split "$NC" -o "$T/out"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"no input files"* ]]
	[ ! -e "$T/out" ]
}

@test "news-clean: first run cleans every file, quietly, as the pipeline would" {
	run_split "$NC" -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ -z "$stderr" ]
	manual "$T/want" "$T/dump/2024-06-01.txt" "$T/dump/2024-06-02.txt" \
	    "$T/dump/2024-06-03.jsonl"
	same_tree "$T/want" "$T/out"
}

@test "news-clean: boilerplate goes, a paragraph seen in an earlier file goes" {
	"$NC" -o "$T/out" "$T/dump"
	ferry='The Saltmere ferry will run four crossings a day'
	grep -q "$ferry" "$T/out/2024-06-01.txt"
	absent "$ferry" "$T/out/2024-06-02.txt"
	absent "$ferry" "$T/out/2024-06-03.jsonl"
	grep -q 'Council chair Edwin Marr' "$T/out/2024-06-02.txt"
	grep -q 'eleven of the twenty deck officer posts' "$T/out/2024-06-03.jsonl"
	absent 'All rights reserved' "$T/out"/*
}

@test "news-clean: JSON Lines output keeps one object per record and its fields" {
	"$NC" -o "$T/out" "$T/dump"
	run jq -r '[.id, .url, .date] | @tsv' "$T/out/2024-06-03.jsonl"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
ex-1001	https://courier.example/1001	2024-06-03
ex-1002	https://courier.example/1002	2024-06-03
EOF
}

@test "news-clean: the second run skips every file and changes nothing" {
	"$NC" -o "$T/out" "$T/dump"
	cp -Rp "$T/out" "$T/first"
	sleep 1
	run_split "$NC" --stats -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"news-clean: stats: files=3 cleaned=0 skipped=3 failed=0 "* ]]
	[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ]
	same_tree "$T/first" "$T/out"
	for f in $FILES; do
		[ "$(stat -c %Y "$T/out/$f")" = "$(stat -c %Y "$T/first/$f")" ]
	done
}

@test "news-clean: --stats gives one line per cleaned file and a summary" {
	run_split "$NC" --stats -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 4 ]
	[[ "$(printf '%s\n' "$stderr" | sed -n 1p)" == "news-clean: stats: docs=1 "*" file=$T/dump/2024-06-01.txt" ]]
	[[ "$(printf '%s\n' "$stderr" | sed -n 2p)" == *" duplicates=1 "*" file=$T/dump/2024-06-02.txt" ]]
	[[ "$(printf '%s\n' "$stderr" | sed -n 3p)" == "news-clean: stats: docs=2 "*" file=$T/dump/2024-06-03.jsonl" ]]
	[[ "$(printf '%s\n' "$stderr" | sed -n 4p)" == "news-clean: stats: files=3 cleaned=3 skipped=0 failed=0 recent=0 bytes_in=$(cat "$T"/dump/* | wc -c) "* ]]
}

@test "news-clean: an output moved away is not made again" {
	"$NC" -o "$T/out" "$T/dump"
	mv "$T/out/2024-06-01.txt" "$T/shipped.txt"
	run_split "$NC" --stats -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"files=3 cleaned=0 skipped=3 failed=0 "* ]]
	[ ! -e "$T/out/2024-06-01.txt" ]
}

@test "news-clean: an output directory that would overwrite the inputs is refused" {
	cp -Rp "$T/dump" "$T/orig"
	run_split "$NC" -o "$T/dump" "$T/dump"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"news-clean: $T/dump/2024-06-01.txt: the output would overwrite the input, skipped"* ]]
	same_tree "$T/orig" "$T/dump"
}

@test "news-clean: a symbolic link to a dump in the directory is followed" {
	mkdir "$T/links"
	ln -s "$T/dump/2024-06-02.txt" "$T/links/today.txt"
	run_split "$NC" -o "$T/out" "$T/links"
	[ "$status" -eq 0 ]
	manual "$T/want" "$T/dump/2024-06-02.txt"
	cmp "$T/want/2024-06-02.txt" "$T/out/today.txt"
}

@test "news-clean: --min-age leaves a file still being written for later" {
	touch -d '2024-06-04 03:00' "$T/dump"/*
	touch "$T/dump/2024-06-03.jsonl"
	run_split "$NC" --stats -m 3600 -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"files=3 cleaned=2 skipped=0 failed=0 recent=1 "* ]]
	[ ! -e "$T/out/2024-06-03.jsonl" ]
	touch -d '2024-06-04 03:00' "$T/dump/2024-06-03.jsonl"
	run_split "$NC" --stats -m 3600 -o "$T/out" "$T/dump"
	[[ "$stderr" == *"files=3 cleaned=1 skipped=2 failed=0 recent=0 "* ]]
	manual "$T/want" "$T/dump/2024-06-01.txt" "$T/dump/2024-06-02.txt" \
	    "$T/dump/2024-06-03.jsonl"
	same_tree "$T/want" "$T/out"
}

@test "news-clean: a file that changed is cleaned again, the others are not" {
	"$NC" -o "$T/out" "$T/dump"
	touch -d '2024-06-05 12:00' "$T/dump/2024-06-02.txt"
	run_split "$NC" --stats -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"files=3 cleaned=1 skipped=2 failed=0 "* ]]
	[[ "$stderr" == *"file=$T/dump/2024-06-02.txt"* ]]
}

@test "news-clean: --force cleans everything again from a fresh state" {
	"$NC" -o "$T/out" "$T/dump"
	cp -R "$T/out" "$T/first"
	run_split "$NC" --force --stats -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"files=3 cleaned=3 skipped=0 failed=0 "* ]]
	same_tree "$T/first" "$T/out"
	[ "$(ls "$T/out/.news-clean" | grep -c '^state\.[0-9]*$')" -eq 1 ]
}

@test "news-clean: .gz inputs are read through gzip" {
	mkdir "$T/z"
	gzip -c "$T/dump/2024-06-01.txt" >"$T/z/2024-06-01.txt.gz"
	cp "$T/dump/2024-06-02.txt" "$T/z/"
	gzip -c "$T/dump/2024-06-03.jsonl" >"$T/z/2024-06-03.jsonl.gz"
	run_split "$NC" -o "$T/out" "$T/z"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	manual "$T/want" "$T/dump/2024-06-01.txt" "$T/dump/2024-06-02.txt" \
	    "$T/dump/2024-06-03.jsonl"
	same_tree "$T/want" "$T/out"
}

@test "news-clean: .zst inputs are read through zstd" {
	command -v zstd >/dev/null || skip "zstd is not installed"
	mkdir "$T/z"
	zstd -q -c "$T/dump/2024-06-01.txt" >"$T/z/2024-06-01.txt.zst"
	zstd -q -c "$T/dump/2024-06-02.txt" >"$T/z/2024-06-02.txt.zst"
	zstd -q -c "$T/dump/2024-06-03.jsonl" >"$T/z/2024-06-03.jsonl.zst"
	run_split "$NC" -o "$T/out" "$T/z"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	manual "$T/want" "$T/dump/2024-06-01.txt" "$T/dump/2024-06-02.txt" \
	    "$T/dump/2024-06-03.jsonl"
	same_tree "$T/want" "$T/out"
}

@test "news-clean: -J reads JSON Lines whatever the file is called" {
	mkdir "$T/j"
	cp "$T/dump/2024-06-03.jsonl" "$T/j/records.dump"
	run_split "$NC" -J -o "$T/out" "$T/j"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	run jq -r .id "$T/out/records.dump"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
ex-1001
ex-1002
EOF
}

@test "news-clean: without -o the output goes next to the input, and is not an input" {
	run_split "$NC" "$T/dump"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ -f "$T/dump/2024-06-01.clean.txt" ]
	[ -f "$T/dump/2024-06-02.clean.txt" ]
	[ -f "$T/dump/2024-06-03.clean.jsonl" ]
	manual "$T/want" "$T/dump/2024-06-01.txt" "$T/dump/2024-06-02.txt" \
	    "$T/dump/2024-06-03.jsonl"
	cmp "$T/want/2024-06-02.txt" "$T/dump/2024-06-02.clean.txt"
	run_split "$NC" --stats "$T/dump"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"files=3 cleaned=0 skipped=3 failed=0 "* ]]
	[ -z "$(find "$T/dump" -name '*.clean.clean*')" ]
}

@test "news-clean: a list of files with -l, in the order given" {
	printf '%s\n' "$T/dump/2024-06-02.txt" "$T/dump/2024-06-01.txt" >"$T/list"
	run_split "$NC" -l "$T/list" -o "$T/out"
	[ "$status" -eq 0 ]
	manual "$T/want" "$T/dump/2024-06-02.txt" "$T/dump/2024-06-01.txt"
	same_tree "$T/want" "$T/out"
}

@test "news-clean: a failing file is named, exit 2, the others are still done" {
	printf 'this is not gzip\n' >"$T/dump/2024-06-015.txt.gz"
	run_split "$NC" -o "$T/out" "$T/dump"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"news-clean: $T/dump/2024-06-015.txt.gz: cleaning failed"* ]]
	[ ! -e "$T/out/2024-06-015.txt" ]
	absent '2024-06-015' "$T/out/.news-clean/manifest"
	[ -z "$(find "$T/out" -name '*news-clean-tmp*')" ]
	manual "$T/want" "$T/dump/2024-06-01.txt" "$T/dump/2024-06-02.txt" \
	    "$T/dump/2024-06-03.jsonl"
	same_tree "$T/want" "$T/out"
	# Still failing next time, the others skipped.
	run_split "$NC" --stats -o "$T/out" "$T/dump"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"files=4 cleaned=0 skipped=3 failed=1 "* ]]
}

@test "news-clean: a missing operand is reported, the rest is done" {
	run_split "$NC" -o "$T/out" "$T/nope.txt" "$T/dump/2024-06-01.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"$T/nope.txt: No such file or directory"* ]]
	[ -f "$T/out/2024-06-01.txt" ]
}

@test "news-clean: two inputs that would make the same output are refused" {
	mkdir "$T/other"
	cp "$T/dump/2024-06-02.txt" "$T/other/2024-06-01.txt"
	run_split "$NC" -o "$T/out" "$T/dump/2024-06-01.txt" "$T/other/2024-06-01.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"$T/other/2024-06-01.txt: output $T/out/2024-06-01.txt also comes from $T/dump/2024-06-01.txt"* ]]
	manual "$T/want" "$T/dump/2024-06-01.txt"
	same_tree "$T/want" "$T/out"
}

@test "news-clean: --dry-run lists what would be cleaned and writes nothing" {
	run_split "$NC" -n -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	expect_output <<EOF
$T/dump/2024-06-01.txt
$T/dump/2024-06-02.txt
$T/dump/2024-06-03.jsonl
EOF
	[ ! -e "$T/out" ]
	"$NC" -o "$T/out" "$T/dump/2024-06-01.txt"
	run_split "$NC" -n -o "$T/out" "$T/dump"
	[ "$status" -eq 0 ]
	expect_output <<EOF
$T/dump/2024-06-02.txt
$T/dump/2024-06-03.jsonl
EOF
}

@test "news-clean: --no-wait leaves a locked output directory, -w gives up with 2" {
	mkdir -p "$T/out/.news-clean"
	setsid flock "$T/out/.news-clean/lock" sleep 30 >/dev/null 2>&1 3>&- &
	holder=$!
	for i in $(seq 1 50); do
		flock -n "$T/out/.news-clean/lock" true || break
		sleep 0.1
	done
	run_split "$NC" --no-wait -o "$T/out" "$T/dump"
	s1=$status e1=$stderr
	run_split "$NC" -q --no-wait -o "$T/out" "$T/dump"
	s2=$status e2=$stderr
	run_split "$NC" -w 1 -o "$T/out" "$T/dump"
	s3=$status e3=$stderr
	kill -- -"$holder" 2>/dev/null || kill "$holder"
	[ "$s1" -eq 0 ]
	[ "$e1" = "news-clean: $T/out: another news-clean is running there, left" ]
	[ "$s2" -eq 0 ]
	[ -z "$e2" ]
	[ "$s3" -eq 2 ]
	[ "$e3" = "news-clean: $T/out: still locked after 1 seconds, gave up" ]
	[ ! -e "$T/out/2024-06-01.txt" ]
}

@test "news-clean: two concurrent runs clean each file once, as one run would" {
	slow_setup
	manual "$T/want" "$T/dump"/2024-* "$T/dump"/night-*
	PATH="$T/slow:$PATH"
	"$NC" --stats -o "$T/out" "$T/dump" 2>"$T/err1" 3>&- &
	p1=$!
	"$NC" --stats -o "$T/out" "$T/dump" 2>"$T/err2" 3>&- &
	p2=$!
	s1=0 s2=0
	wait "$p1" || s1=$?
	wait "$p2" || s2=$?
	[ "$s1" -eq 0 ]
	[ "$s2" -eq 0 ]
	c1=$(sed -n 's/.*stats: files=11 cleaned=\([0-9]*\) .*/\1/p' "$T/err1")
	c2=$(sed -n 's/.*stats: files=11 cleaned=\([0-9]*\) .*/\1/p' "$T/err2")
	[ "$((c1 + c2))" -eq 11 ]
	same_tree "$T/want" "$T/out"
}

@test "news-clean: kill -9 mid-run, then rerun: no partial file, nothing lost, nothing done twice" {
	slow_setup
	manual "$T/want" "$T/dump"/2024-* "$T/dump"/night-*
	PATH="$T/slow:$PATH"
	for delay in 0.3 0.9 1.5 2.1 2.7 3.3; do
		rm -rf "$T/out"
		setsid "$NC" -o "$T/out" "$T/dump" >/dev/null 2>&1 3>&- &
		pid=$!
		sleep "$delay"
		kill -9 -- -"$pid" 2>/dev/null || true
		wait "$pid" || true
		# Every output present is whole.
		for f in "$T/out"/*; do
			[ -e "$f" ] || continue
			cmp "$f" "$T/want/$(basename "$f")"
		done
		run_split "$NC" -o "$T/out" "$T/dump"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		same_tree "$T/want" "$T/out"
		[ -z "$(find "$T/out" -name '*news-clean-tmp*')" ]
		[ "$(ls "$T/out/.news-clean" | grep -c '^state\.[0-9]*$')" -eq 1 ]
		run_split "$NC" --stats -o "$T/out" "$T/dump"
		[[ "$stderr" == *"files=11 cleaned=0 skipped=11 failed=0 "* ]]
	done
}

@test "news-clean: a stage that is missing is named, exit 2" {
	# A copy of the script with no bin/ beside it to fall back on.
	mkdir -p "$T/tree/scripts" "$T/empty"
	cp "$NC" "$T/tree/scripts/news-clean"
	run_split env PATH="$T/empty:/usr/bin:/bin" \
	    bash "$T/tree/scripts/news-clean" -o "$T/out" "$T/dump"
	[ "$status" -eq 2 ]
	[ "$stderr" = "news-clean: normalize-text: program not found (build newsutils with make, or fix PATH)" ]
	[ ! -e "$T/out" ]
}
