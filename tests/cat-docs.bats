#!/usr/bin/env bats
# cat-docs: frame files into one stream.

load helper

setup() {
	cd "$DATA/cat-docs"
}

@test "cat-docs: one header line per file, content unchanged" {
	run cat-docs one.txt two.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	$(printf '\f')one.txt
	First line
	Second line
	$(printf '\f')two.txt
	Only line, no newline
	EOF
}

@test "cat-docs: a file that holds headers keeps its documents as FILE/NAME" {
	run cat-docs framed.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	$(printf '\f')framed.txt/a
	in a
	$(printf '\f')framed.txt/b
	in b
	EOF
}

@test "cat-docs: stdin is the document -" {
	run sh -c 'printf "x\n" | cat-docs'
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '\f-\nx')" ]
}

@test "cat-docs -J: JSON Lines with id and text" {
	run cat-docs -J one.txt two.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	{"id":"one.txt","text":"First line\nSecond line\n"}
	{"id":"two.txt","text":"Only line, no newline"}
	EOF
}

@test "cat-docs -J: invalid bytes become U+FFFD, NUL escaped" {
	printf 'a\377b\000c\n' > "$BATS_TEST_TMPDIR/bad"
	run cat-docs -J "$BATS_TEST_TMPDIR/bad"
	[ "$status" -eq 0 ]
	[[ "$output" == *'"text":"a'$'\xef\xbf\xbd''b\u0000c\n"}' ]]
}

@test "cat-docs --from-list: names read from stdin" {
	run sh -c 'printf "one.txt\ntwo.txt\n" | cat-docs --from-list | grep -c "^$(printf "\f")"'
	[ "$output" = 2 ]
}

@test "cat-docs --from-list -0: NUL-separated names" {
	run sh -c 'printf "one.txt\0two.txt\0" | cat-docs --from-list -0 | head -1'
	[ "$output" = "$(printf '\f')one.txt" ]
}

@test "cat-docs: an empty file is an empty document" {
	: > "$BATS_TEST_TMPDIR/empty"
	run cat-docs "$BATS_TEST_TMPDIR/empty" one.txt
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '\f')$BATS_TEST_TMPDIR/empty" ]
	[ "${lines[1]}" = "$(printf '\f')one.txt" ]
}

@test "cat-docs: missing file and directory are reported, the rest framed, exit 2" {
	run_split cat-docs one.txt nonexistent.txt .
	[ "$status" -eq 2 ]
	[ "${lines[0]}" = "$(printf '\f')one.txt" ]
	[[ "$stderr" == *"cat-docs: nonexistent.txt: No such file or directory"* ]]
	[[ "$stderr" == *"cat-docs: .: Is a directory"* ]]
}

@test "cat-docs: >/dev/full gives exit 2 and a message" {
	run sh -c 'cat-docs one.txt >/dev/full'
	[ "$status" -eq 2 ]
	[[ "$output" == *"cat-docs: stdout: No space left on device"* ]]
}

@test "cat-docs: unknown option gives usage on stderr and exit 2" {
	run_split cat-docs --bogus
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == *"usage: cat-docs"* ]]
}

@test "cat-docs -h: usage on stdout, exit 0; --version" {
	run cat-docs -h
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: cat-docs"* ]]
	run cat-docs --version
	[ "$status" -eq 0 ]
	[[ "$output" == "cat-docs (newsutils) "* ]]
}

@test "cat-docs --stats: one summary line on stderr" {
	run_split cat-docs --stats one.txt two.txt
	[ "$status" -eq 0 ]
	[[ "$stderr" == "cat-docs: stats: docs=2 lines_in=3 "*" seconds="* ]]
}
