// fp_errors.hpp — NumPy's floating-point error state (np.seterr / np.errstate): what to do
// on divide-by-zero, overflow, underflow and invalid results ('ignore', 'warn', 'raise',
// 'call', 'print', 'log'), and the status flags kernels raise. The state is process-wide
// like the print options (the session swaps it per run); acting on it (warning, raising
// FloatingPointError, calling the user's function) is the embedding layer's job: the core
// never prints or calls Python.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace sl {

// The closed set of error kinds, in NumPy's order (its geterr() dict order) with the text
// of NumPy's messages ("divide by zero encountered in divide").
#define SL_FP_ERRORS(X)                       \
  X(Divide, "divide", "divide by zero", 1)    \
  X(Over, "over", "overflow", 2)              \
  X(Under, "under", "underflow", 4)           \
  X(Invalid, "invalid", "invalid value", 8)

enum class FPError : uint8_t {
#define SL_FP_ENUM(id, key, text, bit) id,
  SL_FP_ERRORS(SL_FP_ENUM)
#undef SL_FP_ENUM
};
constexpr int kNumFPErrors = 4;

const char* fp_error_key(FPError e);   // "divide"
const char* fp_error_text(FPError e);  // "divide by zero"
int fp_error_bit(FPError e);           // 1, 2, 4, 8 (NumPy's status bits)

enum class FPMode : uint8_t { Ignore, Warn, Raise, Call, Print, Log };
const char* fp_mode_name(FPMode m);                // "ignore"
bool parse_fp_mode(const std::string& s, FPMode* out);

struct FPErrorState {
  FPMode mode[kNumFPErrors] = {FPMode::Warn, FPMode::Warn, FPMode::Ignore, FPMode::Warn};
  int64_t bufsize = 8192;
  // the embedding layer's callable for 'call' / object for 'log' (opaque here)
  std::shared_ptr<void> call;
};

FPErrorState& fp_error_state();

// Status flags raised by kernels since the last take (bits of fp_error_bit).
void raise_fp_flags(int bits);
int take_fp_flags();

}  // namespace sl
