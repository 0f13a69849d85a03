#!/usr/bin/python3
"""Checks gait's JSON Schemas against the real files, and the files against the schemas.

Usage: validate.py SCHEMA_DIR GAIT_BINARY SOURCE_DIR

  1. every schema in SCHEMA_DIR is a valid draft-07 schema, and every property in it has a
     title and a description (editors show them);
  2. every tests/golden/*.json matches report.schema.json;
  3. the JSON report of `GAIT_BINARY assess --answers F --format json` matches it too, for
     every data/examples/*.yaml and tests/data/answers/five-level-team.yaml (with --rubric
     when the answers are not for the built-in rubric);
  4. the rubrics (data/rubrics/*.yaml, tests/data/rubrics/*.yaml) match rubric.schema.json,
     and the answers files (data/examples/*.yaml, tests/data/answers/*.yaml and *.json) match
     answers.schema.json;
  5. every file in tests/schema/invalid/ FAILS its schema (report-*.json, rubric-*.yaml,
     answers-*.yaml or answers-*.json), and fails it for the reason that
     tests/schema/invalid/EXPECTED gives: a keyword and the path where it must fail.

One line per file: `ok FILE` or `FAIL FILE: reason`; then `N passed, M failed`. Exit 1 when
anything failed.

Needs only Debian's python3-jsonschema (4.10) and python3-yaml. YAML is read the way
yaml.safe_load reads it (YAML 1.1), then made JSON-compatible: dates become YYYY-MM-DD text,
.nan and .inf become text (gait refuses them as numbers, so the schema must too), keys become
text. Unquoted yes/no/on/off stay booleans, which the schemas accept where gait does.
"""

import datetime
import glob
import json
import math
import os
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"FAIL {sys.argv[0]}: {missing}; install python3-jsonschema and python3-yaml")
    print("0 passed, 1 failed")
    sys.exit(1)

BUILTIN_RUBRIC_ID = "sre-maturity"
SCHEMA_NAMES = ("report", "rubric", "answers")


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
            if name == "report":
                return name if filename.endswith(".json") else None
            return name if filename.endswith((".yaml", ".yml", ".json")) else None
    return None


def check_invalid(invalid_dir, validators, rel, results):
    expected = read_expectations(invalid_dir)
    files = sorted(f for f in os.listdir(invalid_dir) if f != "EXPECTED")
    for filename in files:
        name = rel(os.path.join(invalid_dir, filename))
        schema = schema_for(filename)
        if schema is None:
            results.fail(name, "name it report-*.json, rubric-*.yaml or answers-*.yaml so the "
                         "schema to use is known")
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

    if "report" in validators:
        report = validators["report"]
        goldens = src("tests/golden/*.json")
        if not goldens:
            results.fail(rel(os.path.join(source, "tests/golden")), "no *.json reports")
        for path in goldens:
            try:
                data = load_data(path)
            except (OSError, ValueError) as e:
                results.fail(rel(path), f"cannot read: {e}")
                continue
            check_valid(report, rel(path), data, results)

        for path in src("data/examples/*.yaml") + src("tests/data/answers/five-level-team.yaml"):
            command = [gait, "assess", "--answers", path, "--format", "json"]
            try:
                reference = load_data(path).get("rubric")
            except (OSError, ValueError, yaml.YAMLError, AttributeError):
                reference = None
            rubric_id = reference.get("id") if isinstance(reference, dict) else reference
            if rubric_id != BUILTIN_RUBRIC_ID and rubric_id in rubric_files:
                command[2:2] = ["--rubric", rubric_files[rubric_id]]
            name = "gait " + " ".join(rel(c) if os.path.isabs(c) else c for c in command[1:])
            try:
                run = subprocess.run(command, capture_output=True, timeout=60, check=False)
            except (OSError, subprocess.TimeoutExpired) as e:
                results.fail(name, str(e))
                continue
            if run.returncode != 0:
                stderr = run.stderr.decode("utf-8", "replace").strip()
                results.fail(name, f"exit code {run.returncode}: {stderr}")
                continue
            try:
                data = json.loads(run.stdout.decode("utf-8"), object_pairs_hook=_reject_duplicates)
            except ValueError as e:
                results.fail(name, f"output is not JSON: {e}")
                continue
            check_valid(report, name, data, results)

    check_invalid(os.path.join(source, "tests/schema/invalid"), validators, rel, results)

    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
