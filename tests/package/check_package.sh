#!/usr/bin/env bash
# Installs gait as a user would, and runs what was installed:
#   1. `cmake --install BUILD --prefix TMP/prefix`: every file in its place, and the
#      installed binary runs from there (its answers template points at its schemas);
#   2. `cpack -G DEB`: the package's control fields, `dpkg -x` into a scratch root,
#      the unpacked binary runs, and every shared library it needs comes from a
#      package its Depends names.
# Usage: check_package.sh BUILD_DIR SOURCE_DIR. Prints `ok ...` or `FAIL ...` per
# check and exits 1 when any failed. Needs cmake, cpack and dpkg (Debian 12).
set -uo pipefail
build="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failed=0

check() {  # check DESCRIPTION COMMAND...: runs COMMAND, quietly
  local what="$1"
  shift
  if "$@" >/dev/null 2>&1; then echo "ok $what"; else echo "FAIL $what"; failed=1; fi
}

version="$(sed -n 's/^project(gait VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")"

# Runs an installed gait in the source tree, where the example teams are.
runs_like_gait() {  # runs_like_gait BINARY
  local report
  [ "$("$1" --version)" = "gait $version" ] || return 1
  report="$(cd "$source_dir" && "$1" assess --answers data/examples/walk.yaml)" || return 1
  [[ "$report" == *"Placement: Walk"* ]] || return 1
  report="$(cd "$source_dir" &&
    "$1" assess --rubric health-check --answers data/examples/health-check-walk.yaml)" || return 1
  [[ "$report" == *"Placement: Walk"* ]]
}

# --- cmake --install under a prefix of our own --------------------------------
prefix="$scratch/prefix with space"
check "cmake --install --prefix puts files under the prefix" \
  cmake --install "$build" --prefix "$prefix"
for file in bin/gait share/man/man1/gait.1 \
  share/gait/rubrics/sre.yaml share/gait/rubrics/health-check.yaml \
  share/gait/schemas/report.schema.json share/gait/schemas/answers.schema.json \
  share/gait/schemas/rubric.schema.json share/gait/schemas/compare.schema.json \
  share/gait/schemas/aggregate.schema.json share/gait/schemas/trend.schema.json share/gait/schemas/plan.schema.json \
  share/bash-completion/completions/gait share/zsh/vendor-completions/_gait \
  share/fish/vendor_completions.d/gait.fish share/doc/gait/copyright; do
  check "installed: $file" test -f "$prefix/$file"
done
check "the installed gait runs: --version and assess" runs_like_gait "$prefix/bin/gait"
schema_line="# yaml-language-server: \$schema=$prefix/share/gait/schemas/answers.schema.json"
check "the installed gait's answers template points at the installed schema" \
  bash -c '[ "$("$1" init --team T | head -n 1)" = "$2" ]' _ "$prefix/bin/gait" "$schema_line"
check "the installed bundled rubrics are the ones built in" \
  cmp "$prefix/share/gait/rubrics/health-check.yaml" "$source_dir/data/rubrics/health-check.yaml"

# --- the Debian package ---------------------------------------------------------
check "cpack builds the .deb" cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/deb"
deb="$scratch/deb/gait_${version}_amd64.deb"
check "the package is named gait_${version}_amd64.deb" test -f "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
check "the package's version is the project's" test "$(field Version)" = "$version"
check "the package is called gait" test "$(field Package)" = gait
depends="$(field Depends)"
check "Depends names libyaml-cpp0.7 and libfmt9" \
  bash -c '[[ "$1" == *libyaml-cpp0.7* && "$1" == *libfmt9* ]]' _ "$depends"
check "Recommends names git, which gait trend --git runs" test "$(field Recommends)" = git

root="$scratch/root"
check "dpkg -x unpacks the package" dpkg -x "$deb" "$root"
check "the package installs under /usr" test -x "$root/usr/bin/gait"
check "the unpacked gait runs: --version and assess" runs_like_gait "$root/usr/bin/gait"
check "the package holds the man page" test -f "$root/usr/share/man/man1/gait.1"

# Every library the binary needs comes from a package Depends names. The
# sanitizer runtimes of a sanitizer build are the build's, not the package's.
while read -r library; do
  owner="$(dpkg -S "$(readlink -f "$library")" 2>/dev/null | head -n 1 | cut -d: -f1)"
  [ -z "$owner" ] && owner="$(dpkg -S "$library" 2>/dev/null | head -n 1 | cut -d: -f1)"
  case "$library" in */libasan.so* | */libubsan.so* | */liblsan.so* | */libtsan.so*) continue ;; esac
  check "Depends covers $(basename "$library") (from ${owner:-no package})" \
    bash -c '[ -n "$1" ] && [[ ", $2" == *", $1 "* || ", $2" == *", $1," || ", $2" == *", $1" ]]' \
    _ "$owner" "$depends"
done < <(ldd "$root/usr/bin/gait" | awk '/=> \//{print $3} /^\t\/[^ ]*ld-linux/{print $1}')

if [ "$failed" -ne 0 ]; then echo "some checks failed"; exit 1; fi
echo "all checks passed"
