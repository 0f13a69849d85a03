#!/usr/bin/python3
"""Checks `gait plan --format junit` against the JUnit schema CI systems read.

Usage: validate_junit.py GAIT_BINARY SOURCE_DIR

For each input below, runs `GAIT_BINARY plan ... --format junit`, validates the XML
against tests/schema/junit.xsd with lxml (Debian's python3-lxml), and checks what it
says: a test case per question, a <failure> per gap (as many as the JSON plan's open
items), a <skipped> per not-applicable answer, and the counts on each suite. The
hostile inputs (control characters, "]]>", markup in notes and ids) must still parse.
One line per input, `ok NAME` or `FAIL NAME: reason`. Exit 1 when anything failed.
"""

import json
import os
import subprocess
import sys

from lxml import etree


def run(gait, args):
    done = subprocess.run([gait, "plan", *args], capture_output=True, check=False)
    if done.returncode != 0:
        raise AssertionError(f"exit {done.returncode}: {done.stderr.decode()}")
    return done.stdout


def check(gait, schema, args, some_skipped):
    xml = run(gait, [*args, "--format", "junit"])
    document = etree.fromstring(xml)
    if not schema.validate(document):
        raise AssertionError(str(schema.error_log.last_error))
    plan = json.loads(run(gait, [*args, "--format", "json"]))
    suites = document.findall("testsuite")
    if len(suites) != len(plan["teams"]):
        raise AssertionError(f"{len(suites)} suites for {len(plan['teams'])} teams")
    for suite, team in zip(suites, plan["teams"]):
        cases = suite.findall("testcase")
        failures = suite.findall("testcase/failure")
        skipped = suite.findall("testcase/skipped")
        gaps = [i for i in team["items"] if i["open"] and i["status"] != "wontdo"]
        plain = all(ord(c) >= 0x20 for c in team["team"])  # control characters are shown
        if plain and suite.get("name") != team["team"]:
            raise AssertionError(f"suite {suite.get('name')!r} for team {team['team']!r}")
        if len(failures) != len(gaps) or int(suite.get("failures")) != len(gaps):
            raise AssertionError(f"{len(failures)} failures for {len(gaps)} gaps")
        if int(suite.get("tests")) != len(cases) or int(suite.get("skipped")) != len(skipped):
            raise AssertionError("the suite's counts do not match its test cases")
    if some_skipped and not document.findall("testsuite/testcase/skipped"):
        raise AssertionError("no <skipped/> for the not-applicable answers")


def main():
    gait, source = sys.argv[1], sys.argv[2]
    schema = etree.XMLSchema(etree.parse(os.path.join(source, "tests/schema/junit.xsd")))
    data = os.path.join(source, "tests/data")
    inputs = {
        "examples": [os.path.join(source, "data/examples/walk.yaml"),
                     os.path.join(source, "data/examples/crawl.yaml"),
                     os.path.join(source, "data/examples/run.yaml")],
        "five-level (n/a answers)": [os.path.join(data, "answers/five-level-team.yaml"),
                                     "--rubric", os.path.join(data, "rubrics/five-level.yaml")],
        "hostile notes": [os.path.join(data, "answers/hostile-notes.yaml")],
        "hostile markdown": [os.path.join(data, "answers/hostile-markdown.yaml")],
        "hostile text (control characters, ]]>)": [
            os.path.join(data, "hostile/answers-for-hostile-rubric.yaml"),
            "--rubric", os.path.join(data, "hostile/rubric-hostile-text.yaml")],
    }
    failed = 0
    for name, args in inputs.items():
        try:
            check(gait, schema, args, name.startswith("five-level"))
            print(f"ok {name}")
        except (AssertionError, etree.XMLSyntaxError) as error:
            failed += 1
            print(f"FAIL {name}: {error}")
    print(f"{len(inputs) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
