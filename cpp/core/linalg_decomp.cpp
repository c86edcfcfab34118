#include "core/linalg_decomp.hpp"

#include <cmath>
#include <cstring>

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/linalg.hpp"
#include "core/linalg_products.hpp"
#include "core/linalg_stack.hpp"
#include "core/matrix_builders.hpp"
#include "core/indexing.hpp"
#include "core/reduce.hpp"
#include "core/sort.hpp"
#include "core/take_put.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"
#include <limits>
#include <type_traits>

namespace sl {

ArrayPtr cholesky(const ArrayPtr& a, bool upper) {
  assert_stacked_square(*a);
  const DType rt = linalg_result_type({a.get()});
  Stack st(a);
  const int64_t n = st.n;
  ArrayPtr out = new_array(a->shape, rt);
  st.each([&](int64_t b, double* m) {
    if (lapack::dpotrf(upper, static_cast<int>(n), m, static_cast<int>(n)) != 0)
      raise_linalg_error("Matrix is not positive definite");
    for (int64_t j = 0; j < n; ++j)
      for (int64_t i = 0; i < n; ++i)
        if (upper ? i > j : i < j) m[i + j * n] = 0.0;
    store_c(m, n, n, stack_slot(out, b, n * n), rt);
  });
  return out;
}

std::vector<ArrayPtr> qr(const ArrayPtr& a, const std::string& mode_in) {
  std::string mode = mode_in;
  if (mode != "reduced" && mode != "complete" && mode != "r" && mode != "raw") {
    if (mode == "f" || mode == "full") mode = "reduced";  // deprecated spellings (the caller warns)
    else if (mode == "e" || mode == "economic") mode = "economic";
    else raise_value_error("Unrecognized mode '" + mode + "'");
  }
  assert_stacked_2d(*a);
  const DType rt = linalg_result_type({a.get()});
  Stack st(a);
  const int64_t m = st.m, n = st.n, k = std::min(m, n);
  // geqrf on each matrix: the factored matrix `h` (C layout, float64) and tau
  ArrayPtr h = new_array(a->shape, DType::Float64);
  ArrayPtr tau = new_array(stack_shape(st.batch, {k}), DType::Float64);
  std::vector<double> tb(alloc_count(std::max<int64_t>(k, 1), sizeof(double)));
  std::vector<std::vector<double>> factored;
  st.each([&](int64_t b, double* x) {
    if (m > 0 && n > 0) lapack::dgeqrf(static_cast<int>(m), static_cast<int>(n), x, static_cast<int>(m), tb.data());
    store_c(x, m, n, stack_slot(h, b, m * n), DType::Float64);
    std::memcpy(stack_slot(tau, b, k), tb.data(), static_cast<size_t>(k) * 8);
    if (mode == "reduced" || mode == "complete") factored.emplace_back(x, x + m * n);
  });
  if (mode == "economic") return {rt == DType::Float64 ? h : astype(h, rt)};
  if (mode == "raw") {
    ArrayPtr hq = swapaxes(h, -1, -2);
    if (rt == DType::Float32) return {astype(hq, rt), astype(tau, rt)};  // NumPy 2 casts both
    return {hq, tau};
  }
  auto r_of = [&](int64_t rows) {
    std::vector<BasicIndex> ix{BasicIndex::make_ellipsis(), BasicIndex::make_slice({std::nullopt, rows, std::nullopt}),
                               BasicIndex::make_slice({})};
    ArrayPtr r = triu(basic_index(h, ix), 0);
    return rt == DType::Float64 ? r : astype(r, rt);
  };
  if (mode == "r") return {r_of(k)};
  const int64_t mc = (mode == "complete" && m > n) ? m : k;
  ArrayPtr q = new_array(stack_shape(st.batch, {m, mc}), DType::Float64);
  std::vector<double> qb(alloc_count(alloc_mul(m, mc), sizeof(double)));
  for (int64_t b = 0; b < st.count; ++b) {
    // Q starts as the first mc columns of the factored matrix (zeros beyond n), then orgqr
    std::fill(qb.begin(), qb.end(), 0.0);
    std::memcpy(qb.data(), factored[static_cast<size_t>(b)].data(), static_cast<size_t>(m * std::min(n, mc)) * 8);
    const double* t = reinterpret_cast<const double*>(stack_slot(tau, b, k));
    if (m > 0 && mc > 0) lapack::dorgqr(static_cast<int>(m), static_cast<int>(mc), static_cast<int>(k), qb.data(), static_cast<int>(m), t);
    store_c(qb.data(), m, mc, stack_slot(q, b, m * mc), DType::Float64);
  }
  return {rt == DType::Float64 ? q : astype(q, rt), r_of(mc)};
}

namespace {

bool lower_uplo(const std::string& uplo) {
  if (uplo == "L" || uplo == "l") return true;
  if (uplo == "U" || uplo == "u") return false;
  raise_value_error("UPLO argument must be 'L' or 'U'");
}

// DSYEVD works on the lower triangle; UPLO='U' means the upper one, i.e. the lower one of
// the transpose (what LAPACK's 'U' reduction computes, up to the reflector layout).
void symmetrize_from(bool lower, int64_t n, double* m) {
  if (lower) return;
  for (int64_t j = 0; j < n; ++j)
    for (int64_t i = j + 1; i < n; ++i) m[i + j * n] = m[j + i * n];
}

}  // namespace

std::vector<ArrayPtr> eigh(const ArrayPtr& a, const std::string& uplo) {
  const bool lower = lower_uplo(uplo);
  assert_stacked_square(*a);
  const DType rt = linalg_result_type({a.get()});
  Stack st(a);
  const int64_t n = st.n;
  ArrayPtr w = new_array(stack_shape(st.batch, {n}), rt), v = new_array(a->shape, rt);
  std::vector<double> wb(alloc_count(n, sizeof(double)));
  st.each([&](int64_t b, double* m) {
    symmetrize_from(lower, n, m);
    if (lapack::dsyevd(true, static_cast<int>(n), m, static_cast<int>(n), wb.data()) != 0)
      raise_linalg_error("Eigenvalues did not converge");
    store_c(wb.data(), 1, n, stack_slot(w, b, n), rt);
    store_c(m, n, n, stack_slot(v, b, n * n), rt);
  });
  return {w, v};
}

ArrayPtr eigvalsh(const ArrayPtr& a, const std::string& uplo) {
  const bool lower = lower_uplo(uplo);
  assert_stacked_square(*a);
  const DType rt = linalg_result_type({a.get()});
  Stack st(a);
  const int64_t n = st.n;
  ArrayPtr w = new_array(stack_shape(st.batch, {n}), rt);
  std::vector<double> wb(alloc_count(n, sizeof(double)));
  st.each([&](int64_t b, double* m) {
    symmetrize_from(lower, n, m);
    if (lapack::dsyevd(false, static_cast<int>(n), m, static_cast<int>(n), wb.data()) != 0)
      raise_linalg_error("Eigenvalues did not converge");
    store_c(wb.data(), 1, n, stack_slot(w, b, n), rt);
  });
  return w;
}

std::vector<ArrayPtr> svd(const ArrayPtr& a, bool full_matrices, bool compute_uv, bool hermitian) {
  if (hermitian) {
    if (!compute_uv) {
      // s = abs(eigvalsh(a)); sort(s)[..., ::-1]
      ArrayPtr w = apply_ufunc(UFuncId::Absolute, {Operand::of(eigvalsh(a, "L"))});
      ArrayPtr sorted = sort(w, -1, "quicksort");
      return {basic_index(sorted, {BasicIndex::make_ellipsis(), BasicIndex::make_slice({std::nullopt, std::nullopt, -1})})};
    }
    std::vector<ArrayPtr> wv = eigh(a, "L");
    ArrayPtr sgn = apply_ufunc(UFuncId::Sign, {Operand::of(wv[0])});
    ArrayPtr s = apply_ufunc(UFuncId::Absolute, {Operand::of(wv[0])});
    ArrayPtr sidx = basic_index(argsort(s, -1, "quicksort"),
                                {BasicIndex::make_ellipsis(), BasicIndex::make_slice({std::nullopt, std::nullopt, -1})});
    sgn = take_along_axis(sgn, sidx, -1);
    s = take_along_axis(s, sidx, -1);
    ArrayPtr u = take_along_axis(wv[1], expand_dims(sidx, {-2}), -1);
    ArrayPtr scaled = apply_ufunc(UFuncId::Multiply, {Operand::of(u), Operand::of(expand_dims(sgn, {-2}))});
    std::vector<int64_t> perm;
    for (int k = scaled->ndim() - 1; k >= 0; --k) perm.push_back(k);  // np.transpose: all axes reversed
    return {u, s, copy_array(transpose(scaled, &perm), 'K')};
  }
  assert_stacked_2d(*a);
  const DType rt = linalg_result_type({a.get()});
  Stack st(a);
  const int64_t m = st.m, n = st.n, k = std::min(m, n);
  const int64_t ucol = full_matrices ? m : k, vrow = full_matrices ? n : k;
  ArrayPtr s = new_array(stack_shape(st.batch, {k}), rt);
  ArrayPtr u, vt;
  if (compute_uv) {
    u = new_array(stack_shape(st.batch, {m, ucol}), rt);
    vt = new_array(stack_shape(st.batch, {vrow, n}), rt);
  }
  std::vector<double> sb(alloc_count(k, sizeof(double))), ub(alloc_count(alloc_mul(m, ucol), sizeof(double))), vb(alloc_count(alloc_mul(vrow, n), sizeof(double)));
  const char jobz = !compute_uv ? 'N' : full_matrices ? 'A' : 'S';
  st.each([&](int64_t b, double* x) {
    if (m > 0 && n > 0) {
      if (lapack::dgesdd(jobz, static_cast<int>(m), static_cast<int>(n), x, static_cast<int>(m), sb.data(), ub.data(),
                         static_cast<int>(m), vb.data(), static_cast<int>(std::max<int64_t>(vrow, 1))) != 0)
        raise_linalg_error("SVD did not converge");
    } else if (compute_uv) {
      // empty matrix: identity factors, as LAPACK's quick return leaves NumPy's initialised outputs
      std::fill(ub.begin(), ub.end(), 0.0);
      std::fill(vb.begin(), vb.end(), 0.0);
      for (int64_t i = 0; i < std::min(m, ucol); ++i) ub[static_cast<size_t>(i + i * m)] = 1.0;
      for (int64_t i = 0; i < std::min(vrow, n); ++i) vb[static_cast<size_t>(i + i * vrow)] = 1.0;
    }
    store_c(sb.data(), 1, k, stack_slot(s, b, k), rt);
    if (compute_uv) {
      store_c(ub.data(), m, ucol, stack_slot(u, b, m * ucol), rt);
      store_c(vb.data(), vrow, n, stack_slot(vt, b, vrow * n), rt);
    }
  });
  if (!compute_uv) return {s};
  return {u, s, vt};
}

namespace {

ArrayPtr last_axis_max(const ArrayPtr& s) { return amax(s, std::vector<int64_t>{-1}, nullptr, true); }
ArrayPtr add_last_axis(const ArrayPtr& x) { return expand_dims(x, {-1}); }

double finfo_eps(DType t) { return t == DType::Float32 ? 1.1920928955078125e-07 : 2.220446049250313e-16; }

}  // namespace

ArrayPtr matrix_rank(const ArrayPtr& a, const ArrayPtr& tol_in, const ArrayPtr& rtol_in, bool hermitian) {
  ArrayPtr s = svd(a, false, false, hermitian)[0];
  ArrayPtr tol;
  if (!tol_in) {
    ArrayPtr rtol = rtol_in ? add_last_axis(rtol_in)
                            : array_from_scalar(Scalar::from_double(
                                  static_cast<double>(std::max(a->shape[static_cast<size_t>(a->ndim() - 2)],
                                                               a->shape[static_cast<size_t>(a->ndim() - 1)])) * finfo_eps(s->dtype)));
    tol = apply_ufunc(UFuncId::Multiply, {Operand::of(last_axis_max(s)), rtol_in ? Operand::of(rtol) : Operand::py_float(rtol->item0().v.f)});
  } else {
    tol = add_last_axis(tol_in);
  }
  ArrayPtr big = apply_ufunc(UFuncId::Greater, {Operand::of(s), Operand::of(tol)});
  return count_nonzero(big, std::vector<int64_t>{-1});
}

ArrayPtr pinv(const ArrayPtr& a, const ArrayPtr& rcond, bool hermitian) {
  assert_stacked_2d(*a);
  const int nd = a->ndim();
  const int64_t m = a->shape[static_cast<size_t>(nd - 2)], n = a->shape[static_cast<size_t>(nd - 1)];
  if (m == 0 || n == 0) {
    Shape sh(a->shape.begin(), a->shape.end() - 2);
    sh.push_back(n);
    sh.push_back(m);
    return new_array(sh, a->dtype);
  }
  std::vector<ArrayPtr> usv = svd(a, false, true, hermitian);
  ArrayPtr s = copy_array(usv[1], 'C');
  ArrayPtr cutoff = apply_ufunc(UFuncId::Multiply, {Operand::of(add_last_axis(rcond)), Operand::of(last_axis_max(s))});
  ArrayPtr large = apply_ufunc(UFuncId::Greater, {Operand::of(s), Operand::of(cutoff)});
  // s = divide(1, s, where=large, out=s); s[~large] = 0
  apply_ufunc(UFuncId::TrueDivide, {Operand::py_int(1), Operand::of(s)}, s, large);
  ArrayPtr small = apply_ufunc(UFuncId::LogicalNot, {Operand::of(large)});
  set_index(s, {IndexItem::make_array(small)}, array_from_scalar(Scalar::from_int(0)));
  auto tr = [](const ArrayPtr& x) {
    std::vector<int64_t> perm;
    for (int k = x->ndim() - 1; k >= 0; --k) perm.push_back(k);
    return transpose(x, &perm);
  };
  ArrayPtr scaled = apply_ufunc(UFuncId::Multiply, {Operand::of(add_last_axis(s)), Operand::of(tr(usv[0]))});
  return matmul(tr(usv[2]), scaled);
}

ArrayPtr cond(const ArrayPtr& x, int p_kind, double p, const std::string& p_name) {
  if (x->ndim() >= 2 && (x->shape[static_cast<size_t>(x->ndim() - 1)] == 0 || x->shape[static_cast<size_t>(x->ndim() - 2)] == 0) &&
      x->size() == 0)
    raise_linalg_error("cond is not defined on empty arrays");
  ArrayPtr r;
  if (p_kind == 0 || (p_kind == 1 && (p == 2 || p == -2))) {
    ArrayPtr s = svd(x, true, false, false)[0];
    const int64_t k = s->shape.back();
    ArrayPtr first = basic_index(s, {BasicIndex::make_ellipsis(), BasicIndex::make_int(0)});
    ArrayPtr last = basic_index(s, {BasicIndex::make_ellipsis(), BasicIndex::make_int(k - 1)});
    r = (p_kind == 1 && p == -2) ? apply_ufunc(UFuncId::TrueDivide, {Operand::of(last), Operand::of(first)})
                                 : apply_ufunc(UFuncId::TrueDivide, {Operand::of(first), Operand::of(last)});
  } else {
    assert_stacked_square(*x);
    NormOrder ord = p_kind == 2 ? NormOrder::string(p_name) : NormOrder::number(p);
    const DType rt = linalg_result_type({x.get()});
    ArrayPtr xd = x->dtype == DType::Float64 ? x : astype(x, DType::Float64);
    ArrayPtr inv_x;
    try {
      inv_x = inv(xd);
    } catch (const PyError& e) {
      if (e.type != ErrorType::LinAlgError) throw;
      inv_x = full(xd->shape, array_from_scalar(Scalar::from_double(NAN)), DType::Float64);
    }
    r = apply_ufunc(UFuncId::Multiply, {Operand::of(norm(xd, ord, std::vector<int64_t>{-2, -1})),
                                        Operand::of(norm(inv_x, ord, std::vector<int64_t>{-2, -1}))});
    if (rt != r->dtype) r = astype(r, rt);
  }
  // NaN -> inf unless the input itself had NaNs
  ArrayPtr rr = copy_array(r, 'C');
  ArrayPtr xnan = any(apply_ufunc(UFuncId::IsNan, {Operand::of(x)}), std::vector<int64_t>{-2, -1});
  ArrayPtr xnan_c = copy_array(xnan, 'C');
  const uint8_t* xn = xnan_c->data();
  visit_dtype(rr->dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      T* v = reinterpret_cast<T*>(rr->data());
      for (int64_t i = 0; i < rr->size(); ++i)
        if (std::isnan(v[i]) && !xn[i]) v[i] = std::numeric_limits<T>::infinity();
    }
  });
  return rr;
}

