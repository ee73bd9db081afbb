#!/usr/bin/env bats
#
# robustness.bats: every program through the same hostile inputs.
#
# The programs are listed from cmd/*.c, so a new program is covered without
# editing this file (NU_PROGS="a b" narrows a run to some of them).  What a
# program must do follows from its kind, which its name tells:
#
#   extract-*        extractor: records on stdout, TSV or --json
#   cat-docs         framer: the input comes back with header lines added
#   split-docs       splitter: writes documents into -d DIR
#   normalize-text, split-sentences
#                    rewriters: keep every paragraph but may change it
#   anything else    dropping filter: its output lines are a subsequence of
#                    its input lines, byte for byte (it may drop lines, never
#                    alter, reorder or invent them)
#
# Every case checks the exit status and stderr that newsutils(7) documents:
# hostile bytes are legal input (exit 0, nothing on stderr), bad records and
# unreadable operands give "prog: file:line: what" and exit 2, a write error
# gives exit 2 and a message, a closed pipe ends quietly with 0.  JSON
# output must be valid JSON and valid UTF-8 (jq for the syntax, iconv for the
# bytes, since jq silently repairs bad UTF-8).
#
# The suite runs twice in make check (normal and ASan build), so the big
# inputs are made once per file in setup_file and kept to a size the
# sanitizer build gets through in seconds.

load helper

REWRITERS=" normalize-text split-sentences "

setup_file() {
	local R="$BATS_FILE_TMPDIR"

	# Plain ASCII, one sentence per line: every program's ordinary case,
	# and the text rewriters must give back unchanged.
	cat >"$R/clean.txt" <<-'EOF'
	The harbour council met on Monday to discuss the new sea wall.
	Mayor Lena Hartwell said the work would start in the spring.
	The budget for the project is four million euros.
	Residents have asked for a public meeting before the vote.
	EOF

	# Text that every extractor should find something in: dates, times,
	# quotations with speakers, numbers, names.
	cat >"$R/rich.txt" <<-'EOF'
	Port Alder council approves harbour plan

	By Tomas Lindqvist | Published March 3, 2025 10:42 AM

	The council met on Monday, March 3, 2025, and voted 7 to 2 for the plan. It will cost 4.2 million euros.

	“We will rebuild the pier by June 30,” said Mayor Lena Hartwell. “Nobody expected the water to rise this fast.”

	"It is a good day for the town," Hartwell told reporters on 2025-03-04.

	Engineer Priya Quintero said the work would start next week and end in late 2026.

	Share this article: Facebook Twitter Email
	EOF

	printf 'The first line has a newline.\nThe last line of this file has none, said Hartwell on May 2, 2024.' \
		>"$R/nofinal.txt"
	printf 'The council met on Monday, March 3, 2025.\r\n\r\n“We will rebuild,” said Mayor Lena Hartwell.\r\nShare this\r\n\r\nA last line that is long enough to keep as text.\r\n' \
		>"$R/crlf.txt"
	printf 'A line with a \0NUL byte in the middle of the text, on June 4, 2023.\n\0\n\0\0\0\nText\0 after, “quoted\0 text,” she said.\nNUL at the end\0\n' \
		>"$R/nul.txt"
	make_bad_utf8 >"$R/badutf8.txt"
	printf 'the river runs past the old mill and ' >"$R/unit"
	# 100 MB of words with no sentence end: one paragraph that no program
	# has a reason to change or split.
	yes "$(cat "$R/unit")" | tr -d '\n' | head -c 100000000 >"$R/bigline.txt"
	printf 'end\n' >>"$R/bigline.txt"
	awk 'BEGIN { for (i = 0; i < 1000000; i++)
		print (i % 7 == 0 ? "" : "w" (i % 1000)) }' >"$R/tiny.txt"
	seq 1 100000 | gzip -n -1 >"$R/binary.gz"
	# Enough records that any program's output overflows a pipe buffer
	# and an output buffer.
	for i in $(seq 1 400); do cat "$R/rich.txt"; done >"$R/richbig.txt"
	mkdir -p "$R/adir"
	make_jsonl
}

