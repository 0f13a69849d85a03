#!/bin/bash
# Every figure of "Fast at one team and at ten thousand", measured side by side
# in one run, each with the command behind it, its target and PASS or MISS.
#
#   cmake --build build --target gait gait_bench && bash tests/bench/run.sh [BUILD_DIR]
#
# BUILD_DIR (default: build) holds gait and gait_bench; GAIT_BENCH=PATH points at
# another gait_bench. Needs bash 5, python3 with python3-yaml, valgrind and
# /usr/bin/time. Generated files go to a temporary directory, removed at the end.
# Takes one to three minutes on two cores. Not part of the test run: timings on
# a shared machine are figures to read, not checks to fail on. The method is in
# docs/performance.md.

set -euo pipefail
export LC_ALL=C  # a dot in $EPOCHREALTIME and in printf's numbers

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${1:-build}
GAIT=$BUILD/gait
BENCH=${GAIT_BENCH:-$BUILD/gait_bench}
RUBRIC=$SOURCE_DIR/data/rubrics/sre.yaml
MAKE_TEAMS=$SOURCE_DIR/tests/bench/make_teams.py
SEED=2026

for tool in "$GAIT" "$BENCH" /usr/bin/time valgrind python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "run.sh: $tool not found (build with: cmake --build $BUILD --target gait gait_bench)" >&2
        exit 2
    fi
done

# Every output is thrown away into /dev/null; if it is a regular file (something
# ran `-o /dev/null` as root, see below) the figures include writing to it.
if [ ! -c /dev/null ]; then
    echo "run.sh: /dev/null is not a character device; restore it first (as root: mknod -m 666 /dev/null c 1 3)" >&2
    exit 2
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gait-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Outputs go to standard output redirected to /dev/null, never through -o: gait
# writes -o FILE atomically (a temporary file renamed over FILE), which would
# replace /dev/null itself when run as root.

# --- helpers ----------------------------------------------------------------

now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; }

# The median of the numbers on standard input.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

# PASS when VALUE <= LIMIT.
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "PASS" : "MISS" }'; }

show_command() { printf '  $ %s\n' "$*"; }

# figure  value  unit  target  verdict
row() { printf '  %-44s %12s %-6s %-12s %s\n' "$1" "$2" "$3" "${4:-}" "${5:-}"; }

section() { printf '\n%s\n' "$1"; }

# Median wall time in microseconds of RUNS runs after WARMUPS, output discarded.
wall_median_us() {
    local runs=$1 warmups=$2
    shift 2
    local i start stop
    for ((i = 0; i < warmups; i++)); do "$@" >/dev/null; done
    for ((i = 0; i < runs; i++)); do
        start=$(now_us)
        "$@" >/dev/null
        stop=$(now_us)
        echo $((stop - start))
    done | median
}

# Peak RSS in KB (the median of 3 runs; it barely moves).
peak_rss_kb() {
    local i
    for ((i = 0; i < 3; i++)); do
        /usr/bin/time -f %M -o "$TMP/time" "$@" >/dev/null
        cat "$TMP/time"
    done | median
}

# Instructions callgrind counts for one run; valgrind's own start-up is not counted.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$TMP/callgrind.out" "$@" \
        >/dev/null 2>"$TMP/callgrind.err"
    local count
    count=$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$TMP/callgrind.err")
    if [ -z "$count" ]; then
        echo "run.sh: no instruction count from callgrind for: $*" >&2
        cat "$TMP/callgrind.err" >&2
        exit 1
    fi
    echo "$count"
}

# --- the machine ------------------------------------------------------------

COMMIT=$(git -C "$SOURCE_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$SOURCE_DIR" status --porcelain --untracked-files=no 2>/dev/null)" ]; then COMMIT="$COMMIT (with local changes)"; fi
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
echo "gait performance figures (tests/bench/run.sh)"
printf '  %-12s %s\n' \
    date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    machine "$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)" \
    memory "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)" \
    kernel "$(uname -sr)" \
    load "$(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min, at start)" \
    gait "$("$GAIT" --version), $GAIT, build type ${BUILD_TYPE:-unknown}" \
    commit "$COMMIT" \
    compiler "$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)"

