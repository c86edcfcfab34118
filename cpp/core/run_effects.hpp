// run_effects.hpp — what a run did that replaying its code may not reproduce: it drew
// numbers from a generator seeded from OS entropy (np.random without np.random.seed, a
// default_rng() without a seed), read the clock, or read/wrote files. The session collects
// them per run (RunResult), so that a worker session that restarts its engine and replays
// the earlier cells can say which variables may now differ (web/lib/worker-client.ts).
//
// Every source of nondeterminism calls note_run_effect: entropy seeding (random_pcg64.cpp
// SeedSequence::from_os_entropy), draws from an entropy-seeded global RandomState
// (modules/numpy/numpy_random.cpp), the clock (modules/stdlib/time_module.cpp), files
// (lang/files.cpp). A new module with such a source must call it too.
#pragma once
#include <string>
#include <vector>

namespace sl {

enum class RunEffect : unsigned char { UnseededRandom, Clock, FileRead, FileWrite };

struct RunEffects {
  bool unseeded_random = false;
  bool clock = false;
  std::vector<std::string> files_read, files_written;  // in first-use order, no duplicates
};

void note_run_effect(RunEffect e, const std::string& path = "");
// The effects noted since the last call (and forgets them).
RunEffects take_run_effects();

}  // namespace sl
