// fp_status.hpp — NumPy's floating-point status flags for element-wise loops, derived from
// the values (WebAssembly has no FP exception flags; natively the same rule keeps both
// builds identical). After each inner-loop run the observer checks the results:
//   - a NaN result from inputs without NaN: invalid (0/0, inf-inf, 0*inf, sqrt(-1), log(-1));
//   - an infinite result from finite inputs: divide by zero at the function's poles (x/0,
//     log(0), log1p(-1), arctanh(+-1), reciprocal(0), 0**-n), overflow elsewhere;
//   - integer floor_divide / remainder / fmod / divmod by zero: divide by zero; the one
//     integer quotient that overflows (INT_MIN // -1): overflow.
// Results without non-finite values cost one tight pass over the just-written (cache-hot)
// output. Underflow is not detected (NumPy ignores it by default).
// The flags go to fp_errors.hpp (raise_fp_flags); acting on them is the caller's job.
#pragma once
#include <memory>

#include "core/ufunc_iter.hpp"
#include "core/ufunc_types.hpp"

namespace sl {

// null when the loop cannot raise flags (comparisons, bool/int loops other than division)
std::unique_ptr<LoopObserver> fp_status_observer(UFuncId id, const LoopTypes& lt);

}  // namespace sl