make_bad_utf8() {
	# Each kind of invalid UTF-8 in the middle of ordinary text, then alone
	# at the end of a line, where a decoder reads past the end if careless.
	local kind
	for kind in '\300\257' '\301\277' '\340\200\257' '\360\200\200\257' \
	    '\355\240\200' '\355\277\277' '\355\240\200\355\260\200' \
	    '\364\220\200\200' '\367\277\277\277' '\370\210\200\200\200' \
	    '\200' '\277' '\376' '\377' '\342\202' '\360\237\230' '\303'; do
		printf "The council met on March 3, 2025 in Port Alder ${kind} and voted.\n"
		printf "“We will rebuild ${kind},” said Mayor Lena Hartwell.\n"
		printf "Ends with an invalid sequence ${kind}\n"
	done
	printf 'Truncated at the very end \342\202'
}

make_jsonl() {
	local R="$BATS_FILE_TMPDIR"

	printf '%s\n' \
	    '{"id":"a","text":"The council met on Monday, March 3, 2025.\n“We will rebuild,” said Mayor Lena Hartwell.","extra":{"k":[1,2]}}' \
	    '{"id":"b","text":"The harbour council met on Monday to discuss the new sea wall.\nIt voted on 2024-05-02.","extr' \
	    '{"id":"c","text":"Residents have asked for a public meeting before the vote.","extra":{"k":[1,2]}}' \
	    >"$R/trunc.jsonl"
	printf '%s\n' \
	    '{"id":"a","text":"Mayor Lena Hartwell said the work would start in the spring."}' \
	    '[1,2,3]' '"just a string"' '42' 'null' \
	    '{"id":"z","text":"The budget for the project is four million euros."}' \
	    >"$R/nonobject.jsonl"
	# Valid but awkward records: escaped NUL and control characters,
	# non-ASCII escapes, CRLF line ends, a missing or non-string text,
	# nested fields that a filter must keep as they are.
	printf '%s\r\n' \
	    '{"id":"n","text":"A \u0000 NUL, a tab\there, \u00e9 and \ud83d\ude00.\nSecond paragraph said Hartwell on May 2, 2024.","keep":{"x":[1,{"y":null}]}}' \
	    '{"url":"https://example.test/a","title":"No text field","keep":{"x":[1,{"y":null}]}}' \
	    '{"id":7,"text":12,"keep":{"x":[1,{"y":null}]}}' \
	    '{"id":"e","text":"","keep":{"x":[1,{"y":null}]}}' \
	    '{"id":"m","text":"“Quoted,” she said.\n\n\nThe harbour council met on Monday.","keep":{"x":[1,{"y":null}]}}' \
	    >"$R/tricky.jsonl"
}

# ---- which programs, and how to call them --------------------------------

progs() {
	local f n
	if [ -n "${NU_PROGS:-}" ]; then
		printf '%s\n' $NU_PROGS
		return
	fi
	for f in "$NU_ROOT"/cmd/*.c; do
		[ -f "$f" ] || continue
		n=${f##*/}
		printf '%s\n' "${n%.c}"
	done
}

kind() {
	case $1 in
	extract-*) echo extractor ;;
	cat-docs) echo framer ;;
	split-docs) echo splitter ;;
	*)
		case $REWRITERS in
		*" $1 "*) echo rewriter ;;
		*) echo dropper ;;
		esac ;;
	esac
}

# nu PROG ARGS...: run a program as its kind needs (split-docs gets a fresh
# -d folder, $SPLITDIR).
nu() {
	local p=$1
	shift
	if [ "$p" = split-docs ]; then
		SPLITDIR=$(mktemp -d "$BATS_TEST_TMPDIR/split.XXXXXX")
		"$NU_BIN/$p" -d "$SPLITDIR" "$@"
	else
		"$NU_BIN/$p" "$@"
	fi
}

