#!/usr/bin/env bash
# usage: hostile_input_test.sh KAMERREF CASE [PDF_FIXTURE_DIR]
# Issue 7: every bad input has a designed answer. Each CASE puts one bad input
# beside a good letter and runs the real binary. It checks the named message
# `kamerref: <file>: <what went wrong>` on stderr, the exit code at the end of
# the run, and that the good letter's output is complete: byte for byte what
# a run on the good letter alone prints.
set -u
kamerref=$1
case_name=$2
tmp=$(mktemp -d) || exit 1
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
fail=0
die() { echo "$case_name: $*" >&2; fail=1; }

good=$tmp/good/brief.txt
mkdir -p "$tmp/good"
printf '%s\n' "Den Haag, 24 november 2017" "" \
  "Zie Kamerstuk 29 754, nr. 436 en de motie van het lid Michon-Derkzen (Kamerstuk 29 754, nr. 758)." \
  "De Europese verordening (EU) 2022/2065 geldt ook." >"$good"
"$kamerref" extract --json "$good" >"$tmp/alone.jsonl" 2>/dev/null || { echo "the good letter alone fails" >&2; exit 1; }
grep -q '"kst-29754-758"' "$tmp/alone.jsonl" || { echo "the good letter has no references" >&2; exit 1; }

# check CODE MESSAGE ARGS...: runs `kamerref ARGS...`; wants exit CODE, the
# line `kamerref: MESSAGE` on stderr (MESSAGE is a grep -E pattern, file
# included), and the good letter's line unchanged when the run was extract.
check() {
  local want=$1 message=$2 code
  shift 2
  "$kamerref" "$@" >"$tmp/out" 2>"$tmp/err"
  code=$?
  [ "$code" -eq "$want" ] || die "exit $code, expected $want: $*"
  if [ -n "$message" ] && ! grep -Eq "^kamerref: $message" "$tmp/err"; then
    die "no message matching 'kamerref: $message'"
    cat "$tmp/err" >&2
  fi
  if [ "$1" = extract ]; then
    grep -F "\"file\":\"$good\"" "$tmp/out" >"$tmp/good-line"
    cmp -s "$tmp/good-line" "$tmp/alone.jsonl" || die "the good letter's output is not complete beside the bad input"
  fi
}

# json_check PYTHON: runs a Python check over the JSON lines in $tmp/out.
json_check() {
  python3 -c "
import json, sys
docs = [json.loads(l) for l in open('$tmp/out', encoding='utf-8')]
by_file = {d['file']: d for d in docs}
$1" || die "JSON check failed"
}

case $case_name in
missing)
  check 3 "$tmp/nope.txt: no such file" extract --json "$tmp/nope.txt" "$good"
  ;;
unreadable)
  # chmod 000 stops everyone but root; CI runs as root, so there the test
  # drops to the user nobody for the run (setpriv), or says it cannot test.
  printf 'Kamerstuk 29 754, nr. 1\n' >"$tmp/good/secret.txt"
  chmod 000 "$tmp/good/secret.txt"
  chmod 755 "$tmp/good"
  runner=()
  if [ "$(id -u)" -eq 0 ]; then
    command -v setpriv >/dev/null || { echo "root without setpriv: cannot make a file unreadable" >&2; exit 77; }
    runner=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    chmod 644 "$good"
    "${runner[@]}" cat "$good" >/dev/null 2>&1 || { echo "nobody cannot read the test folder" >&2; exit 77; }
    "${runner[@]}" "$kamerref" --version >/dev/null 2>&1 || { echo "nobody cannot run $kamerref" >&2; exit 77; }
  fi
  if "${runner[@]}" cat "$tmp/good/secret.txt" >/dev/null 2>&1; then
    echo "chmod 000 does not stop reading here" >&2
    exit 77
  fi
  kamerref_saved=$kamerref
  kamerref_as_user() { "${runner[@]}" "$kamerref_saved" "$@"; }
  kamerref=kamerref_as_user
  check 3 "$tmp/good/secret.txt: cannot open: Permission denied" extract --json "$tmp/good"
  # the folder walk does not lose the good letter either
  check 3 "$tmp/good/secret.txt: cannot open: Permission denied" graph "$tmp/good"
  kamerref=$kamerref_saved
  chmod 644 "$tmp/good/secret.txt"
  ;;
