/*
 * Unit tests of the small lib modules: buf, utf8, out (TSV and JSON
 * fields, records, the first error kept), rx, hash, safename, atomic.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic.h"
#include "buf.h"
#include "hash.h"
#include "out.h"
#include "rx.h"
#include "safename.h"
#include "tap.h"
#include "utf8.h"

#define S(x) x, sizeof(x) - 1

static char dir[] = "/tmp/t-lib.XXXXXX";

/* Write through a struct out into a file and read the bytes back. */
static void
capture(struct buf *res, void (*fn)(struct out *))
{
	struct out o;
	char b[4096];
	ssize_t k;
	int fd = open("cap", O_RDWR | O_CREAT | O_TRUNC, 0600);

	out_init(&o, dup(fd), "cap");
	fn(&o);
	out_finish(&o, 0);
	buf_reset(res);
	lseek(fd, 0, SEEK_SET);
	while ((k = read(fd, b, sizeof(b))) > 0)
		buf_add(res, b, (size_t)k);
	close(fd);
}

static void
write_tsv(struct out *o)
{
	out_tsv(o, S("a\tb\nc\\d\re"));
}

static void
write_json(struct out *o)
{
	out_json_str(o, S("q\"\\\x01\xff\xc3\xa9\xed\xa0\x80z"));
}

static void
write_recs(struct out *o)
{
	struct rec r = { o, 0, 0 };
	static const char *const names[] = { "doc", "line", "text", NULL };

	rec_header(o, names);
	rec_begin(&r);
	rec_cstr(&r, "doc", "d");
	rec_int(&r, "line", 3);
	rec_str(&r, "text", S("x\ty"));
	rec_end(&r);
	r.json = 1;
	rec_begin(&r);
	rec_cstr(&r, "doc", "d");
	rec_int(&r, "line", 3);
	rec_bool(&r, "ok", 1);
	rec_null(&r, "none");
	rec_end(&r);
}

static void
test_utf8(void)
{
	int32_t cp;
	struct buf b = BUF_INIT;
	const char *s;

	s = "\xc3\xa9";
	ok(utf8_decode(s, s + 2, &cp) == 2 && cp == 0xE9, "decode 2 bytes");
	ok(utf8_decode(s, s + 1, &cp) == 1 && cp == UTF8_INVALID,
	    "truncated sequence is one invalid byte");
	s = "\xc0\xaf";
	ok(utf8_decode(s, s + 2, &cp) == 1 && cp == UTF8_INVALID,
	    "overlong form is invalid");
	s = "\xed\xa0\x80";
	ok(utf8_decode(s, s + 3, &cp) == 1 && cp == UTF8_INVALID,
	    "surrogate is invalid");
	s = "\xf4\x90\x80\x80";
	ok(utf8_decode(s, s + 4, &cp) == 1 && cp == UTF8_INVALID,
	    "past U+10FFFF is invalid");
	ok(utf8_valid(S("ab\xe2\x80\x99")) && !utf8_valid(S("a\xff")),
	    "utf8_valid");
	ok(utf8_count(S("a\xc3\xa9\xff")) == 3, "count: invalid byte is one");
	utf8_casefold(&b, S("\xc3\x89T\xc3\x9f\xff"));
	is_str(b.p, b.len, "\xc3\xa9tss\xff", "casefold: É->é, T->t, ß->ss");
	ok(utf8_isupper(0xC9) && utf8_islower(0xE9) && utf8_isalpha(0x4E2D),
	    "classes");
	ok(utf8_isspace(0xA0) && utf8_ispunct(0x201C) && utf8_isdigit('7'),
	    "space, punct, digit");
	buf_free(&b);
}

static void
test_rx(void)
{
	struct rx x;
	char err[128];
	size_t s, e, gs, ge;

	ok(rx_compile(&x, "b(c+)", PCRE2_ZERO_TERMINATED, RX_ICASE, err,
	    sizeof(err)) == 0, "compile");
	ok(rx_match(&x, S("a\0\xff" "BCCd"), 0, &s, &e) == RX_MATCH && s == 3 &&
	    e == 6, "match past NUL and invalid byte, caseless");
	ok(rx_group(&x, 1, &gs, &ge) && gs == 4 && ge == 6, "group");
	ok(rx_match(&x, S("abd"), 0, NULL, NULL) == RX_NOMATCH, "no match");
	rx_free(&x);
	ok(rx_compile(&x, "a(b", PCRE2_ZERO_TERMINATED, 0, err,
	    sizeof(err)) == -1 && strstr(err, "offset 3") != NULL,
	    "bad pattern reported with its offset: %s", err);
}

