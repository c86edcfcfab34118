#include "core/run_effects.hpp"

#include <algorithm>

namespace sl {

namespace {
RunEffects& current() {
  static RunEffects e;
  return e;
}
void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (v.size() < 64 && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}
}  // namespace

void note_run_effect(RunEffect e, const std::string& path) {
  RunEffects& r = current();
  switch (e) {
    case RunEffect::UnseededRandom: r.unseeded_random = true; break;
    case RunEffect::Clock: r.clock = true; break;
    case RunEffect::FileRead: add_unique(r.files_read, path); break;
    case RunEffect::FileWrite: add_unique(r.files_written, path); break;
  }
}

RunEffects take_run_effects() {
  RunEffects out = std::move(current());
  current() = RunEffects{};
  return out;
}

}  // namespace sl