binary_folder)
  # an image, archives, an executable and NUL-laden data in one folder
  printf '\211PNG\r\n\032\n\0\0\0\rIHDR' >"$tmp/good/plaatje.png"
  printf 'PK\003\004\024\0\0\0' >"$tmp/good/stukken.zip"
  printf 'PK\003\004\024\0\0\0' >"$tmp/good/brief.docx"
  printf '\037\213\010\0' >"$tmp/good/dump.txt.gz"
  head -c 4096 "$kamerref" >"$tmp/good/programma"
  printf 'Kamerstuk\0\0\0\0 29 754' >"$tmp/good/data.txt"
  # a folder walk reads the document formats only (issue 12): of these just
  # data.txt, which is reported; the rest are passed over
  check 3 "$tmp/good/data.txt: not a document: looks like binary data" extract --json "$tmp/good"
  grep -q 'plaatje.png' "$tmp/err" && die "a folder walk read plaatje.png"
  # --include '*' reads them all, and each is named
  check 3 "$tmp/good/plaatje.png: not a document: looks like a PNG image" extract --json --include '*' "$tmp/good"
  for f in "stukken.zip: .*zip archive" "brief.docx: .*zip archive" "dump.txt.gz: .*gzip archive" \
           "programma: .*an executable" "data.txt: .*binary data"; do
    grep -Eq "^kamerref: $tmp/good/$f" "$tmp/err" || die "no message for $f"
  done
  [ "$(wc -l <"$tmp/out")" -eq 1 ] || die "binary files gave output"
  ;;
empty)
  : >"$tmp/leeg.txt"
  check 3 "$tmp/leeg.txt: empty file" extract --json "$tmp/leeg.txt" "$good"
  ;;
control_characters_in_name)
  # an empty file whose name holds an escape sequence (it would set the
  # terminal's title) and a newline (it would forge a second message line):
  # the message names it with \xNN escapes, on one line
  name=$(printf 'brief\033]0;pwned\007\nkamerref: all fine.txt')
  : >"$tmp/$name"
  check 3 "$tmp/brief\\\\x1b\\]0;pwned\\\\x07\\\\x0akamerref: all fine\\.txt: empty file" \
    extract --json "$tmp/$name" "$good"
  [ "$(wc -l <"$tmp/err")" -eq 1 ] || die "the message spans $(wc -l <"$tmp/err") lines"
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$tmp/err"; then die "a control character reached stderr"; fi
  ;;
invalid_utf8)
  # a UTF-8 letter with a broken byte inside one citation and a stray
  # Latin-1 byte in another: the intact citations are found with exact
  # offsets, the broken one is not invented, and the damage is a warning
  # naming the first bad byte and its line.
  printf 'De co\303\266rdinator schreef:\nZie Kamerstuk 29 754, nr. 436 en Kamerstuk 29 7\37754, nr. 437.\nZie ook Kamerstuk 30 821, nr. 12 (nota van de co\366rdinator).\n' >"$tmp/kapot.txt"
  check 0 "$tmp/kapot.txt: warning: 2 bytes of otherwise UTF-8 text are not valid UTF-8 \\(the first at byte 72, line 2\\)" \
    extract --json "$tmp/kapot.txt" "$good"
  json_check "
d = by_file['$tmp/kapot.txt']
raw = open('$tmp/kapot.txt', 'rb').read()
ids = [r['id'] for r in d['references']]
assert 'kst-29754-436' in ids and 'kst-30821-12' in ids, ids
assert not any(i.startswith('kst-29-') or i.startswith('kst-297-') or i == 'kst-29754-437' for i in ids), ids
for r in d['references']:
    assert raw[r['start']:r['end']].decode('utf-8', 'replace') == r['text'] or r['kind'] != 'kamerstuk', r
assert any('not valid UTF-8' in w for w in d['warnings']), d
"
  ;;
windows_1252)
  # a letter saved by an old Windows program: NBSP inside the number,
  # typographic quotes, a diaeresis
  printf 'Den Haag, 3 maart 2004\n\nIn de brief van de co\366rdinator \223Kamerstuk 29\240754, nr. 12\224 staat het.\n' >"$tmp/oud.txt"
  check 0 "" extract --json "$tmp/oud.txt" "$good"
  [ -s "$tmp/err" ] && die "warnings for clean Windows-1252: $(cat "$tmp/err")"
  json_check "
