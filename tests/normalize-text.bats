#!/usr/bin/env bats
# normalize-text: repair mojibake and clean characters, line for line.

load helper

setup() {
	cd "$DATA/normalize-text"
}

@test "normalize-text: mojibake of many kinds is repaired" {
	run_split normalize-text mojibake.txt
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	expect_output <<-'EOF'
	The mayor’s office said the café would reopen.
	“We are not leaving,” said Zoë Marchetti.
	Prices rose to €4.50 — the most since 2019.
	The dean of São Tomé College spoke.
	She met the rector of the university (née Kowalska).
	Tickets cost £12 each.
	İstanbul’da yağmur sürüyor.
	Привет, мир
	Fans cheered 🎉 at the final.
	Le comité a validé la réforme à l’unanimité.
	Montréal and Québec
	EOF
}

@test "normalize-text: good text comes out byte for byte" {
	run normalize-text clean.txt
	[ "$status" -eq 0 ]
	cmp <(normalize-text clean.txt) clean.txt
	NU_LOCALE=en_US.UTF-8 cmp <(LC_ALL=C.UTF-8 normalize-text clean.txt) clean.txt
}

@test "normalize-text: C1 controls standing for Windows-1252 punctuation" {
	run normalize-text <<<$'\xc2\x93Quoted\xc2\x94 and more\xc2\x85'
	[ "$status" -eq 0 ]
	[ "$output" = "“Quoted” and more…" ]
}

@test "normalize-text: two layers and a lost byte" {
	run normalize-text <<<$'don\xc3\x83\xc2\xa2\xc3\xa2\xe2\x80\x9a\xc2\xac\xc3\xa2\xe2\x80\x9e\xc2\xa2t \xc3\xa2\xe2\x82\xac\xc5\x93lost\xc3\xa2\xe2\x82\xac\xef\xbf\xbd'
	[ "$status" -eq 0 ]
	[ "$output" = "don’t “lost�" ]
}

@test "normalize-text: a lost no-break space and the word à" {
	run normalize-text --no-spaces <<<$'costs\xc3\x82 5 euros, voil\xc3\x83 le plan'
	[ "$status" -eq 0 ]
	[ "$output" = $'costs\xc2\xa05 euros, voilà le plan' ]
	run normalize-text <<<$'costs\xc3\x82 5 euros'
	[ "$output" = "costs 5 euros" ]
}

@test "normalize-text --no-mojibake: mojibake stays" {
	run normalize-text --no-mojibake <<<'The cafÃ© opened.'
	[ "$status" -eq 0 ]
	[ "$output" = "The cafÃ© opened." ]
}

@test "normalize-text --mojibake-only: nothing else is touched" {
	run normalize-text --mojibake-only <<<$'  caf\xc3\x83\xc2\xa9\xc2\xa0and\t  e\xcc\x81  '
	[ "$status" -eq 0 ]
	[ "$output" = $'  caf\xc3\xa9\xc2\xa0and\t  e\xcc\x81  ' ]
}

@test "normalize-text: spaces, zero-width characters, soft hyphens, trimming" {
	run normalize-text spaces.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	Two leading spaces and a run inside.
	A no-break space and a thin space here.
	Zerowidth and softhyphen and a BOMhere.
	Tab	kept	inside.
	EOF
}

@test "normalize-text: each space step can be turned off" {
	run normalize-text --no-spaces --no-zero-width --no-collapse --no-trim spaces.txt
	[ "$status" -eq 0 ]
	cmp <(normalize-text --no-spaces --no-zero-width --no-collapse --no-trim spaces.txt) spaces.txt
	run normalize-text --no-trim <<<'  a  b  '
	[ "$output" = " a b " ]
	run normalize-text --no-collapse <<<'  a  b  '
	[ "$output" = "a  b" ]
}

@test "normalize-text: control characters go, tabs stay" {
	run normalize-text controls.txt
	[ "$status" -eq 0 ]
	[ "$output" = $'A bell and a DEL go, a tab\tstays.' ]
	run normalize-text --no-controls controls.txt
	[ "$output" = $'A bell \007 and a DEL \177 go, a tab\tstays.' ]
}

@test "normalize-text: NFC by default, NFKC on request, none with --no-normalize" {
	run normalize-text forms.txt
	[ "$status" -eq 0 ]
	expect_output <<-'EOF'
	Café and été
	ﬁnal № 5 Ａ
	EOF
	run normalize-text --nfkc forms.txt
	expect_output <<-'EOF'
	Café and été
	final No 5 A
	EOF
	run normalize-text --no-normalize forms.txt
	cmp <(normalize-text --no-normalize forms.txt) forms.txt
}

