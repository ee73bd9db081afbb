#!/usr/bin/env bats
# extract-dates: every expected output below is written by hand.

load helper

D="$DATA/extract-dates"

# Print value TAB type TAB text for the lines given, against ref 2023-06-19
# (a Monday).
dates() {
	printf '%s\n' "$@" | extract-dates --ref 2023-06-19 | cut -f3-
}

@test "absolute dates in the orders news uses" {
	run dates "It ended on June 18, 2023." "It ended 18 June 2023." \
	    "Due 18 Dec, 2024." "Seen Jun. 18 at the port." \
	    "On June 18th they met." "Sunday, June 18 was calm." \
	    "Filed 2023-06-18." "Filed 06/18/2023."
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
2023-06-18	DATE	June 18, 2023
2023-06-18	DATE	18 June 2023
2024-12-18	DATE	18 Dec, 2024
2023-06-18	DATE	Jun. 18
2023-06-18	DATE	June 18th
2023-06-18	DATE	Sunday, June 18
2023-06-18	DATE	2023-06-18
2023-06-18	DATE	06/18/2023
EOF
}

@test "months, years, decades, seasons and quarters" {
	run dates "Prices peaked in June 2023." "It began in January 2021." \
	    "She left in 2018." "It has grown since 2021." \
	    "Rents doubled in the 1990s." "Work starts in summer 2023." \
	    "Profit will rise in the third quarter." "Sales fell in Q1 2022." \
	    "Costs climbed in the first half of 2023."
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
2023-06	DATE	June 2023
2021-01	DATE	January 2021
2018	DATE	2018
2021	DATE	2021
199	DATE	the 1990s
2023-SU	DATE	summer 2023
2023-Q3	DATE	the third quarter
2022-Q1	DATE	Q1 2022
2023-H1	DATE	the first half of 2023
EOF
}

@test "numeric dates follow --order, a field over 12 decides" {
	run sh -c 'echo "Filed 07/06/2023 and 18/06/2023." | extract-dates | cut -f3-'
	expect_output <<'EOF'
2023-07-06	DATE	07/06/2023
2023-06-18	DATE	18/06/2023
EOF
	run sh -c 'echo "Filed 07/06/2023 and 06/18/2023." | extract-dates --order dmy | cut -f3-'
	expect_output <<'EOF'
2023-06-07	DATE	07/06/2023
2023-06-18	DATE	06/18/2023
EOF
	run sh -c 'echo "Filed 23/06/18." | extract-dates --order ymd | cut -f3-'
	expect_output <<'EOF'
2023-06-18	DATE	23/06/18
EOF
	run extract-dates --order ydm /dev/null
	[ "$status" -eq 2 ]
}

@test "times, alone and with a day, with zones" {
	run dates "/ 04:01 PM June 19, 2023" "The vote closes at 4 p.m." \
	    "Doors open at 16:01 sharp." "Lunch is at noon." \
	    "Polls shut at 8 p.m. EDT." "The feed starts at 9 a.m. GMT+8." \
	    "The storm hit Tuesday night." "Trading resumes tomorrow at 10:30 a.m."
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
2023-06-19T16:01	TIME	04:01 PM June 19, 2023
2023-06-19T16:00	TIME	4 p.m.
2023-06-19T16:01	TIME	16:01
2023-06-19T12:00	TIME	noon
2023-06-19T20:00	TIME	8 p.m. EDT
2023-06-19T09:00	TIME	9 a.m. GMT+8
2023-06-13TNI	TIME	Tuesday night
2023-06-20	DATE	tomorrow
2023-06-20T10:30	TIME	10:30 a.m.
EOF
}

@test "weekdays resolve by tense" {
	run dates "The minister arrived on Sunday." "He will leave on Friday." \
	    "They met last Tuesday." "They meet again next Friday." \
	    "The market reopens Wednesday."
	expect_output <<'EOF'
2023-06-18	DATE	Sunday
2023-06-23	DATE	Friday
2023-06-13	DATE	last Tuesday
2023-06-23	DATE	next Friday
2023-06-21	DATE	Wednesday
EOF
}

