// js_convert.hpp — converts the interpreter's result structs (RunResult, ErrorReport,
// GlobalInfo) into plain JS objects, and any C++ exception that escapes the interpreter into
// the same error-object shape, so JS sees one error format whatever failed.
//
// Deliberately does not know about arrays (array_info.hpp) or embind classes
// (engine_bindings.cpp).
#pragma once
#include <emscripten/val.h>

#include <exception>
#include <string>
#include <vector>

#include "modules/session.hpp"

namespace sl::js {

// {stdout, value?, error?} — `value` only when the cell ended with a non-None expression.
emscripten::val run_result_to_js(const RunResult& r);
// {type, message, line, traceback}
emscripten::val error_to_js(const ErrorReport& e);
// [{name, type, summary}, ...]
emscripten::val globals_to_js(const std::vector<GlobalInfo>& globals);

// An ErrorReport for an exception caught at the boundary (PyError keeps its Python type and
// message; bad_alloc becomes MemoryError; anything else is reported as SystemError-like
// RuntimeError so the page shows it instead of the module dying).
ErrorReport report_from_exception(std::exception_ptr ep);

}  // namespace sl::js
