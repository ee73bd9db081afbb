#!/usr/bin/env bats
# split-docs: write a stream's documents back to files.

load helper

setup() {
	OUT="$BATS_TEST_TMPDIR/out"
	cd "$BATS_TEST_TMPDIR"
}

@test "split-docs: cat-docs | split-docs gives back the files byte for byte" {
	mkdir -p in
	printf 'plain\ntext\n' > in/a
	printf 'crlf\r\nline\r\n' > in/b
	printf 'nul\000byte \377\376 invalid\n' > in/c
	head -c 20000 /dev/urandom | tr '\f' x > in/d
	: > in/e
	cat-docs in/a in/b in/c in/e in/d | split-docs -d "$OUT"
	for f in a b c d e; do cmp in/$f "$OUT/in/$f"; done
}

@test "split-docs: names from a framed stream" {
	printf '\fone\nx\n\ftwo\ny\n' | split-docs -d "$OUT"
	[ "$(cat "$OUT/one")" = x ]
	[ "$(cat "$OUT/two")" = y ]
}

@test "split-docs: unsafe names get numbered files inside DIR" {
	printf '\f../escape\na\n\f.hidden\nb\n\f\nc\n\fx\001y\nd\n' |
		split-docs -d "$OUT"
	[ ! -e "$BATS_TEST_TMPDIR/escape" ]
	run ls -A "$OUT"
	expect_output <<-EOF
	doc-000001
	doc-000002
	doc-000003
	doc-000004
	EOF
	[ "$(cat "$OUT/doc-000002")" = b ]
}

@test "split-docs: a leading slash is dropped, folders are made" {
	printf '\f/abs/path/f.txt\nz\n' | split-docs -d "$OUT"
	[ "$(cat "$OUT/abs/path/f.txt")" = z ]
}

@test "split-docs: a symlinked folder inside DIR is not followed" {
	mkdir -p "$OUT" elsewhere
	ln -s "$BATS_TEST_TMPDIR/elsewhere" "$OUT/link"
	printf '\flink/f\nz\n' | split-docs -d "$OUT"
	[ ! -e elsewhere/f ]
	[ "$(cat "$OUT/doc-000001")" = z ]
}

@test "split-docs: an existing file is not overwritten without --force" {
	mkdir -p "$OUT"
	echo old > "$OUT/one"
	run_split sh -c 'printf "\fone\nnew\n" | split-docs -d "$0"' "$OUT"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"split-docs: $OUT/one: File exists"* ]]
	[ "$(cat "$OUT/one")" = old ]
	printf '\fone\nnew\n' | split-docs --force -d "$OUT"
	[ "$(cat "$OUT/one")" = new ]
}

@test "split-docs -J: each record's text field becomes a file" {
	printf '{"id":"r1","text":"a\\nb\\n"}\n{"id":"r2","text":"c"}\n' |
		split-docs -J -d "$OUT"
	[ "$(cat "$OUT/r1")" = "$(printf 'a\nb')" ]
	[ "$(wc -c < "$OUT/r1")" -eq 4 ]
	[ "$(cat "$OUT/r2")" = c ]
}

@test "split-docs -J: a bad record is reported with its line, the rest written, exit 2" {
	run_split sh -c 'printf "{\"id\":\"r1\",\"text\":\"a\"}\n{\"id\":\n{\"id\":\"r3\",\"text\":\"c\"}\n" | split-docs -J -d "$0"' "$OUT"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "split-docs: -:2: invalid JSON"* ]]
	[ -f "$OUT/r1" ] && [ -f "$OUT/r3" ]
}

@test "split-docs: no -d is a usage error" {
	run_split split-docs
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"usage: split-docs"* ]]
}

@test "split-docs: no temporary files are left behind" {
	printf '\fa\nx\n\fb\ny\n' | split-docs -d "$OUT"
	run ls -A "$OUT"
	expect_output <<-EOF
	a
	b
	EOF
}