# --- inputs -----------------------------------------------------------------

# A full answers file: every question of the default rubric answered, so that
# every step has its whole work (no question is skipped). From `gait init`, each
# blank answer filled in turn with yes, yes, partly, yes, no, yes, partly: some
# gaps, some full credit. make_teams.py leaves 3% of questions blank at random.
FULL=$TMP/full.yaml
"$GAIT" init --team bench-full >"$TMP/template.yaml"
awk 'BEGIN { n = split("yes yes partly yes no yes partly", c, " ") }
     /^  [a-z][a-z0-9._-]*:$/ { print $0 " " c[(k++ % n) + 1]; next }
     { print }' "$TMP/template.yaml" >"$FULL"
"$GAIT" assess --answers "$FULL" --format json | python3 -c '
import json, sys
report = json.load(sys.stdin)
if report["unanswered"] or not report["questions"]:
    sys.exit("run.sh: the full answers file has unanswered questions")
placement = report["placement"]
print(len(report["questions"]), "questions, all answered, %d gaps; placed at %s, next %s"
      % (len(report["gaps"]), placement["phase"] or "none", placement["next"] or "none"))
' >"$TMP/full.check"

# 10,000 synthetic teams, one file each; the first 1,000 (the same files the
# same seed writes first), 100 and 200 copied from them.
python3 "$MAKE_TEAMS" "$RUBRIC" "$TMP/teams10000" 10000 --seed "$SEED"
mkdir "$TMP/teams1000" "$TMP/teams100" "$TMP/teams200"
cp "$TMP"/teams10000/team-00???.yaml "$TMP/teams1000/"
cp "$TMP"/teams10000/team-000??.yaml "$TMP/teams100/"
cp "$TMP"/teams10000/team-00[01]??.yaml "$TMP/teams200/"
for n in 100 200 1000 10000; do
    count=$(find "$TMP/teams$n" -name '*.yaml' | wc -l)
    [ "$count" -eq "$n" ] || { echo "run.sh: $count files in teams$n, not $n" >&2; exit 1; }
done
section "Inputs"
echo "  F = full answers file: $(cat "$TMP/full.check")"
echo "  teams DIR: make_teams.py $RUBRIC DIR 10000 --seed $SEED, and its first 1000, 200, 100 files"

# --- one team ---------------------------------------------------------------

section "One team: wall time, median of 30 runs after 3 warm-ups (output to /dev/null)"
show_command "/bin/true   (what starting any process costs here, for reference)"
show_command "$GAIT --version"
show_command "$GAIT assess --answers F --format json"
true_us=$(wall_median_us 30 3 /bin/true)
version_us=$(wall_median_us 30 3 "$GAIT" --version)
assess_us=$(wall_median_us 30 3 "$GAIT" assess --answers "$FULL" --format json)
assess_rss=$(peak_rss_kb "$GAIT" assess --answers "$FULL" --format json)
version_rss=$(peak_rss_kb "$GAIT" --version)
ratio=$(calc "$assess_us / $version_us")
row "figure" "value" "unit" "target" "result"
row "/bin/true, wall" "$(calc "$true_us / 1000")" ms
row "gait --version, wall" "$(calc "$version_us / 1000")" ms
row "gait assess --format json, wall" "$(calc "$assess_us / 1000")" ms
row "assess / --version" "$ratio" x "<= 2" "$(verdict "$ratio" 2)"
row "gait assess, peak RSS (/usr/bin/time -f %M)" "$assess_rss" KB "<= 16384" "$(verdict "$assess_rss" 16384)"
row "gait --version, peak RSS" "$version_rss" KB

section "One team: in-process cost of each step (median and minimum of 200 runs)"
show_command "$BENCH steps F"
"$BENCH" steps "$FULL" | sed 's/^/  /'

