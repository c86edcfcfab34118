// errors.hpp — the closed set of Python exception types stridelab can raise, and the one
// C++ exception (PyError) that carries a type + message from anywhere in core or lang up to
// the binding boundary, where it is converted once.
//
// The table is the single definition: the interpreter builds its exception class hierarchy
// from it (name, parent), and `except ValueError:` catching an AxisError follows from it.
// Core code never throws anything but PyError (through the [[noreturn]] helpers below).
#pragma once
#include <stdexcept>
#include <string>

namespace sl {

// X(enum id, Python-visible qualified name, parent id)
#define SL_ERROR_TYPES(X)                                              \
  X(BaseException, "BaseException", BaseException)                     \
  X(Exception, "Exception", BaseException)                             \
  X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)             \
  X(SystemExit, "SystemExit", BaseException)                           \
  X(GeneratorExit, "GeneratorExit", BaseException)                     \
  X(ArithmeticError, "ArithmeticError", Exception)                     \
  X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)           \
  X(OverflowError, "OverflowError", ArithmeticError)                   \
  X(FloatingPointError, "FloatingPointError", ArithmeticError)         \
  X(AssertionError, "AssertionError", Exception)                       \
  X(AttributeError, "AttributeError", Exception)                       \
  X(LookupError, "LookupError", Exception)                             \
  X(IndexError, "IndexError", LookupError)                             \
  X(KeyError, "KeyError", LookupError)                                 \
  X(NameError, "NameError", Exception)                                 \
  X(UnboundLocalError, "UnboundLocalError", NameError)                 \
  X(ImportError, "ImportError", Exception)                             \
  X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)           \
  X(MemoryError, "MemoryError", Exception)                             \
  X(OSError, "OSError", Exception)                                     \
  X(FileNotFoundError, "FileNotFoundError", OSError)                   \
  X(IsADirectoryError, "IsADirectoryError", OSError)                   \
  X(RuntimeError, "RuntimeError", Exception)                           \
  X(NotImplementedError, "NotImplementedError", RuntimeError)          \
  X(RecursionError, "RecursionError", RuntimeError)                    \
  X(StopIteration, "StopIteration", Exception)                         \
  X(SyntaxError, "SyntaxError", Exception)                             \
  X(IndentationError, "IndentationError", SyntaxError)                 \
  X(TypeError, "TypeError", Exception)                                 \
  X(UFuncTypeError, "numpy._core._exceptions.UFuncTypeError", TypeError) \
  X(UFuncNoLoopError, "numpy._core._exceptions._UFuncNoLoopError", UFuncTypeError) \
  X(UFuncCastingError, "numpy._core._exceptions._UFuncCastingError", UFuncTypeError) \
  X(UFuncInputCastingError, "numpy._core._exceptions._UFuncInputCastingError", UFuncCastingError) \
  X(UFuncOutputCastingError, "numpy._core._exceptions._UFuncOutputCastingError", UFuncCastingError) \
  X(ValueError, "ValueError", Exception)                               \
  X(UnicodeError, "UnicodeError", ValueError)                          \
  X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)            \
  X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)            \
  X(AxisError, "numpy.exceptions.AxisError", ValueError)               \
  X(LinAlgError, "numpy.linalg.LinAlgError", ValueError)               \
  X(Warning, "Warning", Exception)                                     \
  X(UserWarning, "UserWarning", Warning)                               \
  X(DeprecationWarning, "DeprecationWarning", Warning)                 \
  X(RuntimeWarning, "RuntimeWarning", Warning)                         \
  X(FutureWarning, "FutureWarning", Warning)

enum class ErrorType {
#define SL_ERR_ENUM(id, name, parent) id,
  SL_ERROR_TYPES(SL_ERR_ENUM)
#undef SL_ERR_ENUM
  Count_
};

// Python-visible name as it appears on a traceback's last line ("numpy.exceptions.AxisError").
const char* error_type_name(ErrorType t);
// Short class name ("AxisError"): the class's __name__. NumPy's private ufunc error classes
// (_UFuncOutputCastingError, ...) display as their public base, UFuncTypeError, as NumPy's
// _display_as_base does; tracebacks still name the private class (error_type_name).
const char* error_class_name(ErrorType t);
ErrorType error_parent(ErrorType t);
// True when `t` is `ancestor` or derives from it.
bool error_is_subclass(ErrorType t, ErrorType ancestor);

struct PyError : std::runtime_error {
  ErrorType type;
  std::string message;
  PyError(ErrorType t, std::string msg)
      : std::runtime_error(msg), type(t), message(std::move(msg)) {}
};

[[noreturn]] void raise(ErrorType t, const std::string& message);
[[noreturn]] inline void raise_type_error(const std::string& m) { raise(ErrorType::TypeError, m); }
[[noreturn]] inline void raise_value_error(const std::string& m) { raise(ErrorType::ValueError, m); }
[[noreturn]] inline void raise_index_error(const std::string& m) { raise(ErrorType::IndexError, m); }
[[noreturn]] inline void raise_axis_error(const std::string& m) { raise(ErrorType::AxisError, m); }
[[noreturn]] inline void raise_memory_error(const std::string& m) { raise(ErrorType::MemoryError, m); }
[[noreturn]] inline void raise_overflow_error(const std::string& m) { raise(ErrorType::OverflowError, m); }
[[noreturn]] inline void raise_not_implemented(const std::string& m) {
  raise(ErrorType::NotImplementedError, m);
}

}  // namespace sl
