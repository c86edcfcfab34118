// json_text.hpp — the few JSON text pieces the engine emits for the page (figure data in
// figure_json.cpp, the ops log in ops_log.cpp): escaped strings and integer arrays. Output
// only; nothing in the engine parses JSON.
#pragma once
#include <cstdio>
#include <string>

namespace sl {

// `s` as a JSON string literal (quotes included); control characters become escapes.
inline std::string json_string(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) {
          char b[8];
          std::snprintf(b, sizeof b, "\\u%04x", c);
          o += b;
        } else {
          o += static_cast<char>(c);
        }
    }
  }
  return o + "\"";
}

// A JSON array of integers from any indexable container of integers.
template <class V>
std::string json_int_array(const V& v) {
  std::string o = "[";
  for (size_t k = 0; k < v.size(); ++k) {
    if (k) o += ',';
    o += std::to_string(v[k]);
  }
  return o + "]";
}

}  // namespace sl
