// GoogleTest for np.dot / np.matmul (linalg_products) and np.linalg inv / det / solve / norm.
//
// Same scheme as shape_ops_test.cpp: every CHECK_NP(expr, "expected") pairs a C++ call with
// the answer CPython + NumPy 1.24 (/usr/bin/python3) gave for the same call through
// wrappers of identical signature (build/h-shape/regen_expectations.py). Values are
// printed with 17 significant digits (9 for float32), so equal strings mean bit-identical
// results; BITS(a) is an FNV-1a hash of a result's bytes for results too large to list.
// RND(shape, seed) fills a float64 array from a 64-bit LCG (same generator on both sides).
// This NumPy links the reference (netlib) BLAS/LAPACK, whose operation order our loops
// follow; see linalg.hpp and linalg_products.hpp.
// "solve" follows NumPy 2's rule for b (only a 1-d b is a vector), which the wrapper
// emulates with NumPy's own gufunc.
// numpy.linalg.LinAlgError is expected as "ValueError" until the lead adds LinAlgError to
// core/errors.hpp (the regeneration script maps it; the messages are NumPy's).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <functional>

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/linalg.hpp"
#include "core/linalg_products.hpp"
#include "core/views.hpp"

using namespace sl;

namespace {

using IV = std::vector<int64_t>;
using AV = std::vector<ArrayPtr>;

// ---- building inputs -----------------------------------------------------------------

struct Lit {
  bool is_list = false;
  std::vector<Lit> items;
  double f = 0;
  int64_t i = 0;
  bool is_int = false;
};

Lit parse_lit(const char*& p) {
  while (*p == ' ') ++p;
  Lit l;
  if (*p == '[') {
    l.is_list = true;
    ++p;
    while (*p == ' ') ++p;
    while (*p != ']') {
      l.items.push_back(parse_lit(p));
      while (*p == ' ' || *p == ',') ++p;
    }
    ++p;
    return l;
  }
  std::string tok;
  while (*p && *p != ',' && *p != ']' && *p != ' ') tok += *p++;
  if (tok == "True" || tok == "False") {
    l.is_int = true;
    l.i = tok == "True";
  } else if (tok == "nan") {
    l.f = NAN;
  } else if (tok == "inf" || tok == "-inf") {
    l.f = tok[0] == '-' ? -INFINITY : INFINITY;
  } else if (tok.find_first_of(".e") == std::string::npos) {
    l.is_int = true;
    l.i = std::stoll(tok);
  } else {
    l.f = std::stod(tok);
  }
  return l;
}

void lit_shape(const Lit& l, Shape& s, size_t depth) {
  if (!l.is_list) return;
  if (s.size() <= depth) s.push_back(static_cast<int64_t>(l.items.size()));
  if (!l.items.empty()) lit_shape(l.items[0], s, depth + 1);
}

void lit_leaves(const Lit& l, std::vector<Lit>& out) {
  if (!l.is_list) { out.push_back(l); return; }
  for (const Lit& c : l.items) lit_leaves(c, out);
}

// np.array(<python literal>, dtype)
ArrayPtr A(const std::string& text, const std::string& dtype) {
  const char* p = text.c_str();
  Lit root = parse_lit(p);
  Shape shape;
  lit_shape(root, shape, 0);
  std::vector<Lit> leaves;
  lit_leaves(root, leaves);
  ArrayPtr a = new_array(shape, parse_dtype(dtype));
  uint8_t* d = a->data();
  for (const Lit& l : leaves) {
    Scalar s = l.is_int ? Scalar::from_int(l.i) : Scalar::from_double(l.f);
    s.cast(a->dtype).store(d);
    d += a->itemsize();
  }
  return a;
}
ArrayPtr S(double v, const std::string& dtype) {  // np.array(v, dtype) (0-d)
  return astype(array_from_scalar(Scalar::from_double(v)), parse_dtype(dtype));
}
ArrayPtr I(int64_t n, const std::string& dtype) {  // np.arange(n).astype(dtype)
  return astype(arange(ArangeArg{0, 0, false}, ArangeArg{double(n), n, false}, std::nullopt, std::nullopt),
                parse_dtype(dtype));
}
ArrayPtr R(const ArrayPtr& a, const Shape& s) { return reshape(a, s); }
ArrayPtr T(const ArrayPtr& a) { return transpose(a); }
ArrayPtr F(const ArrayPtr& a) { return copy_array(a, 'F'); }
ArrayPtr RO(const ArrayPtr& a) {  // a read-only view
  ArrayPtr v = make_view(a, a->offset, a->shape, a->strides, a->dtype);
  v->writeable = false;
  return v;
}

// a[<index text>] for basic indices: integers, slices, None, ...
ArrayPtr SL(const ArrayPtr& a, const std::string& text) {
  std::vector<BasicIndex> idx;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(start, end - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (item == "None") {
      idx.push_back(BasicIndex::make_newaxis());
    } else if (item == "...") {
      idx.push_back(BasicIndex::make_ellipsis());
    } else if (item.find(':') == std::string::npos) {
      idx.push_back(BasicIndex::make_int(std::stoll(item)));
    } else {
      std::optional<int64_t> parts[3];
      size_t s = 0;
      for (int k = 0; k < 3 && s <= item.size(); ++k) {
        size_t e = item.find(':', s);
        if (e == std::string::npos) e = item.size();
        std::string t = item.substr(s, e - s);
        if (!t.empty()) parts[k] = std::stoll(t);
        s = e + 1;
      }
      idx.push_back(BasicIndex::make_slice({parts[0], parts[1], parts[2]}));
    }
    start = end + 1;
  }
  return basic_index(a, idx);
}

// float64 array of the given shape from a 64-bit LCG, values in [-0.5, 0.5).
ArrayPtr RND(const Shape& shape, uint64_t seed) {
  ArrayPtr a = new_array(shape, DType::Float64);
  double* d = reinterpret_cast<double*>(a->data());
  uint64_t x = seed;
  for (int64_t i = 0; i < a->size(); ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    d[i] = static_cast<double>(x >> 11) * 0x1p-53 - 0.5;
  }
  return a;
}
// FNV-1a 64 of the result's bytes in C order, as a 0-d uint64 array.
ArrayPtr BITS(const ArrayPtr& a) {
  uint64_t h = 1469598103934665603ULL;
  const uint8_t* base = a->buffer->data();
  for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
    for (int k = 0; k < a->itemsize(); ++k) {
      h ^= base[p + k];
      h *= 1099511628211ULL;
    }
  });
  return array_from_scalar(Scalar::from_uint(h));
}

