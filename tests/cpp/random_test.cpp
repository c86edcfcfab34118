// GoogleTest for NumPy's random streams (random_*.hpp): legacy RandomState (MT19937) and
// Generator (PCG64 via default_rng) must reproduce NumPy bit for bit, so every expectation
// is an exact comparison (EXPECT_EQ on doubles, never NEAR).
//
// Expected values were generated once with NumPy 1.24.2 under /usr/bin/python3: each step
// below is preceded by the NumPy statement that produced its numbers (doubles printed with
// repr(), which round-trips exactly). Arrays longer than 40 elements are checked by their
// first 6 values plus a 64-bit FNV-1a hash of all their bytes (NumPy's arr.tobytes()).
// Error cases carry NumPy's exception type and message, captured the same way.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <initializer_list>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/random_generator.hpp"
#include "core/random_legacy.hpp"
#include "core/views.hpp"

using namespace sl;

namespace {
Shape S(std::initializer_list<int64_t> v) { return v; }

ArrayPtr arr_f(std::initializer_list<double> v) {
  ArrayPtr a = new_array(Shape{static_cast<int64_t>(v.size())}, DType::Float64);
  if (v.size()) std::memcpy(a->data(), v.begin(), v.size() * sizeof(double));
  return a;
}
ArrayPtr arr_i(std::initializer_list<int64_t> v) {
  ArrayPtr a = new_array(Shape{static_cast<int64_t>(v.size())}, DType::Int64);
  if (v.size()) std::memcpy(a->data(), v.begin(), v.size() * sizeof(int64_t));
  return a;
}
ArrayPtr iota(int64_t n) {
  ArrayPtr a = new_array(Shape{n}, DType::Int64);
  for (int64_t i = 0; i < n; ++i) reinterpret_cast<int64_t*>(a->data())[i] = i;
  return a;
}
ArrayPtr sc_i(int64_t v) { return array_from_scalar(Scalar::from_int(v)); }
ArrayPtr sc_u(uint64_t v) { return array_from_scalar(Scalar::from_uint(v)); }
ArrayPtr sc_f(double v) { return array_from_scalar(Scalar::from_double(v)); }

std::vector<Scalar> elements(const ArrayPtr& r) {
  std::vector<Scalar> out;
  for_each_offset(r->shape, r->strides, r->offset,
                  [&](int64_t off) { out.push_back(Scalar::load(r->buffer->data() + off, r->dtype)); });
  return out;
}

void expect_geometry(const ArrayPtr& r, DType dtype, const Shape& shape) {
  ASSERT_TRUE(r);
  EXPECT_EQ(dtype_name(r->dtype), std::string(dtype_name(dtype)));
  EXPECT_EQ(r->shape, shape);
}

void expect_floats(const ArrayPtr& r, DType dtype, const Shape& shape, const std::vector<double>& want) {
  expect_geometry(r, dtype, shape);
  std::vector<Scalar> got = elements(r);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got[i].as_double(), want[i]) << "element " << i;
}

void expect_ints(const ArrayPtr& r, DType dtype, const Shape& shape, const std::vector<int64_t>& want) {
  expect_geometry(r, dtype, shape);
  std::vector<Scalar> got = elements(r);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got[i].as_int64(), want[i]) << "element " << i;
}

