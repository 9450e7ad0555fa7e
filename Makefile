# zhpipe -- one non-recursive GNU Makefile.
#
# Every src/<tool>.c becomes bin/<tool>; every src/lib/*.c goes into
# libzhpipe.a; every tests/unit/test_<module>.c becomes a cmocka test.  New
# filters and modules therefore need no edit here.

PREFIX  ?= /usr/local
DESTDIR ?=
SHARED  ?= ../shared
DATA_DIR = $(SHARED)/data

CC      ?= gcc
PKGS     = icu-uc icu-i18n icu-io zlib
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

# Only to-xlsx links libxlsxwriter.
XLSX_CFLAGS := $(shell pkg-config --cflags xlsxwriter 2>/dev/null)
XLSX_LIBS   := $(shell pkg-config --libs xlsxwriter 2>/dev/null || \
	       echo -lxlsxwriter)

WERROR  ?= -Werror
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
ZP_CFLAGS = -std=c17 -D_GNU_SOURCE -Wall -Wextra $(WERROR) -Iinclude \
	    $(PKG_CFLAGS) -DZP_PREFIX='"$(PREFIX)"'
LDLIBS  = $(PKG_LIBS) -lcsv -lm

ifeq ($(SANITIZE),1)
BUILD   ?= build/asan
BIN     ?= build/asan/bin
CFLAGS  := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	   -fno-omit-frame-pointer
LDFLAGS += -fsanitize=address,undefined
export ASAN_OPTIONS = detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS = print_stacktrace=1:halt_on_error=1
export ZP_SANITIZE = 1
else
BUILD   ?= build
BIN     ?= bin
endif

TOOLS    = $(sort $(patsubst src/%.c,%,$(wildcard src/*.c)))
LIB_SRC  = $(sort $(wildcard src/lib/*.c))
LIB_OBJ  = $(LIB_SRC:src/lib/%.c=$(BUILD)/lib/%.o)
LIBA     = $(BUILD)/libzhpipe.a
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC = $(sort $(wildcard tests/tools/*.c))
TOOL_BIN = $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tests/tools/%)
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY = $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz-replay/%)
PROGS    = $(TOOLS:%=$(BIN)/%)
# prove runs files, not directories: one stand-in file per golden tool.
GOLDEN   = $(patsubst tests/golden/%/,$(BUILD)/golden/%.golden,\
	   $(sort $(wildcard tests/golden/*/)))

.SECONDARY:

.PHONY: all check check-valgrind demo bench eval install uninstall clean deps lint fuzz \
	fold-table \
	tests-build
all: $(PROGS)

$(BUILD)/lib/%.o: src/lib/%.c
	@mkdir -p $(@D)
	$(CC) $(ZP_CFLAGS) -I$(BUILD)/gen $(CFLAGS) -MMD -MP -c -o $@ $<

# Sources made from data files, so that a word list has one source: the
# built-in metric terms are the top part of data/metrics.txt.
GEN = $(BUILD)/gen/metrics_builtin.inc
$(BUILD)/gen/metrics_builtin.inc: data/metrics.txt scripts/metrics-inc.awk
	@mkdir -p $(@D)
	awk -f scripts/metrics-inc.awk $< >$@.tmp
	mv $@.tmp $@

# The Traditional-to-Simplified fold table is committed, not generated at
# build time (scripts/mk-fold.c says why); this remakes it from the
# installed ICU, for a person to review the diff.
fold-table:
	@mkdir -p $(BUILD)
	$(CC) -std=c17 -O1 -o $(BUILD)/mk-fold scripts/mk-fold.c \
		$(PKG_CFLAGS) $(PKG_LIBS)
	$(BUILD)/mk-fold >src/lib/fold_table.inc.tmp
	mv src/lib/fold_table.inc.tmp src/lib/fold_table.inc

# The first build has no .d file yet to say so.
$(BUILD)/lib/num_lex.o: $(BUILD)/gen/metrics_builtin.inc

$(BUILD)/tools/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ZP_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(LIBA): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/tools/to-xlsx.o: ZP_CFLAGS += $(XLSX_CFLAGS)
$(BIN)/to-xlsx: LDLIBS += $(XLSX_LIBS)

