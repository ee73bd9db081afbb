#!/usr/bin/env bats
#
# strip-boilerplate: rule families, the classifier's context pass, titles,
# sidebars, options, framing and the hostile-input cases.  Expected output
# is written by hand; fixtures are in tests/data/strip-boilerplate/.

load helper

SB="$DATA/strip-boilerplate"

# An article (body.txt) with LINE inserted after its second paragraph, as
# line 6; prints the verdict and reason that --explain gives line 6.
verdict_in_article() {
	{
		sed -n 1,5p "$SB/body.txt"
		printf '%s\n\n' "$1"
		sed -n '6,$p' "$SB/body.txt"
	} >"$BATS_TEST_TMPDIR/in.txt"
	strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt" |
	    awk -F'\t' '$2 == 6 { print $3 " " $4 }'
}

# Every line that families.tsv lists for FAMILY must be dropped by it.
family_drops() {
	local fam=$1 line got n=0 bad=0

	while IFS="$(printf '\t')" read -r f line; do
		[ "$f" = "$fam" ] || continue
		n=$((n + 1))
		got=$(verdict_in_article "$line")
		if [ "$got" != "drop rule:$fam" ]; then
			echo "not dropped by $fam: $line ($got)" >&2
			bad=1
		fi
	done <"$SB/families.tsv"
	[ "$n" -gt 0 ] && [ "$bad" -eq 0 ]
}

@test "a page: title and body kept byte for byte, the rest dropped" {
	run_split strip-boilerplate "$SB/page.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	diff <(printf '%s\n' "$output") "$SB/page.gold"
}

@test "a clean article comes through whole" {
	run strip-boilerplate "$SB/body.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$SB/body.txt"
}

@test "rule family cookies" { family_drops cookies; }
@test "rule family legal" { family_drops legal; }
@test "rule family copyright" { family_drops copyright; }
@test "rule family subscribe" { family_drops subscribe; }
@test "rule family embed" { family_drops embed; }
@test "rule family embed-attribution" { family_drops embed-attribution; }
@test "rule family caption" { family_drops caption; }
@test "rule family source" { family_drops source; }
@test "rule family tags" { family_drops tags; }
@test "rule family comments" { family_drops comments; }
@test "rule family sidebar" { family_drops sidebar; }
@test "rule family related" { family_drops related; }
@test "rule family share" { family_drops share; }
@test "rule family ads" { family_drops ads; }
@test "rule family prompts" { family_drops prompts; }
@test "rule family breadcrumb" { family_drops breadcrumb; }
@test "rule family nav" { family_drops nav; }
@test "rule family timestamp" { family_drops timestamp; }
@test "rule family byline" { family_drops byline; }
@test "rule family appeal" { family_drops appeal; }

@test "every compiled-in family has lines in families.tsv" {
	run strip-boilerplate --list-rules
	[ "$status" -eq 0 ]
	for fam in $(printf '%s\n' "$output" | cut -f1); do
		grep -q "^$fam	" "$SB/families.tsv"
	done
}

@test "near misses: body lines that start like boilerplate are kept" {
	local line got bad=0

	while IFS= read -r line; do
		got=$(verdict_in_article "$line")
		case $got in
		keep*) ;;
		*) echo "dropped: $line ($got)" >&2; bad=1 ;;
		esac
	done <"$SB/keep.txt"
	[ "$bad" -eq 0 ]
}

@test "an embedded post: the post and its attribution both go" {
	run strip-boilerplate --explain "$SB/page.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 == 26 || $2 == 27' |
	    cut -f2-4) - <<-'EOF'
	26	drop	rule:embed
	27	drop	rule:embed-attribution
	EOF
	printf 'Title of the piece here\n\n%s\n\nThe mayor said on the radio that she would call the builders in.\n— Mayor Jo Fenn (@MayorFenn) June 3, 2025\n\n%s\n' \
	    "$(sed -n 3p "$SB/body.txt")" "$(sed -n 5p "$SB/body.txt")" |
	    strip-boilerplate --explain | cut -f2-4 >"$BATS_TEST_TMPDIR/e"
	grep -q '^5	drop	embed$' "$BATS_TEST_TMPDIR/e"
}

