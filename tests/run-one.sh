#!/bin/sh
# Runs one test program for prove(1), which calls this with its path:
#   *.bats           bats with TAP output
#   *.golden         the golden cases of a tool (the file names the dir)
#   anything else    a cmocka or fuzz-replay binary, asked for TAP
t=$1
case $t in
*.bats) exec bats --tap "$t" ;;
*.golden) exec sh tests/golden/run.sh "$(cat "$t")" ;;
*) CMOCKA_MESSAGE_OUTPUT=TAP exec "$t" ;;
esac
