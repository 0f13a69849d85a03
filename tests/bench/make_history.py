#!/usr/bin/python3
"""Writes a git repository whose history holds COUNT versions of one team's
answers file, for benchmarking gait trend --git.

Usage: make_history.py RUBRIC.yaml REPO_DIR COUNT [--seed N] [--respondents R]

Commit k (from 0) is dated k days after 2024-01-01 and writes team.yaml with
answers drawn as make_teams.py draws them, the team maturing as the commits go.
With --respondents R, commit k writes team/respondent-(k mod R).yaml instead,
with `respondent: r(k mod R)`: one team's folder of R respondents' files, each
commit changing one of them, for gait trend --git REPO/team.
The commits go in through one `git fast-import`, so a history of thousands
takes a second. The same seed always writes the same history.
Needs Python 3, python3-yaml and git.
"""

import argparse
import datetime
import os
import random
import subprocess

import yaml

from make_teams import choices, team_file

START = 1704067200  # 2024-01-01T00:00:00Z
DAY = 86400


def commit(number, text, path="team.yaml"):
    """One fast-import commit of PATH on refs/heads/main."""
    data = text.encode("utf-8")
    message = f"assessment {number + 1}\n".encode("utf-8")
    when = f"{START + number * DAY} +0000"
    out = b"commit refs/heads/main\n"
    out += f"committer Bench <bench@example.org> {when}\n".encode("utf-8")
    out += b"data %d\n%s" % (len(message), message)
    out += f"M 100644 inline {path}\n".encode("utf-8")
    out += b"data %d\n%s\n" % (len(data), data)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rubric")
    parser.add_argument("repo")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--respondents", type=int, default=0)
    args = parser.parse_args()

    with open(args.rubric, encoding="utf-8") as f:
        rubric = yaml.safe_load(f)
    scale = choices(rubric)
    rng = random.Random(args.seed)
    os.makedirs(args.repo, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", args.repo], check=True)
    stream = b""
    for number in range(args.count):
        maturity = 0.1 + number / max(1, args.count)
        when = datetime.datetime.fromtimestamp(START + number * DAY, datetime.timezone.utc)
        text = team_file(rng, rubric, scale, "team-bench", when.strftime("%Y-%m-%d"), maturity)
        if args.respondents:
            who = number % args.respondents
            text += f"respondent: r{who}\n"
            stream += commit(number, text, f"team/respondent-{who}.yaml")
        else:
            stream += commit(number, text)
    subprocess.run(["git", "-C", args.repo, "fast-import", "--quiet"], input=stream, check=True)


if __name__ == "__main__":
    main()