@test "context: a subhead between body paragraphs is kept" {
	run strip-boilerplate --explain "$SB/page.txt"
	printf '%s\n' "$output" | grep -q '^[^	]*	20	keep	context-good	.*What went wrong$'
}

@test "context: short lines after the body are dropped, a closing sentence kept" {
	{
		cat "$SB/body.txt"
		printf '\nThe authority did not say when it would test again.\n'
		printf '\nAround the valley\nFerry service resumes on the lower Wendle\n'
		printf '\nTags: flooding\n'
	} >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | cut -f2-4 | tail -4) - <<-'EOF'
	15	keep	context-good
	17	drop	context-bad
	18	drop	context-bad
	20	drop	rule:tags
	EOF
}

@test "context: a near-good paragraph among junk is dropped" {
	printf 'Menu\nHome | News | Sport\nThe council will meet again on Tuesday to hear from residents about it.\nTags: council\n' |
	    strip-boilerplate --explain | cut -f2-4 >"$BATS_TEST_TMPDIR/e"
	grep -q '^3	drop	' "$BATS_TEST_TMPDIR/e"
}

@test "context: junk does not make its neighbours good" {
	{
		cat "$SB/body.txt"
		printf '\nAdvertisement\nValley news in brief\nAdvertisement\n'
		printf 'Ferry service resumes on the lower Wendle\n'
		printf 'Copyright 2025 Courier\n'
	} >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$SB/body.txt"
}

@test "context: inline junk is looked through, the body goes on after it" {
	run strip-boilerplate --explain "$SB/page.txt"
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 >= 26 && $2 <= 33' |
	    cut -f2-3) - <<-'EOF'
	26	drop
	27	drop
	29	keep
	31	keep
	33	keep
	EOF
}

@test "context: a brief of two near-good paragraphs is kept" {
	printf 'Ferry back on the lower Wendle\n\nThe ferry across the lower Wendle ran again on Friday after a week out of service.\n\nThe operator said it would add an extra boat in the evenings until the end of the month.\n' >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$BATS_TEST_TMPDIR/in.txt"
}

@test "sidebar: a most-read list after the body goes, heading and items" {
	run strip-boilerplate --explain "$SB/page.txt"
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 >= 43 && $2 <= 46' |
	    cut -f2-4) - <<-'EOF'
	43	drop	rule:sidebar
	44	drop	sidebar
	45	drop	sidebar
	46	drop	sidebar
	EOF
}

@test "sidebar: the article resumes after an inline related box" {
	{
		sed -n 1,5p "$SB/body.txt"
		printf 'Related\nCastlemere votes to raise the river wall\n'
		sed -n '6,$p' "$SB/body.txt"
	} >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$SB/body.txt"
}

@test "title: a 'Headline | Site' line gives way to the headline below it" {
	run strip-boilerplate --explain "$SB/page.txt"
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 == 1 || $2 == 7' |
	    cut -f2-4) - <<-'EOF'
	1	drop	title-site
	7	keep	title
	EOF
}

@test "title: --clean-title cuts the site name off the title" {
	printf 'Barrier fails its first test | Castlemere Courier\r\n\r\n%s\r\n' \
	    "$(sed -n 3p "$SB/body.txt")" >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate --clean-title "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | head -1)" = "$(printf 'Barrier fails its first test\r')" ]
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$(printf '%s\n' "$output" | head -1)" = "$(printf 'Barrier fails its first test | Castlemere Courier\r')" ]
}

@test "title: --no-title drops it" {
	run strip-boilerplate --no-title "$SB/body.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") <(sed -n '3,$p' "$SB/body.txt")
}

@test "title: a site name on the first line is not the title" {
	{
		printf 'CASTLEMERE COURIER\nNews  Sport  Business  Weather\n\n'
		cat "$SB/body.txt"
	} >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$SB/body.txt"
}

@test "title: a first line that is a paragraph is treated as one" {
	sed -n '3,$p' "$SB/body.txt" >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt"
	[ "$(printf '%s\n' "$output" | head -1 | cut -f3,4)" = "keep	good" ]
}

