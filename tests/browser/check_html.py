#!/usr/bin/env python3
"""Loads gait's HTML reports in headless Chromium and checks them.

Usage: check_html.py GAIT_BINARY SOURCE_DIR

For each team report (every answers file in data/examples), the comparison, the
aggregate and the trend of the test teams (the arguments of the golden files in
tests/golden), and a trend of several teams:
  1. the page loads with no console message (a JavaScript error, a Content Security
     Policy violation): the pages have no script of their own, so Chromium logs
     nothing for a good page;
  2. every <svg>...</svg> in the page is well-formed XML;
  3. nothing overflows horizontally in a 390 px wide window (a phone): a copy of the
     page with a small script appended, in a 390 x 844 frame (Chromium makes no window
     narrower than 500 px), compares the document's scrollWidth with window.innerWidth,
     names the widest element that sticks out, and writes its verdict into the DOM,
     which --dump-dom prints; wide tables in boxes that scroll are fine;
  4. the page prints to PDF; the first printed page of a team report holds what a
     manager reads: the placement, the "Phases" heading and the "Areas by phase" one.

Needs Debian's chromium and poppler-utils (pdftotext, pdfinfo); exits 77 (skipped,
for ctest's SKIP_RETURN_CODE) with a message when one is missing. Standard library only.
Exit codes: 0 every check passed, 1 a check failed, 2 usage error, 77 skipped.
"""

import base64
import hashlib
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

TIMEOUT = 120  # seconds for each Chromium, gait or poppler run: a hang fails, never blocks
PHONE = (390, 844)
DESKTOP = (1200, 900)

# Chromium as root needs --no-sandbox; the rest keeps it quiet, offline and stateless.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-quic", "--hide-scrollbars",
]

# A page's console messages, as Chromium logs them with --enable-logging=stderr --v=0:
#   [pid:tid:date/time:INFO:CONSOLE:12] "message", source: file:///page.html (12)
# (older versions: INFO:CONSOLE(12)). Chromium's own noise (D-Bus, GPU, sandbox) has
# none of these words.
CONSOLE_LINE = re.compile(r"CONSOLE|Uncaught|Refused")

# Appended to a copy of the page: measures, then writes the verdict as JSON into the DOM.
OVERFLOW_PROBE = """(function () {
  var root = document.documentElement, width = window.innerWidth;
  // Inside a box that scrolls or clips sideways (a wide table in .scroll): fine.
  function contained(el) {
    for (var p = el.parentElement; p && p !== root && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    }
    return false;
  }
  function describe(el) {
    var name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    if (typeof el.className === 'string' && el.className.trim())
      name += '.' + el.className.trim().split(/\\s+/).join('.');
    else if (el.getAttribute('class'))
      name += '.' + el.getAttribute('class').trim().split(/\\s+/).join('.');
    return name;
  }
  var widest = null, right = width + 0.5, all = document.body.getElementsByTagName('*');
  for (var i = 0; i < all.length; i++) {
    var box = all[i].getBoundingClientRect();
    // Strictly wider: the outermost element wins over its children of the same edge.
    if (box.right > right && !contained(all[i])) { widest = all[i]; right = box.right; }
  }
  var verdict = {
    innerWidth: width, clientWidth: root.clientWidth, scrollWidth: root.scrollWidth,
    widest: widest ? describe(widest) : null,
    widestRight: widest ? Math.round(right) : null,
    widestText: widest ? (widest.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60) : null
  };
  // Into the frame's parent (see framed), the document --dump-dom prints.
  var host = window.parent.document;
  var out = host.createElement('pre');
  out.id = 'gait-overflow-verdict';
  out.textContent = JSON.stringify(verdict);
  host.body.appendChild(out);
})();"""

VERDICT = re.compile(r'<pre id="gait-overflow-verdict">(.*?)</pre>', re.S)
CSP_META = re.compile(
    r"""<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>""", re.I)
