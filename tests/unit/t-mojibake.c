/*
 * t-mojibake: the mojibake repair on cases written for newsutils, one
 * per kind of damage, and text that must come through untouched.
 */
#include <string.h>

#include "buf.h"
#include "mojibake.h"
#include "normalize.h"
#include "tap.h"

static const struct {
	const char	*in;
	const char	*want;
	const char	*what;
} fixes[] = {
	{ "He wasn\xc3""\xa2""\xe2""\x82""\xac""\xe2""\x84""\xa2""t sure",
	    "He wasn\xe2""\x80""\x99""t sure",
	    "windows-1252 apostrophe" },
	{ "It\xc3""\xa2""\xe2""\x82""\xac""\xe2""\x84""\xa2""s \xc3""\xa2""\xe2""\x82""\xac""\xc5""\x93""fine\xc3""\xa2""\xe2""\x82""\xac""\xc2""\x9d"" now",
	    "It\xe2""\x80""\x99""s \xe2""\x80""\x9c""fine\xe2""\x80""\x9d"" now",
	    "curly quotes with a C1 control" },
	{ "shop\xc3""\xa2""\xc2""\x80""\xc2""\x99""s owner",
	    "shop\xe2""\x80""\x99""s owner",
	    "latin-1 C1 sequence" },
	{ "Love you \xc3""\xa2""\xc2""\x9d""\xc2""\xa4""",
	    "Love you \xe2""\x9d""\xa4""",
	    "low code point symbol" },
	{ "price: \xc3""\x82""\xc2""\xa3""30",
	    "price: \xc2""\xa3""30",
	    "pound sign" },
	{ "costs\xc3""\x82"" 5 euros",
	    "costs\xc2""\xa0""5 euros",
	    "lost no-break space" },
	{ "voil\xc3""\x83"" le plan",
	    "voil\xc3""\xa0"" le plan",
	    "à whose space was coalesced" },
	{ "voil\xc3""\x83""  le plan",
	    "voil\xc3""\xa0"" le plan",
	    "à followed by its space" },
	{ "vamos \xc3""\x83"" s compras e \xc3""\x83""\xc2""\xa7""a",
	    "vamos \xc3""\xa0""s compras e \xc3""\xa7""a",
	    "às" },
	{ "semelhante \xc3""\x83"" quele dia, l\xc3""\x83""\xc2""\xa1""",
	    "semelhante \xc3""\xa0""quele dia, l\xc3""\xa1""",
	    "àquele" },
	{ "\xc3""\x83""\xc2""\xa9""t\xc3""\x83""\xc2""\xa9"" \xc3""\x83"" Paris",
	    "\xc3""\xa9""t\xc3""\xa9"" \xc3""\xa0"" Paris",
	    "French à" },
	{ "I\xc3""\x83""\xc2""\xb1""igo",
	    "I\xc3""\xb1""igo",
	    "a single Latin-1 letter" },
	{ "Z\xc3""\x83""\xc5""\x93""RICH",
	    "Z\xc3""\x9c""RICH",
	    "capital in capitals" },
	{ "n\xc3""\x83""\xc6""\x92""\xc3""\x82""\xc2""\xa9"" Smith",
	    "n\xc3""\xa9"" Smith",
	    "two layers" },
	{ "don\xc3""\x83""\xc6""\x92""\xc3""\x82""\xc2""\xa2""\xc3""\x83""\xc2""\xa2""\xc3""\xa2""\xe2""\x82""\xac""\xc5""\xa1""\xc3""\x82""\xc2""\xac""\xc3""\x83""\xc2""\xa2""\xc3""\xa2""\xe2""\x82""\xac""\xc5""\xbe""\xc3""\x82""\xc2""\xa2""t",
	    "don\xe2""\x80""\x99""t",
	    "three layers" },
	{ "H\xc3""\x84""\xc2""\xb1""zl\xc3""\x84""\xc2""\xb1"" tren",
	    "H\xc4""\xb1""zl\xc4""\xb1"" tren",
	    "Turkish dotless i" },
	{ "\xc3""\x84""\xc2""\xb0""zmir",
	    "\xc4""\xb0""zmir",
	    "capital dotted I opening a word" },
	{ "K\xc3""\x85""\xe2""\x80""\x9a""odzko",
	    "K\xc5""\x82""odzko",
	    "Polish ł" },
	{ "\xc3""\x97""\xc2""\xa9""\xc3""\x97""\xc5""\x93""\xc3""\x97""\xe2""\x80""\xa2""\xc3""\x97""\xc2""\x9d""",
	    "\xd7""\xa9""\xd7""\x9c""\xd7""\x95""\xd7""\x9d""",
	    "Hebrew word" },
	{ "\xc3""\x98""\xc2""\xb4""\xc3""\x99""\xc6""\x92""\xc3""\x98""\xc2""\xb1""\xc3""\x98""\xc2""\xa7""",
	    "\xd8""\xb4""\xd9""\x83""\xd8""\xb1""\xd8""\xa7""",
	    "Arabic word" },
	{ "\xc3""\x90""\xc5""\xb8""\xc3""\x91""\xe2""\x82""\xac""\xc3""\x90""\xc2""\xb8""\xc3""\x90""\xc2""\xb2""\xc3""\x90""\xc2""\xb5""\xc3""\x91""\xe2""\x80""\x9a""",
	    "\xd0""\x9f""\xd1""\x80""\xd0""\xb8""\xd0""\xb2""\xd0""\xb5""\xd1""\x82""",
	    "Cyrillic word" },
	{ "\xc3""\xb0""\xc5""\xb8""\xcb""\x9c""\xe2""\x82""\xac"" great",
	    "\xf0""\x9f""\x98""\x80"" great",
	    "emoji" },
	{ "a \xc3""\xb0""\xc5""\xb8""\xe2""\x80""\x98""\xef""\xbf""\xbd"" b",
	    "a \xef""\xbf""\xbd"" b",
	    "emoji with a lost byte" },
	{ "\xc3""\xa2""\xe2""\x82""\xac""\xc5""\x93""lost\xc3""\xa2""\xe2""\x82""\xac""\xef""\xbf""\xbd""",
	    "\xe2""\x80""\x9c""lost\xef""\xbf""\xbd""",
	    "quote with a lost byte" },
	{ "\xc3""\xa2""\xe2""\x82""\xac""\xc5""\x93""huh\xc3""\xa2""\xe2""\x82""\xac""\x3f"" said",
	    "\xe2""\x80""\x9c""huh\xef""\xbf""\xbd"" said",
	    "lost byte as a question mark" },
	{ "caf\xc3""\xa9""\xc2""\x85"" fin",
	    "caf\xc3""\xa9""\xe2""\x80""\xa6"" fin",
	    "C1 ellipsis alone" },
	{ "\xc2""\x93""Hi\xc2""\x94""",
	    "\xe2""\x80""\x9c""Hi\xe2""\x80""\x9d""",
	    "C1 quotes alone" },
	{ "Th\xc3""\xa1""\xc2""\xbb""\xc2""\xa7"" t\xc3""\x86""\xc2""\xb0""\xc3""\xa1""\xc2""\xbb""\xe2""\x80""\xba""ng",
	    "Th\xe1""\xbb""\xa7"" t\xc6""\xb0""\xe1""\xbb""\x9b""ng",
	    "Vietnamese" },
	{ "r\xe2""\x88""\x9a""\xc2""\xa9""sum\xe2""\x88""\x9a""\xc2""\xa9""",
	    "r\xc3""\xa9""sum\xc3""\xa9""",
	    "MacRoman" },
	{ "wait\xe2""\x80""\x9a""\xc3""\x84""\xc2""\xb6""",
	    "wait\xe2""\x80""\xa6""",
	    "MacRoman ellipsis" },
	{ "v\xd0""\x93""\xc2""\xa9""lo et caf\xd0""\x93""\xc2""\xa9""",
	    "v\xc3""\xa9""lo et caf\xc3""\xa9""",
	    "windows-1251 of Latin text" },
	{ "Tip \xd0""\xb2""\xd0""\x82""\xe2""\x80""\x9c"" one",
	    "Tip \xe2""\x80""\x93"" one",
	    "windows-1251 dash" },
	{ "\xd0""\xa0""\xd1""\x9f""\xd0""\xa1""\xd0""\x82""\xd0""\xa0""\xd1""\x91""\xd0""\xa0""\xd0""\x86""\xd0""\xa0""\xc2""\xb5""\xd0""\xa1""\xe2""\x80""\x9a""",
	    "\xd0""\x9f""\xd1""\x80""\xd0""\xb8""\xd0""\xb2""\xd0""\xb5""\xd1""\x82""",
	    "windows-1251 Cyrillic" },
	{ "bezpe\xc3""\x84""\xc5""\xa4""nost",
	    "bezpe\xc4""\x8d""nost",
	    "windows-1250" },
	{ "Hi \xc3""\xad"" \xc2""\xbd""\xc3""\xad""\xc2""\xb8""\xc2""\x8d""",
	    "Hi \xf0""\x9f""\x98""\x8d""",
	    "CESU-8 emoji" },
	{ "\xc3""\x83""\xc2""\xa6""\xc3""\xa2""\xe2""\x82""\xac""\xe2""\x80""\x9d""\xc3""\x82""\xc2""\xa5""\xc3""\x83""\xc2""\xa6""\xc3""\x85""\xe2""\x80""\x9c""\xc3""\x82""\xc2""\xac""",
	    "\xe6""\x97""\xa5""\xe6""\x9c""\xac""",
	    "two layers of Han" },
	{ "\xc3""\xaf""\xc2""\xbc""\xcb""\x86""\xc3""\xa6"" \xc2""\xaa""\xc3""\xaf""\xc2""\xbc""\xe2""\x80""\xb0""",
	    "\xef""\xbc""\x88""\xe6""\xa0""\xaa""\xef""\xbc""\x89""",
	    "fullwidth brackets" },
	{ "10\xc3""\x82""\xc2""\xb0""C",
	    "10\xc2""\xb0""C",
	    "degree sign" },
	{ "\xc3""\x83""\xe2""\x80""\xb0""cole",
	    "\xc3""\x89""cole",
	    "capital É" },
};