# each CHECK ARGS...: run "CHECK PROG ARGS..." for every program, report
# every failure (not only the first), fail if any failed.
each() {
	local p failed=
	local n=0
	for p in $(progs); do
		n=$((n + 1))
		if [ ! -x "$NU_BIN/$p" ]; then
			echo "$p: not built in $NU_BIN" >&2
			failed="$failed $p"
			continue
		fi
		"$@" "$p" || failed="$failed $p"
	done
	[ "$n" -gt 0 ] || skip "no programs in cmd/"
	if [ -n "$failed" ]; then
		echo "failed:$failed" >&2
		return 1
	fi
}

# ---- checks --------------------------------------------------------------

# Whether the lines of $2 are a subsequence of the lines of $1, byte for
# byte (a kept line must come out as it came in: CR, NUL and invalid bytes
# included).
is_subsequence() {
	LC_ALL=C awk '
	NR == FNR { line[++n] = $0; next }
	{
		while (i < n)
			if (line[++i] == $0)
				next
		printf "output line %d is not an input line (in order): %s\n",
		    FNR, substr($0, 1, 200)
		bad = 1
		exit
	}
	END { exit bad }' "$1" "$2"
}

# The input with header lines removed and a final newline ensured, for
# comparing a framer's output with its input.  grep, not awk: mawk takes
# half a minute over a 100 MB line.
body_of() {
	LC_ALL=C grep -av $'^\f' "$1"
}

same_body() {
	body_of "$1" | cmp -s - <(body_of "$2")
}

json_ok() {
	local f=$1
	if ! iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
		echo "JSON output is not valid UTF-8" >&2
		return 1
	fi
	if command -v jq >/dev/null; then
		jq -c 'if type != "object" then error("not an object") else empty end' \
		    "$f" >/dev/null || { echo "JSON output is not valid" >&2; return 1; }
	elif command -v python3 >/dev/null; then
		python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if not isinstance(json.loads(line), dict):
        sys.exit("not an object")' "$f" || return 1
	fi
}

tsv_ok() {
	LC_ALL=C awk -F '\t' '
	NF < 3 || $2 !~ /^[0-9]+$/ {
		printf "TSV record %d has no doc, line, text columns: %s\n",
		    NR, substr($0, 1, 200)
		exit 1
	}' "$1"
}

# plain_ok PROG INPUT [ARGS...]: a legal input gives exit 0, an empty
# stderr, and output as the kind promises.
plain_ok() {
	local p=$1 in=$2 out err st
	shift 2
	out="$BATS_TEST_TMPDIR/$p.out"
	err="$BATS_TEST_TMPDIR/$p.err"
	nu "$p" "$@" <"$in" >"$out" 2>"$err"
	st=$?
	if [ "$st" -ne 0 ] || [ -s "$err" ]; then
		echo "$p${*:+ $*}: exit $st, want 0; stderr: $(head -c 600 "$err")" >&2
		return 1
	fi
	case $(kind "$p") in
	dropper)
		is_subsequence "$in" "$out" || { echo "$p${*:+ $*}: lost or changed a line" >&2; return 1; } ;;
	framer)
		same_body "$out" "$in" ||
		    { echo "$p${*:+ $*}: output without headers differs from input" >&2; return 1; } ;;
	splitter)
		split_ok "$p" "$in" || return 1 ;;
	extractor)
		tsv_ok "$out" || { echo "$p${*:+ $*}: bad TSV" >&2; return 1; }
		nu "$p" --json "$@" <"$in" >"$out" 2>"$err"
		st=$?
		if [ "$st" -ne 0 ] || [ -s "$err" ]; then
			echo "$p --json $*: exit $st; stderr: $(head -c 600 "$err")" >&2
			return 1
		fi
		json_ok "$out" || { echo "$p --json $*: bad JSON" >&2; return 1; } ;;
	esac
	return 0
}