# --- many teams -------------------------------------------------------------

RUNS=5
section "Many teams: gait aggregate and the parse floor, default jobs ($(nproc)), median of $RUNS runs after 1 warm-up, interleaved"
show_command "$GAIT aggregate DIR --format json > /dev/null   (and --format csv)"
show_command "$BENCH parse-floor DIR --repeat 1   (read_file + YAML::Load of each file, nothing else)"
show_command "$GAIT aggregate teams1000 --jobs 1 --format json; $BENCH parse-floor teams1000 --jobs 1 --repeat 1"
# Both sides are timed the same way: a whole process, wall time from outside,
# so each pays its own start-up, listing and exit. parse-floor also times its
# parse loop from inside; that figure leaves its start-up out and is shown too.
# The runs of json, csv and the floor are interleaved, one of each in turn, so
# that a slow spell of the shared machine falls on all three alike.
declare -A WALLS CPU WALLSUM RSSES WALL RSS
# time_once  KEY  COMMAND...: one timed run, added to KEY's lists.
time_once() {
    local key=$1 start stop user sys rss
    shift
    start=$(now_us)
    /usr/bin/time -f '%U %S %M' -o "$TMP/time" "$@" >/dev/null
    stop=$(now_us)
    read -r user sys rss <"$TMP/time"
    WALLS[$key]+="$((stop - start))"$'\n'
    RSSES[$key]+="$rss"$'\n'
    CPU[$key]=$(calc "${CPU[$key]:-0} + $user + $sys" 3)
    WALLSUM[$key]=$(calc "${WALLSUM[$key]:-0} + ($stop - $start) / 1000000" 6)
}
# report_key  KEY  LABEL  FILES: sets WALL and RSS, prints the rows.
report_key() {
    local key=$1 label=$2 n=$3
    WALL[$key]=$(printf '%s' "${WALLS[$key]}" | median)
    RSS[$key]=$(printf '%s' "${RSSES[$key]}" | sort -n | tail -1)
    row "$label: wall" "$(calc "${WALL[$key]} / 1000" 1)" ms
    row "  per file (wall / files)" "$(calc "${WALL[$key]} / $n" 1)" us
    row "  peak RSS (largest of $RUNS)" "${RSS[$key]}" KB
    row "  CPU use, (user+sys) / wall" "$(calc "${CPU[$key]} / ${WALLSUM[$key]}")" cores
}
declare -A INSIDE
row "figure" "value" "unit" "target" "result"
for n in 1000 10000; do
    json=("$GAIT" aggregate "$TMP/teams$n" --format json)
    csv=("$GAIT" aggregate "$TMP/teams$n" --format csv)
    floor=("$BENCH" parse-floor "$TMP/teams$n" --repeat 1)
    "${json[@]}" >/dev/null
    "${csv[@]}" >/dev/null
    "${floor[@]}" >/dev/null
    for ((i = 0; i < RUNS; i++)); do
        time_once "$n.json" "${json[@]}"
        time_once "$n.csv" "${csv[@]}"
        time_once "$n.floor" "${floor[@]}"
    done
    report_key "$n.json" "aggregate $n files, json" "$n"
    report_key "$n.csv" "aggregate $n files, csv" "$n"
    report_key "$n.floor" "parse floor $n files" "$n"
    "$BENCH" parse-floor "$TMP/teams$n" >"$TMP/floor"
    INSIDE[$n]=$(awk '$1 == "wall_us_per_file" { print $2 }' "$TMP/floor")
    row "  parse loop alone, timed inside, per file" "${INSIDE[$n]}" us
done
for format in json csv; do
    ratio=$(calc "${WALL[10000.$format]} / ${WALL[1000.$format]}")
    row "$format: wall 10k / 1k" "$ratio" x "<= 11" "$(verdict "$ratio" 11)"
    row "$format: peak RSS 10k / 1k" "$(calc "${RSS[10000.$format]} / ${RSS[1000.$format]}")" x
