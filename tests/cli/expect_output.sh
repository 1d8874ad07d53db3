#!/bin/sh
# usage: expect_output.sh KAMERREF EXAMPLE_DIR
# Runs the command in EXAMPLE_DIR/cmd (arguments relative to EXAMPLE_DIR,
# `kamerref` replaced by the binary) and compares its stdout with
# EXAMPLE_DIR/expected byte for byte.
kamerref=$1; dir=$2
cd "$dir" || exit 1
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
# shellcheck disable=SC2046
set -- $(cat cmd)
shift  # drop the word kamerref
"$kamerref" "$@" >"$actual"
if ! cmp -s expected "$actual"; then
  echo "output differs from $dir/expected:" >&2
  diff -u expected "$actual" >&2
  exit 1
fi
