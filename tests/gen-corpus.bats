#!/usr/bin/env bats
#
# gen-corpus.bats: the bench's input generator is deterministic and gives
# the stream it promises (framing, CRLF, invalid UTF-8, repeated wire
# paragraphs, valid JSON Lines).

load helper

gen() {
	"$NU_ROOT/scripts/gen-corpus" "$@"
}

@test "gen-corpus: the same seed gives the same bytes, another seed others" {
	gen 300K >"$BATS_TEST_TMPDIR/a"
	gen 300K >"$BATS_TEST_TMPDIR/b"
	gen --seed 2 300K >"$BATS_TEST_TMPDIR/c"
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	! cmp -s "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/c"
}

@test "gen-corpus: stops at the first document boundary at or past SIZE" {
	gen 200K >"$BATS_TEST_TMPDIR/a"
	n=$(wc -c <"$BATS_TEST_TMPDIR/a")
	[ "$n" -ge 204800 ] && [ "$n" -lt 220000 ]
	# Whole documents: it starts with a header and ends with a newline.
	[ "$(head -c 1 "$BATS_TEST_TMPDIR/a" | od -An -c | tr -d ' ')" = '\f' ]
	[ -z "$(tail -c 1 "$BATS_TEST_TMPDIR/a")" ]
	run gen 0
	[ "$status" -eq 0 ] && [ -z "$output" ]
}

@test "gen-corpus: framed documents with CRLF, invalid UTF-8 and repeated paragraphs" {
	gen 2M >"$BATS_TEST_TMPDIR/a"
	f="$BATS_TEST_TMPDIR/a"
	[ "$(LC_ALL=C grep -c $'^\f' "$f")" -gt 300 ]
	[ "$(LC_ALL=C grep -c $'\r$' "$f")" -gt 100 ]
	! iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1
	# About 15% of body paragraphs are wire copies, many of them exact
	# repeats (the share of repeats grows with the stream: 14% at 16M).
	LC_ALL=C awk 'length($0) > 120 { n++; if (seen[$0]++) d++ }
	    END { exit !(d / n > 0.05 && d / n < 0.25) }' "$f"
}

@test "gen-corpus --jsonl: one valid JSON object per line, valid UTF-8" {
	gen --jsonl 1M >"$BATS_TEST_TMPDIR/a"
	iconv -f UTF-8 -t UTF-8 "$BATS_TEST_TMPDIR/a" >/dev/null
	run jq -r 'select(type != "object" or (.text | type) != "string" or (.id | type) != "string") | "bad"' \
	    "$BATS_TEST_TMPDIR/a"
	[ "$status" -eq 0 ] && [ -z "$output" ]
	[ "$(wc -l <"$BATS_TEST_TMPDIR/a")" -gt 150 ]
}

@test "gen-corpus: bad usage gives exit 2 and a message" {
	run gen
	[ "$status" -eq 2 ]
	run gen 12X
	[ "$status" -eq 2 ] && [[ "$output" == *"invalid size"* ]]
	run gen --seed x 1K
	[ "$status" -eq 2 ] && [[ "$output" == *"invalid seed"* ]]
	run gen --help
	[ "$status" -eq 0 ] && [[ "$output" == usage:* ]]
}
