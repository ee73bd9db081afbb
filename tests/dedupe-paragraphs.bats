#!/usr/bin/env bats
# dedupe-paragraphs: drop paragraphs seen before, exactly or nearly.

load helper

setup() {
	cd "$DATA/dedupe-paragraphs"
	FF=$(printf '\f')
	S="$BATS_TEST_TMPDIR/state"
}

# --- exact ---------------------------------------------------------------

@test "dedupe-paragraphs: exact repeats after normalisation are dropped, first kept" {
	run_split dedupe-paragraphs exact.txt
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	expect_output <<-'EOF'
	Council approves new budget for Marrowby

	Share this article

	The council meets again on Monday to vote on the river defences.

	“Leave now,” the mayor said.

	U.S. engineers arrived in Marrowby on Friday.
	EOF
}

@test "dedupe-paragraphs --strict: punctuation counts, case, quotes and spaces do not" {
	run dedupe-paragraphs --strict -v exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	THE COUNCIL MEETS AGAIN ON MONDAY   TO VOTE ON THE RIVER DEFENCES.
	"Leave now," the mayor said.
	Share this article
	EOF
}

@test "dedupe-paragraphs --min-words: short repeated lines are never dropped" {
	run dedupe-paragraphs --min-words 4 -v exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	THE COUNCIL MEETS AGAIN ON MONDAY   TO VOTE ON THE RIVER DEFENCES.
	"Leave now," the mayor said.
	US engineers arrived in Marrowby on Friday!
	EOF
}

@test "dedupe-paragraphs -v: only the dropped paragraphs" {
	run dedupe-paragraphs -v exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	THE COUNCIL MEETS AGAIN ON MONDAY   TO VOTE ON THE RIVER DEFENCES.
	"Leave now," the mayor said.
	US engineers arrived in Marrowby on Friday!
	Share this article
	EOF
}

@test "dedupe-paragraphs --explain: dropped paragraphs marked with what they repeat" {
	run dedupe-paragraphs --explain exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	Council approves new budget for Marrowby

	Share this article

	The council meets again on Monday to vote on the river defences.

	“Leave now,” the mayor said.

	U.S. engineers arrived in Marrowby on Friday.

	[exact exact.txt:5] THE COUNCIL MEETS AGAIN ON MONDAY   TO VOTE ON THE RIVER DEFENCES.

	[exact exact.txt:7] "Leave now," the mayor said.

	[exact exact.txt:9] US engineers arrived in Marrowby on Friday!

	[exact exact.txt:3] Share this article
	EOF
}

@test "dedupe-paragraphs --report: duplicate groups as TSV, like uniq -c" {
	run dedupe-paragraphs --report exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	2	exact.txt	3	exact	1.000	Share this article
	2	exact.txt	5	exact	1.000	The council meets again on Monday to vote on the river defences.
	2	exact.txt	7	exact	1.000	“Leave now,” the mayor said.
	2	exact.txt	9	exact	1.000	U.S. engineers arrived in Marrowby on Friday.
	EOF
}

@test "dedupe-paragraphs --report: near groups give the lowest similarity" {
	run dedupe-paragraphs --near 0.7 --report wire.txt edit-split.txt edit-word.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	2	wire.txt	1	near	0.960	MARROWBY (Northstar Press Agency) — Floodwater from the River Tamsin forced more than 4,000 residents from their homes on Tuesday, the worst flooding the valley has seen in forty years.
	3	wire.txt	11	near	1.000	Brandvold’s office said the cost of the damage could not yet be estimated. Insurers in the region have already received more than 900 claims.
	EOF
}

@test "dedupe-paragraphs --scope doc: repeats dropped within each document only" {
	run sh -c 'printf "\fa\nsame\nx y\nsame\n\fb\nsame\n" | dedupe-paragraphs --scope doc'
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}a
	same
	x y
	${FF}b
	same
	EOF
}

@test "dedupe-paragraphs --scope all (default): repeats dropped across documents" {
	run sh -c 'printf "\fa\nsame\nx y\nsame\n\fb\nsame\n" | dedupe-paragraphs'
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}a
	same
	x y
	${FF}b
	EOF
}

@test "dedupe-paragraphs: a dropped paragraph leaves no run of blank lines" {
	run sh -c 'printf "a\n\nb\n\na\n\nc\n" | dedupe-paragraphs'
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'a\n\nb\n\nc')" ]
}

