# Float samplers that go through log/exp/pow are printed rounded to 6 decimals: the wasm build's
# musl libm may differ from glibc in the last ulp.
# RandomState (np.random.* over the global state): the remaining continuous and discrete distributions, scalar and array parameters,
# size forms, return types and NumPy's parameter errors.
import numpy as np

np.random.seed(12345)
g = np.random
r = lambda x: np.round(x, 6)
print('== continuous')
print(r(g.beta(0.5, 0.5, 4)), r(g.beta(2.0, 3.0, 4)))
print(r(g.chisquare(3.0, 4)), r(g.lognormal(0.0, 1.0, 3)), r(g.lognormal(1.0, 0.5, (2, 2))))
print(r(g.f(5.0, 7.0, 4)))
print(r(g.noncentral_f(3.0, 20.0, 3.0, 4)))
print(r(g.noncentral_chisquare(3.0, 2.0, 4)), r(g.noncentral_chisquare(0.5, 2.0, 4)), r(g.noncentral_chisquare(2.0, 0.0, 2)))
print(r(g.standard_cauchy(4)))
print(r(g.standard_t(10, 4)), r(g.standard_t(1.5, 3)))
print(r(g.vonmises(0.0, 4.0, 4)), r(g.vonmises(1.0, 1e-9, 2)), r(g.vonmises(0.5, 1e-6, 2)), r(g.vonmises(0.2, 1e7, 2)))
print(r(g.pareto(3.0, 4)), r(g.weibull(5.0, 4)), r(g.weibull(0.0, 2)), r(g.power(5.0, 4)))
print(r(g.laplace(0.0, 1.0, 4)), r(g.laplace(size=2)), r(g.gumbel(0.5, 2.0, 4)), r(g.logistic(10, 1, 4)))
print(r(g.rayleigh(3.0, 4)), r(g.rayleigh(size=2)), r(g.wald(3.0, 2.0, 4)))
print(r(g.triangular(-3, 0, 8, 4)), r(g.triangular(0, 0, 1, 2)), r(g.triangular(0, 1, 1, 2)))
print('== discrete')
print(g.geometric(0.35, 6), g.geometric(0.05, 6), g.geometric(1.0, 3))
print(g.zipf(2.0, 6), g.zipf(4.5, 6))
print(g.logseries(0.6, 6), g.logseries(0.99, 6), g.logseries(0.0, 2))
print(g.negative_binomial(1, 0.1, 6), g.negative_binomial(5.5, 0.5, 6))
print(g.hypergeometric(100, 2, 10, 6), g.hypergeometric(15, 15, 15, 6), g.hypergeometric(5, 30, 3, 6))
print(g.hypergeometric(1000, 3000, 2000, 4), g.hypergeometric(10, 10, 20, 2))
print('== scalars and shapes')
for x in [g.f(1, 2), g.standard_cauchy(), g.geometric(0.5), g.hypergeometric(3, 4, 5), g.zipf(3)]:
    print(type(x).__name__)
print(g.standard_cauchy(()).shape, g.gumbel(size=(2, 0)).shape, g.logseries(0.5, 3).dtype)
print('== broadcasting')
print(r(g.laplace([0.0, 10.0, 20.0], [[1.0], [0.1]])))
print(r(g.wald([1.0, 2.0], 1.0, size=(3, 2))))
print(g.geometric([0.2, 0.9, 0.5]), g.hypergeometric([5, 50], [5, 50], [3, 30]))
print(r(g.triangular([0, 1], [1, 2], [2, 3])))
print('== errors')
tests = [lambda: g.f(0, 1), lambda: g.f(1, -1), lambda: g.noncentral_f(1, 1, -1),
         lambda: g.noncentral_chisquare(0, 1), lambda: g.standard_t(0), lambda: g.vonmises(0, -1),
         lambda: g.pareto(0), lambda: g.weibull(-1), lambda: g.power(0), lambda: g.laplace(0, -1),
         lambda: g.gumbel(0, -1), lambda: g.logistic(0, -2), lambda: g.rayleigh(-1), lambda: g.wald(0, 1),
         lambda: g.wald(1, 0), lambda: g.triangular(1, 0, 2), lambda: g.triangular(0, 3, 2),
         lambda: g.triangular(1, 1, 1), lambda: g.geometric(0), lambda: g.geometric(1.5), lambda: g.zipf(1),
         lambda: g.zipf(np.nan), lambda: g.logseries(1), lambda: g.logseries(-0.1),
         lambda: g.negative_binomial(1, 0), lambda: g.hypergeometric(-1, 5, 2), lambda: g.hypergeometric(5, 5, 11),
         lambda: g.chisquare(0), lambda: g.lognormal(0, -1), lambda: g.f([1, 0], 1), lambda: g.geometric([0.5, 2]),
         lambda: g.zipf([2, 0.5]), lambda: g.logseries([0.5, 1]), lambda: g.triangular([0, 2], 1, 3),
         lambda: g.hypergeometric([5, 5], 5, [3, 11]), lambda: g.laplace([0, 1], [1, 1, 1])]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print('== RandomState objects')
rs = np.random.RandomState(7)
print(r(rs.f(2, 3, 3)), rs.zipf(2, 3), rs.hypergeometric(20, 30, 15, 3), r(rs.vonmises(0, 1e7, 2)))
print(rs.tomaxint(3), type(rs.tomaxint()).__name__)
print(rs.bytes(7), np.random.bytes(0), len(np.random.bytes(9)))
print(np.random.random_integers(5, size=4), np.random.random_integers(2, 3, 4), type(np.random.random_integers(4)).__name__)
