// ufunc_types.hpp — type resolution for ufuncs, NumPy 2 rules: arrays (and NumPy scalars,
// which reach us as 0-d arrays) promote with promote_types; Python bool/int/float operands
// are weak (NEP 50) and only decide the kind (bool < int < float) — an int array stays int
// with a Python int, a float32 array stays float32 with a Python float; a Python int that
// does not fit the loop's integer dtype is an OverflowError. Then the ufunc's TypeRule
// picks the loop, and casting into out= is checked with 'same_kind'.
//
// float16 is a loop type like the others (sqrt of int8 gives float16, as NumPy); its loops
// run in float32 (apply_ufunc). Not here: value-based casting (gone in NumPy 2).
#pragma once
#include <optional>
#include <vector>

#include "core/ufunc.hpp"

namespace sl {

struct LoopTypes {
  DType in[3] = {DType::Float64, DType::Float64, DType::Float64};  // what each input is cast to
  DType out = DType::Float64;                                       // loop output dtype
  DType out2 = DType::Float64;  // second output of two-output ufuncs (frexp: int32)
  enum class Special : uint8_t {
    None,
    MixedSignCompare,  // in = {int64, uint64} or {uint64, int64}: exact comparison loop
    FixedFalse,        // Python int out of range of an integer array: constant result
    FixedTrue,
  } special = Special::None;
};

// Resolves the loop for `inputs` (size = ufunc nin). `dtype` is the dtype= argument.
// `casting` checks the array inputs' casts into the loop (always for dtype=; for 'no', 'equiv'
// and 'safe' also when the loop was found by the search).
LoopTypes resolve_loop_types(UFuncId id, const std::vector<Operand>& inputs,
                             std::optional<DType> dtype, Casting casting = Casting::SameKind);

// NEP 50 promotion of the operands' dtypes (arrays strong, Python scalars weak).
DType promote_operands(const std::vector<Operand>& ops);

// np.can_cast(from, to, 'same_kind')
bool can_cast_same_kind(DType from, DType to);
// np.can_cast(from, to, casting); casting_name gives the quoted spelling NumPy prints ('no').
bool can_cast_rule(DType from, DType to, Casting casting);
const char* casting_name(Casting casting);

// The weak Python scalar `v` as a value of dtype `t`; raises OverflowError "Python integer
// 300 out of bounds for uint8" when a Python int does not fit an integer dtype.
Scalar weak_scalar_as(const Scalar& v, DType t);

// "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting
// rule 'same_kind'"
[[noreturn]] void raise_output_cast_error(UFuncId id, DType from, DType to,
                                          Casting casting = Casting::SameKind);

// Python-int comparisons need the value range of integer dtypes.
bool python_int_fits(const Scalar& v, DType t);

}  // namespace sl