// ---- describing results --------------------------------------------------------------

std::string value_text(const NDArray& a, int64_t off) {
  Scalar s = Scalar::load(a.buffer->data() + off, a.dtype);
  char buf[64];
  switch (dtype_kind(a.dtype)) {
    case 'b': return s.v.b ? "True" : "False";
    case 'i': return std::to_string(s.v.i);
    case 'u': return std::to_string(s.v.u);
    default:
      if (std::isnan(s.v.f)) return "nan";
      std::snprintf(buf, sizeof buf, a.dtype == DType::Float32 ? "%.9g" : "%.17g", s.v.f);
      return buf;
  }
}

std::string describe(const ArrayPtr& a) {
  std::string out = std::string(dtype_name(a->dtype)) + " " + shape_str_compact(a->shape);
  if (a->size() > 0) {
    out += " s(";
    for (int k = 0; k < a->ndim(); ++k) out += (k ? "," : "") + std::to_string(a->strides[k]);
    out += ")";
  } else {
    out += " s(-)";
  }
  if (a->ndim() > 0 && a->base) out += " v";
  if (!a->writeable) out += " ro";
  out += " =";
  int64_t n = 0;
  for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
    if (n < 40) out += " " + value_text(*a, p);
    else if (n == 40) out += " ...";
    ++n;
  });
  return out;
}
std::string describe(bool b) { return b ? "bool:True" : "bool:False"; }
std::string describe(const std::vector<ArrayPtr>& v) {
  std::string out = "[" + std::to_string(v.size()) + "]";
  for (const ArrayPtr& a : v) out += " | " + describe(a);
  return out;
}

template <class F>
std::string run(F&& f) {
  try {
    return describe(f());
  } catch (const PyError& e) {
    return std::string(error_class_name(e.type)) + ": " + e.message;
  }
}

#define CHECK_NP(expr, expected) EXPECT_EQ(run([&] { return (expr); }), expected) << #expr

NormOrder N(double p) { return NormOrder::number(p); }
NormOrder NS(const char* s) { return NormOrder::string(s); }

}  // namespace

// ---- dot ------------------------------------------------------------------------------------

TEST(Products, Dot) {
  CHECK_NP(dot(I(3, "int64"), I(3, "int64")), "int64 () s() = 5");
  CHECK_NP(dot(R(I(6, "int64"), {2, 3}), I(3, "int64")), "int64 (2,) s(8) = 5 14");
  CHECK_NP(dot(I(2, "int64"), R(I(6, "int64"), {2, 3})), "int64 (3,) s(8) = 3 4 5");
  CHECK_NP(dot(R(I(6, "int64"), {2, 3}), R(I(6, "int64"), {2, 3})), "ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)");
  CHECK_NP(dot(R(I(6, "int64"), {2, 3}), T(R(I(6, "int64"), {2, 3}))), "int64 (2,2) s(16,8) = 5 14 14 50");
  CHECK_NP(dot(S(3, "int64"), R(I(6, "int64"), {2, 3})), "int64 (2,3) s(24,8) = 0 3 6 9 12 15");
  CHECK_NP(dot(T(R(I(6, "int64"), {2, 3})), S(2.5, "float64")), "float64 (3,2) s(16,8) = 0 7.5 2.5 10 5 12.5");
  CHECK_NP(dot(R(I(24, "float64"), {2, 3, 4}), R(I(40, "float64"), {5, 4, 2})), "float64 (2,3,5,2) s(240,80,16,8) = 28 34 76 82 124 130 172 178 220 226 76 98 252 274 428 450 604 626 780 802 124 162 428 466 732 770 1036 1074 1340 1378 172 226 604 658 1036 1090 1468 1522 1900 1954 ...");
  CHECK_NP(dot(R(I(24, "float64"), {2, 3, 4}), I(4, "float64")), "float64 (2,3) s(24,8) = 14 38 62 86 110 134");
  CHECK_NP(dot(R(I(24, "float64"), {2, 3, 4}), I(3, "float64")), "ValueError: shapes (2,3,4) and (3,) not aligned: 4 (dim 2) != 3 (dim 0)");
  CHECK_NP(dot(I(4, "float64"), R(I(24, "float64"), {2, 3, 4})), "ValueError: shapes (4,) and (2,3,4) not aligned: 4 (dim 0) != 3 (dim 1)");
  CHECK_NP(dot(I(3, "float64"), I(4, "float64")), "ValueError: shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)");
  CHECK_NP(dot(A("[True,True]", "bool"), A("[True,False]", "bool")), "bool () s() = True");
  CHECK_NP(dot(A("[False,True]", "bool"), A("[True,False]", "bool")), "bool () s() = False");
  CHECK_NP(dot(A("[100]", "int8"), A("[3]", "int8")), "int8 () s() = 44");
  CHECK_NP(dot(A("[40000,3]", "uint16"), A("[3,7]", "uint16")), "uint16 () s() = 54485");
  CHECK_NP(dot(A("[1,2]", "uint64"), A("[-1,2]", "int64")), "float64 () s() = 3");
  CHECK_NP(dot(A("[0.1,0.2,0.3]", "float32"), A("[0.7,0.11,0.13]", "float32")), "float32 () s() = 0.130999997");
  CHECK_NP(dot(A("[0.1,0.2]", "float32"), A("[3,7]", "int16")), "float32 () s() = 1.70000005");
  CHECK_NP(dot(R(I(0, "float64"), {0, 3}), R(I(6, "float64"), {3, 2})), "float64 (0,2) s(-) =");
  CHECK_NP(dot(R(I(0, "float64"), {2, 0}), R(I(0, "float64"), {0, 2})), "float64 (2,2) s(16,8) = 0 0 0 0");
  CHECK_NP(dot(A("[0.0,1.0]", "float64"), A("[inf,1.0]", "float64")), "float64 () s() = nan");
  CHECK_NP(dot(A("[[inf,1.0],[1,1]]", "float64"), A("[[0.0,1],[1,1]]", "float64")), "float64 (2,2) s(16,8) = nan inf 1 2");
  CHECK_NP(dot(SL(R(I(12, "float64"), {3, 4}), "::2, ::-1"), SL(R(I(12, "float64"), {4, 3}), ":, 1:")), "float64 (2,2) s(16,8) = 18 24 194 232");
  CHECK_NP(dot(F(R(I(6, "float64"), {2, 3})), F(R(I(6, "float64"), {3, 2}))), "float64 (2,2) s(16,8) = 10 13 28 40");
  CHECK_NP(dot(RND({7, 9}, 1), RND({9, 5}, 2)), "float64 (7,5) s(40,8) = -0.25228498217342887 -0.35548539558283199 -0.07471321749117335 -0.022025280130528013 -0.030173179565487346 -0.045769031778310744 -0.21856854425787473 0.036489262032331812 -0.065729265497038211 0.45260613213775391 0.11002009199516424 0.23686798825195274 -0.1396614085126692 -0.14722602936610918 0.065180254402025017 0.071695490822301006 -0.16974890389308828 0.020979204153163677 -0.093578189390564184 0.24682198471531053 -0.12102921024712439 0.0056922124800214691 0.33484308706165694 0.50580613348913328 -0.38134587980665091 0.38782702636830713 0.51076090653473583 -0.076005854886749186 0.3506200843309249 -0.29242600789079387 -0.011270732407976498 0.016113231636101212 -0.29520114900609107 -0.7790038093546201 0.43878055535444332");
  CHECK_NP(dot(RND({1000}, 3), RND({1000}, 4)), "float64 () s() = -5.4875215041099752");
  CHECK_NP(BITS(dot(RND({40, 60}, 5), RND({60, 30}, 6))), "uint64 () s() = 13988684235120259428");
  CHECK_NP(BITS(dot(RND({4, 30, 20}, 7), RND({3, 20, 5}, 8))), "uint64 () s() = 12313727329904835355");
}