@test "normalize-text --entities: HTML entities decoded, unknown ones kept" {
	run normalize-text entities.txt
	[ "$output" = 'AT&amp;T said &ldquo;no&rdquo; &#8212; caf&eacute; &#x263A; &bogus; &#0; &amp' ]
	run normalize-text --entities entities.txt
	[ "$status" -eq 0 ]
	[ "$output" = 'AT&T said “no” — café ☺ &bogus; � &amp' ]
}

@test "normalize-text --entities: an entity hiding mojibake is repaired after" {
	run normalize-text --entities <<<'10Î&frac14;s'
	[ "$output" = "10μs" ]
}

@test "normalize-text --ascii-punct: quotes, dashes, ellipses, bullets" {
	run normalize-text --ascii-punct punct.txt
	[ "$status" -eq 0 ]
	[ "$output" = "\"Quoted,\" she said -- it's 'fine' - ok... * item" ]
}

@test "normalize-text --invalid: replace (default), keep, drop" {
	run normalize-text invalid.txt
	[ "$output" = "bad � byte and � truncated" ]
	run normalize-text --invalid=keep invalid.txt
	cmp <(normalize-text --invalid=keep invalid.txt) invalid.txt
	run normalize-text --invalid drop invalid.txt
	[ "$output" = "bad  byte and  truncated" ] || [ "$output" = "bad byte and truncated" ]
}

@test "normalize-text --invalid: a bad value is a usage error" {
	run_split normalize-text --invalid=maybe invalid.txt
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"invalid --invalid: maybe"* ]]
	[[ "$stderr" == *"usage: normalize-text"* ]]
}

@test "normalize-text --explain: what changed, line by line, as TSV" {
	run_split normalize-text --explain mojibake.txt spaces.txt
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "mojibake.txt	1	mojibake:windows-1252	The mayorâ€™s office said the cafÃ© would reopen.	The mayor’s office said the café would reopen." ]
	[ "${lines[4]}" = "mojibake.txt	5	mojibake:windows-1252+windows-1252	She met the rector of the university (nÃƒÂ©e Kowalska).	She met the rector of the university (née Kowalska)." ]
	[ "${lines[11]}" = "spaces.txt	1	collapse,trim	  Two leading spaces and   a run inside.  	Two leading spaces and a run inside." ]
	[ "${#lines[@]}" -eq 14 ]
}

@test "normalize-text --stats: repairs counted by kind" {
	run_split normalize-text --stats mojibake.txt spaces.txt
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"changed=14 "*"mojibake=11 "*"spaces=1 zero_width=1 "*"collapse=1 trim=1 "* ]]
}

@test "normalize-text: framing of several files is kept" {
	run normalize-text controls.txt invalid.txt
	[ "$status" -eq 0 ]
	expect_output <<-EOF
	$(printf '\f')controls.txt
	A bell and a DEL go, a tab	stays.
	$(printf '\f')invalid.txt
	bad � byte and � truncated
	EOF
}

@test "normalize-text -J: the text field is cleaned, other fields kept" {
	run normalize-text -J <<<'{"id":"a1","text":"caf\u00c3\u00a9  ok\n\u00e2\u20ac\u0153hi\u00e2\u20ac\u009d","n":3}'
	[ "$status" -eq 0 ]
	[ "$output" = '{"id":"a1","text":"café ok\n“hi”","n":3}' ]
}

@test "normalize-text: CRLF lines keep their CR LF" {
	run sh -c "printf 'caf\303\203\302\251  x\r\nok\r\n' | normalize-text | od -An -c | tr -s ' '"
	[ "$status" -eq 0 ]
	[[ "$output" == *'\r \n'*'\r \n'* ]]
}

@test "normalize-text: unknown option and bad usage exit 2" {
	run_split normalize-text --frobnicate
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"usage: normalize-text"* ]]
	run_split normalize-text --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"usage: normalize-text"* ]]
}

@test "normalize-text: >/dev/full gives exit 2 and a message" {
	run sh -c 'normalize-text mojibake.txt >/dev/full'
	[ "$status" -eq 2 ]
	[[ "$output" == *"normalize-text: stdout:"* ]]
}