@test "dedupe-paragraphs --explain -v: only the dropped paragraphs, marked" {
	run dedupe-paragraphs --explain -v exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	[exact exact.txt:5] THE COUNCIL MEETS AGAIN ON MONDAY   TO VOTE ON THE RIVER DEFENCES.
	[exact exact.txt:7] "Leave now," the mayor said.
	[exact exact.txt:9] US engineers arrived in Marrowby on Friday!
	[exact exact.txt:3] Share this article
	EOF
}

@test "dedupe-paragraphs --report --state: first seen in an earlier run" {
	dedupe-paragraphs --state "$S" exact.txt >/dev/null
	run dedupe-paragraphs --state "$S" --report edit-split.txt exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	1	$S	0	exact	1.000	Council approves new budget for Marrowby
	2	$S	0	exact	1.000	Share this article
	2	$S	0	exact	1.000	The council meets again on Monday to vote on the river defences.
	2	$S	0	exact	1.000	“Leave now,” the mayor said.
	2	$S	0	exact	1.000	U.S. engineers arrived in Marrowby on Friday.
	EOF
}

@test "dedupe-paragraphs: --report and --explain exclude each other" {
	run_split dedupe-paragraphs --report --explain exact.txt
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"exclude each other"* ]]
}

@test "dedupe-paragraphs --today: a bad date is a usage error" {
	run_split dedupe-paragraphs --today 2026-13-01 exact.txt
	[ "$status" -eq 2 ]
	[ "$stderr" = "dedupe-paragraphs: invalid date: 2026-13-01: want YYYY-MM-DD" ]
}

# --- near ----------------------------------------------------------------

@test "dedupe-paragraphs --near: a word changed" {
	run dedupe-paragraphs --near 0.8 --explain -v wire.txt edit-word.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-word.txt
	[near 0.96 wire.txt:1] Floodwater from the River Tamsin forced more than 4,000 people from their homes on Tuesday, the worst flooding the valley has seen in forty years.
	EOF
}

@test "dedupe-paragraphs --near: a clause added" {
	run dedupe-paragraphs --near 0.8 --explain -v wire.txt edit-clause-added.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-clause-added.txt
	[near 0.90 wire.txt:3] Mayor Ilse Brandvold said emergency shelters had been opened in three schools and the sports centre, and that the army would help with the evacuation of the lower town.
	EOF
}

@test "dedupe-paragraphs --near: a clause cut" {
	run dedupe-paragraphs --near 0.8 --explain -v wire.txt edit-clause-cut.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-clause-cut.txt
	[near 1.00 wire.txt:7] The regional weather office said another 80 millimetres of rain were expected before Thursday.
	EOF
}

@test "dedupe-paragraphs --near: attribution moved" {
	run dedupe-paragraphs --near 0.8 --explain -v wire.txt edit-attribution.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-attribution.txt
	[near 1.00 wire.txt:5] Brandvold told reporters at the town hall: “We have never seen the river rise this fast, and we are asking everyone in the lower streets to leave now.”
	EOF
}

@test "dedupe-paragraphs --near: a credit appended" {
	run dedupe-paragraphs --near 0.8 --explain -v wire.txt edit-credit.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-credit.txt
	[near 0.86 wire.txt:9] Rail services between Marrowby and the coast were suspended after a section of track near Dunmere was washed away. (Northstar Press Agency)
	EOF
}

@test "dedupe-paragraphs --near: two wire paragraphs merged into one" {
	run dedupe-paragraphs --near 0.8 -v wire.txt edit-merged.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-merged.txt
	The regional weather office said another 80 millimetres of rain were expected before Thursday and warned that the dam upstream at Kellow was close to capacity. Rail services between Marrowby and the coast were suspended after a section of track near Dunmere was washed away.
	EOF
}

@test "dedupe-paragraphs --near: one wire paragraph split in two" {
	run dedupe-paragraphs --near 0.8 -v wire.txt edit-split.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-split.txt
	Brandvold’s office said the cost of the damage could not yet be estimated.
	Insurers in the region have already received more than 900 claims.
	EOF
}

@test "dedupe-paragraphs --near: different paragraphs about the same event all survive" {
	run dedupe-paragraphs --near 0.5 -v wire.txt negatives.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}negatives.txt
	EOF
}