CONTENT_ATTR = re.compile(r"""(\bcontent\s*=\s*)(["'])(.*?)\2""", re.I | re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
SVG_TAG = re.compile(r"<svg\b|</svg\s*>", re.I)

# What a manager reads first, on page 1 of a printed team report.
FIRST_PAGE = [
    ("the word \"Placement\"", re.compile(r"\bplacement\b", re.I)),
    ("the \"Phases\" heading", re.compile(r"^\s*phases\s*$", re.I | re.M)),
    ("the \"Areas by phase\" heading", re.compile(r"^\s*areas\s+by\s+phase\s*$", re.I | re.M)),
]

failures = 0


def report(ok, what, detail=""):
    global failures
    if not ok:
        failures += 1
    print(f"{'ok  ' if ok else 'FAIL'}  {what}{': ' + detail if detail else ''}", flush=True)


def info(what):
    print(f"info  {what}", flush=True)


def run(argv, cwd=None):
    """Runs argv in its own process group; returns (exit code, stdout, stderr).
    After TIMEOUT seconds kills the whole group and returns exit code None."""
    proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
        return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return None, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


class Chromium:
    def __init__(self, scratch):
        self.scratch = scratch
        self.runs = 0

    def __call__(self, page, *extra, size=DESKTOP, logging=False):
        """Opens page (a Path) with the extra flags, in a profile of its own."""
        self.runs += 1
        profile = self.scratch / f"profile-{self.runs}"
        argv = ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                f"--window-size={size[0]},{size[1]}"]
        if logging:
            argv += ["--enable-logging=stderr", "--v=0"]
        argv += [*extra, page.resolve().as_uri()]
        code, out, err = run(argv)
        shutil.rmtree(profile, ignore_errors=True)
        if code is None:
            return None, out, f"chromium did not finish in {TIMEOUT} s"
        return code, out, err


def console_messages(stderr):
    return [line.strip() for line in stderr.splitlines() if CONSOLE_LINE.search(line)]


def chromium_failed(code, err):
    last = [line for line in err.splitlines() if line.strip()][-3:]
    return f"chromium exited {code}" + (": " + " | ".join(last) if last else "")


def check_console_capture(chromium, scratch):
    """A page with a deliberate console error: proves the console check can fail."""
    canary = scratch / "canary.html"
    canary.write_text("<!DOCTYPE html><html><head><title>canary</title></head><body>"
                      "<script>undefinedGaitFunction();</script></body></html>")
    code, _, err = chromium(canary, "--dump-dom", logging=True)
    messages = console_messages(err)
    ok = code == 0 and any("undefinedGaitFunction" in m for m in messages)
    report(ok, "chromium reports a page's console errors (a canary page with one)",
           "" if ok else (chromium_failed(code, err) if code != 0 else
                          "no console line for the canary's error: Chromium's log format "
                          "changed? Every console check below would pass blindly"))


def check_loads(chromium, label, page, source):
    code, dom, err = chromium(page, "--dump-dom", logging=True)
    if code != 0:
        report(False, f"{label}: loads without console errors", chromium_failed(code, err))
        return
    messages = console_messages(err)
    if messages:
        report(False, f"{label}: loads without console errors",
               f"{len(messages)} console message(s):\n      " + "\n      ".join(messages))
        return
    want = TITLE.search(source)
    got = TITLE.search(dom)
    def text(title):
        return " ".join(html.unescape(title.group(1)).split()) if title else None
    if "<body" not in dom or text(want) != text(got):
        report(False, f"{label}: loads without console errors",
               "the DOM Chromium built has no body or not the page's <title>")
        return
    report(True, f"{label}: loads without console errors")


def position(source, offset):
    """The line and column (from 1) of offset in source."""
    return source.count("\n", 0, offset) + 1, offset - source.rfind("\n", 0, offset)


def svg_fragments(source):
    """(line, column, text) of each outermost <svg>...</svg>; raises ValueError when
    they do not pair up."""
    fragments, depth, start = [], 0, 0
    for tag in SVG_TAG.finditer(source):
        if tag.group(0).startswith("</"):
            if depth == 0:
                raise ValueError("a </svg> with no <svg> before it, line %d" %
                                 position(source, tag.start())[0])
            depth -= 1
            if depth == 0:
                fragments.append((*position(source, start), source[start:tag.end()]))
        else:
            if depth == 0:
                start = tag.start()
            depth += 1
    if depth:
        raise ValueError("the <svg> of line %d is never closed" % position(source, start)[0])
    return fragments


def check_svg(label, source):
    what = f"{label}: every <svg> is well-formed XML"
    try:
        fragments = svg_fragments(source)
    except ValueError as error:
        report(False, what, str(error))
        return
    problems = []
    for line, column, fragment in fragments:
        try:
            ET.fromstring(fragment)
        except ET.ParseError as error:
            # error.position is within the fragment (column from 0): make it the page's.
            row, at = error.position
            where = (line + row - 1, at + (column if row == 1 else 1))
            problems.append("the <svg> of line %d: %s, at line %d, column %d" % (
                line, re.sub(r": line \d+, column \d+$", "", str(error)), *where))
    if problems:
        report(False, what, "; ".join(problems))
    else:
        report(True, f"{label}: all {len(fragments)} <svg> are well-formed XML"
               if fragments else f"{label}: no <svg> to check")