static const char *const keep[] = {
	"S\xc3""\xa3""o Paulo",
	"na\xc3""\xaf""ve caf\xc3""\xa9""",
	"x \xe2""\x89""\xa4"" y \xe2""\x89""\xa5"" z",
	"\xe2""\x88""\x9a""2 \xe2""\x89""\x88"" 1.414",
	"\xc2""\xbd"" + \xc2""\xbc"" = \xc2""\xbe""",
	"\xf0""\x9f""\x98""\x80"" \xf0""\x9f""\x91""\x8d"" \xf0""\x9f""\x8e""\x89""",
	"\xe6""\x9d""\xb1""\xe4""\xba""\xac""\xe3""\x81""\xa8""\xe5""\xa4""\xa7""\xe9""\x98""\xaa""",
	"\xce""\x95""\xce""\xbb""\xce""\xbb""\xce""\xb7""\xce""\xbd""\xce""\xb9""\xce""\xba""\xce""\xac""",
	"\xd0""\xa0""\xd1""\x83""\xd1""\x81""\xd1""\x81""\xd0""\xba""\xd0""\xb8""\xd0""\xb9"" \xd1""\x8f""\xd0""\xb7""\xd1""\x8b""\xd0""\xba""",
	"\xc3""\x87""a, c\xe2""\x80""\x99""est \xc3""\xa7""a.",
	"MA\xc3""\x87""\xc3""\x83""",
	"IRM\xc3""\x83""\xe2""\x80""\x9d""",
	"AMANH\xc3""\x83""\xc2""\xa0""",
	"\xc3""\x86""sir",
	"\xc3""\x98""resund",
	"\xc3""\x85""ngstr\xc3""\xb6""m",
	"Dvo\xc5""\x99""\xc3""\xa1""k",
	"\xc5""\x81""\xc3""\xb3""d\xc5""\xba""",
	"\xe2""\x82""\xac""5 \xe2""\x80""\x94"" \xc2""\xa3""4 \xe2""\x80""\x94"" \xc2""\xa5""3",
	"\xc2""\xa9""\xc2""\xae""\xe2""\x84""\xa2""",
	"\xc2""\xab""Oui\xc2""\xbb"" dit-il",
	"\xe2""\x80""\x9e""Nein\xe2""\x80""\x9c""",
	"\xc2""\xbf""Qu\xc3""\xa9""\x3f"" \xc2""\xa1""S\xc3""\xad""!",
	"1\xc3""\x97""2",
	"\xc2""\xb1""5%",
	"Zo\xc3""\xab""\xe2""\x80""\x99""s",
	"CAF\xc3""\x89""\xe2""\x80""\x99""s",
	"PER\xc3""\x9a""\xe2""\x80""\xa6""",
	"JOS\xc3""\x89""\xc2""\xbb""",
	"\xc3""\x94""!",
	"Bront\xc3""\xab""\xe2""\x80""\xa6""\xe2""\x80""\x9d""",
	"C O N C L U S \xc3""\x83"" O",
	"SELK\xc3""\x84""\xc2""\xa0""EDELL\xc3""\x84""",
	"5\xc3""\x97""\xc2""\xa3""35",
	"NESTL\xc3""\x89""\xc2""\xae""",
	"(\xe2""\x88""\x92""1/2)! = \xe2""\x88""\x9a""\xcf""\x80""",
	"\xe2""\x88""\x86""\xc2""\xb0""",
	"( o\xc2""\xac""\xc3""\xb4"" )",
	"\xe2""\x94""\x9c""\xe2""\x94""\xa4""a\xe2""\x94""\xbc""\xe2""\x94""\x90""a\xe2""\x94""\xbc""\xe2""\x94""\x90""a",
	"\xd0""\x92""\xd0""\x86""\xd0""\x9a""\xd0""\x86""",
	"H\xc3""\x85""\xc3""\x98""YA ER BL\xc3""\x85""\xc3""\x98""YD",
	"\xc3""\x87""\xe2""\x80""\x99""est",
	"10 \xc3""\x85""\xe2""\x80""\x94""",
	"M\xc3""\x84""\xc2""\xa3""\xc3""\x84""M \xc3""\x8c""\xc3""\x91""\xc3""\x8c"" Q \xc2""\xa3""\xc3""\x84""G\xc3""\x8c"" S\xc3""\x96""\xc3""\x84""\xc2""\xa3""",
	"Dr\xc3""\x83""\xc2""\xa5""ber \xe2""\x80""\x93"" x",
	"Stra\xc3""\x9f""e\xe2""\x80""\x9c"" sagte",
	"\xc3""\x80"" bient\xc3""\xb4""t",
	"d\xc3""\xa9""j\xc3""\xa0"" vu",
	"ESSE \xc3""\x89""\xc2""\xbf""",
};