@test "dedupe-paragraphs: without --near the edited repeats are kept" {
	run dedupe-paragraphs -v wire.txt edit-word.txt edit-clause-added.txt edit-merged.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	${FF}edit-word.txt
	${FF}edit-clause-added.txt
	${FF}edit-merged.txt
	EOF
}

@test "dedupe-paragraphs --near: a bad threshold is a usage error" {
	for t in 0 1.5 abc -0.3 ''; do
		run_split dedupe-paragraphs --near "$t" wire.txt
		[ "$status" -eq 2 ]
		[[ "$stderr" == *"invalid threshold"* ]]
		[ -z "$output" ]
	done
}

# --- state across runs ----------------------------------------------------

@test "dedupe-paragraphs --state: tonight's run drops what last night's kept" {
	run dedupe-paragraphs --state "$S" --today 2026-03-01 exact.txt
	[ "$status" -eq 0 ]
	[ -s "$S" ]
	run_split dedupe-paragraphs --state "$S" --today 2026-03-02 --stats wire.txt exact.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	${FF}wire.txt
	MARROWBY (Northstar Press Agency) — Floodwater from the River Tamsin forced more than 4,000 residents from their homes on Tuesday, the worst flooding the valley has seen in forty years.

	Mayor Ilse Brandvold said emergency shelters had been opened in three schools and that the army would help with the evacuation of the lower town.

	“We have never seen the river rise this fast, and we are asking everyone in the lower streets to leave now,” Brandvold told reporters at the town hall.

	The regional weather office said another 80 millimetres of rain were expected before Thursday, and warned that the dam upstream at Kellow was close to capacity.

	Rail services between Marrowby and the coast were suspended after a section of track near Dunmere was washed away.

	Brandvold’s office said the cost of the damage could not yet be estimated. Insurers in the region have already received more than 900 claims.
	${FF}exact.txt
	EOF
	[[ "$stderr" == *" paragraphs=15 kept=6 dropped_exact=9 dropped_near=0 fingerprints=11 "* ]]
}

@test "dedupe-paragraphs --state --near: near duplicates of last night's text" {
	run dedupe-paragraphs --near 0.8 --state "$S" wire.txt
	[ "$status" -eq 0 ]
	run dedupe-paragraphs --near 0.8 --state "$S" --explain edit-word.txt
	[ "$status" -eq 0 ]
	[ "$output" = "[near 0.96 state:$S] Floodwater from the River Tamsin forced more than 4,000 people from their homes on Tuesday, the worst flooding the valley has seen in forty years." ]
}

@test "dedupe-paragraphs --state-readonly: checks against the state, leaves it as it is" {
	dedupe-paragraphs --state "$S" exact.txt >/dev/null
	cp "$S" "$BATS_TEST_TMPDIR/before"
	run dedupe-paragraphs --state "$S" --state-readonly -v exact.txt wire.txt
	[ "$status" -eq 0 ]
	cmp "$S" "$BATS_TEST_TMPDIR/before"
	run dedupe-paragraphs --state "$S" -v wire.txt
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
}

@test "dedupe-paragraphs --max-age: entries older than DAYS are forgotten" {
	dedupe-paragraphs --state "$S" --today 2026-01-01 exact.txt >/dev/null
	run dedupe-paragraphs --state "$S" --state-readonly --today 2026-01-31 --max-age 30 -v exact.txt
	[ "$status" -eq 0 ]
	[ "$output" = "$(grep -v '^$' exact.txt)" ]
	run dedupe-paragraphs --state "$S" --today 2026-02-01 --window 30 exact.txt
	[ "$status" -eq 0 ]
	[ "$output" = "$(dedupe-paragraphs exact.txt)" ]
}

@test "dedupe-paragraphs --state: a corrupt state file is refused and left as it is" {
	dedupe-paragraphs --state "$S" exact.txt >/dev/null
	cp "$S" "$BATS_TEST_TMPDIR/good"
	printf 'X' | dd of="$S" bs=1 seek=40 conv=notrunc 2>/dev/null
	cp "$S" "$BATS_TEST_TMPDIR/bad"
	run_split dedupe-paragraphs --state "$S" exact.txt
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "dedupe-paragraphs: $S: corrupt state file (checksum mismatch); left as it is" ]
	cmp "$S" "$BATS_TEST_TMPDIR/bad"
}

