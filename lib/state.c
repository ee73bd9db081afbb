/*
 * state: see state.h.  The file is mapped and checked whole before any
 * entry is loaded; saving goes through stdio into atomic.h's temporary
 * file, with the checksum computed as the bytes go out.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xxhash.h>

#include "atomic.h"
#include "fpset.h"
#include "state.h"

static uint64_t
st_get(const unsigned char *p, int n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = v << 8 | p[n];
	return v;
}

static void
st_put(unsigned char *p, uint64_t v, int n)
{
	int i;

	for (i = 0; i < n; i++, v >>= 8)
		p[i] = v & 0xff;
}

/*
 * Temporary files a killed run left behind (atomic.h names them
 * DIR/.BASE.tmp.XXXXXX).  Only called with the exclusive lock held, when
 * no other run can be writing one.
 */
static void
st_sweep(const char *path)
{
	char *d = strdup(path), *b = strdup(path), pat[4096];
	glob_t g;
	size_t i;

	if (d != NULL && b != NULL && snprintf(pat, sizeof(pat),
	    "%s/.%s.tmp.??????", dirname(d), basename(b)) < (int)sizeof(pat) &&
	    glob(pat, GLOB_NOSORT, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++)
			unlink(g.gl_pathv[i]);
		globfree(&g);
	}
	free(d);
	free(b);
}

int
st_open(struct st_file *st, const char *path, int readonly, char *err,
    size_t errlen)
{
	memset(st, 0, sizeof(*st));
	st->path = path;
	st->readonly = readonly;
	st->lockfd = af_lock(path, !readonly, 1);
	/*
	 * A reader of a state in a folder it cannot write to cannot make
	 * the lock file; nobody who could change the state under it can be
	 * running as that user either, so it goes on without the lock.
	 */
	if (st->lockfd == -1 && readonly && (errno == EACCES ||
	    errno == EROFS || errno == EPERM))
		return 0;
	if (st->lockfd == -1) {
		snprintf(err, errlen, "%s.lock: %s", path, strerror(errno));
		return -1;
	}
	if (!readonly)
		st_sweep(path);
	return 0;
}

/* Check the frame: magic, version, size, checksum. */
static int
st_check(const unsigned char *p, size_t len, const char *name,
    uint64_t *ne, uint64_t *ng, char *err, size_t errlen)
{
	uint64_t want;

	if (len < 8 || memcmp(p, ST_MAGIC, 8) != 0) {
		snprintf(err, errlen, "%s: not a dedupe-paragraphs state file;"
		    " left as it is", name);
		return -1;
	}
	if (len < ST_HEADER + 8) {
		snprintf(err, errlen, "%s: corrupt state file (size does not "
		    "match its counts); left as it is", name);
		return -1;
	}
	if (st_get(p + 8, 4) != ST_VERSION) {
		snprintf(err, errlen, "%s: state file version %llu is not "
		    "supported (this program reads %d); left as it is", name,
		    (unsigned long long)st_get(p + 8, 4), ST_VERSION);
		return -1;
	}
	*ne = st_get(p + 16, 8);
	*ng = st_get(p + 24, 8);
	want = (len - ST_HEADER - 8) / ST_ENTRY;
	if (*ne > want || *ng > want - *ne ||
	    ST_HEADER + (*ne + *ng) * ST_ENTRY + 8 != len) {
		snprintf(err, errlen, "%s: corrupt state file (size does not "
		    "match its counts); left as it is", name);
		return -1;
	}
	if (XXH3_64bits(p, len - 8) != st_get(p + len - 8, 8)) {
		snprintf(err, errlen, "%s: corrupt state file (checksum "
		    "mismatch); left as it is", name);
		return -1;
	}
	return 0;
}

static uint64_t
st_fill(struct fpset *set, const unsigned char *p, uint64_t n,
    uint16_t today, unsigned max_age)
{
	uint64_t i, expired = 0;
	uint16_t day;

	fpset_reserve(set, set->n + n);
	for (i = 0; i < n; i++, p += ST_ENTRY) {
		day = st_get(p + 8, 2);
		if (max_age > 0 && day < today &&
		    (unsigned)(today - day) > max_age) {
			expired++;
			continue;
		}
		fpset_add(set, st_get(p, 8), day, 0);
	}
	return expired;
}