@test "captions printed twice are dropped; --keep-captions keeps one" {
	run strip-boilerplate --keep-captions --explain "$SB/page.txt"
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 == 11 || $2 == 12' |
	    cut -f2-4) - <<-'EOF'
	11	keep	caption-kept
	12	drop	repeat
	EOF
}

@test "a portal page comes out empty, its header kept" {
	{
		printf '\fportal\nThe Daily Lantern\nHome\nWorld\nBusiness\nMost read\n'
		printf '1. Rates cut for the first time in three years\n'
		printf '2. Mortgage holders: what the cut means for you\n'
		printf '\302\251 2024 The Daily Lantern. All rights reserved.\n'
		printf '\farticle\n'
		cat "$SB/body.txt"
	} >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") <(printf '\fportal\n\farticle\n'; cat "$SB/body.txt")
}

@test "-v prints only what would be dropped" {
	run strip-boilerplate -v "$SB/body.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	printf 'Advertisement\n' >"$BATS_TEST_TMPDIR/ad"
	run strip-boilerplate -v "$SB/page.txt"
	printf '%s\n' "$output" | grep -qx 'Advertisement'
	! printf '%s\n' "$output" | grep -q 'Engineers in the river town'
}

@test "--explain: doc, line, verdict, reason, features, text as TSV" {
	run strip-boilerplate --explain "$SB/body.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 7 ]
	printf '%s\n' "$output" | head -1 | awk -F'\t' -v f="$SB/body.txt" '
	    NF == 6 && $1 == f && $2 == 1 && $3 == "keep" && $4 == "title" &&
	    $5 ~ /^class=[a-z-]+ words=10 / &&
	    $6 == "Flood barrier on the Wendle river fails its first test" { ok = 1 }
	    END { exit !ok }'
}

@test "--explain -v lists only the dropped paragraphs" {
	run strip-boilerplate --explain -v "$SB/page.txt"
	[ "$status" -eq 0 ]
	! printf '%s\n' "$output" | cut -f3 | grep -qv drop
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 20 ]
}

@test "-e and -f add patterns of the user's" {
	run strip-boilerplate -e '^The authority said' "$SB/body.txt"
	[ "$status" -eq 0 ]
	! printf '%s\n' "$output" | grep -q '^The authority said'
	printf '# a comment\n\nHaldane Works\n' >"$BATS_TEST_TMPDIR/pats"
	run strip-boilerplate --explain -f "$BATS_TEST_TMPDIR/pats" "$SB/body.txt"
	printf '%s\n' "$output" | grep -q '	9	drop	rule:user	'
}