@test "deictic and relative expressions" {
	run dates "It rained today, after yesterday's sun; tomorrow is dry." \
	    "The show airs tonight." "Sales rose this week and this month." \
	    "This year beats last year." "Rates rise next month." \
	    "It closed two days ago." "It opened two years ago."
	expect_output <<'EOF'
2023-06-19	DATE	today
2023-06-18	DATE	yesterday
2023-06-20	DATE	tomorrow
2023-06-19TNI	TIME	tonight
2023-W25	DATE	this week
2023-06	DATE	this month
2023	DATE	This year
2022	DATE	last year
2023-07	DATE	next month
2023-06-17	DATE	two days ago
2021	DATE	two years ago
EOF
}

@test "months alone, modifiers, present and past references" {
	run dates "The vote was held in November." \
	    "The vote will be held in November." \
	    "Earlier this month, the plan was announced." \
	    "A deal could come later in the year." \
	    "Officials now say the plan is currently stalled." \
	    "Prices have recently fallen." "Growth slowed in early 2023."
	expect_output <<'EOF'
2022-11	DATE	November
2023-11	DATE	November
2023-06	DATE	Earlier this month
2023	DATE	later in the year
PRESENT_REF	DATE	now
PRESENT_REF	DATE	currently
PAST_REF	DATE	recently
2023	DATE	early 2023
EOF
}

@test "holidays, these days, year-end, a month with its year" {
	run dates "Sales peaked at Christmas." "It will reopen on New Year's Day." \
	    "Easter 2024 fell early." "These days, by year-end, few care." \
	    "It began in March last year."
	expect_output <<'EOF'
2022-12-25	DATE	Christmas
2024-01-01	DATE	New Year's Day
2024-03-31	DATE	Easter 2024
PRESENT_REF	DATE	These days
2023	DATE	year-end
2022-03	DATE	March last year
EOF
}

@test "ranges give one expression with an end value" {
	run sh -c 'printf "%s\n" "It ran June 18-19, 2023." "It runs from Monday to Wednesday." | extract-dates --ref 2023-06-19 --json'
	expect_output <<'EOF'
{"doc":"-","line":1,"start":7,"end":23,"text":"June 18-19, 2023","value":"2023-06-18","type":"DATE","end_value":"2023-06-19","relative":false,"ref":"2023-06-19"}
{"doc":"-","line":2,"start":13,"end":32,"text":"Monday to Wednesday","value":"2023-06-19","type":"DATE","end_value":"2023-06-21","relative":true,"ref":"2023-06-19"}
EOF
}

@test "a newswire sample, resolved against its creation date" {
	run sh -c "extract-dates --ref 1998-02-06 '$D/newswire.txt' | cut -f2-"
	[ "$status" -eq 0 ]
	expect_output < "$D/newswire.tsv"
}

@test "tense cues from a blind newswire test: since, is to, modals, clauses" {
	run sh -c "extract-dates --ref 1998-02-06 '$D/tense.txt' | cut -f2-"
	[ "$status" -eq 0 ]
	expect_output < "$D/tense.tsv"
}

@test "a bare time takes the day the story was at, within the last week" {
	run sh -c "printf '%s\n' 'The jet crashed Wednesday night.' '' \
	    'It left at 8:19 p.m.' | extract-dates --ref 1996-07-18 | cut -f3-"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1996-07-17TNI	TIME	Wednesday night
1996-07-17T20:19	TIME	8:19 p.m.
EOF
	run sh -c "printf '%s\n' 'The mill opened on June 2.' \
	    'It closed at 5 p.m.' | extract-dates --ref 1996-07-18 | cut -f3-"
	expect_output <<'EOF'
1996-06-02	DATE	June 2
1996-07-18T17:00	TIME	5 p.m.
EOF
}

@test "N days later in mid-clause; not 'earlier than', 'as recently as'" {
	run sh -c "printf '%s\n' 'He came Monday and left two days later for Oslo.' \
	    'It opened two years earlier than planned.' \
	    'It said as recently as Oct. 5 that all was well.' |
	    extract-dates --ref 1989-11-02 | cut -f3-"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1989-10-30	DATE	Monday
1989-11-01	DATE	two days later
1989-10-05	DATE	Oct. 5
EOF
}

@test "approximation words join a time's extent; Sept. 11 attacks" {
	run sh -c "printf '%s\n' 'Gunmen struck at about 5 a.m. and again around noon.' \
	    'Calm returned after the Sept. 11 attacks.' |
	    extract-dates --ref 2004-11-29 | cut -f3-"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
2004-11-29T05:00	TIME	about 5 a.m.
2004-11-29T12:00	TIME	around noon
2001-09-11	DATE	Sept. 11
EOF
}