uint64_t fnv1a(const ArrayPtr& r) {
  ArrayPtr c = copy_array(r, 'C');
  uint64_t h = 0xcbf29ce484222325ULL;
  const uint8_t* p = c->data();
  for (int64_t i = 0; i < c->nbytes(); ++i) {
    h ^= p[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

void expect_floats_hashed(const ArrayPtr& r, DType dtype, const Shape& shape,
                          const std::vector<double>& head, uint64_t hash) {
  expect_geometry(r, dtype, shape);
  std::vector<Scalar> got = elements(r);
  for (size_t i = 0; i < head.size(); ++i) EXPECT_EQ(got[i].as_double(), head[i]) << "element " << i;
  EXPECT_EQ(fnv1a(r), hash);
}

void expect_ints_hashed(const ArrayPtr& r, DType dtype, const Shape& shape,
                        const std::vector<int64_t>& head, uint64_t hash) {
  expect_geometry(r, dtype, shape);
  std::vector<Scalar> got = elements(r);
  for (size_t i = 0; i < head.size(); ++i) EXPECT_EQ(got[i].as_int64(), head[i]) << "element " << i;
  EXPECT_EQ(fnv1a(r), hash);
}

void expect_error(const std::function<void()>& f, ErrorType type, const std::string& message) {
  try {
    f();
  } catch (const PyError& e) {
    EXPECT_EQ(error_type_name(e.type), std::string(error_type_name(type)));
    EXPECT_EQ(e.message, message);
    return;
  }
  ADD_FAILURE() << "no exception, expected " << error_type_name(type) << ": " << message;
}
}  // namespace

TEST(RandomTutorial, GlobalStateSession) {
  // the calls of the Advanced NumPy Patterns tutorial, in order, on the np.random global state
  // np.random.seed(0)
  global_random_state().seed(0);
  // np.random.rand(10, 3)
  expect_floats(global_random_state().rand({10, 3}), DType::Float64, Shape{10, 3}, {0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969, 0.4236547993389047, 0.6458941130666561, 0.4375872112626925, 0.8917730007820798, 0.9636627605010293, 0.3834415188257777, 0.7917250380826646, 0.5288949197529045, 0.5680445610939323, 0.925596638292661, 0.07103605819788694, 0.08712929970154071, 0.02021839744032572, 0.832619845547938, 0.7781567509498505, 0.8700121482468192, 0.978618342232764, 0.7991585642167236, 0.46147936225293185, 0.7805291762864555, 0.11827442586893322, 0.6399210213275238, 0.1433532874090464, 0.9446689170495839, 0.5218483217500717, 0.4146619399905236});
  // np.random.rand(3, 5)
  expect_floats(global_random_state().rand({3, 5}), DType::Float64, Shape{3, 5}, {0.26455561210462697, 0.7742336894342167, 0.45615033221654855, 0.5684339488686485, 0.018789800436355142, 0.6176354970758771, 0.6120957227224214, 0.6169339968747569, 0.9437480785146242, 0.6818202991034834, 0.359507900573786, 0.43703195379934145, 0.6976311959272649, 0.06022547162926983, 0.6667667154456677});
  // np.random.randint(10, size=8)
  expect_ints(global_random_state().randint(10, std::nullopt, S({8})), DType::Int64, Shape{8}, {7LL, 2LL, 0LL, 3LL, 5LL, 9LL, 4LL, 4LL});
  // np.random.rand(5)
  expect_floats(global_random_state().rand({5}), DType::Float64, Shape{5}, {0.9589492686245203, 0.6527903170054908, 0.6350588736035638, 0.9952995676778876, 0.5818503294385343});
  // np.random.randint(0, 3, size=(3, 4))
  expect_ints(global_random_state().randint(0, 3, S({3, 4})), DType::Int64, Shape{3, 4}, {2LL, 0LL, 2LL, 1LL, 1LL, 1LL, 0LL, 1LL, 1LL, 1LL, 0LL, 1LL});
  // np.random.rand(10, 15, 20)
  expect_floats_hashed(global_random_state().rand({10, 15, 20}), DType::Float64, Shape{10, 15, 20}, {0.013571635612109834, 0.6228460955466695, 0.6736596308357894, 0.9719450024996658, 0.878193471347177, 0.5096243767199001}, 0xb5514b67c4290f62ULL);
  // np.random.randint(5, 15, size=(10, 15))
  expect_ints_hashed(global_random_state().randint(5, 15, S({10, 15})), DType::Int64, Shape{10, 15}, {6LL, 9LL, 5LL, 14LL, 9LL, 12LL}, 0x949658ec1a6cb520ULL);
}

TEST(RandomTutorial, EachCallFreshlySeeded) {
  // np.random.seed(0)
  global_random_state().seed(0);
  // np.random.randint(10, size=8)
  expect_ints(global_random_state().randint(10, std::nullopt, S({8})), DType::Int64, Shape{8}, {5LL, 0LL, 3LL, 3LL, 7LL, 9LL, 3LL, 5LL});
  // np.random.seed(0)
  global_random_state().seed(0);
  // np.random.randint(0, 3, size=(3, 4))
  expect_ints(global_random_state().randint(0, 3, S({3, 4})), DType::Int64, Shape{3, 4}, {0LL, 1LL, 0LL, 1LL, 1LL, 2LL, 0LL, 2LL, 0LL, 0LL, 0LL, 2LL});
  // np.random.seed(0)
  global_random_state().seed(0);
  // np.random.randint(5, 15, size=(10, 15))
  expect_ints_hashed(global_random_state().randint(5, 15, S({10, 15})), DType::Int64, Shape{10, 15}, {10LL, 5LL, 8LL, 8LL, 12LL, 14LL}, 0x4659683a3a9f9b4eULL);
  // np.random.seed(0)
  global_random_state().seed(0);
  // np.random.rand()
  expect_floats(global_random_state().rand({}), DType::Float64, Shape{}, {0.5488135039273248});
}

TEST(RandomLegacy, Seeding) {
  // int seeds use init_genrand, sequences init_by_array
  // rs = np.random.RandomState(1)
  RandomState rs1(1u);
  // rs.random_sample(5)
  expect_floats(rs1.random_sample(S({5})), DType::Float64, Shape{5}, {0.417022004702574, 0.7203244934421581, 0.00011437481734488664, 0.30233257263183977, 0.14675589081711304});
  // rs = np.random.RandomState(12345)
  RandomState rs12345(12345u);
  // rs.random_sample(5)
  expect_floats(rs12345.random_sample(S({5})), DType::Float64, Shape{5}, {0.9296160928171479, 0.3163755545817859, 0.18391881167709445, 0.2045602785530397, 0.5677250290816866});
  // rs = np.random.RandomState(4294967295)
  RandomState rs4294967295(4294967295u);
  // rs.random_sample(5)
  expect_floats(rs4294967295.random_sample(S({5})), DType::Float64, Shape{5}, {0.0976320289940138, 0.9123828453026218, 0.78903530185164, 0.7800035981134678, 0.01793967398674523});
  // rs = np.random.RandomState([1, 2, 3])
  RandomState rsa(0); rsa.seed(std::vector<int64_t>{1, 2, 3});
  // rs.random_sample(4)
  expect_floats(rsa.random_sample(S({4})), DType::Float64, Shape{4}, {0.6098612722867289, 0.8866970434146851, 0.47633673750662764, 0.8976583215326422});
  // rs.seed([2**32 - 1, 0, 7, 9, 11])
  rsa.seed(std::vector<int64_t>{4294967295LL, 0, 7, 9, 11});
  // rs.random_sample(3)
  expect_floats(rsa.random_sample(S({3})), DType::Float64, Shape{3}, {0.0526763090130703, 0.3938359589410172, 0.1843011363762882});
  // rs.seed(7)
  rsa.seed(int64_t{7});
  // rs.random_sample(2)
  expect_floats(rsa.random_sample(S({2})), DType::Float64, Shape{2}, {0.07630828937395717, 0.7799187922401146});
  // rs.seed(-1)
  expect_error([&] { rsa.seed(int64_t{-1}); }, ErrorType::ValueError, "Seed must be between 0 and 2**32 - 1");
  // rs.seed(2**32)
  expect_error([&] { rsa.seed(int64_t{4294967296LL}); }, ErrorType::ValueError, "Seed must be between 0 and 2**32 - 1");
  // rs.seed([])
  expect_error([&] { rsa.seed(std::vector<int64_t>{}); }, ErrorType::ValueError, "Seed must be non-empty");
  // rs.seed([1, -2])
  expect_error([&] { rsa.seed(std::vector<int64_t>{1, -2}); }, ErrorType::ValueError, "Seed must be between 0 and 2**32 - 1");
}

TEST(RandomLegacy, NormalsKeepTheCachedGaussian) {
  // rs = np.random.RandomState(0)
  RandomState rs(0);
  // rs.randn(7)
  expect_floats(rs.randn({7}), DType::Float64, Shape{7}, {1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675, -0.977277879876411, 0.9500884175255894});
  // rs.normal(3, 2, size=4)
  expect_floats(rs.normal(3.0, 2.0, S({4})), DType::Float64, Shape{4}, {2.697285583404604, 2.793562296412884, 3.821197003876745, 3.288087142321756});
  // rs.standard_normal()
  expect_floats(rs.standard_normal(std::nullopt), DType::Float64, Shape{}, {1.454273506962975});
  // rs.normal([0, 10, 100], [1, 2, 3])
  expect_floats(rs.normal(arr_f({0, 10, 100}), arr_f({1, 2, 3}), std::nullopt), DType::Float64, Shape{3}, {0.7610377251469934, 10.243350032985656, 101.33158969823627});
  // rs.normal(0, [1, 2, 3], size=(2, 3))
  expect_floats(rs.normal(0.0, arr_f({1, 2, 3}), S({2, 3})), DType::Float64, Shape{2, 3}, {0.33367432737426683, 2.9881581463152123, -0.6154747912974026, 0.31306770165090136, -1.7081914786034496, -7.658969447502236});
  // rs.seed(0)
  rs.seed(int64_t{0});
  // rs.randn(2, 3)
  expect_floats(rs.randn({2, 3}), DType::Float64, Shape{2, 3}, {1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675, -0.977277879876411});
  // rs.lognormal(1, 0.5, size=3)
  expect_floats(rs.lognormal(1.0, 0.5, S({3})), DType::Float64, Shape{3}, {4.371229015284881, 2.5201574906271884, 2.5815514982521983});
  // rs.randn(10000)
  expect_floats_hashed(rs.randn({10000}), DType::Float64, Shape{10000}, {0.41059850193837233, 0.144043571160878, 1.454273506962975, 0.7610377251469934, 0.12167501649282841, 0.44386323274542566}, 0x577c6cb61ed14273ULL);
  // rs.normal(0, -1)
  expect_error([&] { rs.normal(0.0, -1.0, std::nullopt); }, ErrorType::ValueError, "scale < 0");
  // rs.normal(0, [1, -1])
  expect_error([&] { rs.normal(0.0, arr_f({1, -1}), std::nullopt); }, ErrorType::ValueError, "scale < 0");
  // rs.normal([0, 1], 1, size=3)
  expect_error([&] { rs.normal(arr_f({0, 1}), 1.0, S({3})); }, ErrorType::ValueError, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,).");
  // rs.normal([0, 1], 1, size=(3, 1))
  expect_error([&] { rs.normal(arr_f({0, 1}), 1.0, S({3, 1})); }, ErrorType::ValueError, "Output size (3, 1) is not compatible with broadcast dimensions of inputs (3, 2).");
}

TEST(RandomLegacy, Uniform) {
  // rs = np.random.RandomState(3)
  RandomState rs(3);
  // rs.uniform(-1, 5, size=6)
  expect_floats(rs.uniform(-1.0, 5.0, S({6})), DType::Float64, Shape{6}, {2.304787415447453, 3.2488869357086294, 0.745428433477666, 2.064965631185978, 4.357681726085929, 4.377758533600629});
  // rs.uniform(5, -1, size=2)
  expect_floats(rs.uniform(5.0, -1.0, S({2})), DType::Float64, Shape{2}, {4.246488137216982, 3.7565427311708794});
  // rs.uniform()
  expect_floats(rs.uniform(0.0, 1.0, std::nullopt), DType::Float64, Shape{}, {0.05146720330082988});
  // rs.uniform([0, 1], [[2], [3]])
  expect_floats(rs.uniform(arr_f({0, 1}), reshape(arr_f({2, 3}), S({2, 1})), std::nullopt), DType::Float64, Shape{2, 2}, {0.8816196873012729, 1.0298762108785668, 1.3704996731841332, 2.2982880952295215});
  // rs.uniform(0, np.inf)
  expect_error([&] { rs.uniform(0.0, INFINITY, std::nullopt); }, ErrorType::OverflowError, "Range exceeds valid bounds");
  // rs.uniform([0, 1], [2, np.inf])
  expect_error([&] { rs.uniform(arr_f({0, 1}), arr_f({2, INFINITY}), std::nullopt); }, ErrorType::OverflowError, "Range exceeds valid bounds");
}

TEST(RandomLegacy, RandintEveryDtype) {
  // masked rejection; 8/16-bit and bool draws share a 32-bit word
  // rs = np.random.RandomState(42)
  RandomState rs(42);
  // rs.randint(-128, 128, size=9, dtype=np.int8)
  expect_ints(rs.randint(sc_i(-128LL), sc_i(128LL), S({9}), DType::Int8), DType::Int8, Shape{9}, {-26LL, 92LL, 97LL, -33LL, 51LL, -67LL, 106LL, 75LL, -36LL});
  // rs.randint(-5, 7, size=9, dtype=np.int8)
  expect_ints(rs.randint(sc_i(-5LL), sc_i(7LL), S({9}), DType::Int8), DType::Int8, Shape{9}, {0LL, 0LL, 5LL, -1LL, -2LL, 6LL, 2LL, -1LL, 4LL});
  // rs.randint(-1000, 30000, size=9, dtype=np.int16)
  expect_ints(rs.randint(sc_i(-1000LL), sc_i(30000LL), S({9}), DType::Int16), DType::Int16, Shape{9}, {10964LL, 5465LL, 10284LL, 5347LL, 21118LL, 9224LL, 5265LL, 28218LL, 15850LL});
  // rs.randint(-32768, 32768, size=9, dtype=np.int16)
  expect_ints(rs.randint(sc_i(-32768LL), sc_i(32768LL), S({9}), DType::Int16), DType::Int16, Shape{9}, {29910LL, -26217LL, 4426LL, -28962LL, -10806LL, -2671LL, 14423LL, 23997LL, 28020LL});
  // rs.randint(-2147483648, 2147483648, size=9, dtype=np.int32)
  expect_ints(rs.randint(sc_i(-2147483648LL), sc_i(2147483648LL), S({9}), DType::Int32), DType::Int32, Shape{9}, {434285667LL, -1533875353LL, 893664919LL, 648061058LL, -2059073899LL, -1905197772LL, 2018247425LL, 953477463LL, 1427830251LL});
  // rs.randint(0, 100, size=9, dtype=np.int32)
  expect_ints(rs.randint(sc_i(0LL), sc_i(100LL), S({9}), DType::Int32), DType::Int32, Shape{9}, {29LL, 37LL, 1LL, 63LL, 59LL, 20LL, 32LL, 75LL, 57LL});
  // rs.randint(-1099511627776, 1099511627776, size=9, dtype=np.int64)
  expect_ints(rs.randint(sc_i(-1099511627776LL), sc_i(1099511627776LL), S({9}), DType::Int64), DType::Int64, Shape{9}, {-1009286964996LL, -90095260840LL, -891099307558LL, -848686134786LL, -373461727233LL, 944780085947LL, 890057975566LL, -287373657155LL, -349531370563LL});
  // rs.randint(0, 10, size=9, dtype=np.int64)
  expect_ints(rs.randint(sc_i(0LL), sc_i(10LL), S({9}), DType::Int64), DType::Int64, Shape{9}, {2LL, 6LL, 3LL, 8LL, 2LL, 4LL, 2LL, 6LL, 4LL});
  // rs.randint(-9223372036854775808, 9223372036854775807, size=9, dtype=np.int64)
  expect_ints(rs.randint(sc_i((-9223372036854775807LL - 1)), sc_i(9223372036854775807LL), S({9}), DType::Int64), DType::Int64, Shape{9}, {-913127604676511578LL, -8978676746514978429LL, 8157182590574635323LL, 1167461505679171825LL, -2113692385900025080LL, -8928846573962458572LL, -4964132814209817261LL, -4777236892465900178LL, 3380615329536140742LL});
  // rs.randint(0, 256, size=9, dtype=np.uint8)
  expect_ints(rs.randint(sc_i(0LL), sc_i(256LL), S({9}), DType::UInt8), DType::UInt8, Shape{9}, {171LL, 189LL, 40LL, 156LL, 252LL, 233LL, 195LL, 126LL, 7LL});
  // rs.randint(3, 200, size=9, dtype=np.uint8)
  expect_ints(rs.randint(sc_i(3LL), sc_i(200LL), S({9}), DType::UInt8), DType::UInt8, Shape{9}, {177LL, 178LL, 11LL, 37LL, 163LL, 100LL, 47LL, 59LL, 83LL});
  // rs.randint(0, 65536, size=9, dtype=np.uint16)
  expect_ints(rs.randint(sc_i(0LL), sc_i(65536LL), S({9}), DType::UInt16), DType::UInt16, Shape{9}, {26531LL, 16959LL, 1585LL, 11943LL, 3943LL, 43419LL, 23939LL, 49503LL, 19457LL});
  // rs.randint(7, 9, size=9, dtype=np.uint16)
  expect_ints(rs.randint(sc_i(7LL), sc_i(9LL), S({9}), DType::UInt16), DType::UInt16, Shape{9}, {8LL, 8LL, 8LL, 8LL, 8LL, 8LL, 8LL, 8LL, 8LL});
  // rs.randint(0, 4294967296, size=9, dtype=np.uint32)
  expect_ints(rs.randint(sc_i(0LL), sc_i(4294967296LL), S({9}), DType::UInt32), DType::UInt32, Shape{9}, {793943861LL, 134489564LL, 4164334270LL, 3617585553LL, 3329170137LL, 1931679275LL, 4035117217LL, 1697157321LL, 3843254205LL});
  // rs.randint(5, 1000000, size=9, dtype=np.uint32)
  expect_ints(rs.randint(sc_i(5LL), sc_i(1000000LL), S({9}), DType::UInt32), DType::UInt32, Shape{9}, {623592LL, 950115LL, 535827LL, 487884LL, 564690LL, 782043LL, 353536LL, 263165LL, 579884LL});
  // rs.randint(0, 9223372036854775808, size=9, dtype=np.uint64)
  expect_ints(rs.randint(sc_i(0LL), sc_u(9223372036854775808ULL), S({9}), DType::UInt64), DType::UInt64, Shape{9}, {6355527765445335759LL, 4562250791397040465LL, 732190557709280308LL, 1600276602381676441LL, 8582445647711130363LL, 1974433417905709435LL, 5091286308099431464LL, 5465281548995315726LL, 3048636970354196544LL});
  // rs.randint(0, 2, size=9, dtype=np.bool_)
  expect_ints(rs.randint(sc_i(0LL), sc_i(2LL), S({9}), DType::Bool), DType::Bool, Shape{9}, {0LL, 0LL, 0LL, 1LL, 1LL, 0LL, 1LL, 0LL, 1LL});
  // rs.randint(1, 2, size=9, dtype=np.bool_)
  expect_ints(rs.randint(sc_i(1LL), sc_i(2LL), S({9}), DType::Bool), DType::Bool, Shape{9}, {1LL, 1LL, 1LL, 1LL, 1LL, 1LL, 1LL, 1LL, 1LL});
  // rs.randint(0, 5, size=3, dtype=np.int8)
  expect_ints(rs.randint(0, 5, S({3}), DType::Int8), DType::Int8, Shape{3}, {4LL, 4LL, 0LL});
  // rs.randint(0, 5, size=3, dtype=np.int8)
  expect_ints(rs.randint(0, 5, S({3}), DType::Int8), DType::Int8, Shape{3}, {1LL, 0LL, 4LL});
  // rs.randint(0, 2**64 - 1, size=4, dtype=np.uint64)
  expect_ints(rs.randint(sc_i(0), sc_u(18446744073709551615ULL), S({4}), DType::UInt64), DType::UInt64, Shape{4}, {3665657328862104199LL, 101865178233748542LL, -3404135784546609678LL, -5407527581121871481LL});
  // rs.randint(10)
  expect_ints(rs.randint(10, std::nullopt, std::nullopt), DType::Int64, Shape{}, {2LL});
  // rs.randint(3, 4, size=2)
  expect_ints(rs.randint(3, 4, S({2})), DType::Int64, Shape{2}, {3LL, 3LL});
  // rs.randint([0, 10, 100], [5, 20, 1000], size=(2, 3))
  expect_ints(rs.randint(arr_i({0, 10, 100}), arr_i({5, 20, 1000}), S({2, 3})), DType::Int64, Shape{2, 3}, {2LL, 10LL, 478LL, 4LL, 19LL, 330LL});
  // rs.randint(0, [3, 5, 7, 300], dtype=np.int16)
  expect_ints(rs.randint(sc_i(0), arr_i({3, 5, 7, 300}), std::nullopt, DType::Int16), DType::Int16, Shape{4}, {1LL, 4LL, 0LL, 27LL});
  // rs.randint([1, 2], 2**40)
  expect_ints(rs.randint(arr_i({1, 2}), sc_i(1LL << 40), std::nullopt), DType::Int64, Shape{2}, {579176505545LL, 306873053965LL});
  // rs.randint(0, 0, size=0)
  expect_ints(rs.randint(0, 0, S({0})), DType::Int64, Shape{0}, {});
  // rs.randint(0)
  expect_error([&] { rs.randint(0, std::nullopt, std::nullopt); }, ErrorType::ValueError, "high <= 0");
  // rs.randint(5, 2)
  expect_error([&] { rs.randint(5, 2, std::nullopt); }, ErrorType::ValueError, "low >= high");
  // rs.randint(0, 300, dtype=np.int8)
  expect_error([&] { rs.randint(0, 300, std::nullopt, DType::Int8); }, ErrorType::ValueError, "high is out of bounds for int8");
  // rs.randint(-200, 3, dtype=np.int8)
  expect_error([&] { rs.randint(-200, 3, std::nullopt, DType::Int8); }, ErrorType::ValueError, "low is out of bounds for int8");
  // rs.randint(-1, 3, dtype=np.uint64)
  expect_error([&] { rs.randint(-1, 3, std::nullopt, DType::UInt64); }, ErrorType::ValueError, "low is out of bounds for uint64");
  // rs.randint([0, 5], 3)
  expect_error([&] { rs.randint(arr_i({0, 5}), sc_i(3), std::nullopt); }, ErrorType::ValueError, "low >= high");
  // rs.randint(0, [0, 5])
  expect_error([&] { rs.randint(sc_i(0), arr_i({0, 5}), std::nullopt); }, ErrorType::ValueError, "high <= 0");
  // rs.randint(0, [3, 300], dtype=np.uint8)
  expect_error([&] { rs.randint(sc_i(0), arr_i({3, 300}), std::nullopt, DType::UInt8); }, ErrorType::ValueError, "high is out of bounds for uint8");
  // rs.randint(0, 3, dtype=np.float64)
  expect_error([&] { rs.randint(0, 3, std::nullopt, DType::Float64); }, ErrorType::TypeError, "Unsupported dtype dtype('float64') for randint");
  // rs.random_sample(2)
  expect_floats(rs.random_sample(S({2})), DType::Float64, Shape{2}, {0.3308980248526492, 0.06355835028602363});
}

TEST(RandomLegacy, Choice) {
  // rs = np.random.RandomState(0)
  RandomState rs(0);
  // rs.choice(5, 3)
  expect_ints(rs.choice(sc_i(5), S({3})), DType::Int64, Shape{3}, {4LL, 0LL, 3LL});
  // rs.choice(5, 3, replace=False)
  expect_ints(rs.choice(sc_i(5), S({3}), false), DType::Int64, Shape{3}, {0LL, 2LL, 1LL});
  // rs.choice(np.array([10, 20, 30, 40]), size=(2, 3), p=[0.1, 0.2, 0.3, 0.4])
  expect_ints(rs.choice(arr_i({10, 20, 30, 40}), S({2, 3}), true, arr_f({0.1, 0.2, 0.3, 0.4})), DType::Int64, Shape{2, 3}, {40LL, 30LL, 40LL, 40LL, 30LL, 40LL});
  // rs.choice(6, 4, replace=False, p=[0.05, 0.4, 0.05, 0.2, 0.2, 0.1])
  expect_ints(rs.choice(sc_i(6), S({4}), false, arr_f({0.05, 0.4, 0.05, 0.2, 0.2, 0.1})), DType::Int64, Shape{4}, {3LL, 5LL, 1LL, 0LL});
  // rs.choice(np.array([1.5, 2.5, 3.5]))
  expect_floats(rs.choice(arr_f({1.5, 2.5, 3.5}), std::nullopt), DType::Float64, Shape{}, {1.5});
  // rs.choice(7)
  expect_ints(rs.choice(sc_i(7), std::nullopt), DType::Int64, Shape{}, {3LL});
  // rs.choice(100, 20, replace=False)
  expect_ints(rs.choice(sc_i(100), S({20}), false), DType::Int64, Shape{20}, {8LL, 61LL, 90LL, 37LL, 71LL, 30LL, 44LL, 33LL, 60LL, 26LL, 78LL, 7LL, 22LL, 83LL, 10LL, 48LL, 25LL, 92LL, 2LL, 59LL});
  // rs.choice(3, p=np.array([0.2, 0.3, 0.5], dtype=np.float32))
  expect_ints(rs.choice(sc_i(3), std::nullopt, true, astype(arr_f({0.2, 0.3, 0.5}), DType::Float32)), DType::Int64, Shape{}, {1LL});
  // rs.choice(0)
  expect_error([&] { rs.choice(sc_i(0), std::nullopt); }, ErrorType::ValueError, "a must be greater than 0 unless no samples are taken");
  // rs.choice(0, size=0)
  expect_ints(rs.choice(sc_i(0), S({0})), DType::Int64, Shape{0}, {});
  // rs.choice(3, 5, replace=False)
  expect_error([&] { rs.choice(sc_i(3), S({5}), false); }, ErrorType::ValueError, "Cannot take a larger sample than population when 'replace=False'");
  // rs.choice(5, p=[0.1] * 5)
  expect_error([&] { rs.choice(sc_i(5), std::nullopt, true, arr_f({0.1, 0.1, 0.1, 0.1, 0.1})); }, ErrorType::ValueError, "probabilities do not sum to 1");
  // rs.choice(3, p=[0.5, 0.6, -0.1])
  expect_error([&] { rs.choice(sc_i(3), std::nullopt, true, arr_f({0.5, 0.6, -0.1})); }, ErrorType::ValueError, "probabilities are not non-negative");
  // rs.choice(3, p=[0.5, 0.5])
  expect_error([&] { rs.choice(sc_i(3), std::nullopt, true, arr_f({0.5, 0.5})); }, ErrorType::ValueError, "'a' and 'p' must have same size");
  // rs.choice(3, 3, replace=False, p=[0.5, 0.5, 0])
  expect_error([&] { rs.choice(sc_i(3), S({3}), false, arr_f({0.5, 0.5, 0})); }, ErrorType::ValueError, "Fewer non-zero entries in p than size");
  // rs.choice(2.5)
  expect_error([&] { rs.choice(sc_f(2.5), std::nullopt); }, ErrorType::ValueError, "a must be 1-dimensional or an integer");
  // rs.choice(np.zeros((2, 2)))
  expect_error([&] { rs.choice(reshape(arr_f({0, 0, 0, 0}), S({2, 2})), std::nullopt); }, ErrorType::ValueError, "a must be 1-dimensional");
  // rs.choice(np.array([]))
  expect_error([&] { rs.choice(arr_f({}), std::nullopt); }, ErrorType::ValueError, "'a' cannot be empty unless no samples are taken");
}

TEST(RandomLegacy, PermutationAndShuffle) {
  // rs = np.random.RandomState(5)
  RandomState rs(5);
  // rs.permutation(10)
  expect_ints(rs.permutation(int64_t{10}), DType::Int64, Shape{10}, {9LL, 5LL, 2LL, 4LL, 7LL, 1LL, 0LL, 8LL, 6LL, 3LL});
  // rs.permutation(np.arange(12).reshape(4, 3))
  expect_ints(rs.permutation(reshape(iota(12), S({4, 3}))), DType::Int64, Shape{4, 3}, {3LL, 4LL, 5LL, 9LL, 10LL, 11LL, 6LL, 7LL, 8LL, 0LL, 1LL, 2LL});
  // rs.permutation(np.array([1.5, -2.0, 3.25]))
  expect_floats(rs.permutation(arr_f({1.5, -2.0, 3.25})), DType::Float64, Shape{3}, {3.25, -2.0, 1.5});
  // x = np.arange(10, dtype=np.int32); rs.shuffle(x)
  ArrayPtr x = astype(iota(10), DType::Int32); rs.shuffle(x);
  // x
  expect_ints(x, DType::Int32, Shape{10}, {6LL, 2LL, 8LL, 9LL, 4LL, 3LL, 0LL, 7LL, 5LL, 1LL});
  // y = np.arange(15.0).reshape(5, 3); rs.shuffle(y)
  ArrayPtr y = astype(reshape(iota(15), S({5, 3})), DType::Float64); rs.shuffle(y);
  // y
  expect_floats(y, DType::Float64, Shape{5, 3}, {9.0, 10.0, 11.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 12.0, 13.0, 14.0});
  // z = np.arange(20).reshape(4, 5)[:, ::2]; rs.shuffle(z)
  ArrayPtr zb = reshape(iota(20), S({4, 5})); ArrayPtr z = basic_index(zb, {BasicIndex::make_slice({}), BasicIndex::make_slice({std::nullopt, std::nullopt, 2})}); rs.shuffle(z);
  // z
  expect_ints(z, DType::Int64, Shape{4, 3}, {0LL, 2LL, 4LL, 15LL, 17LL, 19LL, 5LL, 7LL, 9LL, 10LL, 12LL, 14LL});
  // rs.permutation(1000)
  expect_ints_hashed(rs.permutation(int64_t{1000}), DType::Int64, Shape{1000}, {34LL, 33LL, 478LL, 614LL, 236LL, 575LL}, 0xe1b00c76754f3111ULL);
  // rs.permutation(np.array(5))
  expect_error([&] { rs.permutation(sc_i(5)); }, ErrorType::IndexError, "x must be an integer or at least 1-dimensional");
  // rs.shuffle(np.array(5))
  expect_error([&] { rs.shuffle(sc_i(5)); }, ErrorType::TypeError, "len() of unsized object");
}

TEST(RandomLegacy, DiscreteDistributions) {
  // rs = np.random.RandomState(7)
  RandomState rs(7);
  // rs.poisson(3, size=10)
  expect_ints(rs.poisson(3.0, S({10})), DType::Int64, Shape{10}, {2LL, 4LL, 4LL, 1LL, 4LL, 5LL, 4LL, 3LL, 4LL, 3LL});
  // rs.poisson(25.5, size=10)
  expect_ints(rs.poisson(25.5, S({10})), DType::Int64, Shape{10}, {25LL, 24LL, 20LL, 24LL, 27LL, 24LL, 17LL, 26LL, 37LL, 15LL});
  // rs.poisson([0, 1, 10, 1000])
  expect_ints(rs.poisson(arr_f({0, 1, 10, 1000}), std::nullopt), DType::Int64, Shape{4}, {0LL, 1LL, 14LL, 1036LL});
  // rs.poisson(5)
  expect_ints(rs.poisson(5.0, std::nullopt), DType::Int64, Shape{}, {5LL});
  // rs.binomial(10, 0.3, size=8)
  expect_ints(rs.binomial(10, 0.3, S({8})), DType::Int64, Shape{8}, {2LL, 2LL, 2LL, 3LL, 3LL, 4LL, 4LL, 3LL});
  // rs.binomial(100, 0.4, size=8)
  expect_ints(rs.binomial(100, 0.4, S({8})), DType::Int64, Shape{8}, {34LL, 42LL, 38LL, 39LL, 47LL, 32LL, 37LL, 35LL});
  // rs.binomial(100, 0.9, size=8)
  expect_ints(rs.binomial(100, 0.9, S({8})), DType::Int64, Shape{8}, {90LL, 89LL, 87LL, 85LL, 93LL, 92LL, 89LL, 93LL});
  // rs.binomial(100000, 0.5, size=8)
  expect_ints(rs.binomial(100000, 0.5, S({8})), DType::Int64, Shape{8}, {49904LL, 49808LL, 50004LL, 49969LL, 49775LL, 50181LL, 49954LL, 49964LL});
  // rs.binomial(0, 0.5, size=3)
  expect_ints(rs.binomial(0, 0.5, S({3})), DType::Int64, Shape{3}, {0LL, 0LL, 0LL});
  // rs.binomial([5, 50, 500], [0.1, 0.5, 0.99])
  expect_ints(rs.binomial(arr_i({5, 50, 500}), arr_f({0.1, 0.5, 0.99}), std::nullopt), DType::Int64, Shape{3}, {0LL, 19LL, 496LL});
  // rs.negative_binomial(5, 0.3, size=10)
  expect_ints(rs.negative_binomial(5.0, 0.3, S({10})), DType::Int64, Shape{10}, {10LL, 12LL, 4LL, 6LL, 5LL, 6LL, 7LL, 19LL, 6LL, 18LL});
  // rs.negative_binomial(0.5, 0.01, size=10)
  expect_ints(rs.negative_binomial(0.5, 0.01, S({10})), DType::Int64, Shape{10}, {6LL, 134LL, 0LL, 71LL, 0LL, 0LL, 143LL, 62LL, 12LL, 1LL});
  // rs.poisson(50, size=5000)
  expect_ints_hashed(rs.poisson(50.0, S({5000})), DType::Int64, Shape{5000}, {42LL, 61LL, 56LL, 68LL, 47LL, 50LL}, 0x35c3dc16cb6a7615ULL);
  // rs.binomial(1000, 0.3, size=5000)
  expect_ints_hashed(rs.binomial(1000, 0.3, S({5000})), DType::Int64, Shape{5000}, {288LL, 309LL, 302LL, 314LL, 270LL, 313LL}, 0x975e7e1b5d38e1feULL);
  // rs.poisson(-1)
  expect_error([&] { rs.poisson(-1.0, std::nullopt); }, ErrorType::ValueError, "lam < 0 or lam is NaN");
  // rs.poisson([1, -1])
  expect_error([&] { rs.poisson(arr_f({1, -1}), std::nullopt); }, ErrorType::ValueError, "lam < 0 or lam contains NaNs");
  // rs.poisson(1e19)
  expect_error([&] { rs.poisson(1e19, std::nullopt); }, ErrorType::ValueError, "lam value too large");
  // rs.binomial(3, 1.5)
  expect_error([&] { rs.binomial(3, 1.5, std::nullopt); }, ErrorType::ValueError, "p < 0, p > 1 or p is NaN");
  // rs.binomial(-3, 0.5)
  expect_error([&] { rs.binomial(-3, 0.5, std::nullopt); }, ErrorType::ValueError, "n < 0");
  // rs.binomial([3], [1.5])
  expect_error([&] { rs.binomial(arr_i({3}), arr_f({1.5}), std::nullopt); }, ErrorType::ValueError, "p < 0, p > 1 or p contains NaNs");
  // rs.negative_binomial(0, 0.5)
  expect_error([&] { rs.negative_binomial(0.0, 0.5, std::nullopt); }, ErrorType::ValueError, "n <= 0");
}

TEST(RandomLegacy, ContinuousDistributions) {
  // rs = np.random.RandomState(11)
  RandomState rs(11);
  // rs.standard_exponential(5)
  expect_floats(rs.standard_exponential(S({5})), DType::Float64, Shape{5}, {0.19877988169375413, 0.019667382759511447, 0.6221642067711126, 1.290743952689674, 0.5450782794641098});
  // rs.exponential(2.5, size=4)
  expect_floats(rs.exponential(2.5, S({4})), DType::Float64, Shape{4}, {1.6610450980562321, 0.03215797963282305, 1.6705101926058907, 7.109960580525149});
  // rs.standard_gamma(1, size=3)
  expect_floats(rs.standard_gamma(1.0, S({3})), DType::Float64, Shape{3}, {1.902434678729827, 1.3092017368664544, 0.11511467973924784});
  // rs.gamma(0.5, 2, size=6)
  expect_floats(rs.gamma(0.5, 2.0, S({6})), DType::Float64, Shape{6}, {3.2519267001639798, 0.05450718261806552, 0.0008391567859623017, 0.20017655171389248, 1.4959768341221038, 0.23753207953779948});
  // rs.gamma(3, 1, size=6)
  expect_floats(rs.gamma(3.0, 1.0, S({6})), DType::Float64, Shape{6}, {4.059966867737681, 6.153074618294909, 4.88578659778733, 2.1924031240140653, 3.8335895728490152, 2.7884900419016088});
  // rs.gamma([0.1, 1, 10], 1)
  expect_floats(rs.gamma(arr_f({0.1, 1, 10}), 1.0, std::nullopt), DType::Float64, Shape{3}, {6.307308400558597e-07, 0.06580484875167973, 7.880415044136717});
  // rs.standard_gamma(0)
  expect_floats(rs.standard_gamma(0.0, std::nullopt), DType::Float64, Shape{}, {0.0});
  // rs.chisquare(3, size=4)
  expect_floats(rs.chisquare(3.0, S({4})), DType::Float64, Shape{4}, {1.9400869831559142, 4.99880072104258, 1.1546521065849333, 10.097374138469334});
  // rs.beta(0.5, 0.5, size=4)
  expect_floats(rs.beta(0.5, 0.5, S({4})), DType::Float64, Shape{4}, {0.13024941828540695, 0.9926895707468526, 0.000723451857097655, 0.1546953468212707});
  // rs.beta(2, 3, size=4)
  expect_floats(rs.beta(2.0, 3.0, S({4})), DType::Float64, Shape{4}, {0.5910165289095615, 0.40303089480928644, 0.6032267781689994, 0.3030628593919586});
  // rs.gamma(2.5, 3, size=3000)
  expect_floats_hashed(rs.gamma(2.5, 3.0, S({3000})), DType::Float64, Shape{3000}, {1.705810568350259, 5.316400765062015, 16.213641827312614, 1.2867492949424817, 2.6734012557555897, 9.085331414158755}, 0xa9fcfc70f0da020fULL);
  // rs.gamma(-1)
  expect_error([&] { rs.gamma(-1.0, 1.0, std::nullopt); }, ErrorType::ValueError, "shape < 0");
  // rs.exponential(-1)
  expect_error([&] { rs.exponential(-1.0, std::nullopt); }, ErrorType::ValueError, "scale < 0");
  // rs.chisquare(0)
  expect_error([&] { rs.chisquare(0.0, std::nullopt); }, ErrorType::ValueError, "df <= 0");
}

TEST(RandomGenerator, SeedingAndRandom) {
  // default_rng(seed) = Generator(PCG64(SeedSequence(seed)))
  // g = np.random.default_rng(0)
  Generator g = default_rng({0});
  // g.random(8)
  expect_floats(g.random(S({8})), DType::Float64, Shape{8}, {0.6369616873214543, 0.2697867137638703, 0.04097352393619469, 0.016527635528529094, 0.8132702392002724, 0.9127555772777217, 0.6066357757671799, 0.7294965609839984});
  // g.random(5, dtype=np.float32)
  expect_floats(g.random(S({5}), DType::Float32), DType::Float32, Shape{5}, {0.6322707533836365, 0.5436249375343323, 0.5599173903465271, 0.9350724220275879, 0.27734702825546265});
  // g.random()
  expect_floats(g.random(std::nullopt), DType::Float64, Shape{}, {0.002738500170148095});
  // g = np.random.default_rng(42)
  g = default_rng({42});
  // g.random((2, 3))
  expect_floats(g.random(S({2, 3})), DType::Float64, Shape{2, 3}, {0.7739560485559633, 0.4388784397520523, 0.8585979199113825, 0.6973680290593639, 0.09417734788764953, 0.9756223516367559});
  // g = np.random.default_rng([1, 2, 3])
  g = default_rng({1, 2, 3});
  // g.random(3)
  expect_floats(g.random(S({3})), DType::Float64, Shape{3}, {0.6704722626516632, 0.1110146366693816, 0.5115090823948739});
  // g = np.random.default_rng(2**40 + 5)
  g = default_rng({(1LL << 40) + 5});
  // g.random(3)
  expect_floats(g.random(S({3})), DType::Float64, Shape{3}, {0.004739459374490829, 0.3725845824112115, 0.5872294266977701});
  // g = np.random.default_rng([2**40, 7, 0, 0, 9, 11])
  g = default_rng({1LL << 40, 7, 0, 0, 9, 11});
  // g.random(3)
  expect_floats(g.random(S({3})), DType::Float64, Shape{3}, {0.40547548460445426, 0.6644303414668218, 0.47258093283170854});
  // g.random(3, dtype=np.int64)
  expect_error([&] { g.random(S({3}), DType::Int64); }, ErrorType::TypeError, "Unsupported dtype dtype('int64') for random");
  // np.random.default_rng(-1)
  expect_error([&] { default_rng({-1}); }, ErrorType::ValueError, "expected non-negative integer");
}

TEST(RandomGenerator, IntegersEveryDtype) {
  // Lemire's method; PCG64 hands out 32-bit halves, kept across calls
  // g = np.random.default_rng(123)
  Generator g = default_rng({123});
  // g.integers(-128, 128, size=9, dtype=np.int8)
  expect_ints(g.integers(sc_i(-128LL), sc_i(128LL), S({9}), DType::Int8), DType::Int8, Shape{9}, {77LL, 105LL, 115LL, -125LL, 25LL, 28LL, 46LL, 46LL, -93LL});
  // g.integers(-5, 7, size=9, dtype=np.int8)
  expect_ints(g.integers(sc_i(-5LL), sc_i(7LL), S({9}), DType::Int8), DType::Int8, Shape{9}, {5LL, -3LL, 4LL, -5LL, 2LL, 5LL, 3LL, 5LL, -3LL});
  // g.integers(-1000, 30000, size=9, dtype=np.int16)
  expect_ints(g.integers(sc_i(-1000LL), sc_i(30000LL), S({9}), DType::Int16), DType::Int16, Shape{9}, {15955LL, 6907LL, 29720LL, 4715LL, 26226LL, 9341LL, 4242LL, 17198LL, 9781LL});
  // g.integers(-32768, 32768, size=9, dtype=np.int16)
  expect_ints(g.integers(sc_i(-32768LL), sc_i(32768LL), S({9}), DType::Int16), DType::Int16, Shape{9}, {-4877LL, 20453LL, -4208LL, -3186LL, -10631LL, 27744LL, -20247LL, -3312LL, 5225LL});
  // g.integers(-2147483648, 2147483648, size=9, dtype=np.int32)
  expect_ints(g.integers(sc_i(-2147483648LL), sc_i(2147483648LL), S({9}), DType::Int32), DType::Int32, Shape{9}, {1240221964LL, 1373335384LL, 1554383344LL, 1674576365LL, -2039800788LL, 55707681LL, -995712120LL, -1095368698LL, -1111438146LL});
  // g.integers(0, 100, size=9, dtype=np.int32)
  expect_ints(g.integers(sc_i(0LL), sc_i(100LL), S({9}), DType::Int32), DType::Int32, Shape{9}, {82LL, 79LL, 21LL, 40LL, 74LL, 14LL, 62LL, 43LL, 92LL});
  // g.integers(-1099511627776, 1099511627776, size=9, dtype=np.int64)
  expect_ints(g.integers(sc_i(-1099511627776LL), sc_i(1099511627776LL), S({9}), DType::Int64), DType::Int64, Shape{9}, {-589540127878LL, 657783114155LL, 39945338477LL, -590315423850LL, -734684888451LL, -4862109693LL, 181913408520LL, -694148106540LL, -1066757359431LL});
  // g.integers(0, 10, size=9, dtype=np.int64)
  expect_ints(g.integers(sc_i(0LL), sc_i(10LL), S({9}), DType::Int64), DType::Int64, Shape{9}, {1LL, 4LL, 0LL, 7LL, 2LL, 9LL, 1LL, 6LL, 5LL});
  // g.integers(-9223372036854775808, 9223372036854775807, size=9, dtype=np.int64)
  expect_ints(g.integers(sc_i((-9223372036854775807LL - 1)), sc_i(9223372036854775807LL), S({9}), DType::Int64), DType::Int64, Shape{9}, {6727347728103739746LL, -5199346282508586865LL, 6753859013193188827LL, 4256621914753431301LL, -4097662139743444969LL, 5479486404320702679LL, 6737151466990248626LL, -3699717810060451610LL, 498838403326636387LL});
  // g.integers(0, 256, size=9, dtype=np.uint8)
  expect_ints(g.integers(sc_i(0LL), sc_i(256LL), S({9}), DType::UInt8), DType::UInt8, Shape{9}, {127LL, 139LL, 200LL, 234LL, 89LL, 214LL, 255LL, 138LL, 152LL});
  // g.integers(3, 200, size=9, dtype=np.uint8)
  expect_ints(g.integers(sc_i(3LL), sc_i(200LL), S({9}), DType::UInt8), DType::UInt8, Shape{9}, {23LL, 75LL, 157LL, 24LL, 63LL, 117LL, 106LL, 19LL, 183LL});
  // g.integers(0, 65536, size=9, dtype=np.uint16)
  expect_ints(g.integers(sc_i(0LL), sc_i(65536LL), S({9}), DType::UInt16), DType::UInt16, Shape{9}, {28429LL, 15591LL, 62814LL, 42210LL, 43090LL, 50132LL, 35228LL, 60576LL, 8054LL});
  // g.integers(7, 9, size=9, dtype=np.uint16)
  expect_ints(g.integers(sc_i(7LL), sc_i(9LL), S({9}), DType::UInt16), DType::UInt16, Shape{9}, {8LL, 8LL, 8LL, 7LL, 7LL, 7LL, 8LL, 7LL, 8LL});
  // g.integers(0, 4294967296, size=9, dtype=np.uint32)
  expect_ints(g.integers(sc_i(0LL), sc_i(4294967296LL), S({9}), DType::UInt32), DType::UInt32, Shape{9}, {139809438LL, 1606118109LL, 2133318166LL, 2873414959LL, 2011387019LL, 3602929277LL, 548425760LL, 1126330887LL, 1106222535LL});
  // g.integers(5, 1000000, size=9, dtype=np.uint32)
  expect_ints(g.integers(sc_i(5LL), sc_i(1000000LL), S({9}), DType::UInt32), DType::UInt32, Shape{9}, {379778LL, 3186LL, 429321LL, 381070LL, 585433LL, 575875LL, 281258LL, 427301LL, 503142LL});
  // g.integers(0, 9223372036854775808, size=9, dtype=np.uint64)
  expect_ints(g.integers(sc_i(0LL), sc_u(9223372036854775808ULL), S({9}), DType::UInt64), DType::UInt64, Shape{9}, {5686128169222352580LL, 2454190913501718602LL, 7480358662802129247LL, 4606952125524313336LL, 6998789896023870864LL, 5221250249194527899LL, 4034675198578867105LL, 3653879824915403735LL, 205084332831625461LL});
  // g.integers(0, 2, size=9, dtype=np.bool_)
  expect_ints(g.integers(sc_i(0LL), sc_i(2LL), S({9}), DType::Bool), DType::Bool, Shape{9}, {0LL, 1LL, 1LL, 0LL, 1LL, 1LL, 1LL, 0LL, 0LL});
  // g.integers(0, 255, size=6, dtype=np.uint8, endpoint=True)
  expect_ints(g.integers(0, 255, S({6}), DType::UInt8, true), DType::UInt8, Shape{6}, {178LL, 81LL, 129LL, 136LL, 141LL, 95LL});
  // g.integers(-5, 5, size=6, endpoint=True)
  expect_ints(g.integers(-5, 5, S({6}), DType::Int64, true), DType::Int64, Shape{6}, {-1LL, 1LL, 1LL, 5LL, -1LL, -1LL});
  // g.integers(0, 2**64 - 1, size=3, dtype=np.uint64, endpoint=True)
  expect_ints(g.integers(sc_i(0), sc_u(18446744073709551615ULL), S({3}), DType::UInt64, true), DType::UInt64, Shape{3}, {8958502674213928963LL, -8870759867932910521LL, 7537173238740743054LL});
  // g.integers(10)
  expect_ints(g.integers(10, std::nullopt, std::nullopt), DType::Int64, Shape{}, {5LL});
  // g.random(1)
  expect_floats(g.random(S({1})), DType::Float64, Shape{1}, {0.0703506732757253});
  // g.integers(0, 10, size=5)
  expect_ints(g.integers(0, 10, S({5})), DType::Int64, Shape{5}, {5LL, 9LL, 4LL, 3LL, 6LL});
  // g.random(1)
  expect_floats(g.random(S({1})), DType::Float64, Shape{1}, {0.7438791073196565});
  // g.integers([0, 10, 100], [5, 20, 1000], size=(2, 3))
  expect_ints(g.integers(arr_i({0, 10, 100}), arr_i({5, 20, 1000}), S({2, 3})), DType::Int64, Shape{2, 3}, {0LL, 14LL, 281LL, 1LL, 14LL, 105LL});
  // g.integers(0, [3, 5, 7], dtype=np.int8, endpoint=True)
  expect_ints(g.integers(sc_i(0), arr_i({3, 5, 7}), std::nullopt, DType::Int8, true), DType::Int8, Shape{3}, {3LL, 2LL, 3LL});
  // g.integers(0, 100, size=3000, dtype=np.int16)
  expect_ints_hashed(g.integers(0, 100, S({3000}), DType::Int16), DType::Int16, Shape{3000}, {60LL, 75LL, 85LL, 95LL, 1LL, 7LL}, 0x664fb4bef494bb70ULL);
  // g.integers(0, 0, endpoint=False)
  expect_error([&] { g.integers(0, 0, std::nullopt); }, ErrorType::ValueError, "high <= 0");
  // g.integers(0, -1, endpoint=True)
  expect_error([&] { g.integers(0, -1, std::nullopt, DType::Int64, true); }, ErrorType::ValueError, "high < 0");
  // g.integers(3, 2, endpoint=True)
  expect_error([&] { g.integers(3, 2, std::nullopt, DType::Int64, true); }, ErrorType::ValueError, "low > high");
  // g.integers(0, 256, dtype=np.uint8, endpoint=True)
  expect_error([&] { g.integers(0, 256, std::nullopt, DType::UInt8, true); }, ErrorType::ValueError, "high is out of bounds for uint8");
  // g.integers(0, 3, dtype=np.float32)
  expect_error([&] { g.integers(0, 3, std::nullopt, DType::Float32); }, ErrorType::TypeError, "Unsupported dtype dtype('float32') for integers");
}

TEST(RandomGenerator, NormalsZiggurat) {
  // large draws reach the rare tail (idx 0) and wedge paths of the tables
  // g = np.random.default_rng(2024)
  Generator g = default_rng({2024});
  // g.standard_normal(10)
  expect_floats(g.standard_normal(S({10})), DType::Float64, Shape{10}, {1.0288568739519013, 1.6419200406711503, 1.1467195295966137, -0.9731795154745656, -1.3928000963768683, 0.06719635507109722, 0.8613509179404263, 0.509186798845688, 1.8102855742952833, 0.7508434731539183});
  // g.standard_normal(6, dtype=np.float32)
  expect_floats(g.standard_normal(S({6}), DType::Float32), DType::Float32, Shape{6}, {0.41308438777923584, 0.5954078435897827, -0.6262444257736206, 1.5066912174224854, -1.295494556427002, 0.12690192461013794});
  // g.normal(5, 0.5, size=6)
  expect_floats(g.normal(5.0, 0.5, S({6})), DType::Float64, Shape{6}, {5.742202792841851, 5.024456201534767, 5.405760058490779, 4.311788580012715, 4.78181463207959, 4.354454183326003});
  // g.normal([0, 100], [[1], [10]])
  expect_floats(g.normal(arr_f({0, 100}), reshape(arr_f({1, 10}), S({2, 1})), std::nullopt), DType::Float64, Shape{2, 2}, {-0.7756786842437912, 100.90306307774362, -14.805813250203528, 94.65907170285418});
  // g.standard_normal()
  expect_floats(g.standard_normal(std::nullopt), DType::Float64, Shape{}, {0.16378857220098098});
  // g.standard_normal(200000)
  expect_floats_hashed(g.standard_normal(S({200000})), DType::Float64, Shape{200000}, {-0.6684703049155165, -0.25228975964635664, -0.22186154087661292, 0.4181385697197018, -0.43125454836060817, 0.27226068000682285}, 0x2ac28568f11bc4feULL);
  // g.standard_normal(200000, dtype=np.float32)
  expect_floats_hashed(g.standard_normal(S({200000}), DType::Float32), DType::Float32, Shape{200000}, {0.16596120595932007, 1.7529877424240112, -0.8856602907180786, 2.152524709701538, 1.044970989227295, 0.8209913969039917}, 0x93e3ac5a6366f7ddULL);
  // g.normal(0, -1)
  expect_error([&] { g.normal(0.0, -1.0, std::nullopt); }, ErrorType::ValueError, "scale < 0");
  // g.standard_normal(3, dtype=np.int32)
  expect_error([&] { g.standard_normal(S({3}), DType::Int32); }, ErrorType::TypeError, "Unsupported dtype dtype('int32') for standard_normal");
}

TEST(RandomGenerator, UniformAndOtherDistributions) {
  // g = np.random.default_rng(9)
  Generator g = default_rng({9});
  // g.uniform(-1, 5, size=6)
  expect_floats(g.uniform(-1.0, 5.0, S({6})), DType::Float64, Shape{6}, {4.221495223820508, 0.7209032545253322, 2.618888900309371, 3.6652044975210725, 3.296447777621392, 4.492280722943045});
  // g.uniform([0, 1], [[2], [3]])
  expect_floats(g.uniform(arr_f({0, 1}), reshape(arr_f({2, 3}), S({2, 1})), std::nullopt), DType::Float64, Shape{2, 2}, {1.7207872983657693, 1.9182376290487624, 0.07976320340279164, 1.8744960002590174});
  // g.standard_exponential(5)
  expect_floats(g.standard_exponential(S({5})), DType::Float64, Shape{5}, {2.852512516406681, 0.1356038591018593, 0.012505824574811315, 7.224012210548075, 0.22427132768421568});
  // g.exponential(2, size=4)
  expect_floats(g.exponential(2.0, S({4})), DType::Float64, Shape{4}, {4.728767388601444, 0.84935387448005, 0.6155829814896819, 1.3497226025586813});
  // g.standard_gamma(0.5, size=4)
  expect_floats(g.standard_gamma(0.5, S({4})), DType::Float64, Shape{4}, {0.8398140116203444, 1.8858417187502747, 0.311031432701799, 0.008051612853263102});
  // g.gamma(3, 2, size=4)
  expect_floats(g.gamma(3.0, 2.0, S({4})), DType::Float64, Shape{4}, {2.598396442174117, 3.6196406914974704, 7.352093010802376, 7.176200045592478});
  // g.poisson(3, size=8)
  expect_ints(g.poisson(3.0, S({8})), DType::Int64, Shape{8}, {3LL, 3LL, 3LL, 4LL, 2LL, 3LL, 4LL, 1LL});
  // g.poisson(40, size=8)
  expect_ints(g.poisson(40.0, S({8})), DType::Int64, Shape{8}, {42LL, 42LL, 46LL, 40LL, 41LL, 43LL, 43LL, 45LL});
  // g.binomial(10, 0.3, size=8)
  expect_ints(g.binomial(10, 0.3, S({8})), DType::Int64, Shape{8}, {1LL, 4LL, 5LL, 2LL, 4LL, 4LL, 3LL, 1LL});
  // g.binomial(0, 0.3, size=2)
  expect_ints(g.binomial(0, 0.3, S({2})), DType::Int64, Shape{2}, {0LL, 0LL});
  // g.binomial(1000, 0.6, size=8)
  expect_ints(g.binomial(1000, 0.6, S({8})), DType::Int64, Shape{8}, {593LL, 612LL, 605LL, 608LL, 591LL, 597LL, 595LL, 597LL});
  // g.standard_exponential(100000)
  expect_floats_hashed(g.standard_exponential(S({100000})), DType::Float64, Shape{100000}, {0.9356297776849647, 5.746947446902236, 2.8063375255858776, 0.6882285431207519, 0.3489144766999292, 0.9519236698525008}, 0xbc3c63bf625938ceULL);
  // g.gamma(0.7, 1, size=20000)
  expect_floats_hashed(g.gamma(0.7, 1.0, S({20000})), DType::Float64, Shape{20000}, {0.19810689619932098, 0.07517294021114335, 0.37822487941601207, 0.3199648833181105, 1.3531282778972316, 0.15933310354027494}, 0xdf82c5e3299208deULL);
  // g.uniform(1, 0)
  expect_error([&] { g.uniform(1.0, 0.0, std::nullopt); }, ErrorType::ValueError, "high - low < 0");
  // g.uniform([1, 0], 0)
  expect_error([&] { g.uniform(arr_f({1, 0}), 0.0, std::nullopt); }, ErrorType::ValueError, "high - low < 0");
  // g.uniform(-np.inf, 0)
  expect_error([&] { g.uniform(-INFINITY, 0.0, std::nullopt); }, ErrorType::OverflowError, "high - low range exceeds valid bounds");
  // g.poisson(-2)
  expect_error([&] { g.poisson(-2.0, std::nullopt); }, ErrorType::ValueError, "lam < 0 or lam is NaN");
}

TEST(RandomGenerator, Choice) {
  // g = np.random.default_rng(0)
  Generator g = default_rng({0});
  // g.choice(10, 5)
  expect_ints(g.choice(sc_i(10), S({5})), DType::Int64, Shape{5}, {8LL, 6LL, 5LL, 2LL, 3LL});
  // g.choice(10, 5, replace=False)
  expect_ints(g.choice(sc_i(10), S({5}), false), DType::Int64, Shape{5}, {0LL, 7LL, 6LL, 8LL, 1LL});
  // g.choice(10, 5, replace=False, shuffle=False)
  expect_ints(g.choice(sc_i(10), S({5}), false, nullptr, 0, false), DType::Int64, Shape{5}, {5LL, 6LL, 7LL, 4LL, 9LL});
  // g.choice(20000, 1000, replace=False)
  expect_ints_hashed(g.choice(sc_i(20000), S({1000}), false), DType::Int64, Shape{1000}, {9236LL, 17058LL, 9506LL, 18464LL, 17611LL, 3472LL}, 0x68b9fb90f4c0cb2aULL);
  // g.choice(20000, 300, replace=False)
  expect_ints_hashed(g.choice(sc_i(20000), S({300}), false), DType::Int64, Shape{300}, {16999LL, 16402LL, 3810LL, 271LL, 15353LL, 5057LL}, 0x5eb655401af0e96dULL);
  // g.choice(np.array([10, 20, 30, 40]), size=(2, 3), p=[0.1, 0.2, 0.3, 0.4])
  expect_ints(g.choice(arr_i({10, 20, 30, 40}), S({2, 3}), true, arr_f({0.1, 0.2, 0.3, 0.4})), DType::Int64, Shape{2, 3}, {40LL, 20LL, 30LL, 40LL, 10LL, 30LL});
  // g.choice(6, 4, replace=False, p=[0.05, 0.4, 0.05, 0.2, 0.2, 0.1])
  expect_ints(g.choice(sc_i(6), S({4}), false, arr_f({0.05, 0.4, 0.05, 0.2, 0.2, 0.1})), DType::Int64, Shape{4}, {1LL, 4LL, 5LL, 3LL});
  // g.choice(np.arange(12).reshape(3, 4), 2, axis=1)
  expect_ints(g.choice(reshape(iota(12), S({3, 4})), S({2}), true, nullptr, 1), DType::Int64, Shape{3, 2}, {0LL, 1LL, 4LL, 5LL, 8LL, 9LL});
  // g.choice(np.arange(12).reshape(3, 4))
  expect_ints(g.choice(reshape(iota(12), S({3, 4})), std::nullopt), DType::Int64, Shape{4}, {0LL, 1LL, 2LL, 3LL});
  // g.choice(np.array([1.5, 2.5, 3.5]))
  expect_floats(g.choice(arr_f({1.5, 2.5, 3.5}), std::nullopt), DType::Float64, Shape{}, {1.5});
  // g.choice(7)
  expect_ints(g.choice(sc_i(7), std::nullopt), DType::Int64, Shape{}, {0LL});
  // g.choice(2.5)
  expect_error([&] { g.choice(sc_f(2.5), std::nullopt); }, ErrorType::ValueError, "a must be a sequence or an integer, not <class 'float'>");
  // g.choice(0)
  expect_error([&] { g.choice(sc_i(0), std::nullopt); }, ErrorType::ValueError, "a must be a positive integer unless no samples are taken");
  // g.choice(np.array([]))
  expect_error([&] { g.choice(arr_f({}), std::nullopt); }, ErrorType::ValueError, "a cannot be empty unless no samples are taken");
  // g.choice(3, 5, replace=False)
  expect_error([&] { g.choice(sc_i(3), S({5}), false); }, ErrorType::ValueError, "Cannot take a larger sample than population when replace is False");
  // g.choice(3, p=[0.5, 0.5])
  expect_error([&] { g.choice(sc_i(3), std::nullopt, true, arr_f({0.5, 0.5})); }, ErrorType::ValueError, "a and p must have same size");
  // g.choice(2, p=[0.5, 0.6])
  expect_error([&] { g.choice(sc_i(2), std::nullopt, true, arr_f({0.5, 0.6})); }, ErrorType::ValueError, "probabilities do not sum to 1");
}

TEST(RandomGenerator, PermutationAndShuffle) {
  // g = np.random.default_rng(5)
  Generator g = default_rng({5});
  // g.permutation(10)
  expect_ints(g.permutation(int64_t{10}), DType::Int64, Shape{10}, {7LL, 6LL, 1LL, 3LL, 2LL, 4LL, 0LL, 9LL, 5LL, 8LL});
  // g.permutation(np.arange(12).reshape(4, 3))
  expect_ints(g.permutation(reshape(iota(12), S({4, 3}))), DType::Int64, Shape{4, 3}, {0LL, 1LL, 2LL, 3LL, 4LL, 5LL, 9LL, 10LL, 11LL, 6LL, 7LL, 8LL});
  // g.permutation(np.arange(12).reshape(3, 4), axis=1)
  expect_ints(g.permutation(reshape(iota(12), S({3, 4})), 1), DType::Int64, Shape{3, 4}, {2LL, 3LL, 1LL, 0LL, 6LL, 7LL, 5LL, 4LL, 10LL, 11LL, 9LL, 8LL});
  // x = np.arange(10, dtype=np.int32); g.shuffle(x)
  ArrayPtr x = astype(iota(10), DType::Int32); g.shuffle(x);
  // x
  expect_ints(x, DType::Int32, Shape{10}, {2LL, 9LL, 4LL, 3LL, 0LL, 6LL, 8LL, 7LL, 5LL, 1LL});
  // y = np.arange(15.0).reshape(3, 5); g.shuffle(y, axis=1)
  ArrayPtr y = astype(reshape(iota(15), S({3, 5})), DType::Float64); g.shuffle(y, 1);
  // y
  expect_floats(y, DType::Float64, Shape{3, 5}, {3.0, 2.0, 0.0, 4.0, 1.0, 8.0, 7.0, 5.0, 9.0, 6.0, 13.0, 12.0, 10.0, 14.0, 11.0});
  // g.permutation(np.array(5))
  expect_error([&] { g.permutation(sc_i(5)); }, ErrorType::AxisError, "axis 0 is out of bounds for array of dimension 0");
  // g.shuffle(np.arange(3), axis=1)
  expect_error([&] { g.shuffle(iota(3), 1); }, ErrorType::AxisError, "axis 1 is out of bounds for array of dimension 1");
}


TEST(RandomLegacy, GetStateSetStateReplays) {
  // np.random.seed(0); st = np.random.get_state(); st[1][:4], st[2], st[3], st[4]
  RandomState rs(0u);
  RandomState::State st = rs.get_state();
  ASSERT_EQ(st.key.size(), 624u);
  EXPECT_EQ(st.key[0], 0u);
  EXPECT_EQ(st.key[1], 1u);
  EXPECT_EQ(st.key[2], 1812433255u);
  EXPECT_EQ(st.key[3], 1900727105u);
  EXPECT_EQ(st.pos, 624);
  EXPECT_FALSE(st.has_gauss);
  // the stream after set_state repeats, including the cached gaussian
  rs.gauss();
  RandomState::State mid = rs.get_state();
  EXPECT_TRUE(mid.has_gauss);
  const double a = rs.gauss(), b = rs.gauss();
  rs.set_state(mid);
  EXPECT_EQ(rs.gauss(), a);
  EXPECT_EQ(rs.gauss(), b);
  // a short key fails like NumPy's element-wise copy
  RandomState::State bad = mid;
  bad.key.resize(10);
  expect_error([&] { rs.set_state(bad); }, ErrorType::IndexError, "index 10 is out of bounds for axis 0 with size 10");
}
