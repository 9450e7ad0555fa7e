#!/bin/sh
# Runs one test program for prove(1), which calls this with its path:
#   *.bats           bats with TAP output
#   tests/golden/T/  the golden cases of tool T
#   anything else    a cmocka or fuzz-replay binary, asked for TAP
t=$1
case $t in
*.bats) exec bats --tap "$t" ;;
*/golden/*/) exec sh tests/golden/run.sh "$t" ;;
*) CMOCKA_MESSAGE_OUTPUT=TAP exec "$t" ;;
esac