d = by_file['$tmp/oud.txt']
raw = open('$tmp/oud.txt', 'rb').read()
refs = [r for r in d['references'] if r['id'] == 'kst-29754-12']
assert refs, d
r = refs[0]
assert r['text'] == 'Kamerstuk 29\u00a0754, nr. 12', r['text']
assert raw[r['start']:r['end']].decode('cp1252') == r['text'], (r, raw[r['start']:r['end']])
"
  ;;
utf16)
  for enc in utf-16-le utf-16-be; do
    python3 -c "
import sys
text = 'Den Haag, 3 maart 2004\n\nZie Kamerstuk 29 754, nr. 12 en de co\u00f6rdinator \U0001F4C4.\n'
bom = '\ufeff'.encode(sys.argv[1])
open(sys.argv[2], 'wb').write(bom + text.encode(sys.argv[1]))" "$enc" "$tmp/$enc.txt"
    check 0 "" extract --json "$tmp/$enc.txt" "$good"
    json_check "
d = by_file['$tmp/$enc.txt']
raw = open('$tmp/$enc.txt', 'rb').read()
r = [r for r in d['references'] if r['id'] == 'kst-29754-12'][0]
assert r['text'] == 'Kamerstuk 29 754, nr. 12', r['text']
assert raw[r['start']:r['end']].decode('$enc') == r['text'], r
assert r['line'] == 3, r
"
  done
  ;;
one_gigabyte_line)
  # One line of 1 GiB (sparse: the file system stores almost nothing). The
  # designed answer is the size limit: refused without reading it, named,
  # and the good letter beside it complete. --max-file-size 0 lifts the
  # limit; a binary head is then still refused after one block.
  printf 'Zie Kamerstuk 29 754, nr. 436 ' >"$tmp/groot.txt"
  truncate -s 1G "$tmp/groot.txt" || exit 77
  check 3 "$tmp/groot.txt: file is 1.0 GB, over the limit of 256.0 MB; refused without reading it" \
    extract --json "$tmp/groot.txt" "$good"
  check 3 "$tmp/groot.txt: file is 1.0 GB, over the limit of 256.0 MB" graph "$tmp/groot.txt" "$good"
  check 3 "$tmp/groot.txt: file is 1.0 GB, over the limit of 512.0 MB" graph --max-file-size 512M "$tmp/groot.txt" "$good"
  check 3 "$tmp/groot.txt: not a document: looks like binary data" graph --max-file-size 0 "$tmp/groot.txt" "$good"
  ;;
symlink_loop)
  mkdir -p "$tmp/good/sub"
  ln -s .. "$tmp/good/sub/terug" || exit 77
  ln -s lus-b "$tmp/good/lus-a"
  ln -s lus-a "$tmp/good/lus-b"
  ln -s "$tmp/nergens" "$tmp/good/weg.txt"
  check 3 "$tmp/good/lus-a: symlink loop" extract --json "$tmp/good"
  grep -Eq "^kamerref: $tmp/good/sub/terug: symlink loop \\(leads back to" "$tmp/err" || die "folder loop not named"
  grep -Eq "^kamerref: $tmp/good/weg.txt: broken symlink" "$tmp/err" || die "broken symlink not named"
  [ "$(wc -l <"$tmp/out")" -eq 1 ] || die "the good letter should be read once: $(wc -l <"$tmp/out") lines"
  check 3 "$tmp/good/lus-a: symlink loop \\(too many levels of symbolic links\\)" extract --json "$tmp/good/lus-a" "$good"
  ;;
named_pipe)
  # reading a pipe nobody writes to would wait forever
  mkfifo "$tmp/pijp" || exit 77
  check 3 "$tmp/pijp: not a regular file \\(a named pipe\\)" extract --json "$tmp/pijp" "$good"
  check 3 "/dev/zero: not a regular file \\(a device\\)" extract --json /dev/zero "$good"
  mv "$tmp/pijp" "$tmp/good/pijp"
  check 0 "" extract --json "$tmp/good"  # in a folder: not a document, skipped
  ;;