done
for n in 1000 10000; do
    ratio=$(calc "${WALL[$n.json]} / ${WALL[$n.floor]}")
    row "json: per file / parse floor per file, $n" "$ratio" x "<= 1.5" "$(verdict "$ratio" 1.5)"
done
# Not figures of the issue, to read beside it. The cost of one file more, the
# start-up of each side cancelled out: (wall 10k - wall 1k) / 9000.
agg_step=$(calc "(${WALL[10000.json]} - ${WALL[1000.json]}) / 9000" 1)
floor_step=$(calc "(${WALL[10000.floor]} - ${WALL[1000.floor]}) / 9000" 1)
row "json: one file more, (10k - 1k) / 9000" "$agg_step" us
row "parse floor: one file more" "$floor_step" us
row "  ratio" "$(calc "$agg_step / $floor_step")" x
# The earlier measure: gait timed from outside against the floor's loop timed
# inside, so gait alone pays for process start-up.
for n in 1000 10000; do
    row "json per file / floor loop timed inside, $n" "$(calc "${WALL[$n.json]} / $n / ${INSIDE[$n]}")" x
done
# One thread on each side tells the work done per file from how well the cores are kept busy.
for ((i = 0; i < 3; i++)); do
    time_once j1.json "$GAIT" aggregate "$TMP/teams1000" --jobs 1 --format json
    time_once j1.floor "$BENCH" parse-floor "$TMP/teams1000" --jobs 1 --repeat 1
done
j1_us=$(printf '%s' "${WALLS[j1.json]}" | median)
f1_us=$(printf '%s' "${WALLS[j1.floor]}" | median)
row "json, --jobs 1, 1000: per file" "$(calc "$j1_us / 1000" 1)" us
row "parse floor, --jobs 1, 1000: per file" "$(calc "$f1_us / 1000" 1)" us
row "  ratio with one thread on each side" "$(calc "$j1_us / $f1_us")" x

# --- one team over time: gait trend ------------------------------------------

section "One team over time: gait trend, median of 5 runs after 1 warm-up, peak RSS median of 3"
show_command "python3 $MAKE_TEAMS $RUBRIC DIR N --history --seed $SEED   (N: 100 and 1000)"
show_command "$GAIT trend DIR --format json > /dev/null   (and --format text)"
for n in 100 1000; do
    python3 "$MAKE_TEAMS" "$RUBRIC" "$TMP/history$n" "$n" --history --seed "$SEED"
done
row "figure" "value" "unit" "target" "result"
declare -A TREND_US
for n in 100 1000; do
    TREND_US[$n]=$(wall_median_us 5 1 "$GAIT" trend "$TMP/history$n" --format json)
    row "trend $n assessments, json: wall" "$(calc "${TREND_US[$n]} / 1000" 1)" ms
    row "trend $n assessments, json: per assessment" "$(calc "${TREND_US[$n]} / $n" 1)" us
    row "trend $n assessments, json: peak RSS" \
        "$(calc "$(peak_rss_kb "$GAIT" trend "$TMP/history$n" --format json) / 1024" 1)" MiB
done
text_us=$(wall_median_us 5 1 "$GAIT" trend "$TMP/history1000" --format text)
row "trend 1000 assessments, text: wall" "$(calc "$text_us / 1000" 1)" ms
html_us=$(wall_median_us 5 1 "$GAIT" trend "$TMP/history1000" --format html)
row "trend 1000 assessments, html: wall" "$(calc "$html_us / 1000" 1)" ms
trend_ratio=$(calc "${TREND_US[1000]} / ${TREND_US[100]}")
row "trend 1000 / trend 100 (json)" "$trend_ratio" x "(<= 11)" "$(verdict "$trend_ratio" 11)"

