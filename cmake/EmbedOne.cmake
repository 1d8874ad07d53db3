# Script mode: turn INPUT into a C++ byte array (no raw-string length limits,
# any bytes allowed) exposed as kamerref::data::IDENT().
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}"
"// Generated from ${INPUT} by cmake/EmbedOne.cmake. Do not edit.\n"
"#include <string_view>\n"
"namespace kamerref::data {\n"
"namespace { constexpr char bytes[] = {${bytes} '\\0'}; }\n"
"std::string_view ${IDENT}() { return {bytes, ${size}}; }\n"
"}  // namespace kamerref::data\n")