# The files split-docs wrote hold the input's lines, nothing else.
split_ok() {
	local p=$1 in=$2
	find "$SPLITDIR" -type f -exec grep -ah '' {} + | LC_ALL=C sort >"$BATS_TEST_TMPDIR/split.got"
	body_of "$in" | LC_ALL=C sort >"$BATS_TEST_TMPDIR/split.want"
	if ! cmp -s "$BATS_TEST_TMPDIR/split.got" "$BATS_TEST_TMPDIR/split.want"; then
		# A blank line may be dropped at a document's end; nothing else.
		if ! is_subsequence "$BATS_TEST_TMPDIR/split.want" "$BATS_TEST_TMPDIR/split.got"; then
			echo "$p: files in -d differ from the input" >&2
			return 1
		fi
	fi
}

# in_locales CHECK ARGS...: the check in the C locale and in a UTF-8 one.
in_locales() {
	local loc
	for loc in C C.UTF-8; do
		LC_ALL=$loc "$@" || { echo "(in LC_ALL=$loc)" >&2; return 1; }
	done
}

# ---- the cases -----------------------------------------------------------

@test "every program: empty input gives exit 0 and no records" {
	check() {
		local p=$1 out="$BATS_TEST_TMPDIR/$1.out"
		in_locales plain_ok "$p" /dev/null || return 1
		case $(kind "$p") in
		dropper|rewriter|extractor)
			nu "$p" </dev/null >"$out" 2>/dev/null
			[ ! -s "$out" ] || { echo "$p: output from empty input" >&2; return 1; } ;;
		esac
	}
	each check
}

@test "every program: ordinary text, TSV and JSON valid, nothing lost" {
	check() {
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/rich.txt" &&
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/clean.txt"
	}
	each check
}

@test "rewriters: plain one-sentence ASCII lines come back unchanged" {
	check() {
		local p=$1 out="$BATS_TEST_TMPDIR/$1.out"
		[ "$(kind "$p")" = rewriter ] || return 0
		nu "$p" <"$BATS_FILE_TMPDIR/clean.txt" >"$out" || return 1
		# split-sentences separates paragraphs with an empty line.
		[ "$p" != split-sentences ] || sed -i '/^$/d' "$out"
		cmp -s "$out" "$BATS_FILE_TMPDIR/clean.txt" ||
		    { echo "$p: changed clean text" >&2; diff "$BATS_FILE_TMPDIR/clean.txt" "$out" >&2; return 1; }
	}
	each check
}

@test "every program: no final newline" {
	check() {
		local p=$1 in="$BATS_FILE_TMPDIR/nofinal.txt" out
		in_locales plain_ok "$p" "$in" || return 1
		in_locales plain_ok "$p" "$in" -p || return 1
		out="$BATS_TEST_TMPDIR/$p.out"
		[ "$(kind "$p")" = dropper ] || return 0
		# A kept last line comes out as it came in: without a newline.
		nu "$p" <"$in" >"$out"
		if [ "$(tail -n 1 "$out")" = "$(tail -n 1 "$in")" ] &&
		    [ "$(tail -c 1 "$out" | od -An -c | tr -d ' ')" = '\n' ]; then
			echo "$p: added a newline to the last line" >&2
			return 1
		fi
	}
	each check
}

@test "every program: CRLF line ends are kept" {
	check() {
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/crlf.txt" &&
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/crlf.txt" -p
	}
	each check
}

@test "every program: NUL bytes" {
	check() {
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/nul.txt" &&
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/nul.txt" -p
	}
	each check
}

@test "every program: invalid UTF-8 of every kind (overlong, surrogate, truncated, stray)" {
	check() {
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/badutf8.txt" &&
		in_locales plain_ok "$1" "$BATS_FILE_TMPDIR/badutf8.txt" -p
	}
	each check
}

@test "every program: a binary file" {
	check() {
		plain_ok "$1" "$BATS_FILE_TMPDIR/binary.gz" &&
		LC_ALL=C.UTF-8 plain_ok "$1" "$BATS_FILE_TMPDIR/binary.gz" -p
	}
	each check
}

