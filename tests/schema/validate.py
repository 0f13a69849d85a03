#!/usr/bin/python3
"""Checks gait's JSON Schemas against the real files, and the files against the schemas.

Usage: validate.py SCHEMA_DIR GAIT_BINARY SOURCE_DIR

  1. every schema in SCHEMA_DIR (report, rubric, answers, compare, aggregate, trend) is a valid
     draft-07 schema, and every property in it has a title and a description (editors show
     them);
  2. every tests/golden/*.json matches its schema: compare-*.json compare.schema.json,
     aggregate-*.json aggregate.schema.json, trend-*.json trend.schema.json, the others (assess-*.json) report.schema.json;
  3. the JSON report of `GAIT_BINARY assess --answers F --format json` matches it too, for
     every data/examples/*.yaml and tests/data/answers/five-level-team.yaml (with --rubric
     when the answers are not for the built-in rubric);
  4. the rubrics (data/rubrics/*.yaml, tests/data/rubrics/*.yaml) match rubric.schema.json,
     and the answers files (data/examples/*.yaml, tests/data/answers/*.yaml and *.json) match
     answers.schema.json;
  5. `GAIT_BINARY compare OLD NEW --format json` matches compare.schema.json, for the pairs in
     COMPARE_PAIRS: answers files of data/examples/, a saved report (tests/golden/) against an
     answers file, and a pair on the five-level test rubric;
  6. `GAIT_BINARY aggregate data/examples --keep-going --format json` matches
     aggregate.schema.json, with exactly the examples for other rubrics than the built-in one
     skipped; and so does the aggregate (with --keep-going) of a temporary directory holding a
     team's file, an older file of the same team (its superseded_by must name the newer file),
     a broken file and a team named `Ops, "Core"` + line break + `Night shift`;
  7. `GAIT_BINARY aggregate ... --format csv` of the same inputs reads back with Python's csv
     module: the header (status, file, team, date, rubric_version, placement, phase:ID...,
     area:ID..., hold_gaps, reach_gaps, unanswered, reason), one row per file, as many
     fields in every row, the same files, teams, placements and scores as the JSON aggregate,
     every record ended by CRLF (RFC 4180), and that team name read back intact;
  7b. `GAIT_BINARY trend ... --format json` matches trend.schema.json: tests/data/trend (a team
     assessed four times), rubric 1.0 and 2.0 answers of one team, and four teams at once;
  8. `GAIT_BINARY aggregate tests/data/respondents --format json` (three respondents of one
     team) matches aggregate.schema.json with one team of 3 respondents, and those answers
     files match answers.schema.json (the merged report is tests/golden/assess-respondents.json);
  8b. `GAIT_BINARY plan ... --format json` matches plan.schema.json, for four teams of
     data/examples/ at once and for a team on the five-level rubric with a plan file
     (tests/data/plan/plan-with-owner.yaml), so that owners, closed and wontdo items show;
     tests/golden/plan-*.json match it too; and for tests/data/answers/targets-team.yaml,
     whose lapsed exemption is an item (exempt, until, lapsed, answer_reason);
  9. every file in tests/schema/invalid/ FAILS its schema (report-*.json, compare-*.json,
     aggregate-*.json, plan-*.json, rubric-*.yaml, answers-*.yaml or answers-*.json), and fails it for the
     reason that tests/schema/invalid/EXPECTED gives: a keyword and the path where it must
     fail.

One line per file (per command for the gait runs): `ok NAME` or `FAIL NAME: reason`; then
`N passed, M failed`. Exit 1 when anything failed.

Needs only Debian's python3-jsonschema (4.10) and python3-yaml. YAML is read the way
yaml.safe_load reads it (YAML 1.1), then made JSON-compatible: dates become YYYY-MM-DD text,
.nan and .inf become text (gait refuses them as numbers, so the schema must too), keys become
text. Unquoted yes/no/on/off stay booleans, which the schemas accept where gait does.
"""

