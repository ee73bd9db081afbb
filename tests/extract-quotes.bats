#!/usr/bin/env bats
# extract-quotes: every expected output below is written by hand.

load helper

D="$DATA/extract-quotes"

# line, speaker, cue, type, quote of a fixture (the doc column dropped).
quotes() {
	extract-quotes "$@" | cut -f2-
}

# Selected JSON fields, tab-separated.
fields() {
	local f=$1
	shift
	extract-quotes --json "$@" | jq -r "[$f] | @tsv"
}

@test "the attribution patterns of news prose" {
	run quotes "$D/patterns.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Ana Ruiz	said	full	The bridge will open in May
3	Tomas Berg	said	full	We are ready
5	Lena Novak	said	full	Nobody was hurt.
7	Lena Novak	told	full	the crews did everything right.
9	the port authority	According to	full	traffic will resume on Friday.
11	Ana Ruiz	according to	full	Repairs will take a week
13	Ana Ruiz	—	full	Leave the harbour to the boats.
15	Carl Moss	said	full	we lost a week of business.
17	The minister	said	full	the state will pay for the damage.
EOF
}

@test "speaker phrases reduce to name and role" {
	run fields '.line, .speaker, .speaker_text, .role' "$D/patterns.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Ana Ruiz	Mayor Ana Ruiz	Mayor
3	Tomas Berg	Tomas Berg	harbour master
5	Lena Novak	Fire chief Lena Novak	Fire chief
7	Lena Novak	Novak	Fire chief
9	the port authority	the port authority	
11	Ana Ruiz	Ruiz	Mayor
13	Ana Ruiz	Ruiz	Mayor
15	Carl Moss	Carl Moss	
17	The minister	The minister	
EOF
}

@test "pronouns, roles and surnames resolve to the person named before" {
	run fields '.line, .speaker, .speaker_text, .role, .cue' "$D/memory.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
3	Olga Brandt	she	Harbour Minister	said
5	Piet Kramer	he	engineer	said
7	Olga Brandt	the minister	Harbour Minister	said
9	Olga Brandt	Brandt	Harbour Minister	added
EOF
}

@test "a pronoun with nobody before it gives an unknown speaker" {
	run sh -c 'echo "“We can fix it,” she said." | extract-quotes --json |
	    jq -r "[.speaker, .speaker_text, .cue] | @tsv"'
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
	she	said
EOF
}

@test "a quotation over several paragraphs is one, continued by its speaker" {
	run fields '.line, .end_line, .start, .end, .speaker, .quote' \
	    "$D/continued.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	1	3	26	Rosa Lind	The storm came at night
1	5	60	25	Rosa Lind	We heard the boats break loose.\nBy morning the pier was gone.\nNobody will forget it.
EOF
}

@test "TSV escapes the newlines of a multi-paragraph quotation" {
	run sh -c "extract-quotes '$D/continued.txt' | sed -n 2p | cut -f2-"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Rosa Lind	said	full	We heard the boats break loose.\nBy morning the pier was gone.\nNobody will forget it.
EOF
}

@test "a quotation split around its cue: both halves attributed" {
	run quotes "$D/split.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1		said	full	We can fix it
1		said	full	but not this year.
3	Ivo Sand	said	full	It is too late
3	Ivo Sand	said	full	for the old design.
EOF
}

@test "apostrophes, nested marks, guillemets and an unbalanced mark" {
	run fields '.line, .type, .balanced, .quote' "$D/marks.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	partial	true	crisis
3	full	true	The board called it ‘a disaster’ in private
5	partial	true	nouveau port
5	partial	false	mistake by any measure.
7	partial	true	this one closes.
9	partial	true	Nous reconstruirons
11	partial	true	Wir bauen neu.
13	partial	true	a fair deal
13	full	true	good news for everyone
EOF
}

@test "a stray mark does not derail the rest of the document" {
	run fields '.line, .speaker, .balanced, .quote' "$D/stray.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1		false	Closed for repairs.
3	Tomas Berg	true	We expect it on Monday
7	Tomas Berg	true	The repairs are done
EOF
}

@test "organisations stay organisations; quoted as saying" {
	run quotes "$D/orgs.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	The Coastal Authority	said	full	Ferries will run as normal.
3	the company	said	full	We regret the delay
5	Ana Ruiz	saying	full	The harbour is safe.
7	Ana Ruiz	quoted	full	Nobody saw it coming
9	Officials	said	partial	structurally sound.
EOF
}

@test "--full-only drops scare quotes, --min-words short quotations" {
	run quotes --full-only "$D/marks.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
3	Ruiz	said	full	The board called it ‘a disaster’ in private
13	Berg's aide	said	full	good news for everyone
EOF
	run quotes --min-words 4 "$D/patterns.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Ana Ruiz	said	full	The bridge will open in May
7	Lena Novak	told	full	the crews did everything right.
9	the port authority	According to	full	traffic will resume on Friday.
11	Ana Ruiz	according to	full	Repairs will take a week
13	Ana Ruiz	—	full	Leave the harbour to the boats.
15	Carl Moss	said	full	we lost a week of business.
17	The minister	said	full	the state will pay for the damage.
EOF
}