@test "every program: a 100 MB line" {
	check() {
		local p=$1 in="$BATS_FILE_TMPDIR/bigline.txt"
		local out="$BATS_TEST_TMPDIR/$1.out" err="$BATS_TEST_TMPDIR/$1.err" st
		LC_ALL=C.UTF-8 nu "$p" <"$in" >"$out" 2>"$err"
		st=$?
		if [ "$st" -ne 0 ] || [ -s "$err" ]; then
			echo "$p: exit $st; stderr: $(head -c 600 "$err")" >&2
			return 1
		fi
		case $(kind "$p") in
		dropper)
			[ ! -s "$out" ] || cmp -s "$in" "$out" ||
			    { echo "$p: the line came out changed" >&2; return 1; } ;;
		rewriter)
			cmp -s "$in" "$out" ||
			    { echo "$p: changed or truncated the line" >&2; return 1; } ;;
		framer)
			same_body "$out" "$in" ||
			    { echo "$p: changed or truncated the line" >&2; return 1; } ;;
		esac
		rm -f "$out"
		[ -z "${SPLITDIR:-}" ] || rm -rf "$SPLITDIR"
	}
	each check
}

@test "every program: a million tiny lines" {
	check() {
		LC_ALL=C.UTF-8 plain_ok "$1" "$BATS_FILE_TMPDIR/tiny.txt" || return 1
		[ -z "${SPLITDIR:-}" ] || rm -rf "$SPLITDIR"
	}
	each check
}

# ---- JSON Lines ------------------------------------------------------------

# cat-docs -J writes JSON Lines from files of any content: exit 0 and
# valid JSON, whatever the file holds.
framer_json() {
	local p=$1 st=$2 out=$3 err=$4
	if [ "$st" -ne 0 ] || [ -s "$err" ]; then
		echo "$p -J: exit $st, want 0; stderr: $(head -c 600 "$err")" >&2
		return 1
	fi
	json_ok "$out"
}

# jsonl_bad PROG FILE LINE...: exit 2, one message naming FILE:LINE for
# each bad line, the other records processed, bad lines passed through by
# filters, and every other output line a valid JSON object.
jsonl_bad() {
	local p=$1 in=$2 out err st n good
	shift 2
	out="$BATS_TEST_TMPDIR/$p.out"
	err="$BATS_TEST_TMPDIR/$p.err"
	nu "$p" -J "$in" >"$out" 2>"$err"
	st=$?
	[ "$(kind "$p")" != framer ] || { framer_json "$p" "$st" "$out" "$err"; return; }
	if [ "$st" -ne 2 ]; then
		echo "$p -J: exit $st, want 2; stderr: $(head -c 600 "$err")" >&2
		return 1
	fi
	for n in "$@"; do
		grep -q "^$p: $in:$n: " "$err" || {
			echo "$p -J: no \"$p: $in:$n: ...\" message; stderr: $(head -c 600 "$err")" >&2
			return 1
		}
	done
	case $(kind "$p") in
	dropper|rewriter)
		for n in "$@"; do
			sed -n "${n}p" "$in" >"$BATS_TEST_TMPDIR/bad.line"
			grep -qxF -f "$BATS_TEST_TMPDIR/bad.line" "$out" || {
				echo "$p -J: bad line $n not passed through" >&2
				return 1
			}
		done
		grep -vxF -f <(for n in "$@"; do sed -n "${n}p" "$in"; done) "$out" \
		    >"$BATS_TEST_TMPDIR/good.out"
		good=$(wc -l <"$BATS_TEST_TMPDIR/good.out")
		[ "$good" -ge 1 ] || { echo "$p -J: the good records were lost" >&2; return 1; }
		json_ok "$BATS_TEST_TMPDIR/good.out" || return 1 ;;
	extractor)
		nu "$p" -J --json "$in" >"$out" 2>/dev/null
		json_ok "$out" || return 1 ;;
	esac
}