std::vector<ArrayPtr> lstsq(const ArrayPtr& a, const ArrayPtr& b_in, std::optional<double> rcond_in) {
  const bool is_1d = b_in->ndim() == 1;
  ArrayPtr b = is_1d ? expand_dims(b_in, {1}) : b_in;
  for (const ArrayPtr& x : {a, b})
    if (x->ndim() != 2)
      raise_linalg_error(std::to_string(x->ndim()) + "-dimensional array given. Array must be two-dimensional");
  const int64_t m = a->shape[0], n = a->shape[1], m2 = b->shape[0], nrhs = b->shape[1];
  if (m != m2) raise_linalg_error("Incompatible dimensions");
  const DType rt = linalg_result_type({a.get(), b.get()});
  const double rcond = rcond_in ? *rcond_in : 2.220446049250313e-16 * static_cast<double>(std::max(n, m));
  const int64_t k = std::min(m, n), ldb = std::max<int64_t>(std::max(m, n), 1), cols = std::max<int64_t>(nrhs, 1);
  std::vector<double> af(static_cast<size_t>(m * n)), bf(static_cast<size_t>(ldb * cols), 0.0), s(static_cast<size_t>(k));
  load_fortran(*a, a->offset, m, n, a->strides[0], a->strides[1], af.data());
  // A NaN or infinity in `a` leaves NaNs on the bidiagonal, whose QR iteration in DGELSD then
  // never converges (NaNs in b are only carried along). NumPy's xerbla also sets a ValueError
  // (DLASCL rejects the NaN norm), so NumPy surfaces this as a SystemError wrapping the
  // LinAlgError; we raise the LinAlgError it intends.
  for (double v : af)
    if (!std::isfinite(v)) raise_linalg_error("SVD did not converge in Linear Least Squares");
  if (nrhs > 0) {
    std::vector<double> tmp(static_cast<size_t>(m * nrhs));
    load_fortran(*b, b->offset, m, nrhs, b->strides[0], b->strides[1], tmp.data());
    for (int64_t j = 0; j < nrhs; ++j)
      for (int64_t i = 0; i < m; ++i) bf[static_cast<size_t>(i + j * ldb)] = tmp[static_cast<size_t>(i + j * m)];
  }
  int rank = 0;
  if (m > 0 && n > 0 &&
      lapack::dgelsd(static_cast<int>(m), static_cast<int>(n), static_cast<int>(cols), af.data(), static_cast<int>(m), bf.data(),
                     static_cast<int>(ldb), s.data(), rcond, rank) != 0)
    raise_linalg_error("SVD did not converge in Linear Least Squares");
  ArrayPtr x = new_array({n, nrhs}, rt);
  std::vector<double> xb(static_cast<size_t>(n * nrhs));
  for (int64_t j = 0; j < nrhs; ++j)
    for (int64_t i = 0; i < n; ++i) xb[static_cast<size_t>(i + j * n)] = m == 0 ? 0.0 : bf[static_cast<size_t>(i + j * ldb)];
  store_c(xb.data(), n, nrhs, x->data(), rt);
  ArrayPtr resids;
  if (rank == n && m > n) {
    resids = new_array({nrhs}, rt);
    std::vector<double> r(static_cast<size_t>(nrhs));
    for (int64_t j = 0; j < nrhs; ++j) {
      double acc = 0.0;  // abs2_reduce: the squares of rows n..m-1, in order
      for (int64_t i = n; i < m; ++i) acc += bf[static_cast<size_t>(i + j * ldb)] * bf[static_cast<size_t>(i + j * ldb)];
      r[static_cast<size_t>(j)] = acc;
    }
    store_c(r.data(), 1, nrhs, resids->data(), rt);
    // nrhs == 0: NumPy ran the gufunc on one zero column and slices it off again, a view
    // (astype(copy=False) keeps it when the result type is float64).
    if (nrhs == 0 && rt == DType::Float64) resids = make_view(new_array({1}, rt), 0, {0}, {8}, rt);
  } else {
    resids = new_array({0}, rt);
  }
  ArrayPtr sv = new_array({k}, rt);
  store_c(s.data(), 1, k, sv->data(), rt);
  if (is_1d) x = copy_array(reshape(x, {n}), 'C');  // squeeze, then astype(copy=True)
  ArrayPtr rk = new_array({}, DType::Int32);
  Scalar::from_int(rank, DType::Int32).store(rk->data());
  return {x, resids, rk, sv};
}