@test "--json: every field, offsets into the line" {
	run sh -c 'printf "Intro.\n\nThe mayor, Ana Ruiz, said: “We will, and soon.”\n" |
	    extract-quotes --json'
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
{"doc":"-","line":3,"end_line":3,"start":30,"end":48,"quote":"We will, and soon.","text":"We will, and soon.","speaker":"Ana Ruiz","speaker_text":"The mayor","role":"mayor","cue":"said","type":"full","balanced":true}
EOF
}

@test "framed documents keep their names; -c counts per document" {
	run extract-quotes "$D/framed.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
harbour	1	Tomas Berg	said	full	We are ready
harbour	3	Tomas Berg	said	full	Still ready
council	1	The council	called	partial	bold plan.
EOF
	run extract-quotes -c "$D/framed.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
harbour	2
empty	0
council	1
EOF
}

@test "-H prints a header row" {
	run sh -c "cd '$D' && extract-quotes -H split.txt | head -2"
	expect_output <<'EOF'
doc	line	speaker	cue	type	quote
split.txt	1		said	full	We can fix it
EOF
}

@test "-J reads JSON Lines: paragraph numbers and record names" {
	run extract-quotes -J "$D/records.jsonl"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
r1	2	Ana Ruiz	said	full	We will rebuild
r1	4	Ana Ruiz	added	full	Soon
r3	1	Ivo Sand	said	full	Ready
EOF
}

@test "-e: exit 1 when nothing was found, 0 when something was" {
	run sh -c 'echo "No quotations at all." | extract-quotes -e'
	[ "$status" -eq 1 ]
	[ -z "$output" ]
	run sh -c "extract-quotes -e '$D/split.txt' >/dev/null"
	[ "$status" -eq 0 ]
	run sh -c 'echo "No quotations at all." | extract-quotes'
	[ "$status" -eq 0 ]
}

@test "empty input gives nothing and exit 0" {
	run extract-quotes </dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "CRLF, NUL bytes and invalid UTF-8 give valid JSON" {
	run sh -c 'printf "“We are\0ready,” said Ivo Sand.\r\n\377 “Bad \376 byte,” he said.\n" |
	    extract-quotes --json | jq -r "[.line, .speaker, .quote] | @tsv"'
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Ivo Sand	We are\0ready
2	Ivo Sand	Bad � byte
EOF
}

@test "no final newline" {
	run sh -c 'printf "“Done,” said Ivo Sand." | extract-quotes'
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
-	1	Ivo Sand	said	full	Done
EOF
}

@test "a write error gives exit 2 and a message" {
	run_split sh -c "extract-quotes '$D/patterns.txt' >/dev/full"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"extract-quotes: stdout:"* ]]
}

@test "an unreadable operand: message, the others still read, exit 2" {
	run_split extract-quotes "$D/nonexistent.txt" "$D/split.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"extract-quotes: "*"nonexistent.txt"* ]]
	[ "${#lines[@]}" -eq 4 ]
}

@test "a closed pipe ends quietly" {
	# Far more output than a pipe holds, so that the writes do meet EPIPE.
	run_split sh -c "yes '“Fine,” said Ana Ruiz.' | head -200000 |
	    extract-quotes | head -1"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "usage: -h on stdout, exit 0; a bad option on stderr, exit 2" {
	run_split extract-quotes -h
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: extract-quotes "* ]]
	run_split extract-quotes --no-such-option
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"usage: extract-quotes "* ]]
	run_split extract-quotes --min-words many
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"word count"* ]]
}

@test "names learnt from use: weak names, gender from pronouns, epithets" {
	run fields '.line, .speaker, .speaker_text, .role' "$D/discourse.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
5	Kofi Mensah	he	
7	Ama Owusu	she	
9	Erik Lund	the Swede	Harbour United manager
11	Erik Lund	the 24-year-old	Harbour United manager
13	Jess Alvarez	The club’s spokeswoman	club’s spokeswoman
15	Ted Ward	Sen. Ted Ward	Sen.
17	Ben Okoro	Ben Okoro of Marlowe Research	Marlowe Research
19	a patient at St Anne’s	a patient at St Anne’s	
21	Erik Lund	Lund	Harbour United manager
EOF2
}

@test "-p: paragraphs are blocks of lines" {
	run sh -c 'printf "“We are\nready,” said\nIvo Sand.\n\nNext block.\n" |
	    extract-quotes -p'
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
-	1	Ivo Sand	said	full	We are ready
EOF2
}

@test "it and they: the organisation or group quoted last" {
	run quotes "$D/groups.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
1	The ministry	said	full	Every euro counts
3	Police officials	said	full	It will reopen soon
5	Police officials	added	full	Not yet
EOF2
}

@test "a short sentence or a colon introduces the quotation after it" {
	run quotes "$D/leads.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
1	Smith	said	full	Yes
1	Jones		full	It will not work.
3	The mayor		full	No.
EOF2
}

