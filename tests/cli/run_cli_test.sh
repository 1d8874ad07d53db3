#!/bin/sh
# usage: run_cli_test.sh EXPECTED_EXIT_CODE COMMAND...
expected=$1; shift
"$@" >/dev/null 2>&1
code=$?
if [ "$code" -ne "$expected" ]; then
  echo "expected exit code $expected, got $code: $*" >&2
  exit 1
fi