@test "dedupe-paragraphs --state: a foreign file is refused and left as it is" {
	printf 'my notes\n' > "$S"
	run_split dedupe-paragraphs --state "$S" exact.txt
	[ "$status" -eq 2 ]
	[ "$stderr" = "dedupe-paragraphs: $S: not a dedupe-paragraphs state file; left as it is" ]
	[ "$(cat "$S")" = "my notes" ]
}

@test "dedupe-paragraphs --state: a directory is refused" {
	run_split dedupe-paragraphs --state "$BATS_TEST_TMPDIR" exact.txt
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "dedupe-paragraphs: $BATS_TEST_TMPDIR: not a regular file" ]
}

@test "dedupe-paragraphs --state: a state made --loose is refused by a --strict run" {
	dedupe-paragraphs --state "$S" exact.txt >/dev/null
	run_split dedupe-paragraphs --strict --state "$S" exact.txt
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"made with --loose, this run uses --strict"* ]]
}

@test "dedupe-paragraphs --state: concurrent runs on one state file lose nothing" {
	seq 1 100000 | sed 's/^/first batch paragraph /' > "$BATS_TEST_TMPDIR/a"
	seq 1 100000 | sed 's/^/second batch paragraph /' > "$BATS_TEST_TMPDIR/b"
	dedupe-paragraphs --state "$S" "$BATS_TEST_TMPDIR/a" > "$BATS_TEST_TMPDIR/a.out" &
	dedupe-paragraphs --state "$S" "$BATS_TEST_TMPDIR/b" > "$BATS_TEST_TMPDIR/b.out" &
	wait
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/a.out"
	cmp "$BATS_TEST_TMPDIR/b" "$BATS_TEST_TMPDIR/b.out"
	run_split dedupe-paragraphs --state "$S" --state-readonly --stats "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *" kept=0 dropped_exact=200000 "* ]]
}

@test "dedupe-paragraphs --state: kill -9 while the state is written leaves it whole" {
	D=$BATS_TEST_TMPDIR
	seq 1 1500000 | sed 's/^/old paragraph /' | dedupe-paragraphs --state "$S" >/dev/null
	seq 1 1500000 | sed 's/^/new paragraph /' > "$D/new"
	cp "$S" "$D/old"
	for i in 1 2 3; do
		before=$(ls -A "$D" | grep '^\.state\.tmp\.' || true)
		dedupe-paragraphs --state "$S" "$D/new" >/dev/null &
		pid=$!
		# Kill it as soon as its temporary state file appears.
		until ls -A "$D" | grep '^\.state\.tmp\.' | grep -qvxF "$before"; do
			kill -0 $pid 2>/dev/null || break
		done
		kill -9 $pid 2>/dev/null || true
		wait $pid || true
		run_split dedupe-paragraphs --state "$S" --state-readonly --stats </dev/null
		[ "$status" -eq 0 ]
		cmp -s "$S" "$D/old" || [[ "$stderr" == *" fingerprints=3000000 "* ]]
		cp "$D/old" "$S"
	done
	# The kills left a temporary file; the next writer clears it.
	[ -n "$(ls -A "$D" | grep '^\.state\.tmp\.')" ]
	dedupe-paragraphs --state "$S" </dev/null
	[ -z "$(ls -A "$D" | grep '^\.state\.tmp\.')" ]
}

@test "dedupe-paragraphs --state-readonly and --max-age need --state" {
	run_split dedupe-paragraphs --state-readonly exact.txt
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"need --state"* ]]
	run_split dedupe-paragraphs --state "$S" --scope doc exact.txt
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--state needs --scope all"* ]]
}

# --- stream forms -----------------------------------------------------------

@test "dedupe-paragraphs -J: paragraphs of the text field, other fields kept" {
	run dedupe-paragraphs -J records.jsonl
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	{"id":"n1","outlet":"Marrowby Courier","text":"Floodwater forced 4,000 residents from their homes.\nShare this article"}
	{"id":"n2","outlet":"Valley Post","text":"The army was called in."}
	EOF
}

@test "dedupe-paragraphs -J --explain: the line is the paragraph's place in the text" {
	run dedupe-paragraphs -J --explain records.jsonl
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	{"id":"n1","outlet":"Marrowby Courier","text":"Floodwater forced 4,000 residents from their homes.\nShare this article"}
	{"id":"n2","outlet":"Valley Post","text":"[exact n1:2] Share this article\n[exact n1:1] Floodwater forced 4,000 residents from their homes!\nThe army was called in."}
	EOF
}