int
st_parse(const unsigned char *p, size_t len, const char *name,
    struct st_params *got, const struct st_params *want, struct fpset *exact,
    struct fpset *grams, uint16_t today, unsigned max_age, uint64_t *expired,
    char *err, size_t errlen)
{
	uint64_t ne, ng, flags;

	if (st_check(p, len, name, &ne, &ng, err, errlen) == -1)
		return -1;
	flags = st_get(p + 12, 4);
	got->loose = flags & 1;
	got->ngram = (flags >> 8) & 0xff;
	if (got->loose != want->loose) {
		snprintf(err, errlen, "%s: state file was made with %s, this "
		    "run uses %s; left as it is", name,
		    got->loose ? "--loose" : "--strict",
		    want->loose ? "--loose" : "--strict");
		return -1;
	}
	if (ng > 0 && want->ngram > 0 && got->ngram != want->ngram) {
		snprintf(err, errlen, "%s: state file holds %d-word n-grams, "
		    "this run uses %d; left as it is", name, got->ngram,
		    want->ngram);
		return -1;
	}
	if (ng == 0)
		got->ngram = want->ngram;
	*expired = st_fill(exact, p + ST_HEADER, ne, today, max_age);
	*expired += st_fill(grams, p + ST_HEADER + ne * ST_ENTRY, ng, today,
	    max_age);
	return 0;
}

int
st_load(struct st_file *st, const struct st_params *want, struct fpset *exact,
    struct fpset *grams, uint16_t today, unsigned max_age, char *err,
    size_t errlen)
{
	struct stat sb;
	void *p;
	int fd, rv;

	st->params = *want;
	if ((fd = open(st->path, O_RDONLY | O_CLOEXEC)) == -1) {
		if (errno == ENOENT)
			return 0;
		snprintf(err, errlen, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) == -1) {
		snprintf(err, errlen, "%s: %s", st->path, strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", st->path);
		close(fd);
		return -1;
	}
	if (sb.st_size == 0) {
		close(fd);
		return 0;
	}
	p = mmap(NULL, sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED) {
		snprintf(err, errlen, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	rv = st_parse(p, sb.st_size, st->path, &st->params, want, exact,
	    grams, today, max_age, &st->expired, err, errlen);
	munmap(p, sb.st_size);
	st->bytes = sb.st_size;
	return rv;
}

static void
st_write(FILE *fp, XXH3_state_t *h, const void *p, size_t n)
{
	XXH3_64bits_update(h, p, n);
	fwrite(p, 1, n, fp);
}

static void
st_write_set(FILE *fp, XXH3_state_t *h, const struct fpset *set)
{
	unsigned char e[ST_ENTRY];
	size_t pos = 0;
	uint64_t key;
	uint16_t day;

	while (fpset_next(set, &pos, &key, &day, NULL)) {
		st_put(e, key, 8);
		st_put(e + 8, day, 2);
		st_write(fp, h, e, sizeof(e));
	}
}

int
st_save(struct st_file *st, const struct fpset *exact,
    const struct fpset *grams, char *err, size_t errlen)
{
	unsigned char hd[ST_HEADER], sum[8];
	XXH3_state_t *h;
	struct afile af;

	if (af_open(&af, st->path, 0) == -1) {
		snprintf(err, errlen, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	if ((h = XXH3_createState()) == NULL || XXH3_64bits_reset(h) != 0) {
		af_abort(&af);
		snprintf(err, errlen, "%s: out of memory", st->path);
		return -1;
	}
	memcpy(hd, ST_MAGIC, 8);
	st_put(hd + 8, ST_VERSION, 4);
	st_put(hd + 12, (st->params.loose ? 1 : 0) |
	    (grams->n > 0 ? (st->params.ngram & 0xff) << 8 : 0), 4);
	st_put(hd + 16, exact->n, 8);
	st_put(hd + 24, grams->n, 8);
	st_write(af.fp, h, hd, sizeof(hd));
	st_write_set(af.fp, h, exact);
	st_write_set(af.fp, h, grams);
	st_put(sum, XXH3_64bits_digest(h), 8);
	XXH3_freeState(h);
	fwrite(sum, 1, sizeof(sum), af.fp);
	if (ferror(af.fp)) {
		snprintf(err, errlen, "%s: %s", st->path, strerror(errno ?
		    errno : EIO));
		af_abort(&af);
		return -1;
	}
	if (af_commit(&af) == -1) {
		snprintf(err, errlen, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	st->bytes = ST_HEADER + (exact->n + grams->n) * ST_ENTRY + 8;
	return 0;
}

void
st_close(struct st_file *st)
{
	if (st->lockfd != -1)
		close(st->lockfd);
	st->lockfd = -1;
}