# gait trend --git over histories of 100 and 1000 commits: make_history.py
# with the arguments after the first three writes each into TMP/NAME+N, and
# the trend reads TARGET in it; LABEL starts each row.
git_trend_figures() {
    local label=$1 name=$2 target=$3
    shift 3
    show_command "python3 $SOURCE_DIR/tests/bench/make_history.py $RUBRIC REPO N --seed $SEED $*  (N: 100 and 1000 commits)"
    show_command "$GAIT trend --git REPO/$target --format json > /dev/null"
    local -A us
    local n
    for n in 100 1000; do
        python3 "$SOURCE_DIR/tests/bench/make_history.py" "$RUBRIC" "$TMP/$name$n" "$n" --seed "$SEED" "$@"
        us[$n]=$(wall_median_us 5 1 "$GAIT" trend --git "$TMP/$name$n/$target" --format json)
        row "$label $n commits, json: wall" "$(calc "${us[$n]} / 1000" 1)" ms
        row "$label $n commits, json: peak RSS" \
            "$(calc "$(peak_rss_kb "$GAIT" trend --git "$TMP/$name$n/$target" --format json) / 1024" 1)" MiB
    done
    local ratio
    ratio=$(calc "${us[1000]} / ${us[100]}")
    row "$label 1000 / 100 (json)" "$ratio" x "(<= 11)" "$(verdict "$ratio" 11)"
}
git_trend_figures "trend --git" repo team.yaml
# A folder of three respondents' files, each commit changing one: every point
# merges the three files as they stand at that commit.
git_trend_figures "trend --git DIR" team team --respondents 3

# --- several respondents -----------------------------------------------------