@test "dedupe-paragraphs -p: blocks of hard-wrapped lines are the paragraphs" {
	run dedupe-paragraphs -p wrapped.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	Floodwater forced 4,000
	residents from their homes.

	The army was called in.
	EOF
}

@test "dedupe-paragraphs: kept lines pass through byte for byte (CRLF, NUL, invalid UTF-8, no final newline)" {
	printf 'a b\r\nA  B\r\nc\0d\n\377\376 bad\nc\0d\n\377\376 bad\nlast' > "$BATS_TEST_TMPDIR/in"
	printf 'a b\r\nc\0d\n\377\376 bad\nlast' > "$BATS_TEST_TMPDIR/want"
	dedupe-paragraphs "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/got"
	cmp "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/got"
}

@test "dedupe-paragraphs --stats: paragraphs, kept, dropped by kind, fingerprints" {
	run_split dedupe-paragraphs --near 0.8 --stats wire.txt edit-word.txt exact.txt
	[ "$status" -eq 0 ]
	[[ "$stderr" == "dedupe-paragraphs: stats: docs=3 "*" paragraphs=16 kept=11 dropped_exact=4 dropped_near=1 fingerprints=11 ngrams="*" set_bytes="*" state_bytes=0 seconds="* ]]
}

@test "dedupe-paragraphs: empty input gives empty output" {
	run dedupe-paragraphs </dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "dedupe-paragraphs: a full disk is exit 2 with a message" {
	run_split sh -c 'dedupe-paragraphs exact.txt >/dev/full'
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"stdout: No space left on device"* ]]
}

@test "dedupe-paragraphs: a full disk does not save the state" {
	run dedupe-paragraphs --state "$S" exact.txt
	run sh -c "dedupe-paragraphs --state '$S' wire.txt >/dev/full"
	[ "$status" -eq 2 ]
	run dedupe-paragraphs --state "$S" wire.txt
	[ "$output" = "$(cat wire.txt)" ]
}

@test "dedupe-paragraphs: unreadable file and directory are exit 2, the rest done" {
	run_split dedupe-paragraphs /nonexistent exact.txt .
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"/nonexistent: No such file or directory"* ]]
	[[ "$output" == *"Council approves new budget for Marrowby"* ]]
}

@test "dedupe-paragraphs: unknown option is usage on stderr, exit 2" {
	run_split dedupe-paragraphs --frobnicate
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == *"usage: dedupe-paragraphs"* ]]
}

@test "dedupe-paragraphs -h: usage on stdout, exit 0" {
	run_split dedupe-paragraphs -h
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: dedupe-paragraphs "* ]]
	[ -z "$stderr" ]
}

# --- map/reduce --------------------------------------------------------------

@test "dedupe-paragraphs --emit-fingerprints: fingerprint, doc, line per paragraph" {
	run dedupe-paragraphs --emit-fingerprints --min-words 4 exact.txt
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 7 ]
	[[ "${lines[0]}" =~ ^[0-9a-f]{16}$'\t'exact.txt$'\t'1$ ]]
	[ "$(printf '%s\n' "${lines[@]}" | cut -f1 | sort | uniq -d | wc -l)" -eq 3 ]
}

@test "dedupe-paragraphs --reduce: first by doc then line, whatever the arrival order" {
	run sh -c 'printf "f1\tb\t3\nf1\ta\t9\nf1\ta\t10\nf2\tz\t1\n" | dedupe-paragraphs --reduce | sort'
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	a	10
	b	3
	EOF
}

@test "dedupe-paragraphs --reduce: a malformed record is reported, exit 2" {
	run_split sh -c 'printf "f1\tb\t3\nnonsense\n" | dedupe-paragraphs --reduce'
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"-:2: not a fingerprint record"* ]]
}

@test "dedupe-paragraphs: map | sort | reduce then --apply per shard equals one run" {
	T=$BATS_TEST_TMPDIR
	cat-docs edit-*.txt exact.txt > "$T/shard1"
	cat-docs negatives.txt records.jsonl wire.txt wrapped.txt > "$T/shard2"
	cat "$T/shard1" "$T/shard2" | dedupe-paragraphs > "$T/one"
	for s in shard1 shard2; do
		dedupe-paragraphs --emit-fingerprints "$T/$s"
	done | LC_ALL=C sort | dedupe-paragraphs --reduce > "$T/drop"
	[ -s "$T/drop" ]
	for s in shard1 shard2; do
		dedupe-paragraphs --apply "$T/drop" "$T/$s"
	done > "$T/mr"
	cmp "$T/one" "$T/mr"
}