$(BIN)/%: $(BUILD)/tools/%.o $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ZP_CFLAGS) $(CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< $(LIBA) \
		-lcmocka $(LDLIBS)

$(BUILD)/tests/tools/%: tests/tools/%.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ZP_CFLAGS) $(CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< $(LIBA) \
		$(LDLIBS)

# Each fuzz harness is also linked with a plain main that replays its
# corpus, so `make check` exercises the corpora without clang.
$(BUILD)/fuzz-replay/%: tests/fuzz/%.c tests/fuzz/driver.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ZP_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< tests/fuzz/driver.c \
		$(LIBA) $(LDLIBS)

$(BUILD)/golden/%.golden:
	@mkdir -p $(@D)
	@echo 'tests/golden/$*/' >$@

tests-build: $(PROGS) $(UNIT_BIN) $(TOOL_BIN) $(FUZZ_REPLAY) $(GOLDEN)

deps:
	@sh scripts/install-deps.sh --if-missing

check: deps
	@$(MAKE) --no-print-directory tests-build
	ZP_BIN=$(abspath $(BIN)) ZP_BUILD=$(abspath $(BUILD)) \
	ZP_DATA_DIR=$(abspath $(DATA_DIR)) ZHPIPE_DATA=$(abspath data) \
		prove --exec 'sh tests/run-one.sh' $(UNIT_BIN) \
		$(GOLDEN) \
		$(sort $(wildcard tests/cli/*.bats)) $(FUZZ_REPLAY)

# The golden cases again with every tool under valgrind (wrappers in
# build/valgrind/bin); any memory error or definite leak changes stderr or
# the exit status, so the case fails.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	   --errors-for-leak-kinds=definite --show-leak-kinds=definite
check-valgrind: deps
	@$(MAKE) --no-print-directory tests-build
	@mkdir -p build/valgrind/bin
	@for t in $(TOOLS); do \
		printf '#!/bin/sh\nexec $(VALGRIND) %s "$$@"\n' \
			"$(abspath $(BIN))/$$t" >build/valgrind/bin/$$t; \
		chmod +x build/valgrind/bin/$$t; \
	done
	ZP_BIN=$(abspath build/valgrind/bin) ZP_BUILD=$(abspath $(BUILD)) \
	ZP_DATA_DIR=$(abspath $(DATA_DIR)) ZHPIPE_DATA=$(abspath data) \
		prove --exec 'sh tests/run-one.sh' $(GOLDEN)

demo: deps
	@$(MAKE) --no-print-directory all
	ZP_BIN=$(abspath $(BIN)) ZHPIPE_DATA=$(abspath data) \
		sh scripts/demo.sh

bench: all
	ZP_BIN=$(abspath $(BIN)) ZP_DATA_DIR=$(abspath $(DATA_DIR)) \
	ZHPIPE_DATA=$(abspath data) bash scripts/bench

eval: all
	ZP_BIN=$(abspath $(BIN)) ZP_DATA_DIR=$(abspath $(DATA_DIR)) \
	ZHPIPE_DATA=$(abspath data) bash scripts/eval

# libFuzzer builds of every harness (clang-14); each runs FUZZ_SECONDS on a
# copy of its committed corpus, so new finds land in build/fuzz/corpus and
# crashes in build/fuzz/ (add them to tests/fuzz/corpus to keep them).
FUZZ_SECONDS ?= 60
# A single input running longer than this (seconds) counts as a hang.
FUZZ_TIMEOUT ?= 25
FUZZ_CC ?= clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	     -fno-sanitize-recover=all
FUZZ_BIN = $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
FUZZ_LIB_SRC = $(LIB_SRC)

build/fuzz/%: tests/fuzz/%.c $(FUZZ_LIB_SRC) $(GEN)
	@mkdir -p $(@D)
	$(FUZZ_CC) -std=c17 -D_GNU_SOURCE -Iinclude -I$(BUILD)/gen $(PKG_CFLAGS) \
		-DZP_PREFIX='"$(PREFIX)"' $(FUZZ_FLAGS) -o $@ $< \
		$(FUZZ_LIB_SRC) $(LDLIBS)

fuzz: $(FUZZ_BIN)
	@for f in $(FUZZ_BIN); do \
		n=$$(basename $$f); \
		mkdir -p build/fuzz/corpus/$$n; \
		cp -n tests/fuzz/corpus/$$n/* build/fuzz/corpus/$$n/ \
			2>/dev/null; \
		echo "== $$n ($(FUZZ_SECONDS) s)"; \
		ZHPIPE_DATA=$(abspath data) $$f -max_len=65536 \
			-max_total_time=$(FUZZ_SECONDS) \
			-timeout=$(FUZZ_TIMEOUT) \
			-artifact_prefix=build/fuzz/$$n- \
			build/fuzz/corpus/$$n >build/fuzz/$$n.log 2>&1; \
		s=$$?; \
		grep -E 'DONE|^Done|ERROR|SUMMARY' build/fuzz/$$n.log; \
		[ $$s = 0 ] || exit 1; \
	done

# Every checker always runs (one failing does not hide another's
# findings); lint fails if any reports anything, including a source file
# that clang-format would change.
lint: $(GEN)
	@s=0; \
	echo "== cppcheck"; \
	cppcheck --quiet --enable=warning,portability --error-exitcode=1 \
		-Iinclude -I$(BUILD)/gen --suppress=missingIncludeSystem src \
		|| s=1; \
	echo "== clang-tidy"; \
	mkdir -p build; \
	clang-tidy --quiet $(wildcard src/*.c) $(LIB_SRC) -- -std=c17 \
		-D_GNU_SOURCE -Iinclude -I$(BUILD)/gen $(PKG_CFLAGS) \
		-DZP_PREFIX='"$(PREFIX)"' >build/lint-tidy.log 2>&1 || s=1; \
	grep -v 'warnings\{0,1\} generated\.$$' build/lint-tidy.log; \
	echo "== clang-format"; \
	for f in $$(git ls-files '*.c' '*.h' 2>/dev/null || \
	    find src include tests -name '*.[ch]'); do \
		clang-format "$$f" | cmp -s "$$f" - || \
		{ echo "$$f: not formatted (clang-format -i $$f)"; s=1; }; \
	done; \
	exit $$s

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/zhpipe
	install -m 755 $(PROGS) $(DESTDIR)$(PREFIX)/bin/
	install -m 755 scripts/zhpipe-batch $(DESTDIR)$(PREFIX)/bin/
	for m in man/*.1; do [ -f "$$m" ] && \
		install -m 644 "$$m" $(DESTDIR)$(PREFIX)/share/man/man1/; done; true
	cp -R data/. $(DESTDIR)$(PREFIX)/share/zhpipe/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/zhpipe-batch \
		$(DESTDIR)$(PREFIX)/share/man/man1/zhpipe-batch.1
	for t in $(TOOLS); do rm -f $(DESTDIR)$(PREFIX)/bin/$$t \
		$(DESTDIR)$(PREFIX)/share/man/man1/$$t.1; done
	rm -rf $(DESTDIR)$(PREFIX)/share/zhpipe

clean:
	rm -rf build out
	find bin -type f ! -name .gitignore -delete

-include $(LIB_OBJ:.o=.d) $(TOOLS:%=$(BUILD)/tools/%.d)
