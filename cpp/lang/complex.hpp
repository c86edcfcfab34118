// complex.hpp — Python's complex type: `1j` literals, complex(), arithmetic with int/float
// operands (CPython's algorithms: _Py_c_quot for division, c_powi/_Py_c_pow for **, hypot
// for abs), repr/str ('(1+2j)', '1j', '(nan+infj)'), CPython's hash, ==/!= (ordering is a
// TypeError), .real/.imag/.conjugate().
// Not here: cmath, complex format specs beyond the empty one.
#pragma once
#include <string>

#include "lang/object.hpp"

namespace sl {

extern TypeObject* complex_type;

struct ComplexObject : Object {
  double re, im;
  ComplexObject(double r, double i) : Object(complex_type), re(r), im(i) {}
};

ObjPtr make_complex(double re, double im);
inline bool is_complex(const ObjPtr& o) { return o->type() == complex_type; }

// A complex value as CPython computes it.
struct PyComplex {
  double re = 0, im = 0;
};
PyComplex c_prod(PyComplex a, PyComplex b);
// CPython's _Py_c_quot; raises ZeroDivisionError "complex division by zero" for b == 0.
PyComplex c_quot(PyComplex a, PyComplex b);
// complex ** complex as CPython's complex_pow (integral exponents up to 100 by repeated
// squaring); ZeroDivisionError / OverflowError with CPython's messages.
PyComplex c_pow(PyComplex a, PyComplex b);
// repr(complex): '(1+2j)', '2j', '(-0-1j)', '(nan+infj)'
std::string complex_repr(double re, double im);
// int/float/complex (and objects with __complex__ / __float__ / __index__) as a complex;
// false when `o` is none of these.
bool to_complex(const ObjPtr& o, PyComplex* out);
// format(complex, spec) for a non-empty spec (CPython's complex __format__; str_format.cpp)
std::string format_complex(double re, double im, const std::string& spec);

void init_complex_type();  // called by init_builtin_type_slots

}  // namespace sl
