#!/usr/bin/env bash
# Builds gait's fuzz targets (tests/fuzz) with clang and libFuzzer into
# build-fuzz/, then runs each for SECONDS (default 60) on a copy of its seed
# corpus, with AddressSanitizer and UndefinedBehaviorSanitizer:
#   bash tests/fuzz/run.sh [SECONDS]
# Exits 1 when a target finds a crash, a sanitizer report, an exception other
# than gait::Error, a hang (10 s on one input) or a huge allocation (2 GiB);
# the input is then in build-fuzz/artifacts-TARGET/. 2 for a setup problem.
#
# Environment:
#   GAIT_FUZZ_TARGETS="fuzz_rubric fuzz_answers fuzz_report fuzz_plan"  which to run
#   GAIT_FUZZ_CXX=clang++-14                                  the compiler
#   GAIT_FUZZ_SKIP_KNOWN=1  pass over inputs that hit a finding already reported
#                           and not yet fixed (see fuzz_common.hpp), to look for new ones
#
# The corpus in build-fuzz/corpus-TARGET is kept between runs and grows; the
# seeds in tests/fuzz/corpus/ and tests/fuzz/regressions/ are added to it each
# run and never changed. Reproduce a finding with
#   build-fuzz/fuzz_report build-fuzz/artifacts-report/crash-...
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash tests/fuzz/run.sh [SECONDS]" >&2
  exit 2
fi
read -r -a targets <<<"${GAIT_FUZZ_TARGETS:-fuzz_rubric fuzz_answers fuzz_report fuzz_plan}"
cxx="${GAIT_FUZZ_CXX:-clang++-14}"
build=build-fuzz

# Debian's packages for a libFuzzer build, installed when missing, as .ci/setup does.
packages=(cmake ninja-build clang-14 libclang-rt-14-dev libyaml-cpp-dev libfmt-dev nlohmann-json3-dev libutf8proc-dev)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "fuzz: installing ${missing[*]}" >&2
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
if ! command -v "$cxx" >/dev/null; then
  echo "fuzz: no $cxx; set GAIT_FUZZ_CXX to a clang++ with libFuzzer" >&2
  exit 2
fi

cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >&2
cmake --build "$build" >&2

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

declare -A outcome stats
failed=0
for target in "${targets[@]}"; do
  name="${target#fuzz_}"
  if [ ! -d "tests/fuzz/corpus/$name" ]; then
    echo "fuzz: no target $target (no tests/fuzz/corpus/$name)" >&2
    exit 2
  fi
  corpus="$build/corpus-$name"
  artifacts="$build/artifacts-$name"
  log="$build/$target.log"
  mkdir -p "$corpus" "$artifacts"
  cp -p tests/fuzz/corpus/"$name"/* "$corpus"/
  for seed in tests/fuzz/regressions/"$name"-*; do
    [ -e "$seed" ] && cp -p "$seed" "$corpus"/
  done

  echo "fuzz: $target for ${seconds}s" >&2
  status=0
  "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict=tests/fuzz/yaml.dict -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$corpus" </dev/null >"$log" 2>&1 || status=$?

  # The last status line: "#123 DONE cov: 4 ft: 5 corp: 6/7Kb ..." or the last before a finding.
  last=$(grep -E '^#[0-9]+[[:space:]]+(DONE|NEW|REDUCE|pulse|INITED)' "$log" | tail -n 1 || true)
  execs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  [ -n "$execs" ] || execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' <<<"$last" | cut -d' ' -f2 || true)
  stats[$target]="execs ${execs:-?}  cov ${cov:-?}  ft ${ft:-?}  corpus ${corp:-?}"
  echo "fuzz: $target: ${last:-no status line}" >&2

  if ((status == 0)); then
    outcome[$target]=clean
  else
    failed=1
    found=$(ls -t "$artifacts" 2>/dev/null | head -n 1 || true)
    outcome[$target]="FOUND (exit $status) ${found:+$artifacts/$found}"
    echo "fuzz: $target found a problem; the end of $log:" >&2
    # The report: from the first sanitizer, libFuzzer or harness line on.
    awk '/^==[0-9]+==|^==gait-fuzz==|runtime error:|^SUMMARY:|ERROR: libFuzzer|^MS: /{on=1} on' \
      "$log" | head -n 80 >&2
  fi
done

echo
echo "fuzz summary (${seconds}s each):"
for target in "${targets[@]}"; do
  printf '  %-13s %-7s %s\n' "$target" "${outcome[$target]%% *}" "${stats[$target]}"
  [ "${outcome[$target]}" = clean ] || printf '  %-13s %s\n' "" "${outcome[$target]#* }"
done
if ((failed)); then
  echo "fuzz: a target found a problem; minimise it with" \
    "build-fuzz/TARGET -minimize_crash=1 -runs=10000 INPUT" >&2
  exit 1
fi
echo "fuzz: no target found a problem"
