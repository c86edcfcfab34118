// unicode_ident.cpp — XID_Start / XID_Continue lookups (binary search over generated
// ranges) and NFKC normalisation of identifiers. See unicode_ident.hpp.
#include "lang/unicode_ident.hpp"

#include <algorithm>
#include <cctype>

#include "lang/builtin_types.hpp"

namespace sl {

namespace {
struct CodeRange {
  uint32_t lo, hi;
};
struct NfkcRun {  // every cp in [lo, hi] normalises to the single code point cp + delta
  uint32_t lo, hi;
  int32_t delta;
};
struct NfkcMulti {  // cp normalises to several code points
  uint32_t cp;
  const char* utf8;
};
#include "lang/unicode_ident_tables.inc"

template <class T, size_t N>
const T* find_range(const T (&table)[N], uint32_t cp) {
  const T* it = std::upper_bound(table, table + N, cp, [](uint32_t c, const T& r) { return c < r.lo; });
  if (it == table) return nullptr;
  --it;
  return cp <= it->hi ? it : nullptr;
}
}  // namespace

bool is_xid_start(uint32_t cp) {
  if (cp < 0x80) return std::isalpha(static_cast<int>(cp)) || cp == '_';
  return find_range(kXidStart, cp) != nullptr;
}

bool is_xid_continue(uint32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) || cp == '_';
  return find_range(kXidContinue, cp) != nullptr;
}

std::string nfkc_identifier(const std::string& name) {
  std::string out;
  for (uint32_t cp : utf8_codepoints(name)) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    if (const NfkcRun* r = find_range(kNfkcRuns, cp)) {
      out += utf8_from_codepoints(static_cast<uint32_t>(static_cast<int64_t>(cp) + r->delta));
      continue;
    }
    const NfkcMulti* m = std::lower_bound(std::begin(kNfkcMulti), std::end(kNfkcMulti), cp,
                                          [](const NfkcMulti& x, uint32_t c) { return x.cp < c; });
    if (m != std::end(kNfkcMulti) && m->cp == cp) out += m->utf8;
    else out += utf8_from_codepoints(cp);
  }
  return out;
}

}  // namespace sl