def with_probe(source):
    """The page with OVERFLOW_PROBE appended; a Content Security Policy of the page, if
    any, is let to run it (by its hash) and is otherwise kept as it is."""
    probe = f"<script>{OVERFLOW_PROBE}</script>"
    digest = base64.b64encode(hashlib.sha256(OVERFLOW_PROBE.encode()).digest()).decode()

    def allow(meta):
        def amend(content):
            policy = html.unescape(content.group(3))
            directives = [d.strip() for d in policy.split(";") if d.strip()]
            directives = [d for d in directives if d.split()[0].lower() != "script-src"]
            directives.append(f"script-src 'sha256-{digest}'")
            return content.group(1) + '"' + html.escape("; ".join(directives)) + '"'
        return CONTENT_ATTR.sub(amend, meta.group(0), count=1)

    source = CSP_META.sub(allow, source)
    end = source.lower().rfind("</body>")
    return source + probe if end < 0 else source[:end] + probe + source[end:]


def framed(source):
    """A page holding source, with the probe, in a frame of the phone's size.
    Chromium 156 makes no window narrower than 500 px, --window-size=390,844 or not:
    the frame gives the page a 390 px viewport (its media queries, vw and innerWidth
    are the frame's). srcdoc: the frame is of the page's origin, so the probe can
    write into the page --dump-dom prints."""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>probe</title>"
            "<style>html, body { margin: 0; } iframe { display: block; border: 0; "
            f"width: {PHONE[0]}px; height: {PHONE[1]}px; }}</style></head><body>"
            f"<iframe srcdoc=\"{html.escape(with_probe(source))}\"></iframe></body></html>\n")


def check_fits(chromium, label, page, source, scratch):
    what = f"{label}: fits a {PHONE[0]} px wide window"
    probed = scratch / (page.stem + "-probe.html")
    probed.write_text(framed(source), encoding="utf-8")
    code, dom, err = chromium(probed, "--dump-dom", size=PHONE)
    if code != 0:
        report(False, what, chromium_failed(code, err))
        return
    found = VERDICT.search(dom)
    if not found:
        report(False, what, "the measuring script appended to the page wrote no verdict "
                            "(it did not run: a script error, or a policy that blocks it?)")
        return
    verdict = json.loads(html.unescape(found.group(1)))
    if verdict["innerWidth"] != PHONE[0]:
        report(False, what, f"the window is {verdict['innerWidth']} px wide, not {PHONE[0]}")
    elif verdict["scrollWidth"] > verdict["innerWidth"]:
        culprit = (f"widest: <{verdict['widest']}> reaching {verdict['widestRight']} px"
                   f" (\"{verdict['widestText']}\")" if verdict["widest"] else
                   "no single element found sticking out")
        report(False, what, f"the page is {verdict['scrollWidth']} px wide, "
                            f"scrolls sideways; {culprit}")
    else:
        report(True, what)


