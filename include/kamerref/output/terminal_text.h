#pragma once
// Text from the outside world (file names, words from documents) printed in
// a message on a terminal. A file named `\x1b]0;pwned\x07.txt` must not set
// the terminal's title, and a name with a newline must not forge a second
// `kamerref: ...` line: control characters are written as `\xNN`.
#include <string>
#include <string_view>

namespace kamerref {

// C0 controls and DEL as `\xNN`, a backslash as `\\`; every other byte as it
// is (UTF-8 stays readable). `keep_newlines` leaves `\n` alone, for messages
// that are meant to span lines (an offending line and its caret).
std::string terminal_text(std::string_view text, bool keep_newlines = false);

}  // namespace kamerref
