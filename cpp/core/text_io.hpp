// text_io.hpp — np.loadtxt and np.savetxt on in-memory text (the caller reads/writes the
// file), reproducing NumPy 1.24: loadtxt's C tokenizer (whitespace or single-character
// delimiter, '#'-style comments, \n / \r / \r\n line ends, empty lines skipped, skiprows
// counting lines, max_rows counting data rows), its number parsers (strict integers with the
// deprecated float fallback, Python float syntax), its error messages ("could not convert
// string 'abc' to float64 at row 0, column 2."), ndmin squeezing and unpack; savetxt's
// CPython %-formatting of every row (fmt '%.18e' default, a multi-format string or one
// format per column), header/footer with comment prefixes.
//
// Also here, because both file formats quote user text in their messages: CPython's repr()
// of a str / bytes value, and UTF-8 <-> code point helpers.
//
// Deliberately absent: converters=, quotechar, structured / string / complex dtypes,
// encoding (text is UTF-8), genfromtxt.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/ndarray.hpp"

namespace sl {

// CPython repr(str) / repr(bytes) of UTF-8 text / raw bytes: 'a\n', "it's", b'\x93NUMPY'.
std::string python_str_repr(const std::u32string& s);
std::string python_str_repr(const std::string& utf8);
std::string python_bytes_repr(const std::string& bytes);
// UTF-8 -> code points; an invalid byte is taken as its latin-1 code point.
std::u32string utf8_decode(const std::string& s);
std::string utf8_encode(const std::u32string& s);

// A warning NumPy would issue (UserWarning / DeprecationWarning) with its text; the caller
// decides how to surface it.
struct TextWarning {
  ErrorType category;
  std::string message;
};

struct LoadtxtOptions {
  DType dtype = DType::Float64;
  // The comment markers; NumPy's default is ['#']. Empty: comments disabled (comments=None).
  std::vector<std::string> comments = {"#"};
  std::optional<std::string> delimiter;  // nullopt: any whitespace
  int64_t skiprows = 0;
  std::optional<std::vector<int64_t>> usecols;
  int ndmin = 0;
  bool unpack = false;
  std::optional<int64_t> max_rows;  // nullopt: all rows
  std::string fname_repr = "<string>";  // used in the "input contained no data" warning
  std::vector<TextWarning>* warnings = nullptr;
};

// np.loadtxt(text, ...) for the dtypes of the table (bool, ints, floats).
ArrayPtr loadtxt(const std::string& text, const LoadtxtOptions& opt = {});

struct SavetxtOptions {
  std::string fmt = "%.18e";                         // single or multi-format string
  std::optional<std::vector<std::string>> fmt_list;  // one format per column (fmt ignored)
  std::string delimiter = " ";
  std::string newline = "\n";
  std::string header, footer;
  std::string comments = "# ";
};

// The text np.savetxt writes for a 1-d or 2-d array.
std::string savetxt(const ArrayPtr& a, const SavetxtOptions& opt = {});

// CPython's `fmt % values` for NumPy scalars (the subset savetxt needs: %d %i %u %o %x %X
// %e %E %f %F %g %G %s %r %a %c %% with flags, width and precision).
std::string python_percent_format(const std::string& fmt, const std::vector<Scalar>& values);

}  // namespace sl
