#!/usr/bin/env bash
# Renders an HTML report of gait (`gait assess --format html`, or any HTML report)
# to a PNG in headless Chromium, so a person can look at the layout at a given
# window width: 1200 for a desktop, 390 for a phone. A tool for developers, not
# run by the test suite. Installs Debian's `chromium` package with apt-get (as
# root, or through sudo) when it is missing.
#
# Usage: tests/tools/html_screenshot.sh REPORT.html OUT.png [WIDTH]
#   WIDTH  window width in CSS pixels (default 1200); the height is 2400.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 REPORT.html OUT.png [WIDTH]" >&2
    exit 2
fi
report=$1
out=$2
width=${3:-1200}

if [[ ! -f $report ]]; then
    echo "$0: $report: no such file" >&2
    exit 1
fi
if ! [[ $width =~ ^[0-9]+$ ]] || ((width < 100)); then
    echo "$0: WIDTH must be a number of pixels, at least 100: $width" >&2
    exit 2
fi

if ! command -v chromium >/dev/null 2>&1; then
    echo "$0: chromium is missing; installing it with apt-get" >&2
    if [[ $(id -u) -eq 0 ]]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "$0: not root and no sudo: install chromium and run again" >&2
        exit 1
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        chromium fonts-dejavu-core >/dev/null
fi

# Absolute paths: chromium resolves --screenshot against its own directory.
report_abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
out_abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size="$width,2400" \
    --screenshot="$out_abs" "file://$report_abs" 2>/dev/null

if [[ ! -s $out_abs ]]; then
    echo "$0: chromium wrote no screenshot" >&2
    exit 1
fi
echo "$out_abs"
