// builtin_exceptions.hpp — the built-in exception classes that are not in core's error table
// (core/errors.hpp): OSError's subclasses by errno (PermissionError, FileExistsError, ...),
// TimeoutError, EOFError and the warning categories the table lacks. Core never raises
// them; the language and modules raise them as exception objects (throw_exception). They
// are real builtins (a program can name, raise and catch them) and `except OSError:` catches
// the OSError ones through the class hierarchy.
#pragma once
#include <string>

namespace sl {

class TypeObject;

// The class named `name`, or null when it is not one of these extra builtins.
TypeObject* extra_builtin_exception(const std::string& name);
// Calls f(name, class) for each, parents first (Interpreter::init_builtins adds them).
void for_each_extra_builtin_exception(void (*f)(void* ctx, TypeObject* cls), void* ctx);

}  // namespace sl
