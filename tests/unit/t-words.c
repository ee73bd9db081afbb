/*
 * Unit tests of words: folding, membership and values, the two hashes
 * agreeing, merging, loading a file, and the compiled-in lists.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap.h"
#include "words.h"

#define S(x) x, sizeof(x) - 1

static void
test_fold(void)
{
	char out[WORDS_MAXLEN], big[WORDS_MAXLEN + 1];
	size_t n;

	n = words_fold(S("The"), out);
	is_str(out, n, "the", "fold: ASCII upper case");
	n = words_fold(S("It\xe2\x80\x99s"), out);
	is_str(out, n, "it's", "fold: U+2019 becomes an apostrophe");
	n = words_fold(S("\xc3\x9c" "ber"), out);
	is_str(out, n, "\xc3\xbc" "ber", "fold: non-ASCII upper case");
	n = words_fold(S("a\xff" "b"), out);
	is_str(out, n, "a\xff" "b", "fold: an invalid byte is kept as it is");
	memset(big, 'a', sizeof(big));
	ok(words_fold(big, sizeof(big), out) == 0,
	    "fold: longer than WORDS_MAXLEN gives 0");
	ok(words_fold(big, WORDS_MAXLEN, out) == WORDS_MAXLEN,
	    "fold: exactly WORDS_MAXLEN fits");
}

static void
test_set(void)
{
	struct words ws = WORDS_INIT;
	char w[16];
	int i, all = 1;

	ok(!words_has(&ws, S("the")), "empty set has nothing");
	words_add(&ws, S("The"));
	ok(words_has(&ws, S("the")), "added word is found folded");
	ok(!words_has(&ws, S("The")), "lookups take folded words");
	ok(words_get(&ws, S("the")) == 1, "words_add gives value 1");
	words_add_val(&ws, S("the"), 4);
	ok(words_get(&ws, S("the")) == 5, "adding again ORs the values");
	ok(ws.n == 1, "a word is held once");
	for (i = 0; i < 1000; i++) {
		snprintf(w, sizeof(w), "w%d", i);
		words_add_val(&ws, w, strlen(w), (uint64_t)i << 8);
	}
	for (i = 0; i < 1000; i++) {
		snprintf(w, sizeof(w), "w%d", i);
		if (words_get(&ws, w, strlen(w)) != (uint64_t)i << 8 &&
		    i != 0)
			all = 0;
	}
	ok(all && ws.n == 1001, "a thousand words survive growing");
	ok(ws.n * 2 <= ws.mask + 1, "the table stays at most half full");
	ok(!words_has(&ws, S("w1000")), "a word never added is absent");
	ok(!words_has(&ws, "", 0), "the empty word is absent");
	words_free(&ws);
	ok(ws.n == 0 && ws.slot == NULL, "free leaves an empty set");
}

static void
test_hash(void)
{
	char buf[WORDS_MAXLEN];
	const char *w[] = { "a", "of", "the", "stopword", "although",
	    "subscription", "redistribution", "abcdefghijklmnopq" };
	size_t i;
	int same = 1;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		memset(buf, 'x', sizeof(buf));
		memcpy(buf, w[i], strlen(w[i]));
		if (words_hash(w[i], strlen(w[i])) !=
		    words_hash_padded(buf, strlen(w[i])))
			same = 0;
		if (words_hash(w[i], strlen(w[i])) == 0)
			same = 0;
	}
	ok(same, "words_hash_padded agrees with words_hash, never 0");
	ok(words_hash(S("ab")) != words_hash(S("ba")),
	    "the hash depends on the order of bytes");
	ok(words_hash(S("a")) != words_hash("a\0", 2),
	    "the hash depends on the length");
}

static void
test_merge_load(void)
{
	struct words a = WORDS_INIT, b = WORDS_INIT;
	char path[] = "/tmp/t-words.XXXXXX";
	FILE *fp;
	int fd;

	words_add(&a, S("river"));
	words_add(&a, S("the"));
	words_add_val(&b, S("the"), 2);
	words_merge(&b, &a, 8);
	ok(words_get(&b, S("the")) == 10 && words_get(&b, S("river")) == 8,
	    "merge adds every word with the value given");
	if ((fd = mkstemp(path)) == -1 || (fp = fdopen(fd, "w")) == NULL)
		abort();
	fputs("# stoplist\n\nDer\r\ndie  \nDAS\n", fp);
	fclose(fp);
	words_free(&a);
	ok(words_load(&a, path) == 0, "load a word file");
	ok(a.n == 3 && words_has(&a, S("der")) && words_has(&a, S("die")) &&
	    words_has(&a, S("das")), "load skips comments, blanks, CR, spaces");
	unlink(path);
	ok(words_load(&a, path) == -1, "load of a missing file is -1");
	words_free(&a);
	words_free(&b);
}

static void
test_lists(void)
{
	const char *const *names = words_list_names();
	const struct words *en = words_list("en");
	size_t i;
	int all = 1;

	for (i = 0; names[i] != NULL; i++)
		if (words_list(names[i]) == NULL ||
		    words_list(names[i])->n < 50)
			all = 0;
	ok(i >= 4 && all, "every named list exists and is not tiny");
	ok(en != NULL && words_has(en, S("the")) && words_has(en, S("it's")) &&
	    !words_has(en, S("river")), "en holds function words only");
	ok(words_list("en") == en, "a list is built once");
	ok(words_has(words_list("de"), S("\xc3\xbc" "ber")),
	    "de holds its non-ASCII words");
	ok(words_list("xx") == NULL, "an unknown list is NULL");
}

int
main(void)
{
	test_fold();
	test_set();
	test_hash();
	test_merge_load();
	test_lists();
	return done_testing();
}