// ---- matmul -----------------------------------------------------------------------------------

TEST(Products, Matmul) {
  CHECK_NP(matmul(I(3, "int64"), I(3, "int64")), "int64 () s() = 5");
  CHECK_NP(matmul(R(I(6, "int64"), {2, 3}), I(3, "int64")), "int64 (2,) s(8) = 5 14");
  CHECK_NP(matmul(R(I(6, "int64"), {2, 3}), R(I(6, "int64"), {2, 3})), "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)");
  CHECK_NP(matmul(I(2, "int64"), R(I(6, "int64"), {2, 3})), "int64 (3,) s(8) = 3 4 5");
  CHECK_NP(matmul(I(3, "int64"), R(I(6, "int64"), {2, 3})), "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)");
  CHECK_NP(matmul(S(3, "int64"), R(I(6, "int64"), {2, 3})), "ValueError: matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
  CHECK_NP(matmul(R(I(6, "int64"), {2, 3}), S(3, "int64")), "ValueError: matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
  CHECK_NP(matmul(R(I(12, "float64"), {2, 2, 3}), R(I(18, "float64"), {3, 3, 2})), "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (2,2,3)->(2,newaxis,newaxis) (3,3,2)->(3,newaxis,newaxis)  and requested shape (2,2)");
  CHECK_NP(matmul(R(I(24, "float64"), {4, 2, 3}), R(I(105, "float64"), {5, 3, 7})), "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (4,2,3)->(4,newaxis,newaxis) (5,3,7)->(5,newaxis,newaxis)  and requested shape (2,7)");
  CHECK_NP(matmul(R(I(24, "float64"), {4, 1, 2, 3}), R(I(210, "float64"), {2, 5, 3, 7})), "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (4,1,2,3)->(4,1,newaxis,newaxis) (2,5,3,7)->(2,5,newaxis,newaxis)  and requested shape (2,7)");
  CHECK_NP(matmul(R(I(144, "float64"), {6, 4, 2, 3}), R(I(105, "float64"), {5, 3, 7})), "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (6,4,2,3)->(6,4,newaxis,newaxis) (5,3,7)->(5,newaxis,newaxis)  and requested shape (2,7)");
  CHECK_NP(matmul(R(I(0, "float64"), {0, 2, 3}), R(I(15, "float64"), {5, 3, 1})), "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (0,2,3)->(0,newaxis,newaxis) (5,3,1)->(5,newaxis,newaxis)  and requested shape (2,1)");
  CHECK_NP(matmul(R(I(12, "float64"), {2, 2, 3}), I(3, "float64")), "float64 (2,2) s(16,8) = 5 14 23 32");
  CHECK_NP(matmul(R(I(24, "float64"), {4, 2, 3}), R(I(15, "float64"), {5, 3})), "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 5 is different from 3)");
  CHECK_NP(matmul(I(3, "float64"), R(I(42, "float64"), {2, 3, 7})), "float64 (2,7) s(56,8) = 35 38 41 44 47 50 53 98 101 104 107 110 113 116");
  CHECK_NP(matmul(I(2, "float64"), R(I(36, "float64"), {4, 3, 3})), "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)");
  CHECK_NP(matmul(R(I(36, "float64"), {4, 3, 3}), I(2, "float64")), "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)");
  CHECK_NP(matmul(R(I(12, "int32"), {1, 3, 4}), R(I(24, "int32"), {2, 4, 3})), "int32 (2,3,3) s(36,12,4) = 42 48 54 114 136 158 186 224 262 114 120 126 378 400 422 642 680 718");
  CHECK_NP(matmul(R(I(6, "int16"), {3, 1, 2}), R(I(8, "int16"), {4, 2, 1})), "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (3,1,2)->(3,newaxis,newaxis) (4,2,1)->(4,newaxis,newaxis)  and requested shape (1,1)");
  CHECK_NP(matmul(A("[True]", "bool"), A("[True]", "bool")), "bool () s() = True");
  CHECK_NP(matmul(A("[[True,False],[False,False]]", "bool"), A("[[False,True],[True,True]]", "bool")), "bool (2,2) s(2,1) = False True False False");
  CHECK_NP(matmul(R(I(6, "float32"), {2, 3}), R(I(6, "int8"), {3, 2})), "float32 (2,2) s(8,4) = 10 13 28 40");
  CHECK_NP(matmul(R(I(6, "uint64"), {2, 3}), R(I(6, "int8"), {3, 2})), "float64 (2,2) s(16,8) = 10 13 28 40");
  CHECK_NP(matmul(A("[[100,100]]", "int8"), A("[[2],[1]]", "int8")), "int8 (1,1) s(1,1) = 44");
  CHECK_NP(matmul(R(I(0, "float64"), {0, 3}), R(I(0, "float64"), {3, 0})), "float64 (0,0) s(-) =");
  CHECK_NP(matmul(R(I(0, "float64"), {2, 0}), R(I(0, "float64"), {0, 2})), "float64 (2,2) s(16,8) = 0 0 0 0");
  CHECK_NP(matmul(T(R(I(6, "float64"), {3, 2})), R(I(6, "float64"), {3, 2})), "float64 (2,2) s(16,8) = 20 26 26 35");
  CHECK_NP(matmul(SL(R(I(24, "float32"), {2, 3, 4}), ":, ::2, ::-1"), T(SL(R(I(24, "float32"), {2, 3, 4}), "1"))), "float32 (2,2,3) s(24,12,4) = 76 100 124 508 660 812 724 940 1156 1156 1500 1844");
  CHECK_NP(matmul(A("[[0.0,1.0]]", "float64"), A("[[inf,1],[1.0,1]]", "float64")), "float64 (1,2) s(16,8) = nan 1");
  CHECK_NP(matmul(RND({7, 9}, 11), RND({9, 5}, 12)), "float64 (7,5) s(40,8) = -0.36586277071996071 0.070769139634021011 -0.12542017728810373 -0.13965393374266499 -0.43824764767819102 -0.072154765295202095 0.32760841822606074 0.071455401800759946 0.11691080140989352 -0.2440514990368369 -0.3116935429475714 -0.37444002616811767 0.27553165847020128 0.1235435941571334 -0.1412684939942104 0.12736803525718801 -0.20815319570209495 0.64333669918765657 0.36412297487148709 -0.010201980853923017 -0.39473978092945639 0.29753335770494188 -0.20897072390544227 -0.092719931480975848 -0.56674020630651445 -0.4178523044815976 0.35978202978865892 -0.5719350949796409 -0.53689416907022769 0.22077820791988861 0.68795144571026356 0.50791127988573281 -0.16172775461763281 -0.12220969662461859 0.52276098413353189");
  CHECK_NP(matmul(RND({9}, 13), RND({9, 4}, 14)), "float64 (4,) s(8) = -0.064545180627112869 0.20269026861108425 -0.13221100170613784 -0.045838493637394923");
  CHECK_NP(matmul(RND({4, 9}, 15), RND({9}, 16)), "float64 (4,) s(8) = 0.12943479889414827 -0.13831701107341587 -0.14686844703303542 0.2925485391628635");
  CHECK_NP(BITS(matmul(RND({3, 1, 20, 30}, 17), RND({2, 30, 10}, 18))), "uint64 () s() = 8966465714643127372");
  CHECK_NP(BITS(matmul(astype(RND({20, 30}, 19), DType::Float32), astype(RND({30, 25}, 20), DType::Float32))), "uint64 () s() = 9873813725594892597");
  CHECK_NP(BITS(matmul(RND({30, 20}, 21), T(RND({30, 20}, 21)))), "uint64 () s() = 11752390339713866427");
}

// ---- inv / det / solve -----------------------------------------------------------------------

TEST(Linalg, Det) {
  CHECK_NP(det(A("[[1,2],[3,4]]", "int64")), "float64 () s() = -2.0000000000000004");
  CHECK_NP(det(A("[[1,2],[3,4]]", "float32")), "float32 () s() = -2");
  CHECK_NP(det(A("[[1,2],[2,4]]", "int64")), "float64 () s() = 0");
  CHECK_NP(det(A("[[2,4,6],[2,0,2],[6,8,14]]", "float64")), "float64 () s() = 1.4210854715201997e-14");
  CHECK_NP(det(A("[[1,2,3],[4,5,6],[7,8,9]]", "float64")), "float64 () s() = 6.6613381477509402e-16");
  CHECK_NP(det(A("[[0,1],[1,0]]", "float64")), "float64 () s() = -1");
  CHECK_NP(det(A("[[-2]]", "float64")), "float64 () s() = -2");
  CHECK_NP(det(R(I(0, "float64"), {0, 0})), "float64 () s() = 1");
  CHECK_NP(det(R(I(0, "float64"), {2, 0, 0})), "float64 (2,) s(8) = 1 1");
  CHECK_NP(det(R(I(0, "float64"), {0, 3, 3})), "float64 (0,) s(-) =");
  CHECK_NP(det(I(3, "float64")), "LinAlgError: 1-dimensional array given. Array must be at least two-dimensional");
  CHECK_NP(det(R(I(6, "float64"), {2, 3})), "LinAlgError: Last 2 dimensions of the array must be square");
  CHECK_NP(det(R(I(8, "float64"), {2, 2, 2})), "float64 (2,) s(8) = -2 -2.0000000000000031");
  CHECK_NP(det(A("[[True,False],[False,True]]", "bool")), "float64 () s() = 1");
  CHECK_NP(det(A("[[nan,1],[1,1]]", "float64")), "float64 () s() = nan");
  CHECK_NP(det(A("[[inf,1.0],[0.0,1.0]]", "float64")), "float64 () s() = inf");
  CHECK_NP(det(T(A("[[1,2,0],[3,4,5],[0,1,1]]", "uint8"))), "float64 () s() = -6.9999999999999982");
  CHECK_NP(det(RND({5, 5}, 31)), "float64 () s() = 0.02503596475983386");
  CHECK_NP(det(RND({3, 4, 4}, 32)), "float64 (3,) s(8) = 0.0027421602391510726 -0.024046639434843291 -0.021125888634859747");
  CHECK_NP(det(astype(RND({6, 6}, 33), DType::Float32)), "float32 () s() = 0.000114526105");
  CHECK_NP(det(RND({70, 70}, 34)), "float64 () s() = -1283833091646.0144");
  CHECK_NP(BITS(det(RND({8, 12, 12}, 35))), "uint64 () s() = 2755204756782628758");
}

TEST(Linalg, Inv) {
  CHECK_NP(inv(A("[[1,2],[3,4]]", "int64")), "float64 (2,2) s(16,8) = -1.9999999999999998 1 1.4999999999999998 -0.49999999999999994");
  CHECK_NP(inv(A("[[1,2],[3,4]]", "float32")), "float32 (2,2) s(8,4) = -2 1 1.5 -0.5");
  CHECK_NP(inv(A("[[1,2],[2,4]]", "int64")), "LinAlgError: Singular matrix");
  CHECK_NP(inv(A("[[2,4,6],[2,0,2],[6,8,14]]", "float64")), "float64 (3,3) s(24,8) = -1125899906842624.2 -562949953421311.69 562949953421312.12 -1125899906842623.8 -562949953421312.25 562949953421312 1125899906842624 562949953421312 -562949953421312");
  CHECK_NP(inv(A("[[1,2,3],[4,5,6],[7,8,9]]", "float64")), "float64 (3,3) s(24,8) = -4503599627370498 9007199254740992 -4503599627370496 9007199254740996 -18014398509481984 9007199254740991 -4503599627370498 9007199254740992 -4503599627370495.5");
  CHECK_NP(inv(R(I(0, "float64"), {0, 0})), "float64 (0,0) s(-) =");
  CHECK_NP(inv(R(I(0, "float32"), {3, 0, 0})), "float32 (3,0,0) s(-) =");
  CHECK_NP(inv(I(3, "float64")), "LinAlgError: 1-dimensional array given. Array must be at least two-dimensional");
  CHECK_NP(inv(R(I(6, "float64"), {3, 2})), "LinAlgError: Last 2 dimensions of the array must be square");
  CHECK_NP(inv(A("[[1,0,0],[0,1,0],[0,0,1]]", "float64")), "float64 (3,3) s(24,8) = 1 0 0 0 1 0 0 0 1");
  CHECK_NP(inv(R(I(8, "float64"), {2, 2, 2})), "float64 (2,2,2) s(32,16,8) = -1.5 0.5 1 0 -3.4999999999999942 2.499999999999996 2.9999999999999947 -1.9999999999999964");
  CHECK_NP(inv(A("[[nan,1],[1,1]]", "float64")), "float64 (2,2) s(16,8) = nan nan nan nan");
  CHECK_NP(inv(A("[[inf,1.0],[0.0,1.0]]", "float64")), "float64 (2,2) s(16,8) = 0 -0 0 1");
  CHECK_NP(inv(F(A("[[4,7],[2,6]]", "float64"))), "float64 (2,2) s(16,8) = 0.60000000000000009 -0.70000000000000007 -0.20000000000000001 0.40000000000000002");
  CHECK_NP(inv(SL(R(I(16, "float64"), {4, 4}), "::2, 1::2")), "float64 (2,2) s(16,8) = -0.6875 0.1875 0.5625 -0.062499999999999993");
  CHECK_NP(inv(RND({5, 5}, 41)), "float64 (5,5) s(40,8) = -1.0156348260557917 -0.4188978529952192 -0.82785334082092354 -0.92779250524809476 -1.9101720144692056 1.6049091024571684 0.22318157833418412 -0.81156227777240453 0.95028616709750724 -0.020967762985040796 -1.3874414849178018 2.3757262346377579 -2.6532120423830352 0.32200007898512106 0.55789418983838346 1.1385227870503245 -1.5729229890304759 0.27416587126603881 -0.18289781796993712 0.59856319665330449 0.60888511269221846 -1.5385075615916064 1.5429948575829624 2.1133707072217827 2.3240240530108989");
  CHECK_NP(inv(astype(RND({4, 4}, 42), DType::Float32)), "float32 (4,4) s(16,4) = 4.34284258 0.990983844 -3.86556029 1.00960028 1.14419842 0.348146439 -2.92415953 -0.515921056 -3.47966242 -1.49314201 2.99162626 1.38964438 5.47951078 -0.783608258 -2.1341207 -0.685599387");
  CHECK_NP(BITS(inv(RND({3, 10, 10}, 43))), "uint64 () s() = 6012710986727358496");
  CHECK_NP(BITS(inv(RND({70, 70}, 44))), "uint64 () s() = 16096624327729664696");
  CHECK_NP(BITS(inv(RND({130, 130}, 45))), "uint64 () s() = 16599962566051610459");
}

TEST(Linalg, Solve) {
  CHECK_NP(solve(A("[[1,2],[3,5]]", "int64"), A("[1,2]", "int64")), "float64 (2,) s(8) = -0.99999999999999944 0.99999999999999967");
  CHECK_NP(solve(A("[[1,2],[3,5]]", "int64"), A("[[1,2],[3,4]]", "int64")), "float64 (2,2) s(16,8) = 1 -1.9999999999999989 0 1.9999999999999993");
  CHECK_NP(solve(A("[[1,2],[3,5]]", "int64"), A("[1,2,3]", "int64")), "ValueError: solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 3 is different from 2)");
  CHECK_NP(solve(A("[[1,2],[3,5]]", "int64"), A("[[1,2,3]]", "int64")), "ValueError: solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size 1 is different from 2)");
  CHECK_NP(solve(A("[[1,2],[2,4]]", "int64"), A("[1,2]", "int64")), "LinAlgError: Singular matrix");
  CHECK_NP(solve(A("[[1,2],[3,5]]", "int64"), S(1, "int64")), "ValueError: solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (m,m),(m,n)->(m,n) requires 2)");
  CHECK_NP(solve(I(3, "float64"), I(3, "float64")), "LinAlgError: 1-dimensional array given. Array must be at least two-dimensional");
  CHECK_NP(solve(R(I(6, "float64"), {2, 3}), I(2, "float64")), "LinAlgError: Last 2 dimensions of the array must be square");
  CHECK_NP(solve(A("[[2,1],[1,3]]", "float32"), A("[1,2]", "float32")), "float32 (2,) s(4) = 0.200000003 0.600000024");
  CHECK_NP(solve(A("[[2,1],[1,3]]", "float32"), A("[1,2]", "int8")), "float64 (2,) s(8) = 0.20000000000000001 0.59999999999999998");
  CHECK_NP(solve(A("[[2,1],[1,3]]", "float32"), A("[1,2]", "float64")), "float64 (2,) s(8) = 0.20000000000000001 0.59999999999999998");
  CHECK_NP(solve(A("[[2.0,1.0],[1.0,3.0]]", "float64"), A("[0.0,inf]", "float64")), "float64 (2,) s(8) = -inf inf");
  CHECK_NP(solve(RND({3, 2, 2}, 51), RND({3, 2, 1}, 52)), "float64 (3,2,1) s(16,8,8) = -0.7605164254356962 -0.88647320199494239 -1.5494449795557634 -9.9021013079552507 2.4995179135722481 -0.57424469534689881");
  CHECK_NP(solve(RND({3, 2, 2}, 51), RND({4, 2, 1}, 52)), "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (3,2,2)->(3,newaxis,newaxis) (4,2,1)->(4,newaxis,newaxis)  and requested shape (2,1)");
  CHECK_NP(solve(RND({3, 2, 2}, 53), RND({2, 4}, 54)), "float64 (3,2,4) s(64,32,8) = 0.5675142890392777 -0.96495621204672 1.0761289241551724 0.3979289188150692 1.359523855998114 -2.4446221180788119 2.7416045919818659 -0.16842736492902174 -0.66809699635212838 1.2044069169579878 -1.351057984288258 0.1086704927214398 -0.10621030794125218 0.23969219309132012 -0.27412273795023784 0.42398682125017212 0.18191817938943386 -0.14893857413581868 0.14760244478277276 1.4802199155591729 -1.1058767416010007 1.9387708290114598 -2.1688745983401945 -0.28264887221972129");
  CHECK_NP(solve(RND({2, 2}, 55), RND({3, 2, 4}, 56)), "float64 (3,2,4) s(64,32,8) = 0.34260572360250308 -1.0689927785049911 1.3280945332929359 0.67267536047973842 1.9979940437216293 -1.7214861231676855 4.2329603064313366 6.7760965003621862 0.29148797421047834 -0.083166881041699919 -1.2342852264407662 -0.97730070135345548 3.9430381695304684 0.53424092876857709 -4.6812713908787043 -0.77193995681070038 -0.42048963491038749 0.094257117820306838 0.71950975262097405 -0.84233111065948718 -5.4976128414752683 -1.0333036300827181 -0.79990000486436652 -2.719401484315461");
  CHECK_NP(solve(RND({3, 1, 2, 2}, 57), RND({4, 2, 1}, 58)), "float64 (3,4,2,1) s(64,16,8,8) = -0.94097903326402133 1.1508634938144406 -0.30176025514101645 2.0463939613553608 0.34516607744604688 1.9801506679066843 0.15823957814114406 -0.50640579024974064 0.90021138351384011 1.9355499712581958 6.0185678388374857 6.7285205120973828 7.8762568743415589 8.0377618738115153 -1.2201763874577922 -1.4647795213388044 -0.97182678003987821 0.4717103247124913 -0.58697838695563276 1.0447171691426742 -0.03784624573273649 1.1065825621891126 0.21478346803853354 -0.24597913130171947");
  CHECK_NP(solve(T(RND({3, 3}, 59)), SL(RND({3, 4}, 60), ":, ::2")), "float64 (3,2) s(16,8) = 0.67989032920651926 -0.38869889990320527 -1.2997915174133241 0.56319764209426537 -0.21561998518946138 0.58143174168472789");
  CHECK_NP(solve(R(I(0, "float64"), {0, 0}), R(I(0, "float64"), {0,})), "float64 (0,) s(-) =");
  CHECK_NP(solve(RND({6, 6}, 61), RND({6}, 62)), "float64 (6,) s(8) = 0.61689990644939297 0.029403125656984899 0.66743177920163799 -1.4527638517374917 -0.97319036251448765 0.14260846565071406");
  CHECK_NP(BITS(solve(RND({80, 80}, 63), RND({80, 3}, 64))), "uint64 () s() = 15102768487728358939");
  // NumPy 2 rule (emulated by the wrapper): b (3, 2) is one (M, K) = (3, 2) matrix, a core
  // mismatch; NumPy 1.24 treated it as 3 vectors since b.ndim == a.ndim - 1.
  CHECK_NP(solve(RND({3, 2, 2}, 65), RND({3, 2}, 66)), "ValueError: solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size 3 is different from 2)");
}

// ---- norm -------------------------------------------------------------------------------------

TEST(Linalg, NormVector) {
  CHECK_NP(norm(A("[3,-4,1.5]", "float64")), "float64 () s() = 5.2201532544552753");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(1)), "float64 () s() = 8.5");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(INFINITY)), "float64 () s() = 4");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(-INFINITY)), "float64 () s() = 1.5");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(0)), "float64 () s() = 3");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(2)), "float64 () s() = 5.2201532544552753");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(3)), "float64 () s() = 4.5528742456172866");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(-1)), "float64 () s() = 0.80000000000000004");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(-2)), "float64 () s() = 1.2719974560076319");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(0.5)), "float64 () s() = 24.569823402961148");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(2.5)), "float64 () s() = 4.7948999231620881");
  CHECK_NP(norm(A("[0,1]", "float64"), N(-1)), "float64 () s() = 0");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), NS("fro")), "ValueError: Invalid norm order 'fro' for vectors");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), NS("nuc")), "ValueError: Invalid norm order 'nuc' for vectors");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), NS("foo")), "ValueError: Invalid norm order 'foo' for vectors");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), NormOrder::none(), IV{0}, true), "float64 (1,) s(8) = 5.2201532544552753");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), N(3), IV{0}, true), "float64 (1,) s(8) = 4.5528742456172866");
  CHECK_NP(norm(A("[3,-4,1.5]", "float64"), NormOrder::none(), std::nullopt, true), "float64 (1,) s(8) v = 5.2201532544552753");
  CHECK_NP(norm(A("[1,2]", "float32")), "float32 () s() = 2.23606801");
  CHECK_NP(norm(A("[1,2]", "float32"), N(3)), "float32 () s() = 2.08008385");
  CHECK_NP(norm(A("[1,2]", "float32"), N(1)), "float32 () s() = 3");
  CHECK_NP(norm(A("[1,2]", "int8"), NormOrder::none(), IV{0}), "float64 () s() = 2.2360679774997898");
  CHECK_NP(norm(A("[True,True]", "bool")), "float64 () s() = 1.4142135623730951");
  CHECK_NP(norm(A("[-9223372036854775808]", "int64")), "float64 () s() = 9.2233720368547758e+18");
  CHECK_NP(norm(S(3, "float64")), "float64 () s() = 3");
  CHECK_NP(norm(S(-3, "int16"), N(1)), "ValueError: Improper number of dimensions to norm.");
  CHECK_NP(norm(A("[]", "float64")), "float64 () s() = 0");
  CHECK_NP(norm(A("[]", "float64"), N(INFINITY)), "ValueError: zero-size array to reduction operation maximum which has no identity");
  CHECK_NP(norm(A("[]", "float64"), N(1)), "float64 () s() = 0");
  CHECK_NP(norm(A("[nan,1]", "float64"), N(INFINITY)), "float64 () s() = nan");
  CHECK_NP(norm(A("[inf,1]", "float64")), "float64 () s() = inf");
  CHECK_NP(norm(RND({1000}, 71)), "float64 () s() = 8.9784570569481836");
  CHECK_NP(norm(RND({1000}, 72), N(1)), "float64 () s() = 249.3636072474294");
  CHECK_NP(norm(RND({1000}, 73), N(2), IV{0}), "float64 () s() = 9.1878992842679512");
  CHECK_NP(norm(RND({20000}, 74), N(1)), "float64 () s() = 4979.3219384004951");
  CHECK_NP(norm(RND({20000}, 75), N(3)), "float64 () s() = 8.5973562826011634");
  CHECK_NP(norm(astype(RND({20000}, 76), DType::Float32), N(1)), "float32 () s() = 5014.71582");
  CHECK_NP(norm(astype(RND({3000}, 77), DType::Float32)), "float32 () s() = 15.829401");
  CHECK_NP(norm(SL(RND({3000}, 78), "::-3"), N(1)), "float64 () s() = 247.20418210913718");
}