@test "hadoop-dedupe --local: shards apart give the bytes of one run (framed)" {
	T=$BATS_TEST_TMPDIR
	cat-docs edit-*.txt exact.txt > "$T/part-0"
	cat-docs negatives.txt records.jsonl wire.txt wrapped.txt > "$T/part-1"
	cat "$T/part-0" "$T/part-1" | dedupe-paragraphs > "$T/one"
	run_split "$NU_ROOT/scripts/hadoop-dedupe" --local -o "$T/out" "$T/part-0" "$T/part-1"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	cat "$T/out/part-0" "$T/out/part-1" | cmp - "$T/one"
}

@test "hadoop-dedupe --local -J: shards apart give the bytes of one run (JSON Lines)" {
	T=$BATS_TEST_TMPDIR
	i=0
	for f in edit-*.txt exact.txt negatives.txt wire.txt; do
		i=$((i + 1))
		cat-docs -J "$f" | sed "s/\"id\":\"$f\"/\"id\":\"doc$(printf %02d $i)\"/"
	done > "$T/all.jsonl"
	head -5 "$T/all.jsonl" > "$T/part-0"
	tail -n +6 "$T/all.jsonl" > "$T/part-1"
	dedupe-paragraphs -J "$T/all.jsonl" > "$T/one"
	run "$NU_ROOT/scripts/hadoop-dedupe" --local -J -o "$T/out" "$T/part-0" "$T/part-1"
	[ "$status" -eq 0 ]
	[ "$(wc -l < "$T/out/droplist.tsv")" -eq 4 ]
	cat "$T/out/part-0" "$T/out/part-1" | cmp - "$T/one"
}

@test "hadoop-dedupe --local --near: shards apart give the bytes of one near run" {
	T=$BATS_TEST_TMPDIR
	cat-docs edit-*.txt exact.txt > "$T/part-0"
	cat-docs negatives.txt records.jsonl wire.txt wrapped.txt > "$T/part-1"
	cat "$T/part-0" "$T/part-1" | dedupe-paragraphs --near 0.7 > "$T/one"
	run_split "$NU_ROOT/scripts/hadoop-dedupe" --local --near 0.7 -o "$T/out" "$T/part-0" "$T/part-1"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(wc -l < "$T/out/droplist.tsv")" -eq 13 ]
	cat "$T/out/part-0" "$T/out/part-1" | cmp - "$T/one"
}

@test "dedupe-paragraphs --reduce-near: exact repeats and covered paragraphs make the drop list" {
	run sh -c 'printf "a\t1\nb\t2\t0\t6\nb\t2\t1\t6\nc\t3\t0\t6\n" | dedupe-paragraphs --near 0.9 --reduce-near'
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	a	1
	b	2
	EOF
}

@test "hadoop-dedupe -n: prints the streaming jobs" {
	HADOOP_STREAMING=/opt/streaming.jar run "$NU_ROOT/scripts/hadoop-dedupe" -n -J -o /out /in/dump.jsonl
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "hadoop jar /opt/streaming.jar -D mapreduce.job.name=dedupe-fingerprints -input /in/dump.jsonl -output /out/repeats -mapper dedupe-paragraphs --emit-fingerprints -J -reducer dedupe-paragraphs --reduce" ]
	[ "${lines[1]}" = "hadoop fs -getmerge /out/repeats droplist.tsv" ]
	[[ "${lines[2]}" == *"-mapper dedupe-paragraphs --apply droplist.tsv -J" ]]
}

@test "hadoop-dedupe -n --near: a second job reduces by doc and line" {
	HADOOP_STREAMING=/opt/streaming.jar run "$NU_ROOT/scripts/hadoop-dedupe" -n -J --near 0.7 -o /out /in/dump.jsonl
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == *"-mapper dedupe-paragraphs --emit-fingerprints --near 0.7 -J -reducer dedupe-paragraphs --reduce" ]]
	[ "${lines[1]}" = "hadoop jar /opt/streaming.jar -D mapreduce.job.name=dedupe-coverage -D stream.num.map.output.key.fields=2 -input /out/repeats -output /out/droplist -mapper cat -reducer dedupe-paragraphs --near 0.7 --reduce-near" ]
}