import csv
import datetime
import glob
import io
import itertools
import json
import math
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"FAIL {sys.argv[0]}: {missing}; install python3-jsonschema and python3-yaml")
    print("0 passed, 1 failed")
    sys.exit(1)

BUILTIN_RUBRIC_ID = "sre-maturity"
SCHEMA_NAMES = ("report", "rubric", "answers", "compare", "aggregate", "trend", "plan")
JSON_ONLY_SCHEMAS = ("report", "compare", "aggregate", "trend", "plan")  # what gait writes, never YAML

# gait compare OLD NEW, relative to SOURCE_DIR: moved up, moved down to no placement, nothing
# moved, a saved report against an answers file, and a rubric with a phase of no score.
COMPARE_PAIRS = (
    ("data/examples/crawl.yaml", "data/examples/walk.yaml"),
    ("data/examples/run.yaml", "data/examples/pre-crawl.yaml"),
    ("data/examples/walk.yaml", "data/examples/walk.yaml"),
    ("tests/golden/assess-crawl.json", "data/examples/run.yaml"),
    ("tests/golden/assess-five-level.json", "tests/data/answers/five-level-team.yaml"),
)

# The team name of the CSV round trip: a comma, double quotes and a line break.
AWKWARD_TEAM = 'Ops, "Core"\nNight shift'
CSV_FIXED_COLUMNS = ["status", "file", "team", "date", "rubric_version", "placement"]
CSV_LAST_COLUMNS = ["hold_gaps", "reach_gaps", "unanswered", "reason"]


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, name, detail=""):
        self.passed += 1
        print(f"ok {name}" + (f" ({detail})" if detail else ""), flush=True)

    def fail(self, name, reason):
        self.failed += 1
        print(f"FAIL {name}: {reason}", flush=True)


# ------------------------------------------------------------------ loading

class DuplicateKeyLoader(yaml.SafeLoader):
    """yaml.safe_load, except that a key twice in one mapping is an error, as it is for gait."""


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    f"duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark)
            seen[key] = key_node.start_mark.line
        except TypeError:  # an unhashable key; the default constructor reports it
            break
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


def _construct_timestamp(loader, node):
    # PyYAML refuses an unquoted date that is not in the calendar (2026-02-31); gait reads it
    # as text and refuses it as a date, so keep the text and let the schema say so.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


DuplicateKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                   _construct_mapping)
DuplicateKeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _key_text(key):
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    if isinstance(key, (datetime.date, datetime.datetime)):
        return key.isoformat()
    return str(key)