@test "every program: a truncated JSON line with -J" {
	check() {
		in_locales jsonl_bad "$1" "$BATS_FILE_TMPDIR/trunc.jsonl" 2
	}
	each check
}

@test "every program: JSON lines that are not objects with -J" {
	check() {
		in_locales jsonl_bad "$1" "$BATS_FILE_TMPDIR/nonobject.jsonl" 2 3 4 5
	}
	each check
}

@test "every program: awkward but valid JSON Lines (escaped NUL, CRLF, no text field)" {
	check() {
		local p=$1 in="$BATS_FILE_TMPDIR/tricky.jsonl"
		local out="$BATS_TEST_TMPDIR/$1.out" err="$BATS_TEST_TMPDIR/$1.err" st
		nu "$p" -J "$in" >"$out" 2>"$err"
		st=$?
		if [ "$st" -ne 0 ] || [ -s "$err" ]; then
			echo "$p -J: exit $st, want 0; stderr: $(head -c 600 "$err")" >&2
			return 1
		fi
		case $(kind "$p") in
		framer)
			json_ok "$out" || return 1 ;;
		dropper|rewriter)
			json_ok "$out" || return 1
			# One record out per record in, other fields kept.
			[ "$(jq -c .keep "$out" | sort -u)" = '{"x":[1,{"y":null}]}' ] &&
			    [ "$(wc -l <"$out")" -eq 5 ] || {
				echo "$p -J: records or their other fields not kept" >&2
				return 1
			} ;;
		extractor)
			nu "$p" -J --json "$in" >"$out" 2>"$err" || return 1
			json_ok "$out" || return 1 ;;
		esac
	}
	each check
}

# ---- operands, output, signals ---------------------------------------------

@test "every program: a nonexistent file gives exit 2 and a message, the rest is read" {
	check() {
		local p=$1 R="$BATS_FILE_TMPDIR" out="$BATS_TEST_TMPDIR/$1.out"
		local err="$BATS_TEST_TMPDIR/$1.err" st
		nu "$p" "$R/no-such-file" "$R/rich.txt" >"$out" 2>"$err"
		st=$?
		[ "$st" -eq 2 ] && grep -q "^$p: $R/no-such-file: .*No such file" "$err" || {
			echo "$p: exit $st, want 2; stderr: $(head -c 600 "$err")" >&2
			return 1
		}
		case $(kind "$p") in
		dropper|rewriter|extractor|framer)
			[ -s "$out" ] || { echo "$p: stopped at the missing file" >&2; return 1; } ;;
		esac
	}
	each check
}

@test "every program: a directory operand gives exit 2 and a message" {
	check() {
		local p=$1 d="$BATS_FILE_TMPDIR/adir" err="$BATS_TEST_TMPDIR/$1.err" st
		nu "$p" "$d" >/dev/null 2>"$err"
		st=$?
		[ "$st" -eq 2 ] && grep -q "^$p: $d: .*[Ii]s a directory" "$err" || {
			echo "$p: exit $st, want 2; stderr: $(head -c 600 "$err")" >&2
			return 1
		}
	}
	each check
}

@test "every program: an unreadable file gives exit 2 and a message" {
	[ "$(id -u)" -ne 0 ] || skip "root can read any file (directory and missing-file cases cover this)"
	local f="$BATS_TEST_TMPDIR/secret.txt"
	cp "$BATS_FILE_TMPDIR/clean.txt" "$f"
	chmod 000 "$f"
	check() {
		local p=$1 err="$BATS_TEST_TMPDIR/$1.err" st
		nu "$p" "$f" >/dev/null 2>"$err"
		st=$?
		[ "$st" -eq 2 ] && grep -q "^$p: $f: .*Permission denied" "$err" || {
			echo "$p: exit $st, want 2; stderr: $(head -c 600 "$err")" >&2
			return 1
		}
	}
	each check
}

