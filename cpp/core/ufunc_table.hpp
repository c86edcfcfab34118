// ufunc_table.hpp — the closed set of element-wise functions (NumPy's ufuncs) as one table.
// Each row gives the Python-visible name, the arity, how operand dtypes resolve to a loop
// dtype (TypeRule), the set of dtypes with a compiled loop (in NumPy's loop order), and
// the reduction identity. Every per-ufunc switch in the kernels is generated from this
// table; nothing else lists ufuncs.
//
// Deliberately absent: datetime/object/longdouble loops (we have no such dtypes), gufuncs
// (matmul), isnat (datetime only). The ufunc methods reduce/accumulate/reduceat live in
// reduce.hpp, at in the interpreter's ufunc object.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dtype.hpp"

namespace sl {

// How the dtypes of the inputs choose the loop.
enum class TypeRule : uint8_t {
  Uniform,      // common dtype -> first loop it casts to safely; output = loop dtype
  BoolOut,      // comparisons/logical: common dtype (mixed int64/uint64 compare exactly) -> bool
  UnaryBool,    // isnan & co: the input's own loop, output bool
  TrueDivide,   // ints and bools divide in float64, floats as Uniform
  NoCastUnary,  // sign, positive: only an exact loop matches (bool -> UFuncTypeError)
  Ldexp,        // ldexp: float loop for x1 (Uniform search), int64 exponent ('dl->d')
  TwoOut,       // modf, divmod: Uniform, and a second output of the loop dtype
  Frexp,        // frexp: Uniform input, outputs (loop dtype, int32)
  UniformExact, // gcd, lcm: the promoted dtype itself needs a loop (bool/float: no-loop error)
  CountBits,    // bitwise_count: Uniform loop search over the integer loops, output uint8
                // ('b->B' ... 'Q->B'); dtype= can only restate uint8
};

// Outputs per ufunc follow from the rule: the two-output rules above give 2, all others 1.
constexpr int rule_nout(TypeRule r) { return r == TypeRule::TwoOut || r == TypeRule::Frexp ? 2 : 1; }

// Loop dtype sets (bit per DType, see dtype_bit).
constexpr uint32_t dtype_bit(DType t) { return 1u << static_cast<unsigned>(t); }
constexpr uint32_t kLoopsBool = dtype_bit(DType::Bool);
constexpr uint32_t kLoopsInt =
    dtype_bit(DType::Int8) | dtype_bit(DType::Int16) | dtype_bit(DType::Int32) |
    dtype_bit(DType::Int64) | dtype_bit(DType::UInt8) | dtype_bit(DType::UInt16) |
    dtype_bit(DType::UInt32) | dtype_bit(DType::UInt64);
// float16 loops run in float32 (apply_ufunc casts through float32 buffers).
constexpr uint32_t kLoopsFloat = dtype_bit(DType::Float16) | dtype_bit(DType::Float32) | dtype_bit(DType::Float64);
constexpr uint32_t kLoopsNum = kLoopsInt | kLoopsFloat;
constexpr uint32_t kLoopsAll = kLoopsBool | kLoopsNum;
constexpr uint32_t kLoopsComplex = dtype_bit(DType::Complex64) | dtype_bit(DType::Complex128);
constexpr uint32_t kLoopsBInt = kLoopsBool | kLoopsInt;

// Reduction identities (what ufunc.reduce fills the output with before the first element).
enum class Identity : uint8_t { None, Zero, One, MinusOne, True, False, MinusInf };

// X(id, python name, nin, rule, loops, identity)
// Name is ufunc.__name__ (true_divide's is "divide"); aliases live in ufunc_from_name.
// floor/ceil/trunc have integer and bool loops: NumPy >= 2.1 keeps the input dtype for them
// (1.24 cast integers to float).
#define SL_UFUNCS(X)                                                              \
  X(Add, "add", 2, Uniform, kLoopsAll, Zero)                                      \
  X(Subtract, "subtract", 2, Uniform, kLoopsNum, None)                            \
  X(Multiply, "multiply", 2, Uniform, kLoopsAll, One)                             \
  X(TrueDivide, "divide", 2, TrueDivide, kLoopsFloat, None)                       \
  X(FloorDivide, "floor_divide", 2, Uniform, kLoopsNum, None)                     \
  X(Remainder, "remainder", 2, Uniform, kLoopsNum, None)                          \
  X(Power, "power", 2, Uniform, kLoopsNum, None)                                  \
  X(Negative, "negative", 1, Uniform, kLoopsNum, None)                            \
  X(Positive, "positive", 1, NoCastUnary, kLoopsNum, None)                        \
  X(Invert, "invert", 1, Uniform, kLoopsBInt, None)                               \
  X(Absolute, "absolute", 1, Uniform, kLoopsAll, None)                            \
  X(Equal, "equal", 2, BoolOut, kLoopsAll, None)                                  \
  X(NotEqual, "not_equal", 2, BoolOut, kLoopsAll, None)                           \
  X(Less, "less", 2, BoolOut, kLoopsAll, None)                                    \
  X(LessEqual, "less_equal", 2, BoolOut, kLoopsAll, None)                         \
  X(Greater, "greater", 2, BoolOut, kLoopsAll, None)                              \
  X(GreaterEqual, "greater_equal", 2, BoolOut, kLoopsAll, None)                   \
  X(LogicalAnd, "logical_and", 2, BoolOut, kLoopsAll, True)                       \
  X(LogicalOr, "logical_or", 2, BoolOut, kLoopsAll, False)                        \
  X(LogicalXor, "logical_xor", 2, BoolOut, kLoopsAll, False)                      \
  X(LogicalNot, "logical_not", 1, UnaryBool, kLoopsAll, None)                     \
  X(BitwiseAnd, "bitwise_and", 2, Uniform, kLoopsBInt, MinusOne)                  \
  X(BitwiseOr, "bitwise_or", 2, Uniform, kLoopsBInt, Zero)                        \
  X(BitwiseXor, "bitwise_xor", 2, Uniform, kLoopsBInt, Zero)                      \
  X(LeftShift, "left_shift", 2, Uniform, kLoopsInt, None)                         \
  X(RightShift, "right_shift", 2, Uniform, kLoopsInt, None)                       \
  X(Sqrt, "sqrt", 1, Uniform, kLoopsFloat, None)                                  \
  X(Exp, "exp", 1, Uniform, kLoopsFloat, None)                                    \
  X(Expm1, "expm1", 1, Uniform, kLoopsFloat, None)                                \
  X(Log, "log", 1, Uniform, kLoopsFloat, None)                                    \
  X(Log1p, "log1p", 1, Uniform, kLoopsFloat, None)                                \
  X(Log2, "log2", 1, Uniform, kLoopsFloat, None)                                  \
  X(Log10, "log10", 1, Uniform, kLoopsFloat, None)                                \
  X(Sin, "sin", 1, Uniform, kLoopsFloat, None)                                    \
  X(Cos, "cos", 1, Uniform, kLoopsFloat, None)                                    \
  X(Tan, "tan", 1, Uniform, kLoopsFloat, None)                                    \
  X(Arcsin, "arcsin", 1, Uniform, kLoopsFloat, None)                              \
  X(Arccos, "arccos", 1, Uniform, kLoopsFloat, None)                              \
  X(Arctan, "arctan", 1, Uniform, kLoopsFloat, None)                              \
  X(Arctan2, "arctan2", 2, Uniform, kLoopsFloat, None)                            \
  X(Hypot, "hypot", 2, Uniform, kLoopsFloat, Zero)                                \
  X(Sinh, "sinh", 1, Uniform, kLoopsFloat, None)                                  \
  X(Cosh, "cosh", 1, Uniform, kLoopsFloat, None)                                  \
  X(Tanh, "tanh", 1, Uniform, kLoopsFloat, None)                                  \
  X(Floor, "floor", 1, Uniform, kLoopsAll, None)                                  \
  X(Ceil, "ceil", 1, Uniform, kLoopsAll, None)                                    \
  X(Trunc, "trunc", 1, Uniform, kLoopsAll, None)                                  \
  X(Rint, "rint", 1, Uniform, kLoopsFloat, None)                                  \
  X(Sign, "sign", 1, NoCastUnary, kLoopsNum, None)                                \
  X(Square, "square", 1, Uniform, kLoopsNum, None)                                \
  X(Reciprocal, "reciprocal", 1, Uniform, kLoopsNum, None)                        \
  X(IsNan, "isnan", 1, UnaryBool, kLoopsAll, None)                                \
  X(IsInf, "isinf", 1, UnaryBool, kLoopsAll, None)                                \
  X(IsFinite, "isfinite", 1, UnaryBool, kLoopsAll, None)                          \
  X(Maximum, "maximum", 2, Uniform, kLoopsAll, None)                              \
  X(Minimum, "minimum", 2, Uniform, kLoopsAll, None)                              \
  X(Fmax, "fmax", 2, Uniform, kLoopsAll, None)                                    \
  X(Fmin, "fmin", 2, Uniform, kLoopsAll, None)                                    \
  X(Cbrt, "cbrt", 1, Uniform, kLoopsFloat, None)                                  \
  X(Exp2, "exp2", 1, Uniform, kLoopsFloat, None)                                  \
  X(Arcsinh, "arcsinh", 1, Uniform, kLoopsFloat, None)                            \
  X(Arccosh, "arccosh", 1, Uniform, kLoopsFloat, None)                            \
  X(Arctanh, "arctanh", 1, Uniform, kLoopsFloat, None)                            \
  X(Deg2rad, "deg2rad", 1, Uniform, kLoopsFloat, None)                            \
  X(Rad2deg, "rad2deg", 1, Uniform, kLoopsFloat, None)                            \
  X(Degrees, "degrees", 1, Uniform, kLoopsFloat, None)                            \
  X(Radians, "radians", 1, Uniform, kLoopsFloat, None)                            \
  X(Fabs, "fabs", 1, Uniform, kLoopsFloat, None)                                  \
  X(Spacing, "spacing", 1, Uniform, kLoopsFloat, None)                            \
  X(Signbit, "signbit", 1, UnaryBool, kLoopsFloat, None)                          \
  X(Conjugate, "conjugate", 1, Uniform, kLoopsNum, None)                          \
  X(Logaddexp, "logaddexp", 2, Uniform, kLoopsFloat, MinusInf)                    \
  X(Logaddexp2, "logaddexp2", 2, Uniform, kLoopsFloat, MinusInf)                  \
  X(Copysign, "copysign", 2, Uniform, kLoopsFloat, None)                          \
  X(Nextafter, "nextafter", 2, Uniform, kLoopsFloat, None)                        \
  X(Heaviside, "heaviside", 2, Uniform, kLoopsFloat, None)                        \
  X(FloatPower, "float_power", 2, Uniform, dtype_bit(DType::Float64), None)       \
  X(Fmod, "fmod", 2, Uniform, kLoopsNum, None)                                    \
  X(Gcd, "gcd", 2, UniformExact, kLoopsInt, Zero)                                 \
  X(Lcm, "lcm", 2, UniformExact, kLoopsInt, None)                                 \
  X(Ldexp, "ldexp", 2, Ldexp, kLoopsFloat, None)                                  \
  X(Frexp, "frexp", 1, Frexp, kLoopsFloat, None)                                  \
  X(Modf, "modf", 1, TwoOut, kLoopsFloat, None)                                   \
  X(Divmod, "divmod", 2, TwoOut, kLoopsNum, None)                                 \
  X(BitwiseCount, "bitwise_count", 1, CountBits, kLoopsInt, None)

enum class UFuncId : uint8_t {
#define SL_UF_ENUM(id, name, nin, rule, loops, identity) id,
  SL_UFUNCS(SL_UF_ENUM)
#undef SL_UF_ENUM
};

struct UFuncInfo {
  const char* name;
  int nin;
  int nout;
  TypeRule rule;
  uint32_t loops;
  Identity identity;
};

const UFuncInfo& ufunc_info(UFuncId id);
// The loop dtypes of a ufunc: the table's, plus complex64/complex128 for the ufuncs NumPy
// has complex loops for (listed in ufunc_loops_complex.cpp).
uint32_t ufunc_loops(UFuncId id);
inline const char* ufunc_name(UFuncId id) { return ufunc_info(id).name; }
inline int ufunc_nin(UFuncId id) { return ufunc_info(id).nin; }
inline int ufunc_nout(UFuncId id) { return ufunc_info(id).nout; }
// Other names NumPy binds to the same ufunc objects (np.abs is np.absolute).
struct UFuncAlias {
  const char* name;
  UFuncId id;
};
const std::vector<UFuncAlias>& ufunc_aliases();
// Looks a ufunc up by any name NumPy binds it to ("add", "true_divide", "divide", "mod",
// "abs", "conjugate" is not one of ours). nullopt when unknown.
std::optional<UFuncId> ufunc_from_name(const std::string& name);

// The typed inner loop of a ufunc, NumPy-style: args[0..nin-1] inputs, args[nin..] outputs,
// n elements, byte steps per operand. Called once per contiguous-in-iteration run, never
// per element. May raise (power: negative integer exponent).
using LoopFn = void (*)(char** args, int64_t n, const int64_t* steps);
// The loop for `id` whose inputs have C type of `loop_dtype` (nullptr when the table has no
// such loop). Defined in the ufunc_loops_*.cpp files, one per family.
LoopFn find_loop(UFuncId id, DType loop_dtype);
// The complex loops (ufunc_loops_complex.cpp); nullptr for other dtypes / ufuncs.
LoopFn find_loop_complex(UFuncId id, DType loop_dtype);
bool ufunc_has_complex_loops(UFuncId id);

}  // namespace sl