def to_json_data(value):
    """What a YAML 1.1 loader gives, as the JSON data an editor would validate."""
    if isinstance(value, dict):
        return {_key_text(k): to_json_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_data(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _reject_duplicates(pairs):
    data = {}
    for key, value in pairs:
        if key in data:
            raise ValueError(f"duplicate key {key!r}")
        data[key] = value
    return data


def load_data(path):
    """The file's content as JSON data: .json with the json module, anything else as YAML."""
    with open(path, encoding="utf-8") as f:
        if path.endswith(".json"):
            return json.load(f, object_pairs_hook=_reject_duplicates)
        return to_json_data(yaml.load(f, Loader=DuplicateKeyLoader))


# ------------------------------------------------------------------ checking

def make_validator(schema):
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.draft7_format_checker)


def pointer(path):
    return "/" + "/".join(str(p) for p in path)


def describe(error):
    return f"{pointer(error.absolute_path)}: {error.message} [{error.validator}]"


def first_error(validator, data):
    errors = list(validator.iter_errors(data))
    if not errors:
        return None
    return jsonschema.exceptions.best_match(errors)


def all_errors(errors):
    """Every error, with the ones nested under oneOf/anyOf/if."""
    for error in errors:
        yield error
        yield from all_errors(error.context or [])


def missing_annotations(schema, where="#"):
    """Places where a property (or items / additionalProperties) schema lacks title or
    description. Subschemas under if/then/else, contains, not and propertyNames only
    constrain, so they are not looked at."""
    problems = []
    if not isinstance(schema, dict):
        return problems
    for name, sub in (schema.get("properties") or {}).items():
        place = f"{where}/properties/{name}"
        if not (isinstance(sub, dict) and sub.get("title") and sub.get("description")):
            problems.append(place)
        problems += missing_annotations(sub, place)
    for keyword in ("items", "additionalProperties"):
        sub = schema.get(keyword)
        if isinstance(sub, dict):
            place = f"{where}/{keyword}"
            if not (sub.get("title") and sub.get("description")):
                problems.append(place)
            problems += missing_annotations(sub, place)
    for keyword in ("definitions", "allOf", "anyOf", "oneOf"):
        subs = schema.get(keyword)
        items = subs.items() if isinstance(subs, dict) else enumerate(subs or [])
        for key, sub in items:
            problems += missing_annotations(sub, f"{where}/{keyword}/{key}")
    return problems


def check_schemas(schema_dir, results):
    validators = {}
    for name in SCHEMA_NAMES:
        path = os.path.join(schema_dir, f"{name}.schema.json")
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft7Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
            results.fail(path, str(e).splitlines()[0])
            continue
        if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
            results.fail(path, "$schema is not http://json-schema.org/draft-07/schema#")
            continue
        undocumented = missing_annotations(schema)
        if undocumented:
            results.fail(path, "no title or description at " + ", ".join(undocumented))
            continue
        validators[name] = make_validator(schema)
        results.ok(path)
    return validators


def check_valid(validator, name, data, results):
    error = first_error(validator, data)
    if error is None:
        results.ok(name)
    else:
        results.fail(name, describe(error))


def read_expectations(invalid_dir):
    """EXPECTED: `FILE KEYWORD PATH` per line; the file must fail KEYWORD at PATH."""
    expected = {}
    path = os.path.join(invalid_dir, "EXPECTED")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    file, keyword, where = line.split()
                    expected[file] = (keyword, where)
    return expected


def schema_for(filename):
    for name in SCHEMA_NAMES:
        if filename.startswith(name + "-"):
            if name in JSON_ONLY_SCHEMAS:
                return name if filename.endswith(".json") else None
            return name if filename.endswith((".yaml", ".yml", ".json")) else None
    return None


def golden_schema(filename):
    """The schema of a golden JSON file, by its name: compare-*, aggregate-*, trend-*, plan-*, else a
    report."""
    for name in ("compare", "aggregate", "trend", "plan"):
        if filename.startswith(name + "-"):
            return name
    return "report"


def check_invalid(invalid_dir, validators, rel, results):
    expected = read_expectations(invalid_dir)
    files = sorted(f for f in os.listdir(invalid_dir) if f != "EXPECTED")
    for filename in files:
        name = rel(os.path.join(invalid_dir, filename))
        schema = schema_for(filename)
        if schema is None:
            results.fail(name, "name it report-*.json, compare-*.json, aggregate-*.json, "
                         "rubric-*.yaml or answers-*.yaml so the schema to use is known")
            continue
        if schema not in validators:
            results.fail(name, f"{schema}.schema.json is not usable")
            continue
        if filename not in expected:
            results.fail(name, "no line for it in EXPECTED (FILE KEYWORD PATH)")
            continue
        try:
            data = load_data(os.path.join(invalid_dir, filename))
        except (OSError, ValueError, yaml.YAMLError) as e:
            results.fail(name, f"cannot read: {e}")
            continue
        errors = list(validators[schema].iter_errors(data))
        if not errors:
            results.fail(name, f"is accepted by {schema}.schema.json, but must be refused")
            continue
        keyword, where = expected[filename]
        if any(e.validator == keyword and pointer(e.absolute_path) == where
               for e in all_errors(errors)):
            results.ok(name, f"refused: {keyword} at {where}")
        else:
            found = "; ".join(describe(e) for e in all_errors(errors))
            results.fail(name, f"refused, but not by {keyword} at {where}: {found}")
    for filename in sorted(set(expected) - set(files)):
        results.fail(rel(os.path.join(invalid_dir, filename)), "listed in EXPECTED but missing")


# ------------------------------------------------------------------ gait runs

def run_gait(command, name, results):
    """stdout of a gait run that must exit 0; None (and a FAIL line) otherwise."""
    try:
        run = subprocess.run(command, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        results.fail(name, str(e))
        return None
    if run.returncode != 0:
        stderr = run.stderr.decode("utf-8", "replace").strip()
        results.fail(name, f"exit code {run.returncode}: {stderr}")
        return None
    return run.stdout


def gait_json(command, name, results):
    """The JSON a gait run writes; None (and a FAIL line) when it fails or is not JSON."""
    stdout = run_gait(command, name, results)
    if stdout is None:
        return None
    try:
        return json.loads(stdout.decode("utf-8"), object_pairs_hook=_reject_duplicates)
    except ValueError as e:
        results.fail(name, f"output is not JSON: {e}")
        return None


def rubric_id_of(path):
    """The rubric id an answers file or a report names; None when it cannot be told."""
    try:
        reference = load_data(path).get("rubric")
    except (OSError, ValueError, yaml.YAMLError, AttributeError):
        reference = None
    return reference.get("id") if isinstance(reference, dict) else reference


def rubric_options(path, rubric_files):
    """--rubric FILE when the answers file or report is not for the built-in rubric."""
    rubric_id = rubric_id_of(path)
    if rubric_id != BUILTIN_RUBRIC_ID and rubric_id in rubric_files:
        return ["--rubric", rubric_files[rubric_id]]
    return []


def team_files_under(directory):
    """The files gait aggregate reads from a directory: .yaml, .yml, .json, recursively."""
    found = []
    for root, _, files in os.walk(directory):
        found += [os.path.join(root, f) for f in files if f.endswith((".yaml", ".yml", ".json"))]
    return found


def records_end_in_crlf(text):
    """Whether every record ends in CR LF and no CR or LF stands alone outside quotes."""
    quoted = False
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted  # a doubled quote flips twice
        elif not quoted and c == "\r" and text[i + 1:i + 2] != "\n":
            return False
        elif not quoted and c == "\n" and text[i - 1:i] != "\r":
            return False
    return not quoted and text.endswith("\r\n")


def csv_score(field):
    return None if field == "" else float(field)


def check_aggregate_csv(stdout, aggregate, files, name, results):
    """The CSV of an aggregate against its JSON: the same files, teams, placements, scores."""
    try:
        text = stdout.decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error) as e:
        results.fail(name, f"not CSV: {e}")
        return None
    phases = [p["id"] for p in aggregate["phases"]]
    areas = [a["id"] for a in aggregate["areas"]]
    header = (CSV_FIXED_COLUMNS + ["phase:" + p for p in phases] + ["area:" + a for a in areas]
              + CSV_LAST_COLUMNS)
    if not rows or rows[0] != header:
        results.fail(name, f"header {rows[:1]}, not {header}")
        return None
    body = rows[1:]
    widths = sorted({len(row) for row in rows})
    if widths != [len(header)]:
        results.fail(name, f"rows of {widths} fields, not all {len(header)}")
        return None
    if len(body) != len(files) or len(body) != aggregate["counts"]["files"]:
        results.fail(name, f"{len(body)} rows for {len(files)} files "
                     f"(counts.files {aggregate['counts']['files']})")
        return None
    if sorted(row[1] for row in body) != sorted(files):
        results.fail(name, f"files {sorted(row[1] for row in body)}, not {sorted(files)}")
        return None
    if not records_end_in_crlf(text):
        results.fail(name, "a record does not end in CR LF (RFC 4180)")
        return None
    first_score, after_scores = len(CSV_FIXED_COLUMNS), len(CSV_FIXED_COLUMNS) + len(phases)
    expected, found = [], []
    for status, key in (("counted", "teams"), ("superseded", "superseded")):
        for team in aggregate[key]:
            reason = f"superseded by {team['superseded_by']}" if "superseded_by" in team else ""
            expected.append([status, team["file"], team["team"], team["placement"],
                             [team["phase_scores"][p] for p in phases],
                             [team["area_scores"][a] for a in areas], reason])
    for skipped in aggregate["skipped"]:
        expected.append(["skipped", skipped["file"]])
    for row in body:
        if row[0] == "skipped":
            found.append(row[:2])
            continue
        try:
            found.append([row[0], row[1], row[2], row[5] or None,
                          [csv_score(f) for f in row[first_score:after_scores]],
                          [csv_score(f) for f in row[after_scores:-len(CSV_LAST_COLUMNS)]],
                          row[-1]])
        except ValueError as e:
            results.fail(name, f"a score is not a number: {e}")
            return None
    for row, wanted in itertools.zip_longest(found, expected):
        if row != wanted:
            results.fail(name, f"rows differ from the JSON aggregate: CSV {row}, JSON {wanted}")
            return None
    results.ok(name, f"{len(body)} rows of {len(header)} fields, CRLF")
    return body


def write_aggregate_inputs(directory, source):
    """A directory to aggregate: a team, an older file of it (superseded), a broken file and
    a team with an awkward name. Returns the files, and the newer file of the team."""
    with open(os.path.join(source, "data/examples/crawl.yaml"), encoding="utf-8") as f:
        crawl = f.read()

    def with_line(key, value):
        # A function, not a replacement string, so that re leaves the backslashes alone.
        return re.sub(rf"^{key}: .*$", lambda _: f"{key}: {value}", crawl, count=1,
                      flags=re.MULTILINE)

    awkward = '"' + AWKWARD_TEAM.replace('"', '\\"').replace("\n", "\\n") + '"'
    contents = {
        "a-crawl.yaml": crawl,  # the counted file comes first: its superseded one names it
        "b-crawl-older.yaml": with_line("date", "2026-01-05"),
        "c-broken.yaml": "team: [\n",
        "d-awkward.yaml": with_line("team", awkward),
    }
    for filename, content in contents.items():
        with open(os.path.join(directory, filename), "w", encoding="utf-8") as f:
            f.write(content)
    return [os.path.join(directory, f) for f in contents], os.path.join(directory, "a-crawl.yaml")


def main(argv):
    if len(argv) != 4:
        print("usage: validate.py SCHEMA_DIR GAIT_BINARY SOURCE_DIR", file=sys.stderr)
        return 2
    schema_dir, gait, source = argv[1], os.path.abspath(argv[2]), os.path.abspath(argv[3])
    results = Results()

    def src(pattern):
        return sorted(glob.glob(os.path.join(source, pattern)))

    def rel(path):
        return os.path.relpath(path, source)

    def display(command, temporary=None):
        """The command as the output names it: paths from SOURCE_DIR, TMP for `temporary`."""
        words = []
        for word in command[1:]:
            if temporary and word.startswith(temporary):
                words.append("TMP" + word[len(temporary):])
            else:
                words.append(rel(word) if os.path.isabs(word) else word)
        return "gait " + " ".join(words)

    validators = check_schemas(schema_dir, results)

    # Rubrics, remembering where each rubric id is for the gait runs below.
    rubric_files = {}
    for path in src("data/rubrics/*.yaml") + src("tests/data/rubrics/*.yaml"):
        try:
            data = load_data(path)
        except (OSError, ValueError, yaml.YAMLError) as e:
            results.fail(rel(path), f"cannot read: {e}")
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            rubric_files.setdefault(data["id"], path)
        if "rubric" in validators:
            check_valid(validators["rubric"], rel(path), data, results)

    # Answers files.
    answer_files = (src("data/examples/*.yaml") + src("tests/data/answers/*.yaml")
                    + src("tests/data/answers/*.json"))
    for path in answer_files:
        try:
            data = load_data(path)
        except (OSError, ValueError, yaml.YAMLError) as e:
            results.fail(rel(path), f"cannot read: {e}")
            continue
        if "answers" in validators:
            check_valid(validators["answers"], rel(path), data, results)

    goldens = src("tests/golden/*.json")
    if not any(golden_schema(os.path.basename(path)) == "report" for path in goldens):
        results.fail(rel(os.path.join(source, "tests/golden")), "no *.json reports")
    for path in goldens:
        schema = golden_schema(os.path.basename(path))
        if schema not in validators:
            continue
        try:
            data = load_data(path)
        except (OSError, ValueError) as e:
            results.fail(rel(path), f"cannot read: {e}")
            continue
        check_valid(validators[schema], rel(path), data, results)

    if "report" in validators:
        report = validators["report"]
        for path in src("data/examples/*.yaml") + src("tests/data/answers/five-level-team.yaml"):
            command = [gait, "assess", *rubric_options(path, rubric_files), "--answers", path,
                       "--format", "json"]
            name = display(command)
            data = gait_json(command, name, results)
            if data is not None:
                check_valid(report, name, data, results)

    if "compare" in validators:
        for old, new in COMPARE_PAIRS:
            old, new = os.path.join(source, old), os.path.join(source, new)
            command = [gait, "compare", *rubric_options(new, rubric_files), old, new,
                       "--format", "json"]
            name = display(command)
            data = gait_json(command, name, results)
            if data is not None:
                check_valid(validators["compare"], name, data, results)

    if "trend" in validators:
        # A team's series of four (tests/data/trend), a trend across rubric 1.0 and 2.0, and
        # several teams at once.
        five_level = os.path.join(source, "tests/data/rubrics/five-level.yaml")
        for paths, options in (
                (["tests/data/trend"], ["--rubric", five_level]),
                (["data/examples/walk-1.0.yaml", "data/examples/walk.yaml"], []),
                (["data/examples/crawl.yaml", "data/examples/walk.yaml", "data/examples/run.yaml",
                  "data/examples/pre-crawl.yaml"], [])):
            command = [gait, "trend", *[os.path.join(source, p) for p in paths], *options,
                       "--format", "json"]
            name = display(command)
            data = gait_json(command, name, results)
            if data is not None:
                check_valid(validators["trend"], name, data, results)

    if "aggregate" in validators:
        # The examples for other rubrics than the built-in one are skipped, with their reason:
        # without --rubric their answers are scored against the built-in rubric.
        examples = os.path.join(source, "data/examples")
        example_files = team_files_under(examples)
        others = sorted(f for f in example_files if rubric_id_of(f) != BUILTIN_RUBRIC_ID)
        command = [gait, "aggregate", examples, "--keep-going", "--format"]
        name = display(command + ["json"])
        aggregate = gait_json(command + ["json"], name, results)
        if aggregate is not None:
            check_valid(validators["aggregate"], name, aggregate, results)
            skipped = sorted(entry["file"] for entry in aggregate["skipped"])
            if skipped == others:
                results.ok(name + ": skipped", f"{len(skipped)} for other rubrics")
            else:
                results.fail(name + ": skipped", f"{[rel(f) for f in skipped]}, not the examples "
                             f"for other rubrics {[rel(f) for f in others]}")
            stdout = run_gait(command + ["csv"], display(command + ["csv"]), results)
            if stdout is not None:
                check_aggregate_csv(stdout, aggregate, example_files, display(command + ["csv"]),
                                    results)

        with tempfile.TemporaryDirectory(prefix="gait-schema-") as directory:
            files, newer = write_aggregate_inputs(directory, source)
            command = [gait, "aggregate", directory, "--keep-going", "--format"]
            name = display(command + ["json"], directory)
            aggregate = gait_json(command + ["json"], name, results)
            if aggregate is not None:
                check_valid(validators["aggregate"], name, aggregate, results)
                superseded_by = [row.get("superseded_by") for row in aggregate["superseded"]]
                if superseded_by == [newer]:
                    results.ok(name + ": superseded_by")
                else:
                    results.fail(name + ": superseded_by", f"{superseded_by}, not [{newer!r}]")
                name = display(command + ["csv"], directory)
                stdout = run_gait(command + ["csv"], name, results)
                body = None
                if stdout is not None:
                    body = check_aggregate_csv(stdout, aggregate, files, name, results)
                if body is not None:
                    teams = [row[2] for row in body if row[0] == "counted"]
                    if AWKWARD_TEAM in teams:
                        results.ok(f"{name}: team {AWKWARD_TEAM!r}", "read back intact")
                    else:
                        results.fail(f"{name}: team {AWKWARD_TEAM!r}",
                                     f"not read back intact; the teams are {teams}")

        # Three respondents' files of one team and date: one merged row with its count.
        respondents = os.path.join(source, "tests/data/respondents")
        command = [gait, "aggregate", respondents, "--format", "json"]
        name = display(command)
        aggregate = gait_json(command, name, results)
        if aggregate is not None:
            check_valid(validators["aggregate"], name, aggregate, results)
            counts = [row.get("respondents") for row in aggregate["teams"]]
            if counts == [3]:
                results.ok(name + ": respondents", "one team of 3 respondents")
            else:
                results.fail(name + ": respondents", f"{counts}, not [3]")

    # The answers files of several respondents are answers files too.
    if "answers" in validators:
        for path in src("tests/data/respondents/*.yaml"):
            check_valid(validators["answers"], rel(path), load_data(path), results)

    if "plan" in validators:
        # Several teams of the built-in rubric in one plan, and one on the five-level rubric
        # (not-applicable answers), each with a plan file so that closed items show too.
        examples = [os.path.join(source, "data/examples", name)
                    for name in ("pre-crawl.yaml", "crawl.yaml", "walk.yaml", "run.yaml")]
        five_level = os.path.join(source, "tests/data/compare/beta-2026-02.yaml")
        with tempfile.TemporaryDirectory(prefix="gait-schema-") as directory:
            plan_file = os.path.join(directory, "plan.yaml")
            with open(plan_file, "w", encoding="utf-8") as f, \
                    open(os.path.join(source, "tests/data/plan/plan-with-owner.yaml"),
                         encoding="utf-8") as owned:
                f.write(owned.read())
            for command in ([gait, "plan", *examples, "--format", "json"],
                            [gait, "plan", five_level, *rubric_options(five_level, rubric_files),
                             "--plan", plan_file, "--format", "json"]):
                name = display(command, directory)
                data = gait_json(command, name, results)
                if data is not None:
                    check_valid(validators["plan"], name, data, results)
        # A lapsed exemption is a gap, so an item: with exempt, until, lapsed and the
        # answer's reason, which must be there for this check to mean anything.
        command = [gait, "plan", os.path.join(source, "tests/data/answers/targets-team.yaml"),
                   "--format", "json"]
        name = display(command, source)
        data = gait_json(command, name, results)
        if data is not None:
            check_valid(validators["plan"], name, data, results)
            lapsed = [item for team in data["teams"] for item in team["items"]
                      if item.get("lapsed") and item.get("answer_reason")]
            if lapsed:
                results.ok(name + ": an item of a lapsed exemption with its reason")
            else:
                results.fail(name, "no item of a lapsed exemption with its reason")

    check_invalid(os.path.join(source, "tests/schema/invalid"), validators, rel, results)

    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
