// module_list.cpp — the one place every importable native module of the project is
// registered (register_all_modules, declared in lang/module.hpp). Static-initialiser
// registration would silently drop modules when the libraries are linked statically, so
// registrations are explicit calls. Session's constructor calls register_all_modules()
// before it creates its Interpreter; the interpreter itself never names a module.
//
// To add a module: put it in a subfolder named after its top-level package, give it a
// `register_<name>_modules()` function, declare and call it here.
#include "lang/module.hpp"
#include "modules/numpy/numpy_module.hpp"

namespace sl {

void register_math_module();     // stdlib/math_module.cpp
void register_time_module();     // stdlib/time_module.cpp
void register_sys_module();      // stdlib/sys_module.cpp
void register_itertools_module();    // stdlib/itertools_module.cpp
void register_functools_module();    // stdlib/functools_module.cpp
void register_operator_module();     // stdlib/operator_module.cpp
void register_collections_module();  // stdlib/collections_module.cpp (+ collections_deque/_dicts)
void register_copy_module();         // stdlib/copy_module.cpp
void register_random_module();       // stdlib/random_module.cpp (+ random_methods.cpp)
void register_json_module();         // stdlib/json_module.cpp (+ json_encode/json_decode)
void register_statistics_module();   // stdlib/statistics_module.cpp
void register_re_module();           // stdlib/re_module.cpp (+ re_parse/_compile/_exec/_sub)
void register_textwrap_module();     // stdlib/textwrap_module.cpp
void register_string_module();       // stdlib/string_module.cpp
void register_warnings_module();     // stdlib/warnings_module.cpp
void register_dataclasses_module();  // stdlib/dataclasses_module.cpp
void register_typing_module();       // stdlib/typing_module.cpp (+ __future__)
void register_cmath_module();        // stdlib/cmath_module.cpp
void register_io_module();           // stdlib/io_module.cpp
void register_types_module();        // stdlib/types_module.cpp
void register_scipy_kde();       // scipy/scipy_kde.cpp (a numpy part: before register_numpy_modules)
void register_pyplot_modules();  // matplotlib/pyplot_module.cpp
void register_mutable_str_module();  // mutable_str/mutable_str_module.cpp

void register_all_modules() {
  static bool done = false;
  if (done) return;
  done = true;
  register_math_module();
  register_time_module();
  register_sys_module();
  register_itertools_module();
  register_functools_module();
  register_operator_module();
  register_collections_module();
  register_copy_module();
  register_random_module();
  register_json_module();
  register_statistics_module();
  register_re_module();
  register_textwrap_module();
  register_string_module();
  register_warnings_module();
  register_dataclasses_module();
  register_typing_module();
  register_cmath_module();
  register_io_module();
  register_types_module();
  register_scipy_kde();
  register_numpy_modules();
  register_pyplot_modules();
  register_mutable_str_module();
}

}  // namespace sl