deep_html)
  # 10^5 nested <div>s around a citation; the loader has no recursion to overflow
  python3 -c "
import sys
n = 100000
open(sys.argv[1], 'w').write('<html><body>' + '<div>' * n + '<p>Zie Kamerstuk 29 754, nr. 12.</p>' + '</div>' * n + '</body></html>\n')
open(sys.argv[2], 'w').write('<?xml version=\"1.0\"?><stuk>' + '<al>' * n + 'Zie Kamerstuk 29 754, nr. 13.' + '</al>' * n + '</stuk>\n')
" "$tmp/diep.html" "$tmp/diep.xml"
  check 0 "" extract --json "$tmp/diep.html" "$tmp/diep.xml" "$good"
  json_check "
for name, number in (('diep.html', 12), ('diep.xml', 13)):
    d = by_file['$tmp/' + name]
    raw = open('$tmp/' + name, 'rb').read()
    r = [r for r in d['references'] if r['id'] == 'kst-29754-%d' % number][0]
    assert raw[r['start']:r['end']].decode() == r['text'] == 'Kamerstuk 29 754, nr. %d' % number, r
"
  ;;
entity_bomb)
  # "billion laughs": ten levels of ten references; refused, not expanded
  python3 -c "
import sys
lines = ['<?xml version=\"1.0\"?>', '<!DOCTYPE lol [', ' <!ENTITY lol0 \"lol\">']
for i in range(1, 10):
    lines.append(' <!ENTITY lol%d \"%s\">' % (i, ('&lol%d;' % (i - 1)) * 10))
lines += [']>', '<lol>&lol9;</lol>']
open(sys.argv[1], 'w').write('\n'.join(lines) + '\n')" "$tmp/bom.xml"
  check 3 "$tmp/bom.xml: XML declares entities \\(<!ENTITY>\\); refused, not expanded" extract --json "$tmp/bom.xml" "$good"
  ;;
pdf)
  pdfs=$3
  cp "$pdfs/truncated.pdf" "$tmp/kapot.pdf"
  cp "$pdfs/encrypted.pdf" "$tmp/slot.pdf"
  cp "$pdfs/no-text-layer.pdf" "$tmp/scan.pdf"
  check 3 "$tmp/kapot.pdf: not a readable PDF \\(corrupt or truncated\\)" extract --json "$tmp/kapot.pdf" "$tmp/slot.pdf" "$tmp/scan.pdf" "$good"
  grep -Eq "^kamerref: $tmp/slot.pdf: encrypted PDF" "$tmp/err" || die "encrypted PDF not named"
  grep -Eq "^kamerref: $tmp/scan.pdf: PDF has no text layer" "$tmp/err" || die "PDF without text not named"
  ;;
many_files)
  # 10^5 small files in one folder (written by one Python process), one of
  # them an image: every other file has its line, in name order.
  python3 -c "
import os, sys
d = sys.argv[1]
os.makedirs(d)
for i in range(100000):
    with open(os.path.join(d, 'brief-%06d.txt' % i), 'w') as f:
        f.write('Den Haag, 3 maart 2004\n\nZie Kamerstuk 29 754, nr. %d.\n' % (i % 999 + 1))
with open(os.path.join(d, 'brief-050000.txt'), 'wb') as f:
    f.write(b'\x89PNG\r\n\x1a\n\0\0')
" "$tmp/veel"
  check 3 "$tmp/veel/brief-050000.txt: not a document: looks like a PNG image" extract --json "$tmp/veel" "$good"
  python3 -c "
import json, sys
n = 0
for line in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(line)
    if d['file'].endswith('good/brief.txt'):
        continue
    i = int(d['file'][-10:-4])
    if i == 50000 or i != n + (n >= 50000):
        sys.exit('file %s out of order or unexpected' % d['file'])
    ids = [r['id'] for r in d['references']]
    if ids != ['kst-29754-%d' % (i % 999 + 1)]:
        sys.exit('%s: %s' % (d['file'], ids))
    n += 1
if n != 99999:
    sys.exit('%d documents, expected 99999' % n)
" "$tmp/out" || die "output of the many files is not complete"
  ;;
*)
  echo "unknown case $case_name" >&2
  exit 2
  ;;
esac
exit $fail