static void
test_safename(void)
{
	struct buf b = BUF_INIT;

	ok(safename(&b, S("a/b.txt")) && b.len == 7, "relative path ok");
	ok(safename(&b, S("/etc/passwd")) && memcmp(b.p, "etc/passwd", 10) == 0,
	    "leading slash dropped");
	ok(!safename(&b, S("../x")), "dot-dot refused");
	ok(!safename(&b, S("a/../../x")), "inner dot-dot refused");
	ok(!safename(&b, S(".hidden")), "leading dot refused");
	ok(!safename(&b, S("a\nb")), "control character refused");
	ok(!safename(&b, S("")) && !safename(&b, S("-")), "unnamed refused");
	ok(!safename(&b, S("a//b")), "empty component refused");
	buf_free(&b);
}

static void
test_atomic(void)
{
	struct afile af;
	struct stat st;
	char b[16] = { 0 };
	FILE *fp;
	int fd, fd2;

	ok(af_open(&af, "state", 0) == 0, "af_open");
	fputs("new", af.fp);
	ok(access("state", F_OK) != 0, "target absent before commit");
	ok(af_commit(&af) == 0, "commit");
	fp = fopen("state", "r");
	ok(fp && fread(b, 1, 15, fp) == 3 && strcmp(b, "new") == 0,
	    "target whole after commit");
	if (fp)
		fclose(fp);
	ok(af_open(&af, "state", 1) == -1 && errno == EEXIST,
	    "excl refuses an existing target");
	ok(af_open(&af, "other", 0) == 0, "af_open again");
	af_abort(&af);
	ok(stat("other", &st) != 0, "abort leaves nothing");
	fd = af_lock("state", 1, 0);
	fd2 = af_lock("state", 1, 0);
	ok(fd >= 0 && fd2 == -1, "second exclusive lock refused");
	close(fd);
}

static void
test_hash(void)
{
	struct hash128 h = hash128(S("abc")), g = hash128(S("abc"));

	ok(hash64(S("abc")) == hash64(S("abc")) &&
	    hash64(S("abc")) != hash64(S("abd")), "hash64 stable, distinct");
	ok(h.lo == g.lo && h.hi == g.hi, "hash128 stable");
	ok(hash64_seed(S("abc"), 1) != hash64_seed(S("abc"), 2), "seeds");
}

int
main(void)
{
	struct buf b = BUF_INIT;

	if (mkdtemp(dir) == NULL || chdir(dir) != 0)
		return 2;
	buf_add(&b, "ab", 2);
	buf_addc(&b, 0);
	buf_adds(&b, "c");
	ok(b.len == 4 && b.p[4] == '\0' && memcmp(b.p, "ab\0c", 4) == 0,
	    "buf holds NULs and stays terminated");
	buf_reset(&b);
	ok(b.len == 0 && b.cap > 0, "buf_reset keeps memory");

	test_utf8();
	capture(&b, write_tsv);
	is_str(b.p, b.len, "a\\tb\\nc\\\\d\\re", "TSV escapes");
	capture(&b, write_json);
	is_str(b.p, b.len, "\"q\\\"\\\\\\u0001\xef\xbf\xbd\xc3\xa9"
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz\"",
	    "JSON string: escapes, invalid bytes as U+FFFD");
	capture(&b, write_recs);
	is_str(b.p, b.len, "doc\tline\ttext\nd\t3\tx\\ty\n"
	    "{\"doc\":\"d\",\"line\":3,\"ok\":true,\"none\":null}\n",
	    "records: header, TSV, JSON");
	{
		struct out o;
		int fd = open("/dev/full", O_WRONLY);

		out_init(&o, fd, "full");
		out_write(&o, "x", 1);
		freopen("/dev/null", "w", stderr);
		ok(fd >= 0 && out_finish(&o, 0) == 2, "/dev/full: status 2");
	}
	test_rx();
	test_hash();
	test_safename();
	test_atomic();
	buf_free(&b);
	return done_testing();
}
