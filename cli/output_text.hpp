#pragma once
// Text helpers shared by the table and CSV writers.

#include <cstddef>
#include <string>
#include <string_view>

namespace dipgraph::cli {

/// The shortest decimal text that reads back as `value` ("1.9", "8", "-4.4"),
/// after rounding to 6 decimals so arithmetic noise (1.9000000000000001) never shows.
std::string format_number(double value);

/// `value` with exactly `decimals` digits after the point ("1.0", "-4.4"), for
/// table columns whose numbers should line up.
std::string format_fixed(double value, int decimals);

/// `value` rounded to 6 decimals: what every output format prints.
double round_for_output(double value);

/// One printable line: CR, LF, tab and other control characters (C0, DEL, C1,
/// line and paragraph separators) become a space; bidi embeddings, overrides
/// and isolates (U+202A..U+202E, U+2066..U+2069) are dropped, so none reaches
/// past its cell; bytes that are not valid UTF-8 become U+FFFD.
std::string one_line(std::string_view text);
/// `text = one_line(text)`, without a copy when it is printable ASCII already
/// (nearly every cell of a table).
void make_one_line(std::string& text);

/// Terminal columns `text` (valid UTF-8) takes: combining marks and zero-width
/// format characters 0, East Asian wide and emoji 2, everything else 1.
std::size_t display_width(std::string_view text);

}  // namespace dipgraph::cli
