#!/usr/bin/python3
"""Writes synthetic answers files, one per team, for benchmarking gait aggregate.

Usage: make_teams.py RUBRIC.yaml OUT_DIR COUNT [--seed N] [--quarters Q]
       make_teams.py RUBRIC.yaml OUT_DIR COUNT --history

With --history the COUNT files are one team's assessments (for gait trend),
one a week from 2010-01-04 on, the team's maturity drifting up and down.

Each team gets a maturity drawn from the seed, and answers each question of the
rubric more fully the more mature it is and the earlier the question's phase.
With --quarters Q every team has Q files, one per quarter, so that aggregate
has older files to supersede. The same seed always writes the same files.
Needs only Python 3 and python3-yaml.
"""

import argparse
import datetime
import os
import random

import yaml


def choices(rubric):
    """The scale's choice ids in order of value, without the not-applicable one."""
    scored = [c for c in rubric["scale"] if c.get("value") is not None]
    return [c["id"] for c in sorted(scored, key=lambda c: c["value"])]


def answer(rng, scale, maturity, phase_index, phases):
    """A choice id: full credit likelier for a mature team and an early phase."""
    reach = maturity * phases - phase_index  # > 1: well past this phase
    position = rng.gauss(reach, 0.6) * (len(scale) - 1)
    return scale[max(0, min(len(scale) - 1, round(position)))]


def team_file(rng, rubric, scale, team, date, maturity):
    lines = [f"rubric: {rubric['id']}", f"team: {team}", f"date: {date}", "answers:"]
    phases = rubric["phases"]
    for p, phase in enumerate(phases):
        for question in phase["questions"]:
            if rng.random() < 0.03:
                continue  # left unanswered now and then
            choice = answer(rng, scale, maturity, p, len(phases))
            if rng.random() < 0.1:
                lines.append(f"  {question['id']}:")
                lines.append(f"    answer: {choice}")
                lines.append(f"    note: synthetic note {rng.randrange(10**6)}")
            else:
                lines.append(f"  {question['id']}: {choice}")
    return "\n".join(lines) + "\n"


def write_history(rng, rubric, scale, out_dir, count):
    """COUNT assessments of one team, a week apart, its maturity a bounded random walk."""
    start = datetime.date(2010, 1, 4)
    maturity = 0.3
    for i in range(count):
        maturity = max(0.05, min(1.1, maturity + rng.gauss(0.004, 0.05)))
        date = (start + datetime.timedelta(weeks=i)).isoformat()
        text = team_file(rng, rubric, scale, "team-history", date, maturity)
        with open(os.path.join(out_dir, f"history-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rubric")
    parser.add_argument("out_dir")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--quarters", type=int, default=1)
    parser.add_argument("--history", action="store_true",
                        help="COUNT assessments of one team, a week apart")
    args = parser.parse_args()

    with open(args.rubric, encoding="utf-8") as f:
        rubric = yaml.safe_load(f)
    scale = choices(rubric)
    rng = random.Random(args.seed)
    os.makedirs(args.out_dir, exist_ok=True)
    if args.history:
        write_history(rng, rubric, scale, args.out_dir, args.count)
        return
    for t in range(args.count):
        maturity = rng.uniform(0.1, 1.1)
        for q in range(args.quarters):
            date = f"2026-{3 * q + 1:02d}-{rng.randint(1, 28):02d}"
            text = team_file(rng, rubric, scale, f"team-{t:05d}", date, maturity + 0.05 * q)
            name = f"team-{t:05d}-q{q + 1}.yaml" if args.quarters > 1 else f"team-{t:05d}.yaml"
            with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
