// time_module.cpp — the `time` module: time/time_ns, perf_counter(_ns), monotonic(_ns),
// process_time(_ns), sleep (interruptible: through the host's blocking wait, or spinning on
// the interrupt check), gmtime/localtime as time.struct_time, mktime, strftime, asctime,
// ctime, with CPython's messages. Local time is the C library's (UTC in the browser).
#include <chrono>
#include <cmath>
#include <ctime>

#include "core/interrupt.hpp"
#include "core/interrupt_poll.hpp"
#include "core/run_effects.hpp"
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/collections_types.hpp"
#include "modules/stdlib/time_module.hpp"

namespace sl {

namespace {

std::function<void(double)>& sleep_host() {
  static auto* h = new std::function<void(double)>();
  return *h;
}

// Every reading of a clock is a run effect: a replay of the cell reads another time.
double wall_seconds() {
  note_run_effect(RunEffect::Clock);
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}
int64_t wall_ns() {
  note_run_effect(RunEffect::Clock);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}
int64_t steady_ns() {
  note_run_effect(RunEffect::Clock);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

const char* const kFields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                               "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

TypeObject* struct_time_type() {
  static TypeObject* t = [] {
    std::vector<ObjPtr> names;
    for (const char* f : kFields) names.push_back(make_str(f));
    std::vector<KwArg> kw = {{"module", make_str("time")}};
    ObjPtr args[2] = {make_str("struct_time"), make_list(names)};
    TypeObject* t = cast<TypeObject>(make_namedtuple_class(PosArgs(args, 2), KwArgs(kw.data(), kw.size())));
    t->python_level = false;  // a C struct sequence: "time.struct_time" in messages
    static UnaryFn nt_repr = t->repr;
    t->repr = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
      return make_str("time." + str_value(nt_repr(in, self)));
    };
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("struct_time", args, 1, 2);
      std::vector<ObjPtr> items = iterate(args[0]);
      if (items.size() != 9)
        raise_type_error("time.struct_time() takes an at least 9-sequence (" + std::to_string(items.size()) +
                         "-sequence given)");
      auto r = make_object<TupleObject>(std::move(items));
      r->unsafe_set_type(cls);
      return r;
    };
    return t;
  }();
  return t;
}

ObjPtr to_struct_time(const std::tm& tm) {
  std::vector<ObjPtr> items = {make_int(tm.tm_year + 1900), make_int(tm.tm_mon + 1), make_int(tm.tm_mday),
                               make_int(tm.tm_hour),        make_int(tm.tm_min),     make_int(tm.tm_sec),
                               make_int((tm.tm_wday + 6) % 7), make_int(tm.tm_yday + 1), make_int(tm.tm_isdst)};
  auto r = make_object<TupleObject>(std::move(items));
  r->unsafe_set_type(struct_time_type());
  return r;
}

std::tm from_tuple(const ObjPtr& t, const char* fname) {
  std::vector<ObjPtr> items = iterate(t);
  if (items.size() != 9)
    raise_type_error(std::string(fname) + "(): illegal time tuple argument");
  std::tm tm{};
  tm.tm_year = static_cast<int>(to_int64(items[0]) - 1900);
  tm.tm_mon = static_cast<int>(to_int64(items[1]) - 1);
  tm.tm_mday = static_cast<int>(to_int64(items[2]));
  tm.tm_hour = static_cast<int>(to_int64(items[3]));
  tm.tm_min = static_cast<int>(to_int64(items[4]));
  tm.tm_sec = static_cast<int>(to_int64(items[5]));
  tm.tm_wday = static_cast<int>((to_int64(items[6]) + 1) % 7);
  tm.tm_yday = static_cast<int>(to_int64(items[7]) - 1);
  tm.tm_isdst = static_cast<int>(to_int64(items[8]));
  if (tm.tm_mon < 0 || tm.tm_mon > 11) raise_value_error("month out of range");
  if (tm.tm_mday < 0 || tm.tm_mday > 31) raise_value_error("day of month out of range");
  if (tm.tm_hour < 0 || tm.tm_hour > 23) raise_value_error("hour out of range");
  if (tm.tm_min < 0 || tm.tm_min > 59) raise_value_error("minute out of range");
  if (tm.tm_sec < 0 || tm.tm_sec > 61) raise_value_error("seconds out of range");
  return tm;
}

std::time_t seconds_arg(PosArgs a, const char* fname) {
  check_nargs(fname, a, 0, 1);
  if (a.empty() || is_none(a[0])) return static_cast<std::time_t>(std::floor(wall_seconds()));
  if (is_float(a[0])) {
    double d = float_value(a[0]);
    if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
    return static_cast<std::time_t>(d < 0 ? std::ceil(d) : std::floor(d));
  }
  return static_cast<std::time_t>(to_int64(a[0]));
}

std::string format_tm(const std::string& fmt, const std::tm& tm) {
  if (fmt.empty()) return "";
  std::string out(256 + fmt.size() * 8, '\0');
  size_t n = std::strftime(&out[0], out.size(), fmt.c_str(), &tm);
  out.resize(n);
  return out;
}

std::string asctime_text(const std::tm& tm) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", kDays[(tm.tm_wday % 7 + 7) % 7],
                kMonths[(tm.tm_mon % 12 + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
  return buf;
}

}  // namespace

void set_sleep_host(std::function<void(double)> host) { sleep_host() = std::move(host); }

void register_time_module() {
  register_module("time", [](Interpreter&, ModuleObject& m) {
    m.set("struct_time", ObjPtr(struct_time_type()));
    m.set("timezone", make_int(0));
    m.set("altzone", make_int(0));
    m.set("daylight", make_int(0));
    m.set("tzname", make_tuple({make_str("UTC"), make_str("UTC")}));
    m.add_function("time", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return make_float(wall_seconds()); });
    m.add_function("time_ns", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return make_int(wall_ns()); });
    auto perf = [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return make_float(steady_ns() / 1e9); };
    auto perf_ns = [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return make_int(steady_ns()); };
    m.add_function("perf_counter", perf);
    m.add_function("monotonic", perf);
    m.add_function("perf_counter_ns", perf_ns);
    m.add_function("monotonic_ns", perf_ns);
    m.add_function("process_time", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) {
      note_run_effect(RunEffect::Clock);
      return make_float(static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
    });
    m.add_function("process_time_ns", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) {
      note_run_effect(RunEffect::Clock);
      return make_int(static_cast<int64_t>(static_cast<double>(std::clock()) * (1e9 / CLOCKS_PER_SEC)));
    });
    m.add_function("sleep", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      check_no_kwargs("sleep", kw);
      check_nargs("sleep", a, 1, 1);
      // CPython: a float, else an integer (__index__): "'str' object cannot be interpreted..."
      const double secs = is_float(a[0]) ? float_value(a[0]) : static_cast<double>(to_int64(a[0]));
      if (std::isnan(secs)) raise_value_error("Invalid value NaN (not a number)");
      if (secs < 0) raise_value_error("sleep length must be non-negative");
      auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(secs);
      for (;;) {
        auto now = std::chrono::steady_clock::now();
        if (now >= end) break;
        if (sleep_host()) {
          // the host blocks until the time is up or an interrupt is flagged
          sleep_host()(std::chrono::duration<double>(end - now).count());
          poll_interrupt_now();
        }
        check_interrupt();
      }
      return None();
    });
    m.add_function("gmtime", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      std::time_t t = seconds_arg(a, "gmtime");
      std::tm tm{};
      if (!gmtime_r(&t, &tm)) raise_overflow_error("timestamp out of range for platform time_t");
      return to_struct_time(tm);
    });
    m.add_function("localtime", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      std::time_t t = seconds_arg(a, "localtime");
      std::tm tm{};
      if (!localtime_r(&t, &tm)) raise_overflow_error("timestamp out of range for platform time_t");
      return to_struct_time(tm);
    });
    m.add_function("mktime", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("mktime", a, 1, 1);
      std::tm tm = from_tuple(a[0], "mktime");
      std::time_t t = std::mktime(&tm);
      if (t == static_cast<std::time_t>(-1)) raise_overflow_error("mktime argument out of range");
      return make_float(static_cast<double>(t));
    });
    m.add_function("strftime", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("strftime", a, 1, 2);
      const std::string& fmt = to_str(a[0], "strftime() argument 1");
      std::tm tm{};
      if (a.size() == 2) {
        tm = from_tuple(a[1], "strftime");
      } else {
        std::time_t t = static_cast<std::time_t>(std::floor(wall_seconds()));
        localtime_r(&t, &tm);
      }
      return make_str(format_tm(fmt, tm));
    });
    m.add_function("asctime", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("asctime", a, 0, 1);
      std::tm tm{};
      if (a.empty()) {
        std::time_t t = static_cast<std::time_t>(std::floor(wall_seconds()));
        localtime_r(&t, &tm);
      } else {
        tm = from_tuple(a[0], "asctime");
      }
      return make_str(asctime_text(tm));
    });
    m.add_function("ctime", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      std::time_t t = seconds_arg(a, "ctime");
      std::tm tm{};
      localtime_r(&t, &tm);
      return make_str(asctime_text(tm));
    });
  });
}

}  // namespace sl
