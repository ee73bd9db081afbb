/*
 * t-fingerprint: the normal form of dedupe-paragraphs, rule by rule.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "fingerprint.h"
#include "tap.h"

static void
norm_is(const char *in, size_t len, int flags, const char *want,
    const char *what)
{
	struct buf b = BUF_INIT;

	fp_normalize(&b, in, len, flags);
	is_str(b.p ? b.p : "", b.len, want, what);
	buf_free(&b);
}

static int
same_fp(const char *a, const char *b, int flags)
{
	struct buf x = BUF_INIT, y = BUF_INIT;
	int same;

	fp_normalize(&x, a, strlen(a), flags);
	fp_normalize(&y, b, strlen(b), flags);
	same = fp_hash(x.p ? x.p : "", x.len) == fp_hash(y.p ? y.p : "",
	    y.len);
	buf_free(&x);
	buf_free(&y);
	return same;
}

#define N(in, flags, want, what) norm_is(in, sizeof(in) - 1, flags, want, what)

int
main(void)
{
	struct buf b = BUF_INIT;

	N("Hello   World", 0, "hello world", "strict: case folded, spaces collapsed");
	N("  \t lead and trail \t ", 0, "lead and trail", "ends trimmed");
	N("\xe2\x80\x9cQuote\xe2\x80\x9d \xe2\x80\x98it\xe2\x80\x99s\xe2\x80\x99", 0,
	    "\"quote\" 'it's'", "strict: curly quotes become straight");
	N("a\xe2\x80\x94" "b \xe2\x80\x93 c \xe2\x88\x92" "1", 0, "a-b - c -1",
	    "strict: dashes and minus become -");
	N("U.S. officials, said:", 0, "u.s. officials, said:",
	    "strict keeps punctuation");
	N("U.S. officials, said:", FP_LOOSE, "us officials said",
	    "loose: dots vanish, other punctuation separates");
	N("China\xe2\x80\x99s", FP_LOOSE, "chinas", "loose: apostrophe vanishes");
	N("Beijing,China", FP_LOOSE, "beijing china",
	    "loose: comma between words separates");
	N("face-to-face \xe2\x80\x94Reuters", FP_LOOSE, "face to face reuters",
	    "loose: dashes separate");
	N("Caf\xc3\xa9 na\xc3\xafve", FP_LOOSE, "cafe naive", "loose: accents go");
	N("Caf\xc3\xa9", 0, "cafe\xcc\x81", "strict: accents kept (decomposed)");
	N("STRASSE Stra\xc3\x9f" "e", 0, "strasse strasse",
	    "full case folding: sharp s");
	N("\xef\xac\x81" "ne \xef\xbc\xa1" "BC", 0, "fine abc",
	    "compatibility: ligature and full-width letters");
	N("a\xc2\xa0" "b\xe2\x80\x83" "c", 0, "a b c", "NBSP and em space separate");
	N("soft\xc2\xad" "hyphen zero\xe2\x80\x8bwidth", 0, "softhyphen zerowidth",
	    "ignorable characters vanish");
	N("bad \xff\xfe bytes", 0, "bad \xff\xfe bytes",
	    "invalid bytes kept as they are");
	N("nul\0byte", 0, "nul byte", "NUL separates");
	N("$5 or 10%", FP_LOOSE, "$5 or 10", "loose: $ stays, % is punctuation");
	N("3.5 or 35, 4,000 or 4000.", FP_LOOSE, "3.5 or 35 4000 or 4000",
	    "loose: decimal point kept, thousands comma dropped");
	N("No. 1,a,2", FP_LOOSE, "no 1 a 2", "loose: . and , away from digit pairs");
	N("", 0, "", "empty");
	N("...", FP_LOOSE, "", "punctuation only: empty in loose form");
	N("\xc3\x89T\xc3\x89 \xe2\x80\x94 \xc2\xab\xc3\xa9t\xc3\xa9\xc2\xbb", 0,
	    "e\xcc\x81te\xcc\x81 - \"e\xcc\x81te\xcc\x81\"",
	    "strict: angle quotes, upper accented letters");

	ok(same_fp("U.S. Secretary of State", "US secretary of state",
	    FP_LOOSE), "loose: U.S. = US");
	ok(!same_fp("U.S. Secretary of State", "US secretary of state", 0),
	    "strict: U.S. != US");
	ok(same_fp("\xe2\x80\x9cYes,\xe2\x80\x9d he said \xe2\x80\x94 Reuters",
	    "\"Yes,\" he said - Reuters", 0), "strict: quotes and dashes unified");
	ok(!same_fp("one paragraph", "another paragraph", FP_LOOSE),
	    "different text, different fingerprint");
	ok(fp_hash("abc", 3) == fp_hash("abc", 3), "fingerprint is stable");
	ok(fp_hash("", 0) != fp_hash(" ", 1), "empty and space differ");

	ok(fp_words("the us said - 3 times", 21) == 5,
	    "words: a lone dash is not a word");
	ok(fp_words("", 0) == 0, "words: none in empty text");
	ok(fp_words("\xc3\xa9t\xc3\xa9", 6) == 1, "words: non-ASCII word counts");

	/* Appending keeps what was there and starts the form afresh. */
	buf_adds(&b, "X");
	fp_normalize(&b, "  a  ", 5, 0);
	is_str(b.p, b.len, "Xa", "appends without a leading space");
	buf_free(&b);
	return done_testing();
}
