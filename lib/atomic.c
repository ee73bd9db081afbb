#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic.h"
#include "buf.h"
#include "xalloc.h"

static char *
dir_of(const char *path)
{
	char *copy = xstrdup(path), *d = xstrdup(dirname(copy));

	free(copy);
	return d;
}

int
af_open(struct afile *af, const char *path, int excl)
{
	struct buf tmp = BUF_INIT;
	char *dir = dir_of(path), *base, *copy;
	int fd;
	mode_t mask;

	copy = xstrdup(path);
	base = basename(copy);
	/* The temporary name starts with a dot so that globs skip it. */
	buf_adds(&tmp, dir);
	buf_adds(&tmp, "/.");
	buf_adds(&tmp, base);
	buf_adds(&tmp, ".tmp.XXXXXX");
	free(copy);
	free(dir);
	memset(af, 0, sizeof(*af));
	if (excl && access(path, F_OK) == 0) {
		buf_free(&tmp);
		errno = EEXIST;
		return -1;
	}
	if ((fd = mkstemp(tmp.p)) == -1) {
		buf_free(&tmp);
		return -1;
	}
	/* mkstemp makes 0600; give the file the mode a plain open would. */
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	if ((af->fp = fdopen(fd, "w")) == NULL) {
		int e = errno;

		close(fd);
		unlink(tmp.p);
		buf_free(&tmp);
		errno = e;
		return -1;
	}
	af->path = xstrdup(path);
	af->tmp = buf_detach(&tmp, NULL);
	af->excl = excl;
	return 0;
}

static void
af_clear(struct afile *af)
{
	free(af->path);
	free(af->tmp);
	memset(af, 0, sizeof(*af));
}

/* Make the rename itself durable. */
static void
sync_dir(const char *path)
{
	char *dir = dir_of(path);
	int fd;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY)) != -1) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

int
af_commit(struct afile *af)
{
	int e, rc;

	if (fflush(af->fp) != 0 || ferror(af->fp) ||
	    fsync(fileno(af->fp)) != 0) {
		e = errno ? errno : EIO;
		af_abort(af);
		errno = e;
		return -1;
	}
	if (fclose(af->fp) != 0) {
		e = errno;
		af->fp = NULL;
		af_abort(af);
		errno = e;
		return -1;
	}
	af->fp = NULL;
	/*
	 * link(2) fails when the target exists, which makes "no overwrite"
	 * atomic; rename(2) replaces the target in one step.
	 */
	if (af->excl) {
		rc = link(af->tmp, af->path);
		if (rc == 0)
			unlink(af->tmp);
	} else
		rc = rename(af->tmp, af->path);
	if (rc != 0) {
		e = errno;
		af_abort(af);
		errno = e;
		return -1;
	}
	sync_dir(af->path);
	af_clear(af);
	return 0;
}

void
af_abort(struct afile *af)
{
	if (af->fp != NULL)
		fclose(af->fp);
	if (af->tmp != NULL)
		unlink(af->tmp);
	af_clear(af);
}

int
af_lock(const char *path, int exclusive, int wait)
{
	struct buf lk = BUF_INIT;
	int fd, e;

	buf_adds(&lk, path);
	buf_adds(&lk, ".lock");
	fd = open(lk.p, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	buf_free(&lk);
	if (fd == -1)
		return -1;
	while (flock(fd, (exclusive ? LOCK_EX : LOCK_SH) |
	    (wait ? 0 : LOCK_NB)) != 0) {
		if (errno == EINTR)
			continue;
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}
