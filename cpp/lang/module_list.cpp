// module_list.cpp — the one place every importable native module of the project is
// registered (register_all_modules). Static-initialiser registration would silently drop
// modules when the library is linked statically, so registrations are explicit calls.
//
// The numpy family (lead's files) is picked up through lang/numpy_module.hpp (or
// lang/mod_numpy.hpp), which declares `void register_numpy_modules();` — when that header
// exists it is included and called.
#include "lang/module.hpp"

#if __has_include("lang/numpy_module.hpp")
#include "lang/numpy_module.hpp"
#define SL_HAVE_NUMPY_MODULES 1
#elif __has_include("lang/mod_numpy.hpp")
#include "lang/mod_numpy.hpp"
#define SL_HAVE_NUMPY_MODULES 1
#endif

namespace sl {

void register_math_module();  // mod_math.cpp
void register_time_module();  // mod_math.cpp
void register_sys_module();   // mod_sys.cpp
void register_scipy_kde();     // scipy_kde.cpp (a numpy part: before register_numpy_modules)
void register_pyplot_modules();  // pyplot_module.cpp

void register_all_modules() {
  static bool done = false;
  if (done) return;
  done = true;
  register_math_module();
  register_time_module();
  register_sys_module();
#ifdef SL_HAVE_NUMPY_MODULES
  register_scipy_kde();
  register_numpy_modules();
#endif
  register_pyplot_modules();
}

}  // namespace sl