@test "a bad -e pattern or a missing -f file: exit 2 with a message" {
	run_split strip-boilerplate -e 'a(b' "$SB/body.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "strip-boilerplate: -e a(b: "* ]]
	run_split strip-boilerplate -f "$BATS_TEST_TMPDIR/nope" "$SB/body.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "strip-boilerplate: $BATS_TEST_TMPDIR/nope: "* ]]
	printf 'ok\n(unclosed\n' >"$BATS_TEST_TMPDIR/pats"
	run_split strip-boilerplate -f "$BATS_TEST_TMPDIR/pats" "$SB/body.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "strip-boilerplate: $BATS_TEST_TMPDIR/pats:2: "* ]]
}

@test "--no-default-rules leaves only the classifier and the user's rules" {
	run strip-boilerplate --no-default-rules --explain "$SB/page.txt"
	[ "$status" -eq 0 ]
	! printf '%s\n' "$output" | cut -f4 | grep -q '^rule:'
	run strip-boilerplate --no-default-rules -e '^Advertisement$' --explain "$SB/page.txt"
	printf '%s\n' "$output" | grep -q '	18	drop	rule:user	'
}

@test "--stats: one line with per-rule counts on stderr" {
	run_split strip-boilerplate --stats "$SB/page.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ]
	[[ "$stderr" == "strip-boilerplate: stats: docs=1 "* ]]
	[[ "$stderr" == *" dropped=20 "* ]]
	[[ "$stderr" == *" rule.cookies=1 "* ]]
	[[ "$stderr" == *" rule.sidebar=1 "* ]]
	[[ "$stderr" == *" sidebar=3 "* ]]
}

@test "--lang picks the stoplist; an unknown one is exit 2" {
	printf 'Die Flutmauer hat versagt\n\nDie Ingenieure der Stadt sagten am Donnerstag, dass die neue Flutmauer bei ihrem ersten echten Test nicht ganz geschlossen habe und Wasser in zwei Straßen gelaufen sei.\n' >"$BATS_TEST_TMPDIR/de.txt"
	run strip-boilerplate --lang de "$BATS_TEST_TMPDIR/de.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 3 ]
	run strip-boilerplate "$BATS_TEST_TMPDIR/de.txt"
	[ -z "$output" ]
	run_split strip-boilerplate --lang xx "$SB/body.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "strip-boilerplate: unknown language: xx"* ]]
}

@test "-J rewrites the text field and keeps the other fields" {
	jq -cn --rawfile t "$SB/page.txt" '{id: "p1", url: "https://example.test/p1", text: $t}' >"$BATS_TEST_TMPDIR/in.jsonl"
	run strip-boilerplate -J "$BATS_TEST_TMPDIR/in.jsonl"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 1 ]
	[ "$(printf '%s\n' "$output" | jq -r .url)" = "https://example.test/p1" ]
	diff <(printf '%s\n' "$output" | jq -j .text) "$SB/page.gold"
}

@test "-J --explain names documents by id and numbers pieces" {
	printf '{"id":"a1","text":"Menu\\nSome headline for the story\\n%s"}\n' \
	    "$(sed -n 3p "$SB/body.txt")" >"$BATS_TEST_TMPDIR/in.jsonl"
	run strip-boilerplate -J --explain "$BATS_TEST_TMPDIR/in.jsonl"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | cut -f1-4) - <<-'EOF'
	a1	1	drop	rule:nav
	a1	2	keep	title
	a1	3	keep	good
	EOF
}

@test "-p reads hard-wrapped paragraphs" {
	fold -s -w 72 "$SB/body.txt" >"$BATS_TEST_TMPDIR/wrapped.txt"
	printf '\nTags: flooding,\nCastlemere\n' >>"$BATS_TEST_TMPDIR/wrapped.txt"
	run strip-boilerplate -p --explain "$BATS_TEST_TMPDIR/wrapped.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f3 | sort | uniq -c | tr -s ' ')" = "$(printf ' 1 drop\n 7 keep')" ]
}

@test "framing: several documents keep their headers, one plain stays plain" {
	run strip-boilerplate "$SB/body.txt" "$SB/page.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") <(printf '\f%s\n' "$SB/body.txt"; cat "$SB/body.txt"; printf '\f%s\n' "$SB/page.txt"; cat "$SB/page.gold")
	run strip-boilerplate <"$SB/body.txt"
	diff <(printf '%s\n' "$output") "$SB/body.txt"
}

@test "CRLF, no final newline and a blank-line run come back as they were" {
	{ sed -n 1,3p "$SB/body.txt"; printf '\n\n'; sed -n 5p "$SB/body.txt"; } |
	    sed 's/$/\r/' | head -c -2 >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	cmp <(strip-boilerplate "$BATS_TEST_TMPDIR/in.txt") "$BATS_TEST_TMPDIR/in.txt"
}

@test "invalid UTF-8 and NUL bytes pass through in kept lines" {
	{
		sed -n 1,2p "$SB/body.txt"
		printf 'Engineers in the river town \377\376 of Castlemere said on Thursday that the new barrier had\0failed to close fully during its first real test, letting water into two streets near the old mill.\n'
	} >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	cmp <(strip-boilerplate "$BATS_TEST_TMPDIR/in.txt") "$BATS_TEST_TMPDIR/in.txt"
}