TEST(Linalg, NormAxes) {
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64")), "float64 () s() = 4.358898943540674");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NormOrder::none(), std::nullopt, true), "float64 (1,1) s(8,8) v = 4.358898943540674");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NormOrder::none(), IV{0}), "float64 (3,) s(8) = 2.2360679774997898 2.2360679774997898 3");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NormOrder::none(), IV{1}, true), "float64 (2,1) s(8,8) = 2.2360679774997898 3.7416573867739413");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NormOrder::none(), IV{2}), "AxisError: axis 2 is out of bounds for array of dimension 2");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(1), IV{-1}), "float64 (2,) s(8) = 3 6");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(0), IV{0}), "float64 (3,) s(8) = 2 2 1");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(INFINITY), IV{1}, true), "float64 (2,1) s(8,8) = 2 3");
  CHECK_NP(norm(T(RND({3, 4, 5}, 81)), NormOrder::none(), IV{1}), "float64 (5,3) s(8,40) = 0.70619603578081047 0.49358777748401356 0.46964292936178748 0.52180558979863689 0.25202612406598213 0.70501361429776466 0.5431968462994381 0.60340571563212464 0.61845216790598667 0.59163437001564279 0.78148580150462033 0.65390153332749923 0.36383900614216452 0.4254081163147781 0.52589244228340459");
  CHECK_NP(norm(T(RND({3, 4, 5}, 81)), NormOrder::none(), IV{1}, true), "float64 (5,1,3) s(8,40,40) = 0.70619603578081047 0.49358777748401356 0.46964292936178748 0.52180558979863689 0.25202612406598213 0.70501361429776466 0.5431968462994381 0.60340571563212464 0.61845216790598667 0.59163437001564279 0.78148580150462033 0.65390153332749923 0.36383900614216452 0.4254081163147781 0.52589244228340459");
  CHECK_NP(norm(RND({3, 4, 5}, 82), NormOrder::none(), IV{0, 2}), "float64 (4,) s(8) = 1.0610846657405451 1.2257599508858634 1.3115650626356001 1.0745575831195884");
  CHECK_NP(norm(RND({3, 4, 5}, 83), N(1), IV{2, 0}), "float64 (4,) s(8) = 1.4661246328983699 1.194327022500143 1.2483524858450936 1.4457212997883122");
  CHECK_NP(norm(RND({3, 20000}, 84), N(1), IV{1}), "float64 (3,) s(8) = 4991.0655133642786 4972.9877397243135 4972.2242583121379");
  CHECK_NP(norm(T(RND({3, 20000}, 85)), N(3), IV{0}), "float64 (3,) s(8) = 8.5778647710281373 8.5477541479509433 8.5611475030664401");
  CHECK_NP(norm(RND({20, 30}, 86), N(2), IV{0}), "float64 (30,) s(8) = 1.3000365407599481 1.2859226490651394 1.3301423151528375 1.494825548165148 1.3967587540238633 1.0690647185272026 1.0623260123946876 1.1230925289520355 1.1959542786332504 1.2831342057114707 1.1844174941781955 1.2749290050609337 1.3368485461364648 1.360799607913598 1.3377345688849429 1.4607306181991102 1.3226679037792097 1.3009173865673105 1.3629729892674731 1.5409365342275254 1.2318347271353718 1.4020942166048334 1.2172683235661776 1.032042675817344 1.4109883717695244 1.1228456566611542 1.1706162056758556 1.1046216362394241 1.5155561680569956 1.3346769296924297");
  CHECK_NP(norm(RND({20, 30}, 86), N(2), IV{1}), "float64 (20,) s(8) = 1.4730907621580474 1.3608906441118869 1.4610704903524125 1.7650602993741678 1.6423450910581403 1.5514758554028034 1.6881454805263476 1.6499265216050667 1.5092346860937889 1.5971883748917566 1.5404846802471455 1.7203536281990348 1.3806853751165833 1.51712930681139 1.7998972985102069 1.4724175836512949 1.7183023672833597 1.7464493883540084 1.4847241864307368 1.4799377904798843");
  CHECK_NP(norm(RND({20, 30}, 86), N(0.5), IV{1}), "float64 (20,) s(8) = 199.70387697927538 143.56920517004298 185.27322514863357 199.73341841233758 221.38309946905207 217.91659973008763 233.66572579498103 224.9691100285113 195.58574166446789 208.54415764395594 188.82166145189004 232.1890369064661 185.90586811339818 190.86027861457552 242.68125209661258 179.57218623500626 235.30111604783283 233.84118623114315 188.46674994513225 184.98257745228611");
  CHECK_NP(norm(RND({20, 30}, 86), N(-1), IV{1}), "float64 (20,) s(8) = 0.0052500333805179768 0.0017432799068575924 0.0043049329757754761 0.0010500396039816477 0.0055513720452382651 0.0056344894028279744 0.0048930977019810791 0.0055206984492592185 0.0042368251252444707 0.0034520011054870038 0.0040333102309015913 0.0034876821823844285 0.0016915885371938093 0.0041941824890970886 0.0044534607217442705 0.0025989588258808973 0.0058931379167927785 0.0047745195053778798 0.00386320012217856 0.00079642903679933428");
  CHECK_NP(norm(RND({200, 300}, 87), NormOrder::none(), IV{0, 1}), "float64 () s() = 70.629519644239664");
  CHECK_NP(norm(RND({200, 300}, 88), NS("fro")), "float64 () s() = 70.640642997804107");
  CHECK_NP(norm(RND({200, 300}, 89)), "float64 () s() = 70.608628959659214");
}

