#!/bin/sh
# usage: report_browser_test.sh KAMERREF SOURCE_DIR
# Opens a report in headless Chromium as a person would: the page's own
# #selftest hook clicks a column header twice and types into the filter box,
# then writes the row order it saw into the DOM, which --dump-dom shows.
# Also takes a screenshot. Chromium is part of what scripts/setup installs:
# without it the test fails, it is never skipped.
kamerref=$1
source_dir=$2
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  echo "chromium is not installed: run scripts/setup, which installs it" >&2
  exit 1
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$kamerref" report "$source_dir/tests/render/fixtures/report" -o "$tmp/report.html" --as-of 2026-11-23 || exit 1

run_browser() {
  rm -rf "$tmp/profile" && mkdir "$tmp/profile"
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --window-size=1400,1000 "$@" 2>"$tmp/browser.log"
}

# sort on the Indieners column (1), then filter on a name
run_browser --dump-dom "file://$tmp/report.html#selftest&column=1&filter=aarts" >"$tmp/dom.html"
result=$(sed -n 's|.*<pre id="selftest-result" data-done="yes">\([^<]*\)</pre>.*|\1|p' "$tmp/dom.html")
if [ -z "$result" ]; then
  echo "the page's self-test did not run; browser log:" >&2
  tail -20 "$tmp/browser.log" >&2
  exit 1
fi
echo "selftest: $result"
fail=0
expect() {
  case "$result" in
    *"$1"*) ;;
    *) echo "expected $1" >&2; fail=1 ;;
  esac
}
# Aarts < Mulder < Zwart; descending the other way round; the filter leaves Aarts
expect '"motion-table":{"rows":3,"ascending":["kst-99001-12","kst-99001-13","kst-99001-11"],"descending":["kst-99001-11","kst-99001-13","kst-99001-12"],"sort":"descending","filtered":["kst-99001-12"]}'
# the hostile title is text in the page, not an element
grep -q '&lt;script&gt;alert("x")&lt;/script&gt; &amp; een \\N back\\slash' "$tmp/dom.html" || { echo "the hostile title is not shown as text" >&2; fail=1; }
if grep -q '<script>alert' "$tmp/dom.html"; then echo "a script element came from document text" >&2; fail=1; fi

run_browser --screenshot="$tmp/report.png" "file://$tmp/report.html"
if [ ! -s "$tmp/report.png" ]; then echo "no screenshot" >&2; fail=1; fi
if [ -n "${KAMERREF_KEEP_SCREENSHOT:-}" ]; then cp "$tmp/report.png" "$KAMERREF_KEEP_SCREENSHOT"; fi
exit $fail
