/*
 * atomic: files that a program writes itself (state files, -o FILE,
 * split-docs' outputs) are written whole or not at all.
 *
 * af_open() creates a temporary file in the target's folder (so that
 * rename(2) stays on one file system); af_commit() flushes, fsyncs,
 * renames it over the target and fsyncs the folder, so a crash at any
 * moment leaves either the old file or the new one, whole.  af_abort()
 * removes the temporary file.  The struct owns fp until commit or abort.
 *
 * af_lock() takes an flock(2) on PATH.lock (a lock on the target itself
 * would be lost when rename replaces it) and returns the descriptor;
 * close it to release.  With wait 0 it returns -1 with errno EWOULDBLOCK
 * when another process holds the lock.
 */
#ifndef NU_ATOMIC_H
#define NU_ATOMIC_H

#include <stdio.h>

struct afile {
	char	*path;
	char	*tmp;
	FILE	*fp;
	int	 excl;
};

/* Returns 0, or -1 with errno set.  excl: fail with EEXIST if path exists. */
int	af_open(struct afile *, const char *path, int excl);
int	af_commit(struct afile *);
void	af_abort(struct afile *);
int	af_lock(const char *path, int exclusive, int wait);

#endif