@test "a paragraph ending with a cue and a colon introduces the next" {
	run quotes "$D/colon-lead.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
3	The ministry	said	full	All ferries will run.
7	Ana Ruiz	told	full	We are ready.
EOF2
}

@test "a bare quotation after a paragraph that ends with a cue" {
	run quotes "$D/tail.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
3	Tomas Berg	said	full	It simply will not work.
7			partial	We will try again.
EOF2
}

@test "single quotes over paragraphs, British style" {
	run fields '.line, .end_line, .speaker, .quote' "$D/single-paras.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
1	3	Sean Dyer	We were delighted with the result. The players gave everything.\nNow we go again
EOF2
}

@test "one or two appositives between the name and the verb" {
	run fields '.line, .speaker, .role' "$D/appositives.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
1	Ann Jones	nurse from Leeds
3	Tom Reed	retired teacher
5	Kim Lee	mayor
EOF2
}

@test "a definite role with a modifier picks the person holding both" {
	run quotes "$D/roles.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
3	Piet Kramer	said	full	We agree
5	Ana Ruiz	said	full	We do
EOF2
}

@test "an unnamed source is remembered by its description" {
	run quotes "$D/unnamed.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF2'
3	A spokesman for the rebel delegation	said	full	Without guarantees, any agreement is just paper
EOF2
}

@test "titles and party tags in appositives; possessive prefixes; role and role" {
	run quotes "$D/titles.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
3	Imke Vos-Adeyemi	said	full	If trade slows again, the numbers will not add up.
5	Clara Bettany	said	full	We bargained for a month, and they left in a minute
7	Owen Tarrant-Lee	said	full	You cannot fix one wrong with another
11	Maren Holt-Achebe	said	full	It was a hard campaign
13	Dana Osei-Lind	said	full	We think this is the year it grows up
EOF
}

@test "pronouns: subjects before copulas, objects are no antecedents, 'said that she' teaches no gender" {
	run fields '.line, .speaker, .speaker_text' "$D/subjects.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
3	Piet Vandermolen	he
7	Arlo Mendes	he
9	The Institute for Coastal Studies	The Institute for Coastal Studies
13	Idris Kowalski-Fane	he
EOF
}

@test "interviews: answers after a question go to the person quoted most" {
	run quotes "$D/interview.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Lior Abramsky	says	full	The bus broke down twice
1	Lior Abramsky	says	full	I think I aged a year.
5	Hedda Storm-Nilsen	says	full	He played one bar forty times
5	Hedda Storm-Nilsen	says	full	Then he changed it.
9	Lior Abramsky		full	I was tired. I had toured since I was 19.
13	Lior Abramsky		full	My nephew, and a piano that needed tuning.
EOF
}

@test "speakers named after the quotation or in the sentence before it; a verb with an object is no cue" {
	run quotes "$D/after.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Agnes Mulcahy	words	full	The water came up through the floor in ten minutes.
3	Stefan Oduya	was blunt	full	It bought us nothing.
5	Tavita Leone-Price		full	My parents flew over. I can’t describe it.
7	Maud Ekberg		full	Neither. They are both too good.
9	Tim Crain-Holloway	joked	full	Houston, we have a new address
9	Tim Crain-Holloway	joked	full	Welcome to the Moon.
EOF
}

@test "the company, the regulator, the statement: the organisation named before, if it fits" {
	run quotes "$D/orgnouns.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Farrow Foods Inc.	said	full	We expect the work to be done by spring
3	Financial Standards Authority	said	full	We are aware of the matters and are making inquiries
5	The City of Elmvale	said	full	We will not rest until every dollar is back
7	the company	said	full	We regret the delay
EOF
}

@test "epithets take the person named last; ages are evidence; a title before a given name is no name" {
	run fields '.line, .speaker, .speaker_text, .role' "$D/epithets.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
3	Jomo Achterberg	he	
7	Walter Mountjoy-Hale	the 74-year-old	
9	David Ashgrove-Lyle	Senior Coroner David Ashgrove-Lyle	Senior Coroner
EOF
}

@test "genders: no lesson from lookahead, objects or deep pronouns; this paragraph's subject first" {
	run fields '.line, .speaker, .speaker_text' "$D/gender.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
1	Elspeth Macrae-Dunn	she
3	Mairi Gougeon-Reid	she
7	Nasreen Akhtar-Bose	she
9	Harry Diamond-Kerr	McIlroy-Bain’s caddie
EOF
}

@test "court and filing styles: the judge is the Justice, bare 'counsel', the company's filing, nouns in apposition" {
	run quotes "$D/court.txt"
	[ "$status" -eq 0 ]
	expect_output <<'EOF'
3	Ronan Ashby-Kerr	told	full	The victim was walking home
7	Orla Tennant-Reid	said	full	He has written a letter of apology
9	Harwick Motor Co.	according to	full	The repair takes two hours
11	Gerald Oyinlola	calls	full	She's exaggerating
EOF
}
