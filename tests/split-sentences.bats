#!/usr/bin/env bats
# split-sentences: one sentence per line, paragraphs separated by an
# empty line.  rules.tsv holds one case per rule of English sentence
# boundaries (written for newsutils after the "golden rules"), with the
# sentences expected joined by " || ".

load helper

setup() {
	cd "$DATA/split-sentences"
}

# rule PREFIX...: run the rules.tsv rows whose name starts with PREFIX.
rule() {
	local name input want got failed=0 p
	for p in "$@"; do
		while IFS='	' read -r name input want; do
			case $name in "$p"*) ;; *) continue ;; esac
			got=$(printf '%s\n' "$input" | split-sentences |
			    awk 'BEGIN { ORS = "" } NF { if (n++) print " || "; print }')
			if [ "$got" != "$want" ]; then
				printf '%s\n  want: %s\n  got:  %s\n' "$name" "$want" "$got" >&2
				failed=1
			fi
		done < <(grep -v '^#' rules.tsv)
	done
	return $failed
}

@test "split-sentences: period, question mark, exclamation mark" {
	rule 01- 02- 03- x-trailing
}

@test "split-sentences: initials and one-letter abbreviations" {
	rule 04- 05- x-initials 45-
}

@test "split-sentences: abbreviations in the middle and at the end" {
	rule 06- 07- 08- 09- 10- 11- 12- x-months x-no x-ie x-dr x-inc x-vs x-et-al x-sept
}

@test "split-sentences: multi-period abbreviations and U.S." {
	rule 13- 14- 15- 16- 17- x-pm
}

@test "split-sentences: numbers and money" {
	rule 19- 20- x-number x-fraction x-billion 43-
}

@test "split-sentences: brackets and quotations closing after the stop" {
	rule 21- 24- 25- 26- x-said x-quote-q x-curly-end x-paren-end
}

@test "split-sentences: e-mail addresses and URLs" {
	rule 22- 23- x-email-glued
}

@test "split-sentences: runs of ?! and a brand name with !" {
	rule 27- 28- 29- 30- 44-
}

@test "split-sentences: numbered, lettered and bulleted lists" {
	rule 31- 32- 33- 34- 35- 36- 37- 38- 39-
}

@test "split-sentences: ellipses" {
	rule 46- 47- 48- 49- 50- 51- x-ellipsis-char
}

@test "split-sentences: no space between sentences" {
	rule 52-
}

@test "split-sentences: an article, paragraphs separated by an empty line" {
	run_split split-sentences article.txt
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	expect_output <<-'EOF'
	Harbourton council approves sea wall

	By Ada Kerr | Jan. 12, 2025

	The council voted 7 to 2 on Monday.
	Work starts in spring.
	Mayor Lena Hartwell said it was "a good day."
	Critics disagreed.

	“Will it hold?” asked Dr. Ines Lowe of Brightwater Inc.
	Nobody knew.

	The wall will cost $4.2 million.
	The U.S. Army Corps of Engineers will inspect it.
	EOF
}

@test "split-sentences: every byte is kept but the spaces at the joints" {
	run bash -c 'split-sentences article.txt | grep -v "^\$" | tr -d "\n " | cmp - <(grep -v "^\$" article.txt | tr -d "\n ")'
	[ "$status" -eq 0 ]
}

@test "split-sentences -a: more abbreviations from a file" {
	run split-sentences <<<'Ships left Harb. Tuesday at dawn.'
	[ "$output" = $'Ships left Harb.\nTuesday at dawn.' ]
	run split-sentences -a abbr.txt <<<'Ships left Harb. Tuesday at dawn.'
	[ "$status" -eq 0 ]
	[ "$output" = 'Ships left Harb. Tuesday at dawn.' ]
}

@test "split-sentences -a: a missing file is an error" {
	run_split split-sentences -a nonexistent.txt article.txt
	[ "$status" -eq 2 ]
	[[ "$stderr" == "split-sentences: nonexistent.txt: No such file or directory" ]]
	[ -z "$output" ]
}

@test "split-sentences -p: hard-wrapped blocks become one paragraph" {
	run split-sentences -p <<<$'This is a sentence\ncut in the middle. The next one\nfollows.\n\nA new paragraph.'
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	This is a sentence cut in the middle.
	The next one follows.

	A new paragraph.
	EOF
}

@test "split-sentences -J: sentences joined by newlines in the text field" {
	run split-sentences -J <<<'{"id":"d1","text":"One. Two!\nThree?","lang":"en"}'
	[ "$status" -eq 0 ]
	[ "$output" = '{"id":"d1","text":"One.\nTwo!\n\nThree?","lang":"en"}' ]
}

@test "split-sentences: framing of several files is kept" {
	run split-sentences abbr.txt abbr.txt
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = $'\fabbr.txt' ]
	[ "${lines[4]}" = $'\fabbr.txt' ]
}

@test "split-sentences --stats: sentences counted" {
	run_split split-sentences --stats article.txt
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"sentences=10 "* ]]
}

@test "split-sentences: linear time on long runs of dots and digits" {
	run sh -c 'awk "BEGIN { for (i = 0; i < 400000; i++) printf \"1.\"; for (i = 0; i < 400000; i++) printf \". \"; for (i = 0; i < 200000; i++) printf \"ab.Cd\"; print \"\" }" | timeout 10 split-sentences | wc -l'
	[ "$status" -eq 0 ]
}

@test "split-sentences: unknown option is a usage error" {
	run_split split-sentences --frobnicate
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"usage: split-sentences"* ]]
}

@test "split-sentences: >/dev/full gives exit 2 and a message" {
	run sh -c 'split-sentences article.txt >/dev/full'
	[ "$status" -eq 2 ]
	[[ "$output" == *"split-sentences: stdout:"* ]]
}

@test "split-sentences: CR LF lines give CR LF sentence lines" {
	run bash -c "cmp <(printf 'One. Two.\r\nThree.\r\n' | split-sentences) <(printf 'One.\r\nTwo.\r\n\r\nThree.\r\n')"
	[ "$status" -eq 0 ]
}