@test "empty input: no output, exit 0" {
	run_split strip-boilerplate </dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "a write error: exit 2 and a message" {
	run_split sh -c 'strip-boilerplate "$1" >/dev/full' sh "$SB/body.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "strip-boilerplate: stdout: "* ]]
}

@test "an early-closed pipe ends quietly" {
	run_split sh -c 'strip-boilerplate "$1" "$1" "$1" | head -1' sh "$SB/page.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "a missing file and a directory: exit 2, messages, the rest read" {
	run_split strip-boilerplate "$BATS_TEST_TMPDIR/nope" "$SB" "$SB/body.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"strip-boilerplate: $BATS_TEST_TMPDIR/nope: "* ]]
	printf '%s\n' "$output" | grep -q 'Engineers in the river town'
}

@test "-h prints usage on stdout; a bad option prints it on stderr, exit 2" {
	run_split strip-boilerplate -h
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: strip-boilerplate [-hJpv] "* ]]
	run_split strip-boilerplate --bogus
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == *"usage: strip-boilerplate [-hJpv] "* ]]
}

@test "the UTF-8 locale gives the same output as the C locale" {
	LC_ALL=C.UTF-8 strip-boilerplate "$SB/page.txt" >"$BATS_TEST_TMPDIR/u"
	diff "$BATS_TEST_TMPDIR/u" "$SB/page.gold"
}

@test "the man page's examples run" {
	cd "$BATS_TEST_TMPDIR"
	mkdir pages
	cp "$SB/page.txt" "$SB/body.txt" pages/
	cp "$SB/page.txt" page.txt
	cat pages/*.txt >dump.txt
	cat-docs pages/*.txt | strip-boilerplate | split-docs -d clean
	diff clean/pages/page.txt "$SB/page.gold" ||
	    diff "$(find clean -name page.txt)" "$SB/page.gold"
	[ "$(strip-boilerplate --explain page.txt | cut -f2-4 | head -1)" = "1	drop	title-site" ]
	strip-boilerplate --explain -v dump.txt | cut -f4 | sort | uniq -c |
	    sort -rn | grep -q ' rule:'
	run strip-boilerplate --clean-title -e '^Listen to the Courier podcast' \
	    page.txt
	[ "$status" -eq 0 ]
	jq -cn --rawfile t page.txt '{id: "x", text: $t}' >dump.jsonl
	[ "$(strip-boilerplate -J dump.jsonl | jq -c 'select(.text != "")' | wc -l)" -eq 1 ]
}

@test "quality: shingle F1 on the hand-labelled fixtures and the sample" {
	local d="$BATS_TEST_TMPDIR" f
	mkdir "$d/eval" "$d/sample"
	for f in "$SB"/eval/*.txt; do
		strip-boilerplate "$f" | tr -d '\r' | grep -v '^[[:space:]]*$' >"$d/eval/${f##*/}" || true
	done
	for f in "$DATA"/sample/*.txt; do
		strip-boilerplate "$f" | tr -d '\r' | grep -v '^[[:space:]]*$' >"$d/sample/${f##*/}" || true
	done
	run "$NU_ROOT/scripts/eval-boilerplate" -q "$SB/eval-gold" "$d/eval"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" | awk '/^micro/ { exit !($(NF-4) >= 0.95 && $NF >= 0.95) }'
	run "$NU_ROOT/scripts/eval-boilerplate" -q "$DATA/sample-gold" "$d/sample"
	printf '%s\n' "$output" | awk '/^micro/ { exit !($(NF-4) >= 0.95 && $NF >= 0.95) }'
}

@test "headings and list items inside the body survive, a list after it does not" {
	run strip-boilerplate --explain "$SB/eval/explainer.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 >= 9 && $2 <= 20' |
	    cut -f2-3) - <<-'EOF'
	9	keep
	10	keep
	11	keep
	12	keep
	13	keep
	14	keep
	15	keep
	16	keep
	17	keep
	18	drop
	19	drop
	20	drop
	EOF
}

