#!/bin/sh
# install-deps.sh -- install every build, run and test dependency of zhpipe
# from Debian packages.  Idempotent: installs only what is missing.
#
#   scripts/install-deps.sh              install what is missing
#   scripts/install-deps.sh --if-missing same, silent when nothing is missing
#   scripts/install-deps.sh --list       print the package list
set -eu

PACKAGES="gcc make pkg-config perl libicu-dev icu-devtools zlib1g-dev
libcsv-dev libcmocka-dev bats jq miller parallel python3 python3-jieba gzip
valgrind cppcheck clang-tidy
slurm-wlm munge openssh-server rsync
libxlsxwriter-dev libreoffice-calc-nogui python3-openpyxl"

case "${1:-}" in
--list) echo $PACKAGES; exit 0 ;;
esac

missing=
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
	    grep -q 'ok installed'; then
		missing="$missing $p"
	fi
done
if [ -z "$missing" ]; then
	[ "${1:-}" = --if-missing ] || echo "install-deps: all dependencies present"
	exit 0
fi

echo "install-deps: installing:$missing" >&2
SUDO=
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		SUDO=sudo
	else
		echo "install-deps: not root and no sudo; install:$missing" >&2
		exit 1
	fi
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists; refresh once, then install.
if ! $SUDO apt-get install -y -q --no-install-recommends $missing; then
	$SUDO apt-get update -q
	$SUDO apt-get install -y -q --no-install-recommends $missing
fi
