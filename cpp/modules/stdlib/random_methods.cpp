// random_methods.cpp — random.Random's integer, sequence and distribution methods, each a
// step-by-step transcription of CPython 3.11's random.py (same draws in the same order, same
// float expressions), so that a seeded generator gives CPython's values; messages are
// CPython's too.
#include <algorithm>
#include <cmath>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "modules/stdlib/collections_types.hpp"
#include "modules/stdlib/random_type.hpp"

namespace sl {

namespace {

RandomObject* R(const ObjPtr& o) { return static_cast<RandomObject*>(o.get()); }
const ObjPtr& zero() { return detail::g_small_ints[-detail::kSmallIntMin]; }

const double kTwoPi = 2.0 * M_PI;
const double kNvMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kSgMagic = 1.0 + std::log(4.5);

// randrange's argument: operator.index(v), else int(v) when that is equal to v
ObjPtr index_or_int(const ObjPtr& v, const char* what) {
  if (has_index(v)) {
    if (v->type() == int_type) return v;
    if (is_bool(v)) return make_int(int_value(v));
    return call(ObjPtr(int_type), {v});
  }
  ObjPtr i = call(ObjPtr(int_type), {v});
  if (!eq(i, v)) raise_value_error(std::string("non-integer ") + what + " for randrange()");
  return i;
}

ObjPtr randrange(RandomObject* r, const ObjPtr& start, const ObjPtr& stop, const ObjPtr& step) {
  ObjPtr istart = index_or_int(start, "arg 1");
  if (!stop || is_none(stop)) {
    if (step) raise_type_error("Missing a non-None stop argument");
    if (compare_bool(CmpOp::Gt, istart, zero())) return r->randbelow(istart);
    raise_value_error("empty range for randrange()");
  }
  ObjPtr istop = index_or_int(stop, "stop");
  ObjPtr width = binary_op(BinOp::Sub, istop, istart);
  ObjPtr istep = step ? index_or_int(step, "step") : make_int(1);
  if (istep->type() == int_type && int_value(istep) == 1) {
    if (compare_bool(CmpOp::Gt, width, zero())) return binary_op(BinOp::Add, istart, r->randbelow(width));
    raise_value_error("empty range for randrange() (" + str(istart) + ", " + str(istop) + ", " + str(width) + ")");
  }
  ObjPtr n;
  if (compare_bool(CmpOp::Gt, istep, zero()))
    n = binary_op(BinOp::FloorDiv, binary_op(BinOp::Sub, binary_op(BinOp::Add, width, istep), make_int(1)), istep);
  else if (compare_bool(CmpOp::Lt, istep, zero()))
    n = binary_op(BinOp::FloorDiv, binary_op(BinOp::Add, binary_op(BinOp::Add, width, istep), make_int(1)), istep);
  else
    raise_value_error("zero step for randrange()");
  if (!compare_bool(CmpOp::Gt, n, zero())) raise_value_error("empty range for randrange()");
  return binary_op(BinOp::Add, istart, binary_op(BinOp::Mul, istep, r->randbelow(n)));
}

bool is_sequence_like(const ObjPtr& o) {
  return is_list(o) || is_tuple(o) || is_str(o) || is_bytes(o) || is_range(o) ||
         o->type()->is_subtype_of(collections_deque_type());
}

// bisect.bisect_right(a, x, lo, hi)
size_t bisect_right(const std::vector<ObjPtr>& a, const ObjPtr& x, size_t lo, size_t hi) {
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (compare_bool(CmpOp::Lt, x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

std::vector<ObjPtr> accumulate(const ObjPtr& it) {
  std::vector<ObjPtr> out;
  for_each(it, [&](const ObjPtr& x) {
    out.push_back(out.empty() ? x : binary_op(BinOp::Add, out.back(), x));
    return true;
  });
  return out;
}

ObjPtr sample(RandomObject* r, const ObjPtr& population, const ObjPtr& kobj, const ObjPtr& counts) {
  if (!is_sequence_like(population))
    raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = len(population);
  if (counts && !is_none(counts)) {
    std::vector<ObjPtr> cum = accumulate(counts);
    if (static_cast<int64_t>(cum.size()) != n) raise_value_error("The number of counts does not match the population");
    ObjPtr total = cum.back();
    cum.pop_back();
    if (!is_int(total)) raise_type_error("Counts must be integers");
    if (!compare_bool(CmpOp::Gt, total, zero())) raise_value_error("Total of counts must be greater than zero");
    ObjPtr selections = sample(r, make_range(0, to_int64(total), 1), kobj, nullptr);
    std::vector<ObjPtr> out;
    for (auto& s : list_items(selections))
      out.push_back(getitem(population, make_int(static_cast<int64_t>(bisect_right(cum, s, 0, cum.size())))));
    return make_list(std::move(out));
  }
  int64_t k = to_int64(kobj);
  if (!(0 <= k && k <= n)) raise_value_error("Sample larger than population or is negative");
  std::vector<ObjPtr> result(static_cast<size_t>(k));
  int64_t setsize = 21;
  if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<ObjPtr> pool = iterate(population);
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(r->randbelow_u64(static_cast<uint64_t>(n - i)));
      result[static_cast<size_t>(i)] = pool[static_cast<size_t>(j)];
      pool[static_cast<size_t>(j)] = pool[static_cast<size_t>(n - i - 1)];
    }
  } else {
    auto selected = make_set();
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(r->randbelow_u64(static_cast<uint64_t>(n)));
      while (selected->contains(make_int(j))) j = static_cast<int64_t>(r->randbelow_u64(static_cast<uint64_t>(n)));
      selected->add(make_int(j));
      result[static_cast<size_t>(i)] = getitem(population, make_int(j));
      if ((i & 1023) == 1023) check_interrupt();
    }
  }
  return make_list(std::move(result));
}

ObjPtr choices(RandomObject* r, const ObjPtr& population, const ObjPtr& weights, const ObjPtr& cum_weights,
               int64_t k) {
  int64_t n = len(population);
  std::vector<ObjPtr> out;
  if (k > 0) out.reserve(static_cast<size_t>(std::min<int64_t>(k, 1 << 20)));
  std::vector<ObjPtr> cum;
  if (!cum_weights || is_none(cum_weights)) {
    if (!weights || is_none(weights)) {
      double nf = static_cast<double>(n);
      for (int64_t i = 0; i < k; ++i) {
        out.push_back(getitem(population, make_int(static_cast<int64_t>(std::floor(r->random() * nf)))));
        if ((i & 1023) == 1023) check_interrupt();
      }
      return make_list(std::move(out));
    }
    if (is_int(weights))
      raise_type_error("The number of choices must be a keyword argument: k=" + std::to_string(int_value(weights)));
    cum = accumulate(weights);
  } else {
    if (weights && !is_none(weights)) raise_type_error("Cannot specify both weights and cumulative weights");
    cum = iterate(cum_weights);
  }
  if (static_cast<int64_t>(cum.size()) != n) raise_value_error("The number of weights does not match the population");
  double total = to_double(binary_op(BinOp::Add, cum.back(), make_float(0.0)));
  if (total <= 0.0) raise_value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) raise_value_error("Total of weights must be finite");
  size_t hi = static_cast<size_t>(n - 1);
  for (int64_t i = 0; i < k; ++i) {
    ObjPtr x = make_float(r->random() * total);
    out.push_back(getitem(population, make_int(static_cast<int64_t>(bisect_right(cum, x, 0, hi)))));
    if ((i & 1023) == 1023) check_interrupt();
  }
  return make_list(std::move(out));
}

double gammavariate(RandomObject* r, double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) raise_value_error("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    double ainv = std::sqrt(2.0 * alpha - 1.0), bbb = alpha - kLog4, ccc = alpha + ainv;
    for (;;) {
      check_interrupt();
      double u1 = r->random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - r->random();
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + kSgMagic - 4.5 * z >= 0.0 || rr >= std::log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -std::log(1.0 - r->random()) * beta;
  double x;
  for (;;) {
    check_interrupt();
    double u = r->random();
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    double u1 = r->random();
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  return x * beta;
}

double normalvariate(RandomObject* r, double mu, double sigma) {
  double z;
  for (;;) {
    double u1 = r->random();
    double u2 = 1.0 - r->random();
    z = kNvMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

double arg(BoundArgs& a, size_t i, double dflt) { return a.has(i) ? to_double(a[i]) : dflt; }

#define RANDOM_METHOD(name) add_method(t, name, [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr
#define END_METHOD )

}  // namespace

void add_random_methods(TypeObject* t) {
  RANDOM_METHOD("randrange") {
    static const Signature sig("randrange", {"start", "stop=", "step="});
    BoundArgs a = sig.bind(args, kw);
    return randrange(R(self), a[0], a[1], a[2]);
  } END_METHOD;
  RANDOM_METHOD("randint") {
    static const Signature sig("randint", {"a", "b"});
    BoundArgs a = sig.bind(args, kw);
    return randrange(R(self), a[0], binary_op(BinOp::Add, a[1], make_int(1)), nullptr);
  } END_METHOD;
  RANDOM_METHOD("_randbelow") {
    static const Signature sig("_randbelow", {"n"});
    BoundArgs a = sig.bind(args, kw);
    return R(self)->randbelow(a[0]);
  } END_METHOD;
  RANDOM_METHOD("choice") {
    static const Signature sig("choice", {"seq"});
    BoundArgs a = sig.bind(args, kw);
    int64_t n = len(a[0]);
    if (n == 0) raise_index_error("Cannot choose from an empty sequence");
    return getitem(a[0], make_int(static_cast<int64_t>(R(self)->randbelow_u64(static_cast<uint64_t>(n)))));
  } END_METHOD;
  RANDOM_METHOD("shuffle") {
    static const Signature sig("shuffle", {"x"});
    BoundArgs a = sig.bind(args, kw);
    const ObjPtr& x = a[0];
    for (int64_t i = len(x) - 1; i >= 1; --i) {
      int64_t j = static_cast<int64_t>(R(self)->randbelow_u64(static_cast<uint64_t>(i + 1)));
      if (is_list(x) && static_cast<int64_t>(list_items(x).size()) > i) {
        std::swap(list_items(x)[static_cast<size_t>(i)], list_items(x)[static_cast<size_t>(j)]);
        continue;
      }
      ObjPtr xi = make_int(i), xj = make_int(j);
      ObjPtr vj = getitem(x, xj), vi = getitem(x, xi);  // x[i], x[j] = x[j], x[i]
      setitem(x, xi, vj);
      setitem(x, xj, vi);
    }
    return None();
  } END_METHOD;
  RANDOM_METHOD("sample") {
    static const Signature sig("sample", {"population", "k", "*", "counts="});
    BoundArgs a = sig.bind(args, kw);
    return sample(R(self), a[0], a[1], a[2]);
  } END_METHOD;
  RANDOM_METHOD("choices") {
    static const Signature sig("choices", {"population", "weights=", "*", "cum_weights=", "k="});
    BoundArgs a = sig.bind(args, kw);
    return choices(R(self), a[0], a[1], a[2], a.has(3) ? to_int64(a[3]) : 1);
  } END_METHOD;
  RANDOM_METHOD("uniform") {
    static const Signature sig("uniform", {"a", "b"});
    BoundArgs a = sig.bind(args, kw);
    double lo = to_double(a[0]), hi = to_double(a[1]);
    return make_float(lo + (hi - lo) * R(self)->random());
  } END_METHOD;
  RANDOM_METHOD("triangular") {
    static const Signature sig("triangular", {"low=", "high=", "mode="});
    BoundArgs a = sig.bind(args, kw);
    double u = R(self)->random();
    double low = arg(a, 0, 0.0), high = arg(a, 1, 1.0), c;
    if (!a.given(2)) {
      c = 0.5;
    } else {
      if (high - low == 0) return a.has(0) ? a[0] : make_float(0.0);  // ZeroDivisionError: return low
      c = (to_double(a[2]) - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      std::swap(low, high);
    }
    return make_float(low + (high - low) * std::sqrt(u * c));
  } END_METHOD;
  RANDOM_METHOD("normalvariate") {
    static const Signature sig("normalvariate", {"mu=", "sigma="});
    BoundArgs a = sig.bind(args, kw);
    return make_float(normalvariate(R(self), arg(a, 0, 0.0), arg(a, 1, 1.0)));
  } END_METHOD;
  RANDOM_METHOD("gauss") {
    static const Signature sig("gauss", {"mu=", "sigma="});
    BoundArgs a = sig.bind(args, kw);
    double mu = arg(a, 0, 0.0), sigma = arg(a, 1, 1.0);
    RandomObject* r = R(self);
    ObjPtr z = r->gauss_next;
    r->gauss_next = None();
    double zv;
    if (is_none(z)) {
      double x2pi = r->random() * kTwoPi;
      double g2rad = std::sqrt(-2.0 * std::log(1.0 - r->random()));
      zv = std::cos(x2pi) * g2rad;
      r->gauss_next = make_float(std::sin(x2pi) * g2rad);
    } else {
      zv = to_double(z);
    }
    return make_float(mu + zv * sigma);
  } END_METHOD;
  RANDOM_METHOD("lognormvariate") {
    static const Signature sig("lognormvariate", {"mu", "sigma"});
    BoundArgs a = sig.bind(args, kw);
    return make_float(std::exp(normalvariate(R(self), to_double(a[0]), to_double(a[1]))));
  } END_METHOD;
  RANDOM_METHOD("expovariate") {
    static const Signature sig("expovariate", {"lambd"});
    BoundArgs a = sig.bind(args, kw);
    double lambd = to_double(a[0]);
    double num = -std::log(1.0 - R(self)->random());
    if (lambd == 0) raise(ErrorType::ZeroDivisionError, "float division by zero");
    return make_float(num / lambd);
  } END_METHOD;
  RANDOM_METHOD("vonmisesvariate") {
    static const Signature sig("vonmisesvariate", {"mu", "kappa"});
    BoundArgs a = sig.bind(args, kw);
    RandomObject* r = R(self);
    double mu = to_double(a[0]), kappa = to_double(a[1]);
    if (kappa <= 1e-6) return make_float(kTwoPi * r->random());
    double s = 0.5 / kappa, rr = s + std::sqrt(1.0 + s * s), z;
    for (;;) {
      double u1 = r->random();
      z = std::cos(M_PI * u1);
      double d = z / (rr + z);
      double u2 = r->random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
    }
    double q = 1.0 / rr, f = (q + z) / (1.0 + q * z);
    double u3 = r->random();
    return make_float(u3 > 0.5 ? float_mod(mu + std::acos(f), kTwoPi) : float_mod(mu - std::acos(f), kTwoPi));
  } END_METHOD;
  RANDOM_METHOD("gammavariate") {
    static const Signature sig("gammavariate", {"alpha", "beta"});
    BoundArgs a = sig.bind(args, kw);
    return make_float(gammavariate(R(self), to_double(a[0]), to_double(a[1])));
  } END_METHOD;
  RANDOM_METHOD("betavariate") {
    static const Signature sig("betavariate", {"alpha", "beta"});
    BoundArgs a = sig.bind(args, kw);
    double y = gammavariate(R(self), to_double(a[0]), 1.0);
    if (y != 0.0) return make_float(y / (y + gammavariate(R(self), to_double(a[1]), 1.0)));
    return make_float(0.0);
  } END_METHOD;
  RANDOM_METHOD("paretovariate") {
    static const Signature sig("paretovariate", {"alpha"});
    BoundArgs a = sig.bind(args, kw);
    double u = 1.0 - R(self)->random();
    return make_float(std::pow(u, -1.0 / to_double(a[0])));
  } END_METHOD;
  RANDOM_METHOD("weibullvariate") {
    static const Signature sig("weibullvariate", {"alpha", "beta"});
    BoundArgs a = sig.bind(args, kw);
    double u = 1.0 - R(self)->random();
    return make_float(to_double(a[0]) * std::pow(-std::log(u), 1.0 / to_double(a[1])));
  } END_METHOD;
}

}  // namespace sl