@test "title: a site name with no headline below goes, a short headline stays" {
	printf 'CASTLEMERE COURIER\n\n%s\n' "$(sed -n 3p "$SB/body.txt")" |
	    strip-boilerplate --explain | cut -f2-4 >"$BATS_TEST_TMPDIR/a"
	diff "$BATS_TEST_TMPDIR/a" - <<-'EOF'
	1	drop	site-name
	3	keep	good
	EOF
	printf 'Barrier Fails Test\n\n%s\n' "$(sed -n 3p "$SB/body.txt")" |
	    strip-boilerplate --explain | cut -f2-4 >"$BATS_TEST_TMPDIR/b"
	diff "$BATS_TEST_TMPDIR/b" - <<-'EOF'
	1	keep	title
	3	keep	good
	EOF
}

@test "pull quotes printed again from the body go, the body stays" {
	run strip-boilerplate --explain "$SB/eval/b-magazine.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 >= 19 && $2 <= 31' |
	    cut -f2-4) - <<-'EOF'
	19	keep	good
	21	drop	pull-quote
	23	keep	good
	25	keep	good
	27	keep	good
	29	drop	pull-quote
	31	keep	good
	EOF
}

@test "a short line beside a photo credit is its caption" {
	run strip-boilerplate --explain "$SB/eval/b-gallery.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 >= 9 && $2 <= 17' |
	    cut -f2-4) - <<-'EOF'
	9	drop	rule:caption
	10	drop	caption-next
	11	keep	good
	12	keep	good
	13	keep	good
	14	keep	good
	15	drop	rule:caption
	16	drop	caption-next
	17	keep	good
	EOF
}

@test "an author's bio goes after the article and stays inside it" {
	local bio="Tomas Brenner is a freelance writer who has lived in Castlemere since 1998."

	{ cat "$SB/body.txt"; printf '\n%s\n' "$bio"; } >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt"
	[ "$(printf '%s\n' "$output" | tail -1 | cut -f3,4)" = "drop	rule:bio" ]
	[ "$(verdict_in_article "$bio")" = "keep good" ] ||
	    [ "$(verdict_in_article "$bio")" = "keep context-good" ]
}

@test "title: a Title Case headline and a kicker headline are titles" {
	local body
	body=$(sed -n '3,$p' "$SB/body.txt")
	for t in 'The Last Lighthouse Keepers' \
	    'In pictures: Crowds line the river for the lantern parade' \
	    'Live: Flood barrier fails its first test as water enters streets'; do
		printf '%s\n\n%s\n' "$t" "$body" >"$BATS_TEST_TMPDIR/in.txt"
		run strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt"
		[ "$(printf '%s\n' "$output" | head -1 | cut -f3,4)" = "keep	title" ]
	done
	printf 'News Sport Business Weather\n\n%s\n' "$body" >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt"
	[ "$(printf '%s\n' "$output" | head -1 | cut -f3)" = "drop" ]
}

@test "a consent banner above the headline: the headline is still the title" {
	run strip-boilerplate --explain "$SB/eval/b-cookie.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 <= 13' | cut -f2-4) - <<-'EOF'
	1	drop	rule:cookies
	3	drop	rule:cookies
	5	drop	rule:cookies
	7	drop	rule:cookies
	9	drop	rule:cookies
	11	drop	rule:cookies
	13	keep	title
	EOF
}

@test "a hard-wrapped page (lynx -dump) is judged by paragraph, lines kept as they were" {
	run strip-boilerplate "$SB/eval/b-lynx.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | grep -v '^$') "$SB/eval-gold/b-lynx.txt"
	run strip-boilerplate "$SB/eval/b-wrapped.txt"
	diff <(printf '%s\n' "$output" | grep -v '^$') "$SB/eval-gold/b-wrapped.txt"
	run strip-boilerplate --explain "$SB/eval/b-lynx.txt"
	printf '%s\n' "$output" | awk -F'\t' '$2 == 14 && $3 == "keep" &&
	    $6 == "   campaign by swimmers raised more than £400,000 towards the cost." { ok = 1 }
	    END { exit !ok }'
}