@test "the year, the quarter: dated, but not year-earlier or Man of the Year" {
	run sh -c "printf '%s\n' 'Sales for the year rose; the quarter was weak.' \
	    'The year-earlier quarter was better.' 'He was named Man of the Year.' \
	    'The year ended June 30 was hard.' 'It beat the 1998 third quarter.' \
	    'It earned less than in the year-ago second quarter.' |
	    extract-dates --ref 1999-08-10 | cut -f3-"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1999	DATE	the year
1999-Q2	DATE	the quarter
1999-06-30	DATE	June 30
1998-Q3	DATE	the 1998 third quarter
1998-Q2	DATE	second quarter
EOF
}

@test "false-positive traps give nothing" {
	run_split extract-dates --ref 2023-06-19 "$D/traps.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ -z "$stderr" ]
	run extract-dates -e --ref 2023-06-19 "$D/traps.txt"
	[ "$status" -eq 1 ]
	[ -z "$output" ]
}

@test "durations and sets only with --all-types" {
	run dates "It took five years and 5-1/2 hours, every Monday."
	[ -z "$output" ]
	run sh -c 'echo "It took five years and 5-1/2 hours, every Monday." | extract-dates -a | cut -f3-'
	expect_output <<'EOF'
P5Y	DURATION	five years
PT5.5H	DURATION	5-1/2 hours
XXXX-WXX-1	SET	every Monday
EOF
}

@test "without a reference, relative values stay unresolved" {
	run extract-dates "$D/nodate.txt"
	expect_output <<EOF
$D/nodate.txt	1	XXXX-WXX-7	DATE	Sunday
$D/nodate.txt	2	XXXX	DATE	last year
$D/nodate.txt	2	XXXX-11	DATE	November
EOF
}

@test "the reference comes from the dateline, also below the first lines" {
	run_split extract-dates --explain "$D/dateline.txt"
	[ "$status" -eq 0 ]
	expect_output <<EOF
$D/dateline.txt	3	2024-03-07T09:15	TIME	09:15 AM March 7, 2024
$D/dateline.txt	5	2024-03-05	DATE	Tuesday
$D/dateline.txt	5	2022	DATE	two years ago
$D/dateline.txt	6	2024-04	DATE	next month
EOF
	[ "$stderr" = "extract-dates: $D/dateline.txt: reference 2024-03-07T09:15 from the dateline, line 3" ]
}

@test "a date opening a long first paragraph is the fallback reference" {
	run_split extract-dates --explain "$D/longline.txt"
	expect_output <<EOF
$D/longline.txt	3	2025-03-04	DATE	March 4, 2025
$D/longline.txt	3	2025-03-03	DATE	Monday
$D/longline.txt	4	2025-03-07	DATE	Friday
EOF
	[ "$stderr" = "extract-dates: $D/longline.txt: reference 2025-03-04 from the first paragraph, line 3" ]
}

@test "a byline date resolves the lines around it" {
	run sh -c "extract-dates < '$D/byline.txt' | cut -f2-"
	expect_output <<'EOF'
2	2023-06-18	DATE	June 18, 2023
3	2023-06-16	DATE	Friday
4	2023-06-19	DATE	Monday
4	2023	DATE	later this year
EOF
}

@test "--ref wins over the dateline" {
	run sh -c "extract-dates --ref 2023-06-30 '$D/byline.txt' | cut -f2-"
	expect_output <<'EOF'
2	2023-06-18	DATE	June 18, 2023
3	2023-06-30	DATE	Friday
4	2023-07-03	DATE	Monday
4	2023	DATE	later this year
EOF
}

@test "JSON Lines: reference from date, then published, else none" {
	run_split extract-dates -J --explain "$D/wire.jsonl"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
wire-1	1	2023-06-18	DATE	Sunday
wire-1	2	2023-06-20	DATE	tomorrow
wire-2	1	2023-06-19	DATE	yesterday
wire-3	1	XXXX-WXX	DATE	last week
EOF
	[ "${lines[0]}" != "" ]
	[[ "$stderr" == *"wire-1: reference 2023-06-19T08:00 from field date"* ]]
	[[ "$stderr" == *"wire-2: reference 2023-06-20T10:00 from field published"* ]]
}

@test "JSON Lines: --ref-field names the field" {
	run sh -c "printf '%s\n' '{\"id\":\"x\",\"seen\":\"2023-01-02\",\"text\":\"It snowed on Sunday.\"}' | extract-dates -J --ref-field seen"
	expect_output <<'EOF'
x	1	2023-01-01	DATE	Sunday
EOF
}