# One team's answers by N respondents: the first N synthetic teams' files, each
# renamed to one team and given a respondent of its own, merged by gait assess.
section "Several respondents: gait assess DIR merging N files of one team, median of $RUNS runs after 1 warm-up"
show_command "$GAIT assess DIR --format json > /dev/null   (DIR: 10 and 100 respondents)"
row "figure" "value" "unit" "target" "result"
for n in 10 100; do
    mkdir "$TMP/respondents$n"
    for file in $(ls "$TMP"/teams10000/*.yaml | head -n "$n"); do
        name=$(basename "$file" .yaml)
        sed -e 's/^team: .*/team: bench-merged/' -e 's/^date: .*/date: 2026-01-01/' \
            -e "s/^answers:/respondent: $name\nanswers:/" "$file" >"$TMP/respondents$n/$name.yaml"
    done
    merge=("$GAIT" assess "$TMP/respondents$n" --format json)
    "${merge[@]}" >/dev/null
    for ((i = 0; i < RUNS; i++)); do time_once "merge$n" "${merge[@]}"; done
    report_key "merge$n" "merge of $n respondents" "$n"
done
ratio=$(calc "${WALL[merge100]} / ${WALL[merge10]}")
row "merge: wall 100 / 10 respondents" "$ratio" x "<= 11" "$(verdict "$ratio" 11)"
# --- gait plan ----------------------------------------------------------------

section "Many teams: gait plan over teams1000, median of 3 runs, interleaved"
show_command "$GAIT plan teams1000 --plan P > /dev/null   (P missing: every gap added)"
show_command "$GAIT plan teams1000 --plan P > /dev/null   (P as the first run left it: nothing changes)"
show_command "$GAIT plan teams1000 --format junit > /dev/null"
for ((i = 0; i < 3; i++)); do
    rm -f "$TMP/plan.yaml"
    # The plan file's summary goes to stderr: not a figure.
    time_once plan.new "$GAIT" plan "$TMP/teams1000" --plan "$TMP/plan.yaml" 2>/dev/null
    time_once plan.kept "$GAIT" plan "$TMP/teams1000" --plan "$TMP/plan.yaml"
    time_once plan.junit "$GAIT" plan "$TMP/teams1000" --format junit
done
row "figure" "value" "unit"
for key in plan.new plan.kept plan.junit; do
    row "$key, wall" "$(calc "$(printf '%s' "${WALLS[$key]}" | median) / 1000" 1)" ms
done
row "plan file: items" "$(grep -c '^  "' "$TMP/plan.yaml")" items

# A plan file near its 32 MiB limit (include/gait/util/limits.hpp): the items of
# teams1000 and of 3,500 more teams not in the run, without `assessed:`, so the
# first run records the dates (the edit in place, checked by reading it back)
# and the second changes nothing (one read).
section "A large plan file: gait plan over teams1000 with 3,500 more teams' items in P, one run each"
show_command "$GAIT plan teams1000 --plan P > /dev/null   (P about 28 MB: dates recorded, P rewritten)"
show_command "$GAIT plan teams1000 --plan P > /dev/null   (P as that run left it: nothing changes)"
python3 - "$TMP/plan.yaml" "$TMP/big-plan.yaml" <<'PYTHON'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = lines.index("items:")
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("gait-plan: 1\nitems:\n" + "\n".join(lines[start + 1:]))
    for team in range(3500):
        for q in range(40):
            out.write(f'  "other team {team}/crawl.area{q % 7}.question-{q}":\n'
                      '    title: "Do you scan the service and its dependencies for known '
                      'vulnerabilities at least once a month?"\n    status: todo\n')
PYTHON
row "figure" "value" "unit"
row "plan file: size" "$(calc "$(stat -c %s "$TMP/big-plan.yaml") / 1048576" 1)" MiB
time_once plan.big.new "$GAIT" plan "$TMP/teams1000" --plan "$TMP/big-plan.yaml" 2>/dev/null
time_once plan.big.kept "$GAIT" plan "$TMP/teams1000" --plan "$TMP/big-plan.yaml"
for key in plan.big.new plan.big.kept; do
    row "$key, wall" "$(calc "$(printf '%s' "${WALLS[$key]}" | median) / 1000" 1)" ms
    row "$key, peak RSS" "$(calc "$(printf '%s' "${RSSES[$key]}" | median) / 1024" 1)" MiB
done

# --- instruction counts -------------------------------------------------------

section "Instruction counts (callgrind; the same from run to run, whatever the load)"
show_command "valgrind --tool=callgrind $GAIT assess --answers F --format json"
show_command "valgrind --tool=callgrind $GAIT --version"
show_command "valgrind --tool=callgrind $GAIT aggregate DIR --jobs 1 --format json   (DIR: 100 and 200 files)"
show_command "valgrind --tool=callgrind $BENCH parse-floor DIR --jobs 1 --repeat 1   (DIR: 100 and 200 files)"
i_assess=$(instructions "$GAIT" assess --answers "$FULL" --format json)
i_version=$(instructions "$GAIT" --version)
i_agg100=$(instructions "$GAIT" aggregate "$TMP/teams100" --jobs 1 --format json)
i_agg200=$(instructions "$GAIT" aggregate "$TMP/teams200" --jobs 1 --format json)
i_floor100=$(instructions "$BENCH" parse-floor "$TMP/teams100" --jobs 1 --repeat 1)
i_floor200=$(instructions "$BENCH" parse-floor "$TMP/teams200" --jobs 1 --repeat 1)
agg_per_file=$(((i_agg200 - i_agg100) / 100))
floor_per_file=$(((i_floor200 - i_floor100) / 100))
row "figure" "value" "unit" "target" "result"
row "gait --version" "$i_version" instr
row "gait assess --format json" "$i_assess" instr
row "assess / --version" "$(calc "$i_assess / $i_version")" x
row "aggregate, per file: (I200 - I100) / 100" "$agg_per_file" instr
row "parse floor, per file: (I200 - I100) / 100" "$floor_per_file" instr
ratio=$(calc "$agg_per_file / $floor_per_file")
row "aggregate per file / floor per file" "$ratio" x "(<= 1.5)" "$(verdict "$ratio" 1.5)"

printf '\nDone: load at end %s. Timings move with the load of a shared machine;\n' \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'instruction counts do not.\n'
if [ ! -c /dev/null ]; then
    echo "run.sh: warning: /dev/null stopped being a character device during the run; the timings are suspect" >&2
fi
