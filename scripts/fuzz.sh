#!/usr/bin/env bash
# `npm run fuzz -- [SECONDS] [TARGET...]`: runs the libFuzzer targets of tests/fuzz/ (built
# by scripts/sanitize.sh --fuzz into build/sanitize with clang, ASan + UBSan + fuzzer
# instrumentation), one after the other, each for SECONDS (default 60) under nice -n 19.
# New inputs go to build/fuzz-corpus/<target> (seeded from tests/fuzz/corpus/<target>);
# crashes to build/fuzz-findings/. SL_FUZZ_NICE sets the niceness (default 19: idle CPU only).
# Prints each target's final coverage ("cov:" edges,
# "ft:" features) and executions.
#   scripts/fuzz.sh --smoke        every target replays its committed corpus once, no mutation
#                                  (npm test: deterministic, so CI never fails on a new random
#                                  finding; exploring is `npm run fuzz`, whose findings go into
#                                  the corpus with their fix)
#   scripts/fuzz.sh --cpu N [T...] each target runs until it has used N CPU-seconds (a loaded
#                                  machine still gets the fuzzing it asks for; libFuzzer's
#                                  own -max_total_time counts wall time), then stops with
#                                  SIGINT (libFuzzer prints its final stats, exit 72 = ok)
#   scripts/fuzz.sh --merge T      minimise build/fuzz-corpus/T + the repo corpus into
#                                  tests/fuzz/corpus/T (commit the result)
set -uo pipefail
cd "$(dirname "$0")/.."
all=(fuzz_program fuzz_npy fuzz_loadtxt fuzz_args fuzz_array_ops)
mode=run
secs=60
if [ "${1:-}" = --smoke ]; then mode=smoke; secs=${SL_FUZZ_SMOKE_SECONDS:-3}; shift; fi
if [ "${1:-}" = --merge ]; then mode=merge; shift; fi
cpu_budget=
if [ "${1:-}" = --cpu ]; then cpu_budget=$2; secs=$2; shift 2; fi
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then secs=$1; shift; fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

if ! command -v clang++-14 >/dev/null && ! command -v clang++ >/dev/null; then
  echo "fuzz: clang is not installed (apt-get install clang-14): skipped" >&2
  exit 0
fi
SL_SANITIZE_CXX=${SL_SANITIZE_CXX:-$(command -v clang++-14 || command -v clang++)} \
  bash scripts/sanitize.sh --fuzz >/dev/null || { echo "fuzz: build failed" >&2; exit 1; }

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p build/fuzz-findings
status=0
for t in "${targets[@]}"; do
  bin=build/sanitize/$t
  seeds=tests/fuzz/corpus/${t#fuzz_}
  work=build/fuzz-corpus/${t#fuzz_}
  mkdir -p "$work" "$seeds"
  if [ $mode = merge ]; then
    tmp=$(mktemp -d)
    "$bin" -merge=1 -detect_leaks=0 "$tmp" "$seeds" "$work" 2>&1 | tail -2
    rm -rf "$seeds" && mv "$tmp" "$seeds"
    echo "$t: $(ls "$seeds" | wc -l) inputs, $(du -sh "$seeds" | cut -f1)"
    continue
  fi
  [ $mode = smoke ] && work=$(mktemp -d)
  log=build/fuzz-findings/$t.log
  limit=(-max_total_time="$secs")
  [ $mode = smoke ] && limit=(-runs=0) # the corpus only
  timeout=20
  # libFuzzer's -timeout is wall time: at nice 19 on a busy machine a 1 s unit can take 30 s
  [ -n "$cpu_budget" ] && limit=(-max_total_time=604800) && timeout=300
  nice -n "${SL_FUZZ_NICE:-19}" "$bin" "$work" "$seeds" "${limit[@]}" -timeout=$timeout -rss_limit_mb=3072 \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix=build/fuzz-findings/$t- >"$log" 2>&1 &
  pid=$!
  if [ -n "$cpu_budget" ]; then
    tick=$(getconf CLK_TCK)
    while kill -0 $pid 2>/dev/null; do
      # fields 14/15 of /proc/PID/stat: user and system time in clock ticks
      used=$(awk -v t="$tick" '{print int(($14 + $15) / t)}' /proc/$pid/stat 2>/dev/null || echo 0)
      if [ "${used:-0}" -ge "$cpu_budget" ]; then kill -INT $pid; break; fi
      sleep 5
    done
  fi
  wait $pid
  rc=$?
  [ -n "$cpu_budget" ] && [ $rc -eq 72 ] && rc=0 # stopped by us at the CPU budget
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  execs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
  echo "$t: ${secs}s${cpu_budget:+ CPU}, ${execs:-?} executions, ${cov:-no coverage line}, exit $rc"
  if [ $rc -ne 0 ]; then
    status=1
    grep -E 'ERROR|SUMMARY|INVARIANT|runtime error|Test unit written' "$log" | head -8
  fi
  [ $mode = smoke ] && rm -rf "$work"
done
exit $status