@test "--json writes every field" {
	run sh -c 'echo "He flew home on Sunday." | extract-dates --json --ref 2023-06-19T08:30'
	expect_output <<'EOF'
{"doc":"-","line":1,"start":16,"end":22,"text":"Sunday","value":"2023-06-18","type":"DATE","end_value":null,"relative":true,"ref":"2023-06-19T08:30"}
EOF
}

@test "-c counts per document, -H prints a header" {
	run sh -c "extract-dates -c -H '$D/nodate.txt' '$D/traps.txt'"
	expect_output <<EOF
doc	count
$D/nodate.txt	3
$D/traps.txt	0
EOF
	run sh -c 'echo "Sunday" | extract-dates -H --ref 2023-06-19'
	expect_output <<'EOF'
doc	line	value	type	text
-	1	2023-06-18	DATE	Sunday
EOF
}

@test "framed documents keep their names and line numbers" {
	run sh -c "printf '\fone\nOn Sunday.\n\ftwo\n\nIn 2019.\n' | extract-dates --ref 2023-06-19"
	expect_output <<'EOF'
one	1	2023-06-18	DATE	Sunday
two	2	2019	DATE	2019
EOF
}

@test "-e: exit 1 when nothing is found, 0 otherwise" {
	run sh -c 'echo "nothing here" | extract-dates -e'
	[ "$status" -eq 1 ]
	run sh -c 'echo "in 2019" | extract-dates -e'
	[ "$status" -eq 0 ]
}

@test "bad usage exits 2 with a message" {
	run_split extract-dates --ref 2023-13-01 /dev/null
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"invalid reference date: 2023-13-01"* ]]
	run_split extract-dates --lang xx /dev/null
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unknown language: xx"* ]]
	run_split extract-dates --bogus
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"usage: extract-dates"* ]]
	run extract-dates -h
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: extract-dates"* ]]
}

@test "hostile bytes: invalid UTF-8, NUL, CRLF, no final newline" {
	run sh -c "printf 'On \377Sunday\000 and on Monday,\r\nin 2019' | extract-dates --ref 2023-06-19 | cut -f2-"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	2023-06-19	DATE	Monday
2	2019	DATE	2019
EOF
	run sh -c "printf 'On \377 Sunday' | extract-dates --json --ref 2023-06-19"
	[[ "$output" == *'"start":5,"end":11'* ]]
}

@test "empty input, a huge line, a directory, an unreadable file" {
	run extract-dates /dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	run sh -c 'head -c 20000000 /dev/zero | tr "\0" "a" | extract-dates -c'
	[ "$status" -eq 0 ]
	[ "$output" = "-	0" ]
	run_split extract-dates "$D"
	[ "$status" -eq 2 ]
	[ -n "$stderr" ]
	run_split extract-dates "$D/no-such-file"
	[ "$status" -eq 2 ]
}

@test "write errors exit 2, a closed pipe is quiet" {
	run_split sh -c "extract-dates '$D/nodate.txt' > /dev/full"
	[ "$status" -eq 2 ]
	[ -n "$stderr" ]
	run_split sh -c "yes 'On Sunday in 2019.' | head -100000 | extract-dates | head -1"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "the man page examples run" {
	# No cd: NU_BIN may be a relative path.
	T="$BATS_TEST_TMPDIR"
	mkdir "$T/pages"
	cp "$D/byline.txt" "$D/dateline.txt" "$T/pages/"
	cp "$D/byline.txt" "$T/story.txt"
	cp "$D/wire.jsonl" "$T/dump.jsonl"
	if command -v cat-docs >/dev/null && command -v strip-boilerplate >/dev/null; then
		run sh -c "cat-docs '$T'/pages/*.txt | strip-boilerplate | extract-dates"
		[ "$status" -eq 0 ]
	fi
	if command -v jq >/dev/null; then
		run sh -c "extract-dates -J --json '$T/dump.jsonl' | jq -r '.value[0:7]' | sort | uniq -c | sort -rn | head"
		[ "$status" -eq 0 ]
		[[ "$output" == *"2023-06"* ]]
	fi
	run extract-dates -c -H --ref 2023-06-19 "$T/story.txt"
	expect_output <<EOF
doc	count
$T/story.txt	4
EOF
}