std::vector<ArrayPtr> slogdet(const ArrayPtr& a) {
  assert_stacked_square(*a);
  const DType rt = linalg_result_type({a.get()});
  ArrayPtr sign = new_array(Shape(a->shape.begin(), a->shape.end() - 2), rt);
  ArrayPtr logdet = new_array(sign->shape, rt);
  slogdet_values(a, sign, logdet);
  return {sign, logdet};
}

ArrayPtr matrix_power(const ArrayPtr& a_in, int64_t n) {
  assert_stacked_square(*a_in);
  ArrayPtr a = a_in;
  if (n == 0) {
    ArrayPtr r = empty_like(a, std::nullopt, 'K', std::nullopt);
    assign_array(r, eye(a->shape[static_cast<size_t>(a->ndim() - 2)], std::nullopt, 0, a->dtype));
    return r;
  }
  if (n < 0) {
    a = inv(a);
    n = -n;
  }
  if (n == 1) return a;
  if (n == 2) return matmul(a, a);
  if (n == 3) return matmul(matmul(a, a), a);
  ArrayPtr z, result;
  while (n > 0) {
    z = z ? matmul(z, z) : a;
    const int64_t bit = n % 2;
    n /= 2;
    if (bit) result = result ? matmul(result, z) : z;
  }
  return result;
}

}  // namespace sl
