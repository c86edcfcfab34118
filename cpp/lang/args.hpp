// args.hpp — binds a native function's (positional, keyword) arguments to its parameters
// with CPython's rules and messages. A Signature is built once (keep it `static const`)
// from a compact parameter list:
//
//   static const Signature sig("zeros", {"shape", "dtype=", "order=", "*", "like="});
//   BoundArgs a = sig.bind(args, kwargs);
//   Shape s = ...(a[0]);                       // required: always non-null
//   DType t = a.given(1) ? ...(a[1]) : DType::Float64;   // optional: null when omitted
//
// Parameter syntax: "name" (required), "name=" (optional: a[i] is null when omitted),
// "/" (everything before is positional-only), "*" (everything after is keyword-only),
// "*args" (collects extra positionals into a.varargs), "**kwargs" (collects unknown
// keywords into a.varkw). Default values are applied by the caller (a[i] null = omitted).
//
// Messages (CPython style, consistent for every native function):
//   zeros() missing required argument 'shape' (pos 1)
//   zeros() missing required keyword-only argument 'x'
//   zeros() got an unexpected keyword argument 'x'
//   zeros() got multiple values for argument 'shape'
//   zeros() takes from 1 to 3 positional arguments but 4 were given
//   zeros() takes 1 positional argument but 2 were given
//   zeros() takes no arguments (1 given)   / zeros() takes no keyword arguments
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "lang/object.hpp"

namespace sl {

struct BoundArgs {
  std::vector<ObjPtr> values;   // one per named parameter, in declaration order
  std::vector<ObjPtr> varargs;  // extra positionals (spec has *args)
  std::vector<KwArg> varkw;     // unknown keywords (spec has **kwargs)

  const ObjPtr& operator[](size_t i) const { return values[i]; }
  // true when the argument was passed (even if it is None)
  bool has(size_t i) const { return static_cast<bool>(values[i]); }
  // true when passed and not None (None commonly means "default")
  bool given(size_t i) const { return values[i] && !is_none(values[i]); }
  // the argument, or `fallback` when omitted
  ObjPtr get(size_t i, const ObjPtr& fallback) const { return values[i] ? values[i] : fallback; }
};

class Signature {
 public:
  Signature(std::string func_name, std::initializer_list<const char*> params);
  // The same, for parameter lists assembled at run time (one table driving several
  // spellings, e.g. np.sum(a, ...) and a.sum(...)).
  Signature(std::string func_name, const std::vector<const char*>& params);
  BoundArgs bind(PosArgs args, KwArgs kwargs) const;
  const std::string& name() const { return name_; }
  // index of a named parameter, -1 when absent
  int index_of(const std::string& param) const;

 private:
  struct Param {
    std::string name;
    bool required;
    bool kw_only;
    bool pos_only;
  };
  std::string name_;
  std::vector<Param> params_;
  size_t max_positional_ = 0;  // named params that may be passed positionally
  bool varargs_ = false, varkw_ = false;
};

// Quick checks for simple functions without a Signature.
void check_no_kwargs(const char* fname, KwArgs kwargs);           // "f() takes no keyword arguments"
void check_nargs(const char* fname, PosArgs args, size_t min, size_t max);  // CPython builtin style

}  // namespace sl
