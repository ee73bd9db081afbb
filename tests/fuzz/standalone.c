/*
 * standalone: a main() for the fuzz targets without libFuzzer, so that
 * make check can replay their regression inputs with gcc and the
 * AddressSanitizer build (tests/fuzz-regress.bats).
 *
 * usage: fuzz-NAME FILE|DIR ...	runs the target once on each file
 * (a folder: each regular file in it).  An input that trips an assertion
 * or a sanitizer aborts the program, which is the failure.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
run_file(const char *path)
{
	FILE *fp;
	char *data = NULL;
	size_t len = 0, cap = 0, n;

	if ((fp = fopen(path, "rb")) == NULL)
		err(2, "%s", path);
	for (;;) {
		if (cap - len < 4096) {
			cap = cap ? cap * 2 : 65536;
			if ((data = realloc(data, cap)) == NULL)
				err(2, NULL);
		}
		n = fread(data + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp))
		err(2, "%s", path);
	fclose(fp);
	LLVMFuzzerTestOneInput((const uint8_t *)data, len);
	free(data);
}

static int
run_path(const char *path)
{
	struct stat st;
	struct dirent *de;
	DIR *d;
	char sub[4096];
	int n = 0;

	if (stat(path, &st) == -1)
		err(2, "%s", path);
	if (!S_ISDIR(st.st_mode)) {
		run_file(path);
		return 1;
	}
	if ((d = opendir(path)) == NULL)
		err(2, "%s", path);
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, de->d_name);
		n += run_path(sub);
	}
	closedir(d);
	return n;
}

int
main(int argc, char **argv)
{
	int i, n = 0;

	for (i = 1; i < argc; i++)
		n += run_path(argv[i]);
	printf("%d inputs\n", n);
	return 0;
}
