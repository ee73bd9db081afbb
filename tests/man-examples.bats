#!/usr/bin/env bats
# The EXAMPLES of every man page run: each literal block is run in a
# folder holding files with the names the examples use (made from the
# sample dump), with stdin empty, under "set -o pipefail", and must exit 0
# with no usage message.  Blocks that need what a test machine lacks
# (lynx, remote hosts, /srv, crontab lines) are skipped by pattern.

load helper

# Print the EXAMPLES blocks of a page, one block per NUL-ended record,
# with mdoc's \e turned back into a backslash and "$ " prompts removed.
examples() {
	awk '
		/^\.Sh EXAMPLES/ { ex = 1; next }
		/^\.Sh/ { ex = 0 }
		ex && /^\.Bd/ { bd = 1; block = ""; next }
		ex && /^\.Ed/ { bd = 0; printf "%s%c", block, 0; next }
		ex && bd { sub(/^\$ /, ""); gsub(/\\e/, "\\"); block = block $0 "\n" }
	' "$1"
}

setup_file() {
	local sb="$BATS_FILE_TMPDIR/sb" s="$DATA/sample"
	mkdir -p "$sb/pages" "$sb/dump" "$sb/dumps"
	cp "$s"/0[1-4]-*.txt "$sb/pages/"
	cp "$s"/0[5-8]-*.txt "$sb/dump/"
	cp "$s"/09-*.txt "$s"/1*.txt "$sb/dumps/"
	"$NU_BIN/cat-docs" "$s"/*.txt > "$sb/dump.txt"
	for f in dump.jsonl articles.jsonl news.jsonl; do
		cp "$DATA/sample.jsonl" "$sb/$f"
	done
	cp "$s/01-harbor-gazette.txt" "$sb/page.txt"
	cp "$s/01-harbor-gazette.txt" "$sb/story.txt"
	cp "$s/01-harbor-gazette.txt" "$sb/wire.txt"
	cp "$s/02-calder-daily-record.txt" "$sb/outlet.txt"
	"$NU_BIN/cat-docs" "$s"/0[1-6]-*.txt > "$sb/shard-1.txt"
	"$NU_BIN/cat-docs" "$s"/0[7-9]-*.txt "$s"/1*.txt > "$sb/shard-2.txt"
	printf 'Capt.\nProf.\n' > "$sb/abbrevs.txt"
	printf '^Listen to\n' > "$sb/rules.txt"
}

run_examples() {
	local page="$NU_ROOT/man/$1" block n=0 failed=0
	# A copy per test: suites run with --jobs, and examples write files.
	cp -R "$BATS_FILE_TMPDIR/sb" "$BATS_TEST_TMPDIR/sb"
	cd "$BATS_TEST_TMPDIR/sb"
	while IFS= read -r -d '' block; do
		case $block in
		*lynx*|*/srv*|*zstd*|*"-S news"*|*"* * *"*|*PATH=*|*"parallel --pipe"*)
			continue ;;
		esac
		n=$((n + 1))
		run --separate-stderr bash -o pipefail -c "$block" </dev/null
		if [ "$status" -ne 0 ] || [[ "$stderr" == *usage:* ]]; then
			printf 'example failed (exit %s):\n%s\nstderr: %s\n' \
				"$status" "$block" "$stderr" >&2
			failed=$((failed + 1))
		fi
		rm -rf clean articles
	done < <(examples "$page")
	[ "$n" -gt 0 ] && [ "$failed" -eq 0 ]
}

setup() {
	PATH="$NU_BIN:$NU_ROOT/scripts:$PATH"
}

@test "man examples: cat-docs.1" { run_examples cat-docs.1; }
@test "man examples: split-docs.1" { run_examples split-docs.1; }
@test "man examples: newsutils.7" { run_examples newsutils.7; }
@test "man examples: normalize-text.1" { run_examples normalize-text.1; }
@test "man examples: split-sentences.1" { run_examples split-sentences.1; }
@test "man examples: strip-boilerplate.1" { run_examples strip-boilerplate.1; }
@test "man examples: dedupe-paragraphs.1" { run_examples dedupe-paragraphs.1; }
@test "man examples: extract-dates.1" { run_examples extract-dates.1; }
@test "man examples: extract-quotes.1" { run_examples extract-quotes.1; }
@test "man examples: news-clean.1" { run_examples news-clean.1; }
@test "man examples: nu-parallel.1" {
	command -v parallel >/dev/null || skip "GNU parallel not installed"
	run_examples nu-parallel.1
}