@test "short one-line paragraphs are not taken for a wrapped page" {
	local i
	for i in 1 2 3 4 5 6 7 8 9 10; do
		printf 'Councillors said the plan for the harbour baths at Kelston was %d\n' "$i"
		printf 'approved after a long campaign by local swimmers and the friends\n\n'
	done >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" | awk -F'\t' '$2 == 4 && $5 ~ / words=23 / { ok = 1 } END { exit !ok }'
	# Lines that end in full stops are paragraphs, however alike.
	sed 's/[0-9]$/&./; s/friends$/friends./' "$BATS_TEST_TMPDIR/in.txt" >"$BATS_TEST_TMPDIR/para.txt"
	run strip-boilerplate --explain "$BATS_TEST_TMPDIR/para.txt"
	printf '%s\n' "$output" | awk -F'\t' '$2 == 4 && $5 ~ / words=12 / { ok = 1 } END { exit !ok }'
}

@test "the last subhead of an article stays, the box after it goes" {
	run strip-boilerplate --explain "$SB/eval/c-subheads.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 >= 23 && $2 <= 31' |
	    cut -f2-3) - <<-'EOF'
	23	keep
	25	keep
	27	keep
	29	drop
	31	drop
	EOF
}

@test "headlines under a teaser box's heading inside the body go" {
	run strip-boilerplate --explain "$SB/eval/c-breaking.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 >= 12 && $2 <= 17' |
	    cut -f2-4) - <<-'EOF'
	12	keep	good
	13	drop	rule:related
	14	drop	context-bad
	15	drop	context-bad
	16	drop	rule:prompts
	17	keep	context-good
	EOF
}

@test "a breaking-news banner on the first line is not the title" {
	run strip-boilerplate --explain "$SB/eval/c-breaking.txt"
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$4 == "title"' | cut -f2)" = 4 ]
}

@test "an article in short paragraphs only (tabloid, listicle) keeps its body" {
	run strip-boilerplate "$SB/eval/d-shortlines.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$SB/eval-gold/d-shortlines.txt"
	run strip-boilerplate "$SB/eval/d-listicle.txt"
	diff <(printf '%s\n' "$output" | grep -v '^$') "$SB/eval-gold/d-listicle.txt"
}

@test "a comment thread of short sentences is not taken for a body" {
	local c1='Good on her, I hope she enjoys every penny of it and spends it on the family.'
	local c2='What a lovely story to read for once on this site, it made my day.'
	local c3='I never win anything at all, and I buy a ticket every single week.'

	printf '%s\n' 'Comments' 'gazzer77' "$c1" 'Reply' 'MancLass' "$c2" \
	    'Reply' 'Dave R' "$c3" 'Reply' >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	# The same sentences in a row under a headline are a short story.
	printf '%s\n' 'Lottery win' "$c1" "$c2" "$c3" >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/in.txt"
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 4 ]
}

@test "a donation appeal after the story goes, all its paragraphs" {
	run strip-boilerplate "$SB/eval/e-appeal.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | grep -v '^$') "$SB/eval-gold/e-appeal.txt"
}

@test "a timeline's date headings are body, datelines are not" {
	run strip-boilerplate --explain "$SB/eval/e-timeline.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 <= 8' | cut -f2-4) - <<-'EOF'
	1	keep	title
	2	drop	rule:breadcrumb
	3	drop	rule:timestamp
	4	keep	good
	5	keep	context-good
	6	keep	context-good
	7	keep	context-good
	8	keep	context-good
	EOF
}

@test "a kicker headline under a menu word is the title" {
	run strip-boilerplate --explain "$SB/eval/e-video.txt"
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$4 == "title"' | cut -f2)" = 2 ]
}

@test "a press release's About section and contacts go" {
	run strip-boilerplate "$SB/eval/e-pressrelease.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | grep -v '^$') "$SB/eval-gold/e-pressrelease.txt"
}

@test "a wrapped page's title over two lines: one title, the next line goes on" {
	{
		printf '   Council approves plan to reopen the Victorian harbour baths at Kelston\n'
		printf '   after a long campaign by swimmers\n\n'
		sed -n '10,$p' "$SB/eval/b-lynx.txt"
	} >"$BATS_TEST_TMPDIR/in.txt"
	run strip-boilerplate --explain "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output" | awk -F'\t' '$2 <= 2' | cut -f2-4) - <<-'EOF'
	1	keep	title
	2	keep	title-cont
	EOF
}