def check_print(chromium, label, page, scratch, first_page):
    what = f"{label}: prints" + (", the summary on the first page" if first_page else "")
    pdf = scratch / (page.stem + ".pdf")
    code, _, err = chromium(page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    if code != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        report(False, what, chromium_failed(code, err) if code != 0 else "no PDF written")
        return
    code, out, err = run(["pdfinfo", str(pdf)])
    pages = re.search(r"^Pages:\s*(\d+)", out, re.M)
    if code != 0 or not pages:
        report(False, what, f"pdfinfo cannot read the PDF: {err.strip()}")
        return
    size = re.search(r"^Page size:\s*(.*)$", out, re.M)
    info(f"{label}: {pages.group(1)} printed page(s)" + (f", {size.group(1)}" if size else ""))
    if not first_page:
        report(True, what)
        return
    code, text, err = run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"])
    if code != 0:
        report(False, what, f"pdftotext failed: {err.strip()}")
        return
    missing = [name for name, pattern in first_page if not pattern.search(text)]
    if missing:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        report(False, what, f"page 1 of {pages.group(1)} lacks {', '.join(missing)}; "
                            f"it ends with: {' | '.join(lines[-3:])}")
    else:
        report(True, what)


def rubric_names(gait, source_dir):
    """Bundled rubric id -> name, from `gait rubric list` (NAME ID VERSION ... columns)."""
    code, out, _ = run([gait, "rubric", "list", "--color", "never"], cwd=source_dir)
    names = {}
    for line in out.splitlines()[1:] if code == 0 else []:
        fields = line.split()
        if len(fields) >= 2:
            names[fields[1]] = fields[0]
    return names


def reports(gait, source_dir):
    """(label, gait arguments, first-page check or None) for every page to check."""
    names = rubric_names(gait, source_dir)
    examples = sorted((source_dir / "data" / "examples").glob("*.yaml"))
    examples.sort(key=lambda path: path.name != "walk.yaml")  # the one named in docs first
    for answers in examples:
        relative = answers.relative_to(source_dir).as_posix()
        rubric = re.search(r"^rubric:\s*\n\s+id:\s*['\"]?([\w.-]+)",
                           answers.read_text(encoding="utf-8"), re.M)
        extra = ["--rubric", names[rubric.group(1)]] if rubric and rubric.group(1) in names else []
        yield (f"team report {answers.name}",
               ["assess", "--answers", relative, *extra, "--format", "html"], FIRST_PAGE)
    # As tests/e2e/targets_test.cpp makes its golden file: targets and exemptions.
    yield ("team report targets-team.yaml",
           ["assess", "--answers", "tests/data/answers/targets-team.yaml", "--format", "html"],
           FIRST_PAGE)
    # As tests/e2e/compare_test.cpp, aggregate_test.cpp and trend_test.cpp make their golden files.
    rubric = ["--rubric", "tests/data/rubrics/five-level.yaml"]
    yield ("comparison beta-2025-11 → beta-2026-02",
           ["compare", "tests/data/compare/beta-2025-11.yaml",
            "tests/data/compare/beta-2026-02.yaml", *rubric, "--format", "html"], None)
    yield ("aggregate tests/data/teams",
           ["aggregate", "tests/data/teams", *rubric, "--format", "html"], None)
    yield ("trend tests/data/trend",
           ["trend", "tests/data/trend/checkout-2026-09.yaml",
            "tests/data/trend/checkout-2026-01.yaml", "tests/data/trend/checkout-2026-06.yaml",
            "tests/data/trend/checkout-2026-03.yaml", *rubric, "--format", "html"], None)
    yield ("trend of four teams and two rubric versions",
           ["trend", "data/examples/crawl.yaml", "data/examples/walk-1.0.yaml",
            "data/examples/walk.yaml", "data/examples/run.yaml", "data/examples/pre-crawl.yaml",
            "--format", "html"], None)
    # As tests/e2e/respondents_test.cpp makes its golden files: three respondents merged.
    yield ("merged team report tests/data/respondents",
           ["assess", "tests/data/respondents", "--format", "html"], FIRST_PAGE)
    yield ("aggregate tests/data/respondents",
           ["aggregate", "tests/data/respondents", "--format", "html"], None)
    # As tests/e2e/aggregate_groups_test.cpp makes its golden files: eight areas, grouped.
    yield ("aggregate tests/data/tagged-teams --by org:",
           ["aggregate", "tests/data/tagged-teams", "--by", "org:", "--format", "html"], None)


def main():
    if len(sys.argv) != 3:
        print("usage: check_html.py GAIT_BINARY SOURCE_DIR", file=sys.stderr)
        return 2
    gait, source_dir = os.path.abspath(sys.argv[1]), Path(sys.argv[2]).resolve()
    if not os.access(gait, os.X_OK) or not (source_dir / "data" / "examples").is_dir():
        print(f"check_html.py: no gait at {gait} or no data/examples in {source_dir}",
              file=sys.stderr)
        return 2
    missing = [tool for tool in ("chromium", "pdftotext", "pdfinfo") if not shutil.which(tool)]
    if "chromium" in missing:
        print("chromium not installed: skipped")
        return 77
    if missing:
        print(f"{' and '.join(missing)} (poppler-utils) not installed: skipped")
        return 77

    code, version, _ = run(["chromium", "--version"])
    info(version.strip() if code == 0 else "chromium --version failed")
    with tempfile.TemporaryDirectory(prefix="gait-browser-") as scratch:
        scratch = Path(scratch)
        chromium = Chromium(scratch)
        check_console_capture(chromium, scratch)
        for number, (label, args, first_page) in enumerate(reports(gait, source_dir)):
            code, source, err = run([gait, *args], cwd=source_dir)
            if code != 0 or not source.strip():
                report(False, f"{label}: gait {' '.join(args)}",
                       f"exit {code}: {err.strip() or 'no output'}")
                continue
            page = scratch / f"page-{number}.html"
            page.write_text(source, encoding="utf-8")
            check_loads(chromium, label, page, source)
            check_svg(label, source)
            check_fits(chromium, label, page, source, scratch)
            check_print(chromium, label, page, scratch, first_page)

    if failures:
        print(f"{failures} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
