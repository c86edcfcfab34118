// math_parts.hpp — the files of the `math` module: math_module.cpp registers it and calls
// the part functions below, each adding one family of functions to the module.
#pragma once
#include "lang/module.hpp"

namespace sl {

void add_math_integer_functions(ModuleObject& m);  // math_integer.cpp: factorial comb perm isqrt gcd lcm
void add_math_sum_functions(ModuleObject& m);      // math_sum.cpp: fsum hypot dist prod
void add_math_gamma_functions(ModuleObject& m);    // math_gamma.cpp: gamma lgamma (CPython's Lanczos)

}  // namespace sl
