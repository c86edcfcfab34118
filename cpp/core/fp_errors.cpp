#include "core/fp_errors.hpp"

namespace sl {

namespace {
int g_flags = 0;
}

const char* fp_error_key(FPError e) {
  switch (e) {
#define SL_FP_KEY(id, key, text, bit) case FPError::id: return key;
    SL_FP_ERRORS(SL_FP_KEY)
#undef SL_FP_KEY
  }
  return "";
}

const char* fp_error_text(FPError e) {
  switch (e) {
#define SL_FP_TEXT(id, key, text, bit) case FPError::id: return text;
    SL_FP_ERRORS(SL_FP_TEXT)
#undef SL_FP_TEXT
  }
  return "";
}

int fp_error_bit(FPError e) {
  switch (e) {
#define SL_FP_BIT(id, key, text, bit) case FPError::id: return bit;
    SL_FP_ERRORS(SL_FP_BIT)
#undef SL_FP_BIT
  }
  return 0;
}

const char* fp_mode_name(FPMode m) {
  static const char* const kNames[] = {"ignore", "warn", "raise", "call", "print", "log"};
  return kNames[static_cast<int>(m)];
}

bool parse_fp_mode(const std::string& s, FPMode* out) {
  for (int k = 0; k < 6; ++k)
    if (s == fp_mode_name(static_cast<FPMode>(k))) {
      *out = static_cast<FPMode>(k);
      return true;
    }
  return false;
}

FPErrorState& fp_error_state() {
  static FPErrorState state;
  return state;
}

void raise_fp_flags(int bits) { g_flags |= bits; }

int take_fp_flags() {
  int f = g_flags;
  g_flags = 0;
  return f;
}

}  // namespace sl
