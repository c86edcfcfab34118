// ufunc.hpp — element-wise computation with NumPy's semantics: broadcasting, NumPy 2 type
// promotion (NEP 50: Python bool/int/float operands are "weak" and take the dtype of the
// arrays they meet), out= (written through views, safe when out overlaps an input),
// where= masks, casting checks on the output, and the few element-wise functions that are
// not plain ufuncs in NumPy (clip, round/around, where).
//
// The set of ufuncs is the table in ufunc_table.hpp. Type resolution lives in
// ufunc_types.cpp, the strided iteration in ufunc_iter.cpp, the typed loops in
// ufunc_loops_*.cpp. Reductions are in reduce.hpp.
//
// Not here: Python objects. The interpreter converts Python scalars into weak Operands and
// NumPy scalars into 0-d arrays (which are strong: NumPy 2 has no value-based casting).
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"
#include "core/ufunc_table.hpp"

namespace sl {

// One input of a ufunc: an array (strong dtype), or a Python scalar (weak).
struct Operand {
  ArrayPtr array;  // non-null for arrays / NumPy scalars
  // Weak Python scalar when array is null: dtype Bool (Python bool), Int64 or UInt64
  // (Python int; UInt64 only for values >= 2**63), Float64 (Python float), Complex128
  // (Python complex).
  Scalar value;

  bool is_array() const { return static_cast<bool>(array); }
  bool is_weak() const { return !array; }
  static Operand of(ArrayPtr a) { Operand o; o.array = std::move(a); return o; }
  static Operand py_bool(bool b) { Operand o; o.value = Scalar::from_bool(b); return o; }
  static Operand py_int(int64_t i) { Operand o; o.value = Scalar::from_int(i); return o; }
  static Operand py_uint(uint64_t u) { Operand o; o.value = Scalar::from_uint(u); return o; }
  static Operand py_float(double f) { Operand o; o.value = Scalar::from_double(f); return o; }
  static Operand py_complex(double re, double im) { Operand o; o.value = Scalar::from_complex(re, im); return o; }
  Operand() = default;
  Operand(ArrayPtr a) : array(std::move(a)) {}  // NOLINT: arrays convert implicitly
};

// The casting= keyword of ufuncs (NumPy's NPY_CASTING); SameKind is the default.
enum class Casting : uint8_t { No, Equiv, Safe, SameKind, Unsafe };

// np.<ufunc>(*inputs, out=out, where=where, dtype=dtype, casting=casting). Returns `out` when given, else a
// new array (0-d when every input is 0-d or a scalar; the caller turns 0-d into a NumPy
// scalar). `where` must be a bool array broadcastable to the result; elements where it is
// False keep out's previous value (zero in a fresh result).
// Errors (NumPy's exact type + message): broadcast mismatch, non-broadcastable out, casting
// of the inputs into the loop and of the result into out (`casting`), no loop for the input types, bool subtract/negative,
// Python int out of bounds (OverflowError), negative integer power.
ArrayPtr apply_ufunc(UFuncId id, const std::vector<Operand>& inputs, ArrayPtr out = nullptr,
                     ArrayPtr where = nullptr, std::optional<DType> dtype = std::nullopt,
                     Casting casting = Casting::SameKind);

// The same for ufuncs with several outputs (frexp, modf, divmod): `outs` holds one entry per
// output (nullptr: allocate); returns every output.
std::vector<ArrayPtr> apply_ufunc_multi(UFuncId id, const std::vector<Operand>& inputs,
                                        std::vector<ArrayPtr> outs, ArrayPtr where = nullptr,
                                        std::optional<DType> dtype = std::nullopt,
                                        Casting casting = Casting::SameKind);

// The dtype apply_ufunc would produce (for result_type-style introspection and tests).
DType ufunc_result_dtype(UFuncId id, const std::vector<Operand>& inputs,
                         std::optional<DType> dtype = std::nullopt);

// np.clip(a, a_min, a_max, out=): either bound may be absent (not both: ValueError "One of
// max or min must be given"). NumPy 2 rules: a Python int bound beyond an integer array's
// range is dropped; NaN bounds propagate for floats.
ArrayPtr clip(const Operand& a, const std::optional<Operand>& lo, const std::optional<Operand>& hi,
              ArrayPtr out = nullptr);

// np.round / np.around(a, decimals, out=) with NumPy's algorithm: rint for decimals == 0,
// otherwise multiply by 10**decimals, rint, divide (negative decimals: divide, rint,
// multiply; integers go through float64 and are cast back). Integer input with decimals
// >= 0 is copied unchanged.
ArrayPtr around(const ArrayPtr& a, int64_t decimals = 0, ArrayPtr out = nullptr);

// np.where(cond, x, y): broadcast the three, result dtype = NEP 50 promotion of x and y.
ArrayPtr where_select(const Operand& cond, const Operand& x, const Operand& y);

// Broadcasts and allocates exactly like a ufunc output: the memory order of the result
// follows the inputs (F-ordered inputs give an F-ordered result; C wins conflicts).
// Fill::Overwritten only when the caller's loop stores every element (no where= mask).
ArrayPtr alloc_like_operands(const Shape& shape, DType dtype, const std::vector<ArrayPtr>& ops,
                             Fill fill = Fill::Zeros);

}  // namespace sl
