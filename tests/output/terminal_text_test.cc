#include "kamerref/output/terminal_text.h"

#include <catch2/catch.hpp>

using kamerref::terminal_text;

TEST_CASE("terminal_text leaves ordinary names alone", "[terminal_text]") {
  CHECK(terminal_text("corpus/vao/2025-12-02_voortgangsbrief-vao.md") == "corpus/vao/2025-12-02_voortgangsbrief-vao.md");
  CHECK(terminal_text("Brief één – ‘definitief’.txt") == "Brief één – ‘definitief’.txt");
}

TEST_CASE("terminal_text writes control characters as \\xNN", "[terminal_text]") {
  // an escape sequence that would set the terminal's title
  CHECK(terminal_text("\x1b]0;pwned\x07.txt") == "\\x1b]0;pwned\\x07.txt");
  // a forged second message line
  CHECK(terminal_text("a.txt\nkamerref: all fine") == "a.txt\\x0akamerref: all fine");
  CHECK(terminal_text(std::string_view("nul\0byte\x7f", 9)) == "nul\\x00byte\\x7f");
  CHECK(terminal_text("tab\there\r") == "tab\\x09here\\x0d");
  // a backslash doubles, so `\x1b` written in a name is not mistaken for an escape
  CHECK(terminal_text("C:\\x1b.txt") == "C:\\\\x1b.txt");
}

TEST_CASE("terminal_text keeps newlines of multi-line messages when asked", "[terminal_text]") {
  CHECK(terminal_text("line 3: bad\n  Kamerstuk 29\x1b\n  ^", true) == "line 3: bad\n  Kamerstuk 29\\x1b\n  ^");
}
