// random_samplers.cpp — see random_samplers.hpp. The expression shapes follow NumPy's C
// sources on purpose (e.g. `expm1(E / a)` for Generator's pareto but `exp(E / a) - 1` for
// RandomState's): they decide the last bits of every printed sample.
#include "core/random_samplers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/random_legacy.hpp"
#include "core/c_cast.hpp"

namespace sl {
namespace rnd {

namespace {
const double kPi = 3.14159265358979323846;
const double kIntMax = 9223372036854775807.0;  // (double)INT64_MAX: NumPy's RAND_INT_MAX

// ln(k!) for k < 126, each the double nearest the exact value (computed with Python's
// decimal module at 60 digits; NumPy's logfactorial table holds the same doubles).
const double kLogFact[126] = {
    0.0, 0.0, 0.6931471805599453,
    1.791759469228055, 3.1780538303479458, 4.787491742782046,
    6.579251212010101, 8.525161361065415, 10.60460290274525,
    12.801827480081469, 15.104412573075516, 17.502307845873887,
    19.987214495661885, 22.552163853123425, 25.19122118273868,
    27.89927138384089, 30.671860106080672, 33.50507345013689,
    36.39544520803305, 39.339884187199495, 42.335616460753485,
    45.38013889847691, 48.47118135183523, 51.60667556776438,
    54.78472939811232, 58.00360522298052, 61.261701761002,
    64.55753862700634, 67.88974313718154, 71.25703896716801,
    74.65823634883016, 78.0922235533153, 81.55795945611504,
    85.05446701758152, 88.58082754219768, 92.1361756036871,
    95.7196945421432, 99.33061245478743, 102.96819861451381,
    106.63176026064346, 110.32063971475739, 114.0342117814617,
    117.77188139974507, 121.53308151543864, 125.3172711493569,
    129.12393363912722, 132.95257503561632, 136.80272263732635,
    140.67392364823425, 144.5657439463449, 148.47776695177302,
    152.40959258449735, 156.3608363030788, 160.3311282166309,
    164.32011226319517, 168.32744544842765, 172.3527971391628,
    176.39584840699735, 180.45629141754378, 184.53382886144948,
    188.6281734236716, 192.7390472878449, 196.86618167289,
    201.00931639928152, 205.1681994826412, 209.34258675253685,
    213.53224149456327, 217.73693411395422, 221.95644181913033,
    226.1905483237276, 230.43904356577696, 234.70172344281826,
    238.97838956183432, 243.2688490029827, 247.57291409618688,
    251.8904022097232, 256.22113555000954, 260.5649409718632,
    264.9216497985528, 269.2910976510198, 273.6731242856937,
    278.0675734403661, 282.4742926876304, 286.893133295427,
    291.3239500942703, 295.76660135076065, 300.22094864701415,
    304.6868567656687, 309.1641935801469, 313.65282994987905,
    318.1526396202093, 322.66349912672615, 327.1852877037752,
    331.7178871969285, 336.26118197919845, 340.815058870799,
    345.37940706226686, 349.95411804077025, 354.5390855194408,
    359.1342053695754, 363.73937555556347, 368.35449607240474,
    372.979468885689, 377.61419787391867, 382.25858877306,
    386.91254912321756, 391.5759882173296, 396.24881705179155,
    400.93094827891576, 405.6222961611449, 410.32277652693733,
    415.03230672824964, 419.7508055995447, 424.4781934182571,
    429.21439186665157, 433.9593239950148, 438.71291418612117,
    443.47508812091894, 448.2457727453846, 453.0248962384961,
    457.81238798127816, 462.6081785268749, 467.4121995716082,
    472.2243839269806, 477.04466549258564, 481.87297922988796,
};

// The Best-Fisher rejection loop of both vonmises samplers, from `s` on.
double vonmises_loop(BitGenerator& bg, double mu, double kappa, double s) {
  double W;
  for (;;) {
    const double U = bg.next_double();
    const double Z = std::cos(kPi * U);
    W = (1 + s * Z) / (s + Z);
    const double Y = kappa * (s - W);
    const double V = bg.next_double();
    // V == 0 is fine: Y >= 0 always accepts, Y < 0 always rejects
    if ((Y * (2 - Y) - V >= 0) || (std::log(Y / V) + 1 - Y >= 0)) break;
  }
  const double U = bg.next_double();
  double result = std::acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const bool neg = result < 0;
  double mod = std::fabs(result);
  mod = std::fmod(mod + kPi, 2 * kPi) - kPi;
  if (neg) mod *= -1;
  return mod;
}

// vonmises' `s` for kappa in [1e-8, 1e6]
double vonmises_s(double kappa) {
  if (kappa < 1e-5) return 1. / kappa + kappa;  // second-order Taylor expansion at 0
  const double r = 1 + std::sqrt(1 + 4 * kappa * kappa);
  const double rho = (r - std::sqrt(2 * r)) / (2 * kappa);
  return (1 + rho * rho) / (2 * rho);
}

int64_t geometric_search(BitGenerator& bg, double p) {
  int64_t X = 1;
  double sum = p, prod = p;
  const double q = 1.0 - p;
  const double U = bg.next_double();
  while (U > sum) {
    prod *= q;
    sum += prod;
    X++;
  }
  return X;
}

int64_t logseries_loop(BitGenerator& bg, double p, bool legacy) {
  const double r = legacy ? std::log(1.0 - p) : std::log1p(-p);
  for (;;) {
    const double V = bg.next_double();
    if (V >= p) return 1;
    const double U = bg.next_double();
    const double q = legacy ? 1.0 - std::exp(r * U) : -std::expm1(r * U);
    if (V <= q * q) {
      const int64_t result = c_cast_int64(std::floor(1 + std::log(V) / std::log(q)));
      if (result < 1 || V == 0.0) continue;
      return result;
    }
    return V >= q ? 1 : 2;
  }
}
}  // namespace

// ---------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------
double beta(BitGenerator& bg, double a, double b) {
  if (a <= 1.0 && b <= 1.0) {
    if (a < 3e-103 && b < 3e-103) {
      // So small that a sample other than 0 or 1 has probability < 1e-100
      const double U = bg.next_double();
      return (a + b) * U < a ? 1.0 : 0.0;
    }
    for (;;) {  // Johnk's algorithm
      const double U = bg.next_double(), V = bg.next_double();
      const double X = std::pow(U, 1.0 / a), Y = std::pow(V, 1.0 / b);
      const double XpY = X + Y;
      if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        // X or Y underflowed: X / (X + Y) through logarithms
        const double delta = std::log(U) / a - std::log(V) / b;
        if (delta > 0) return std::exp(-std::log1p(std::exp(-delta)));
        return std::exp(delta - std::log1p(std::exp(delta)));
      }
    }
  }
  const double Ga = standard_gamma(bg, a);
  const double Gb = standard_gamma(bg, b);
  return Ga / (Ga + Gb);
}

double chisquare(BitGenerator& bg, double df) { return 2.0 * standard_gamma(bg, df / 2.0); }

double f(BitGenerator& bg, double dfnum, double dfden) {
  return (chisquare(bg, dfnum) * dfden) / (chisquare(bg, dfden) * dfnum);
}

double noncentral_chisquare(BitGenerator& bg, double df, double nonc) {
  if (std::isnan(nonc)) return NAN;
  if (nonc == 0) return chisquare(bg, df);
  if (1 < df) {
    const double Chi2 = chisquare(bg, df - 1);
    const double n = standard_normal(bg) + std::sqrt(nonc);
    return Chi2 + n * n;
  }
  const int64_t i = poisson(bg, nonc / 2.0);
  return chisquare(bg, df + 2 * static_cast<double>(i));
}

double noncentral_f(BitGenerator& bg, double dfnum, double dfden, double nonc) {
  const double t = noncentral_chisquare(bg, dfnum, nonc) * dfden;
  return t / (chisquare(bg, dfden) * dfnum);
}

double standard_cauchy(BitGenerator& bg) {
  const double num = standard_normal(bg);
  return num / standard_normal(bg);
}

double standard_t(BitGenerator& bg, double df) {
  const double num = standard_normal(bg);
  const double denom = standard_gamma(bg, df / 2);
  return std::sqrt(df / 2) * num / std::sqrt(denom);
}

double vonmises(BitGenerator& bg, double mu, double kappa) {
  if (std::isnan(kappa)) return NAN;
  if (kappa < 1e-8) return kPi * (2 * bg.next_double() - 1);  // uniform on the circle
  if (kappa > 1e6) {
    // wrapped normal fallback for very large kappa
    double result = mu + std::sqrt(1. / kappa) * standard_normal(bg);
    if (result < -kPi) result += 2 * kPi;
    if (result > kPi) result -= 2 * kPi;
    return result;
  }
  return vonmises_loop(bg, mu, kappa, vonmises_s(kappa));
}

double pareto(BitGenerator& bg, double a) { return std::expm1(standard_exponential(bg) / a); }

double weibull(BitGenerator& bg, double a) {
  if (a == 0.0) return 0.0;
  return std::pow(standard_exponential(bg), 1. / a);
}

double power(BitGenerator& bg, double a) { return std::pow(-std::expm1(-standard_exponential(bg)), 1. / a); }

double laplace(BitGenerator& bg, double loc, double scale) {
  for (;;) {
    const double U = bg.next_double();
    if (U >= 0.5) return loc - scale * std::log(2.0 - U - U);
    if (U > 0.0) return loc + scale * std::log(U + U);
    // U == 0 is rejected: draw again
  }
}

double gumbel(BitGenerator& bg, double loc, double scale) {
  for (;;) {
    const double U = 1.0 - bg.next_double();
    if (U < 1.0) return loc - scale * std::log(-std::log(U));
  }
}

double logistic(BitGenerator& bg, double loc, double scale) {
  for (;;) {
    const double U = bg.next_double();
    if (U > 0.0) return loc + scale * std::log(U / (1.0 - U));
  }
}

double lognormal(BitGenerator& bg, double mean, double sigma) {
  return std::exp(mean + sigma * standard_normal(bg));
}

double rayleigh(BitGenerator& bg, double scale) { return scale * std::sqrt(2.0 * standard_exponential(bg)); }

double wald(BitGenerator& bg, double mean, double scale) {
  const double mu_2l = mean / (2 * scale);
  double Y = standard_normal(bg);
  Y = mean * Y * Y;
  const double X = mean + mu_2l * (Y - std::sqrt(4 * scale * Y + Y * Y));
  const double U = bg.next_double();
  if (U <= mean / (mean + X)) return X;
  return mean * mean / X;
}

double triangular(BitGenerator& bg, double left, double mode, double right) {
  const double base = right - left;
  const double leftbase = mode - left;
  const double ratio = leftbase / base;
  const double leftprod = leftbase * base;
  const double rightprod = (right - mode) * base;
  const double U = bg.next_double();
  if (U <= ratio) return left + std::sqrt(U * leftprod);
  return right - std::sqrt((1.0 - U) * rightprod);
}

int64_t negative_binomial(BitGenerator& bg, double n, double p) {
  const double Y = (1 - p) / p * standard_gamma(bg, n);
  return poisson(bg, Y);
}

int64_t geometric(BitGenerator& bg, double p) {
  if (p >= 0.333333333333333333333333) return geometric_search(bg, p);
  const double z = std::ceil(-standard_exponential(bg) / std::log1p(-p));
  if (z >= 9.223372036854776e+18) return INT64_MAX;
  return static_cast<int64_t>(z);
}

int64_t zipf(BitGenerator& bg, double a) {
  if (a >= 1025) return 1;  // b would overflow; P(X > 1) < 3e-309
  const double am1 = a - 1.0;
  const double b = std::pow(2.0, am1);
  // U is drawn from (Umin, 1]: smaller U would give an X too large to represent
  const double Umin = std::pow(kIntMax, -am1);
  for (;;) {
    const double U01 = bg.next_double();
    const double U = U01 * Umin + (1 - U01);
    const double V = bg.next_double();
    const double X = std::floor(std::pow(U, -1.0 / am1));
    if (X > kIntMax || X < 1.0) continue;
    const double T = std::pow(1.0 + 1.0 / X, am1);
    if (V * X * (T - 1.0) / (b - 1.0) <= T / b) return static_cast<int64_t>(X);
  }
}

int64_t logseries(BitGenerator& bg, double p) { return logseries_loop(bg, p, false); }

double logfactorial(int64_t k) {
  if (k < 126) return kLogFact[k];
  const double halfln2pi = 0.9189385332046728;
  const double kd = static_cast<double>(k);
  return (kd + 0.5) * std::log(kd) - kd + (halfln2pi + (1.0 / kd) * (1 / 12.0 - 1 / (360.0 * kd * kd)));
}

namespace {
// Draw `sample` items one by one (small samples)
int64_t hypergeometric_sample(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample) {
  const int64_t total = good + bad;
  const int64_t computed_sample = sample > total / 2 ? total - sample : sample;
  int64_t remaining_total = total, remaining_good = good, left = computed_sample;
  while (left > 0 && remaining_good > 0 && remaining_total > remaining_good) {
    --remaining_total;  // random_interval's bound is inclusive
    if (static_cast<int64_t>(random_interval(bg, static_cast<uint64_t>(remaining_total))) < remaining_good)
      --remaining_good;
    --left;
  }
  if (remaining_total == remaining_good) remaining_good -= left;  // only good ones left
  return sample > total / 2 ? remaining_good : good - remaining_good;
}

// Stadlober's ratio-of-uniforms (HRUA) with NumPy's constants D1 = 2 sqrt(2/e),
// D2 = 3 - 2 sqrt(3/e).
const double kD1 = 1.7155277699214135;
const double kD2 = 0.8989161620588988;

int64_t hypergeometric_hrua(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample) {
  const int64_t popsize = good + bad;
  const int64_t computed_sample = std::min(sample, popsize - sample);
  const int64_t mingoodbad = std::min(good, bad), maxgoodbad = std::max(good, bad);
  const double p = static_cast<double>(mingoodbad) / popsize;
  const double q = static_cast<double>(maxgoodbad) / popsize;
  const double mu = computed_sample * p;
  const double a = mu + 0.5;
  const double var = static_cast<double>(popsize - computed_sample) * computed_sample * p * q / (popsize - 1);
  const double c = std::sqrt(var + 0.5);
  const double h = kD1 * c + kD2;
  const int64_t m = static_cast<int64_t>(
      std::floor(static_cast<double>(computed_sample + 1) * (mingoodbad + 1) / (popsize + 2)));
  const double g = logfactorial(m) + logfactorial(mingoodbad - m) + logfactorial(computed_sample - m) +
                   logfactorial(maxgoodbad - computed_sample + m);
  const double b = std::min(static_cast<double>(std::min(computed_sample, mingoodbad) + 1), std::floor(a + 16 * c));
  int64_t K;
  for (;;) {
    const double U = bg.next_double();
    const double V = bg.next_double();
    const double X = a + h * (V - 0.5) / U;
    if (X < 0.0 || X >= b) continue;  // fast rejection
    K = c_cast_int64(std::floor(X));
    const double gp = logfactorial(K) + logfactorial(mingoodbad - K) + logfactorial(computed_sample - K) +
                      logfactorial(maxgoodbad - computed_sample + K);
    const double T = g - gp;
    if ((U * (4.0 - U) - 3.0) <= T) break;  // fast acceptance
    if (U * (U - T) >= 1) continue;          // fast rejection
    if (2.0 * std::log(U) <= T) break;
  }
  if (good > bad) K = computed_sample - K;
  if (computed_sample < sample) K = good - K;
  return K;
}
}  // namespace

int64_t hypergeometric(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample) {
  if (sample >= 10 && sample <= good + bad - 10) return hypergeometric_hrua(bg, good, bad, sample);
  return hypergeometric_sample(bg, good, bad, sample);
}

void multinomial(BitGenerator& bg, int64_t n, int64_t* out, const double* pix, int64_t d,
                 BinomialCache& cache) {
  double remaining_p = 1.0;
  int64_t dn = n;
  for (int64_t j = 0; j < d - 1; j++) {
    out[j] = binomial(bg, pix[j] / remaining_p, dn, cache);
    dn -= out[j];
    if (dn <= 0) break;
    remaining_p -= pix[j];
  }
  if (dn > 0) out[d - 1] = dn;
}

// ---------------------------------------------------------------------------------------
// RandomState (legacy)
// ---------------------------------------------------------------------------------------
double legacy_beta(RandomState& rs, double a, double b) {
  BitGenerator& bg = rs.bit_generator();
  if (a <= 1.0 && b <= 1.0) {
    for (;;) {  // Johnk's algorithm
      const double U = bg.next_double(), V = bg.next_double();
      const double X = std::pow(U, 1.0 / a), Y = std::pow(V, 1.0 / b);
      if (X + Y <= 1.0) {
        if (X + Y > 0) return X / (X + Y);
        double logX = std::log(U) / a, logY = std::log(V) / b;
        const double logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return std::exp(logX - std::log(std::exp(logX) + std::exp(logY)));
      }
    }
  }
  const double Ga = rs.legacy_standard_gamma(a);
  const double Gb = rs.legacy_standard_gamma(b);
  return Ga / (Ga + Gb);
}

double legacy_chisquare(RandomState& rs, double df) { return 2.0 * rs.legacy_standard_gamma(df / 2.0); }

double legacy_f(RandomState& rs, double dfnum, double dfden) {
  const double num = legacy_chisquare(rs, dfnum) * dfden;
  return num / (legacy_chisquare(rs, dfden) * dfnum);
}

double legacy_noncentral_chisquare(RandomState& rs, double df, double nonc) {
  if (nonc == 0) return legacy_chisquare(rs, df);
  if (1 < df) {
    const double Chi2 = legacy_chisquare(rs, df - 1);
    const double n = rs.gauss() + std::sqrt(nonc);
    return Chi2 + n * n;
  }
  const int64_t i = poisson(rs.bit_generator(), nonc / 2.0);
  const double out = legacy_chisquare(rs, df + 2 * static_cast<double>(i));
  return std::isnan(nonc) ? NAN : out;  // NaN guard placed after the draws (stream kept)
}

double legacy_noncentral_f(RandomState& rs, double dfnum, double dfden, double nonc) {
  const double t = legacy_noncentral_chisquare(rs, dfnum, nonc) * dfden;
  return t / (legacy_chisquare(rs, dfden) * dfnum);
}

double legacy_standard_cauchy(RandomState& rs) {
  const double num = rs.gauss();
  return num / rs.gauss();
}

double legacy_standard_t(RandomState& rs, double df) {
  const double num = rs.gauss();
  const double denom = rs.legacy_standard_gamma(df / 2);
  return std::sqrt(df / 2) * num / std::sqrt(denom);
}

double legacy_vonmises(BitGenerator& bg, double mu, double kappa) {
  if (std::isnan(kappa)) return NAN;
  if (kappa < 1e-8) return kPi * (2 * bg.next_double() - 1);
  return vonmises_loop(bg, mu, kappa, vonmises_s(kappa));
}

double legacy_pareto(RandomState& rs, double a) { return std::exp(rs.legacy_standard_exponential() / a) - 1; }

double legacy_weibull(RandomState& rs, double a) {
  if (a == 0.0) return 0.0;
  return std::pow(rs.legacy_standard_exponential(), 1. / a);
}

double legacy_power(RandomState& rs, double a) {
  return std::pow(1 - std::exp(-rs.legacy_standard_exponential()), 1. / a);
}

double legacy_rayleigh(BitGenerator& bg, double scale) {
  return scale * std::sqrt(-2.0 * std::log1p(-bg.next_double()));
}

double legacy_wald(RandomState& rs, double mean, double scale) {
  const double mu_2l = mean / (2 * scale);
  double Y = rs.gauss();
  Y = mean * Y * Y;
  const double X = mean + mu_2l * (Y - std::sqrt(4 * scale * Y + Y * Y));
  const double U = rs.bit_generator().next_double();
  if (U <= mean / (mean + X)) return X;
  return mean * mean / X;
}

int64_t legacy_geometric(BitGenerator& bg, double p) {
  if (p >= 0.333333333333333333333333) return geometric_search(bg, p);
  return static_cast<int64_t>(std::ceil(std::log1p(-bg.next_double()) / std::log(1 - p)));
}

int64_t legacy_zipf(BitGenerator& bg, double a) {
  const double am1 = a - 1.0;
  const double b = std::pow(2.0, am1);
  for (;;) {
    const double U = 1.0 - bg.next_double();
    const double V = bg.next_double();
    const double X = std::floor(std::pow(U, -1.0 / am1));
    if (X > kIntMax || X < 1.0) continue;  // truncated to the C long range
    const double T = std::pow(1.0 + 1.0 / X, am1);
    if (V * X * (T - 1.0) / (b - 1.0) <= T / b) return static_cast<int64_t>(X);
  }
}

int64_t legacy_logseries(BitGenerator& bg, double p) { return logseries_loop(bg, p, true); }

namespace {
int64_t legacy_hyp(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample) {
  const int64_t d1 = bad + good - sample;
  const double d2 = static_cast<double>(std::min(bad, good));
  double y = d2;
  int64_t k = sample;
  while (y > 0.0) {
    const double u = bg.next_double();
    y -= c_cast_int64(std::floor(u + y / (d1 + k)));
    k--;
    if (k == 0) break;
  }
  int64_t z = static_cast<int64_t>(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

int64_t legacy_hrua(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample) {
  const int64_t mingoodbad = std::min(good, bad), popsize = good + bad, maxgoodbad = std::max(good, bad);
  const int64_t m = std::min(sample, popsize - sample);
  const double d4 = static_cast<double>(mingoodbad) / popsize;
  const double d5 = 1.0 - d4;
  const double d6 = m * d4 + 0.5;
  const double d7 = std::sqrt(static_cast<double>(popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5);
  const double d8 = kD1 * d7 + kD2;
  const int64_t d9 = c_cast_int64(std::floor(static_cast<double>(m + 1) * (mingoodbad + 1) / (popsize + 2)));
  const double d10 = loggam(d9 + 1) + loggam(mingoodbad - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgoodbad - m + d9 + 1);
  const double d11 = std::min(std::min(m, mingoodbad) + 1.0, std::floor(d6 + 16 * d7));
  int64_t Z;
  for (;;) {
    const double X = bg.next_double();
    const double Y = bg.next_double();
    const double W = d6 + d8 * (Y - 0.5) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = c_cast_int64(std::floor(W));
    const double T = d10 - (loggam(Z + 1) + loggam(mingoodbad - Z + 1) + loggam(m - Z + 1) +
                            loggam(maxgoodbad - m + Z + 1));
    if ((X * (4.0 - X) - 3.0) <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * std::log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}
}  // namespace

int64_t legacy_hypergeometric(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample) {
  if (sample > 10) return legacy_hrua(bg, good, bad, sample);
  if (sample > 0) return legacy_hyp(bg, good, bad, sample);
  return 0;
}

}  // namespace rnd
}  // namespace sl