int
main(void)
{
	struct buf b = BUF_INIT;
	struct mj_report rep;
	struct nz_opts def = NZ_OPTS_INIT;
	const char *res;
	size_t i, rlen;
	int changed;

	for (i = 0; i < sizeof(fixes) / sizeof(fixes[0]); i++) {
		buf_reset(&b);
		changed = mj_fix(fixes[i].in, strlen(fixes[i].in), &b, &rep);
		ok(changed, "changed: %s", fixes[i].what);
		is_str(b.p, b.len, fixes[i].want, fixes[i].what);
	}
	for (i = 0; i < sizeof(keep) / sizeof(keep[0]); i++) {
		buf_reset(&b);
		ok(!mj_fix(keep[i], strlen(keep[i]), &b, &rep) && b.len == 0,
		    "untouched: %s", keep[i]);
	}
	/* Layers and kinds are reported. */
	buf_reset(&b);
	mj_fix("n\xc3\x83\xc6\x92\xc3\x82\xc2\xa9", 9, &b, &rep);
	ok(rep.layers == 2 && strcmp(rep.enc[0], "windows-1252") == 0,
	    "two layers of windows-1252 reported");
	/* Invalid bytes pass through the repair unchanged. */
	buf_reset(&b);
	mj_fix("\xff\xc3\xa2\xe2\x82\xac\xe2\x84\xa2\xfe", 10, &b, &rep);
	is_str(b.p, b.len, "\xff\xe2\x80\x99\xfe", "invalid bytes kept around a repair");
	/* Already-clean text is never rewritten by the whole clean-up. */
	ok(!nz_line(&def, "Caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d", 14, &res, &rlen, NULL),
	    "clean NFC text is left alone");
	ok(nz_line(&def, "Cafe\xcc\x81", 6, &res, &rlen, NULL) &&
	    rlen == 5 && memcmp(res, "Caf\xc3\xa9", 5) == 0, "NFC composes");
	buf_free(&b);
	return done_testing();
}