TEST(Linalg, NormMatrix) {
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NS("fro")), "float64 () s() = 4.358898943540674");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(1)), "float64 () s() = 3");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(-1)), "float64 () s() = 3");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(INFINITY)), "float64 () s() = 6");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(-INFINITY)), "float64 () s() = 3");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(3)), "ValueError: Invalid norm order for matrices.");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NS("foo")), "ValueError: Invalid norm order for matrices.");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(1), IV{1, 0}), "float64 () s() = 6");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(INFINITY), IV{1, 0}, true), "float64 (1,1) s(8,8) v = 3");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NormOrder::none(), IV{0, 0}), "ValueError: Duplicate axes given.");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NormOrder::none(), IV{0, 2}), "AxisError: axis 2 is out of bounds for array of dimension 2");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NormOrder::none(), IV{0, 1, 2}), "ValueError: Improper number of dimensions to norm.");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NS("fro"), IV{0, 1}, true), "float64 (1,1) s(8,8) v = 4.358898943540674");
  CHECK_NP(norm(R(I(8, "float64"), {2, 2, 2}), N(1)), "ValueError: Improper number of dimensions to norm.");
  CHECK_NP(norm(R(I(8, "float64"), {2, 2, 2})), "float64 () s() = 11.832159566199232");
  CHECK_NP(norm(R(I(8, "float64"), {2, 2, 2}), NS("fro")), "ValueError: Improper number of dimensions to norm.");
  CHECK_NP(norm(R(I(24, "float32"), {2, 3, 4}), N(1), IV{1, 2}), "float32 (2,) s(4) = 21 57");
  CHECK_NP(norm(R(I(24, "float32"), {2, 3, 4}), N(-INFINITY), IV{2, 0}, true), "float32 (1,3,1) s(12,4,4) v = 12 20 28");
  CHECK_NP(norm(R(I(0, "float64"), {2, 0}), N(1)), "ValueError: zero-size array to reduction operation maximum which has no identity");
  CHECK_NP(norm(R(I(0, "float64"), {2, 0}), N(INFINITY)), "float64 () s() = 0");
  CHECK_NP(norm(R(I(0, "float64"), {0, 2}), N(INFINITY), IV{1}), "float64 (0,) s(-) =");
  CHECK_NP(norm(T(RND({40, 30}, 91)), N(1)), "float64 () s() = 8.6599634368371134");
  CHECK_NP(norm(RND({40, 30}, 92), N(INFINITY)), "float64 () s() = 8.8371752950517575");
  // singular-value norms (one-sided Jacobi; NumPy's values, here bit-identical)
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(2)), "float64 () s() = 3.9396443100102507");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), N(-2)), "float64 () s() = 1.8652621023877187");
  CHECK_NP(norm(A("[[-2,-1,0],[1,2,3]]", "int64"), NS("nuc")), "float64 () s() = 5.804906412397969");
}