@test "every program: >/dev/full gives exit 2 and a message" {
	[ -w /dev/full ] || skip "no /dev/full"
	check() {
		local p=$1 in="$BATS_FILE_TMPDIR/richbig.txt" err="$BATS_TEST_TMPDIR/$1.err" st
		local out="$BATS_TEST_TMPDIR/$1.out" small="$BATS_FILE_TMPDIR/rich.txt"
		nu "$p" <"$in" >"$out" 2>/dev/null
		[ -s "$out" ] || return 0	# writes nothing to stdout here
		for f in "$in" "$small"; do
			nu "$p" <"$f" >/dev/full 2>"$err"
			st=$?
			[ "$st" -eq 2 ] && grep -q "^$p: .*No space left on device" "$err" || {
				echo "$p <$f >/dev/full: exit $st, want 2; stderr: $(head -c 600 "$err")" >&2
				return 1
			}
		done
	}
	each check
}

@test "every program: --help >/dev/full gives exit 2, --help alone exit 0" {
	[ -w /dev/full ] || skip "no /dev/full"
	check() {
		local p=$1 err="$BATS_TEST_TMPDIR/$1.err" st
		"$NU_BIN/$p" --help >"$BATS_TEST_TMPDIR/help" 2>"$err"
		st=$?
		[ "$st" -eq 0 ] && grep -q "usage: $p" "$BATS_TEST_TMPDIR/help" && [ ! -s "$err" ] || {
			echo "$p --help: exit $st, want 0 with usage on stdout" >&2
			return 1
		}
		"$NU_BIN/$p" --help >/dev/full 2>"$err"
		st=$?
		[ "$st" -eq 2 ] && [ -s "$err" ] || {
			echo "$p --help >/dev/full: exit $st, want 2 and a message" >&2
			return 1
		}
		"$NU_BIN/$p" --no-such-option >/dev/null 2>"$err"
		st=$?
		[ "$st" -eq 2 ] && grep -q "usage: $p" "$err" || {
			echo "$p --no-such-option: exit $st, want 2 with usage on stderr" >&2
			return 1
		}
	}
	each check
}

@test "every program: an early-closed pipe ends quietly with 0" {
	check() {
		local p=$1 err="$BATS_TEST_TMPDIR/$1.err" st
		[ "$(kind "$p")" != splitter ] || return 0
		nu "$p" <"$BATS_FILE_TMPDIR/richbig.txt" 2>"$err" | head -n 1 >/dev/null
		st=${PIPESTATUS[0]}
		[ "$st" -eq 0 ] && [ ! -s "$err" ] || {
			echo "$p | head -1: exit $st, want 0 and no message; stderr: $(head -c 600 "$err")" >&2
			return 1
		}
	}
	each check
}

@test "every program: SIGTERM mid-stream ends it promptly" {
	check() {
		local p=$1 fifo="$BATS_TEST_TMPDIR/$1.fifo" pid st i
		local -a cmd=("$NU_BIN/$p")
		[ "$(kind "$p")" != splitter ] ||
			cmd+=(-d "$(mktemp -d "$BATS_TEST_TMPDIR/split.XXXXXX")")
		rm -f "$fifo"
		mkfifo "$fifo"
		# Started directly, not through a function, so that $! is the
		# program itself and not a subshell around it.
		"${cmd[@]}" <"$fifo" >"$BATS_TEST_TMPDIR/$p.out" 2>/dev/null &
		pid=$!
		exec 7>"$fifo"
		cat "$BATS_FILE_TMPDIR/rich.txt" >&7
		sleep 0.2
		kill -TERM "$pid"
		for i in $(seq 1 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		if kill -0 "$pid" 2>/dev/null; then
			kill -KILL "$pid"
			exec 7>&-
			echo "$p: still running 5 s after SIGTERM" >&2
			return 1
		fi
		wait "$pid"
		st=$?
		exec 7>&-
		[ "$st" -eq 143 ] || { echo "$p: exit $st after SIGTERM, want 143" >&2; return 1; }
	}
	each check
}
