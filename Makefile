# newsutils — see README.md.  Everything is discovered by glob: lib/*.c
# make the library, cmd/NAME.c makes bin/NAME, tests/unit/t-*.c are the C
# unit tests, tests/*.bats the program suites, tests/fuzz/fuzz-*.c the
# libFuzzer targets.

PREFIX ?= /usr/local
MANPREFIX ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
CLANG ?= clang
PKGS = libpcre2-8 libbsd-overlay jansson libutf8proc libxxhash
# Recursive (=) on purpose: pkg-config runs when a recipe runs, after
# deps-ok has had the chance to install the packages on a fresh machine.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS = $(shell pkg-config --libs $(PKGS))
CFLAGS ?= -O2 -g
WARN = -std=c11 -Wall -Wextra -D_GNU_SOURCE
ALL_CFLAGS = $(WARN) $(CFLAGS) -Ilib $(PKG_CFLAGS)
SANFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=undefined
FUZZFLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined
FUZZ_SECONDS ?= 60

LIB_SRC = $(sort $(wildcard lib/*.c))
LIB_HDR = $(wildcard lib/*.h)
LIB_OBJ = $(LIB_SRC:.c=.o)
CMD_SRC = $(sort $(wildcard cmd/*.c))
PROGS = $(patsubst cmd/%.c,bin/%,$(CMD_SRC))
UNIT_SRC = $(sort $(wildcard tests/unit/t-*.c))
UNITS = $(patsubst tests/unit/%.c,build/unit/%,$(UNIT_SRC))
ASAN_OBJ = $(patsubst lib/%.c,build/asan/lib/%.o,$(LIB_SRC))
ASAN_PROGS = $(patsubst cmd/%.c,build/asan/bin/%,$(CMD_SRC))
ASAN_UNITS = $(patsubst tests/unit/%.c,build/asan/unit/%,$(UNIT_SRC))
ASAN_FUZZ = $(patsubst tests/fuzz/%.c,build/asan/fuzz/%,$(wildcard tests/fuzz/fuzz-*.c))
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz-*.c))
FUZZ_OBJ = $(patsubst lib/%.c,build/fuzz/lib/%.o,$(LIB_SRC))
FUZZERS = $(patsubst tests/fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))
SCRIPTS = $(wildcard scripts/news-clean scripts/nu-parallel \
	scripts/hadoop-dedupe)

.PHONY: all deps deps-ok check unit asan demo bench bench-deps fuzz \
	fuzz-build install uninstall clean lint

all: deps-ok $(PROGS)

# Install what a fresh Debian machine lacks; see scripts/deps.
deps:
	@scripts/deps

# Cheap when nothing is missing: one dpkg-query per package.
deps-ok:
	@scripts/deps

lib/%.o: lib/%.c $(LIB_HDR) | deps-ok
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

lib/libnewsutils.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

bin/%: cmd/%.c lib/libnewsutils.a $(LIB_HDR) | deps-ok
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) -o $@ $< lib/libnewsutils.a $(PKG_LIBS) -lm

build/unit/%: tests/unit/%.c tests/unit/tap.h lib/libnewsutils.a $(LIB_HDR)
	@mkdir -p build/unit
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< lib/libnewsutils.a \
		$(PKG_LIBS) -lm

build/asan/lib/%.o: lib/%.c $(LIB_HDR) | deps-ok
	@mkdir -p build/asan/lib
	$(CC) $(WARN) $(SANFLAGS) -Ilib $(PKG_CFLAGS) -c -o $@ $<

build/asan/libnewsutils.a: $(ASAN_OBJ)
	rm -f $@
	ar rcs $@ $(ASAN_OBJ)

build/asan/bin/%: cmd/%.c build/asan/libnewsutils.a $(LIB_HDR)
	@mkdir -p build/asan/bin
	$(CC) $(WARN) $(SANFLAGS) -Ilib $(PKG_CFLAGS) -o $@ $< \
		build/asan/libnewsutils.a $(PKG_LIBS) -lm

build/asan/unit/%: tests/unit/%.c tests/unit/tap.h build/asan/libnewsutils.a
	@mkdir -p build/asan/unit
	$(CC) $(WARN) $(SANFLAGS) -Ilib -Itests/unit $(PKG_CFLAGS) -o $@ $< \
		build/asan/libnewsutils.a $(PKG_LIBS) -lm

# The fuzz targets with a plain main() (tests/fuzz/standalone.c), so that
# tests/fuzz-regress.bats replays their inputs without clang or libFuzzer.
build/asan/fuzz/%: tests/fuzz/%.c tests/fuzz/standalone.c \
    build/asan/libnewsutils.a
	@mkdir -p build/asan/fuzz
	$(CC) $(WARN) $(SANFLAGS) -Ilib $(PKG_CFLAGS) -o $@ $< \
		tests/fuzz/standalone.c build/asan/libnewsutils.a $(PKG_LIBS) -lm

unit: $(UNITS)
asan: $(ASAN_PROGS) $(ASAN_UNITS) $(ASAN_FUZZ)

# The unit tests, every suite on the normal build, then every suite again
# on the AddressSanitizer + UBSan build; one "N passed, N failed" line.
check: all $(UNITS) asan
	@scripts/run-tests

demo: all
	@scripts/demo

bench-deps:
	@scripts/deps --bench

bench: all
	@scripts/bench

build/fuzz/lib/%.o: lib/%.c $(LIB_HDR) | deps-ok
	@mkdir -p build/fuzz/lib
	$(CLANG) -std=c11 -D_GNU_SOURCE $(FUZZFLAGS) -Ilib $(PKG_CFLAGS) \
		-c -o $@ $<

build/fuzz/libnewsutils.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_OBJ)

build/fuzz/%: tests/fuzz/%.c build/fuzz/libnewsutils.a $(LIB_HDR)
	$(CLANG) -std=c11 -D_GNU_SOURCE -O1 -g \
		-fsanitize=fuzzer,address,undefined -Ilib $(PKG_CFLAGS) \
		-o $@ $< build/fuzz/libnewsutils.a $(PKG_LIBS) -lm

fuzz-build: $(FUZZERS)

fuzz: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz

lint:
	mandoc -Tlint -Wwarning man/*.[17]

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 \
		$(DESTDIR)$(MANPREFIX)/man7
	cp -f $(PROGS) $(SCRIPTS) $(DESTDIR)$(PREFIX)/bin/
	cp -f man/*.1 $(DESTDIR)$(MANPREFIX)/man1/
	cp -f man/*.7 $(DESTDIR)$(MANPREFIX)/man7/

uninstall:
	rm -f $(patsubst bin/%,$(DESTDIR)$(PREFIX)/bin/%,$(PROGS)) \
		$(patsubst scripts/%,$(DESTDIR)$(PREFIX)/bin/%,$(SCRIPTS))
	rm -f $(patsubst man/%,$(DESTDIR)$(MANPREFIX)/man1/%,$(wildcard man/*.1))
	rm -f $(patsubst man/%,$(DESTDIR)$(MANPREFIX)/man7/%,$(wildcard man/*.7))

clean:
	rm -rf bin build lib/*.o lib/libnewsutils.a bench/results bench/cache

.SECONDARY:
