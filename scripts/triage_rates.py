#!/usr/bin/env python3
"""Before and after for a hand triage of `outreach check` findings on real trees: which of the
sampled findings a newer outreach still reports, and so each code's false-positive rate now.

Usage: scripts/triage_rates.py TRIAGE.json NAME=OUTREACH.json [NAME=OUTREACH.json ...]

TRIAGE.json holds `findings`: each with `tree` (a NAME), `code`, `locale`, `file`, `line`, `id`
and `verdict` (true / false / debatable), judged by hand on an earlier run. Each OUTREACH.json
is `outreach check --format json` of that tree now, in the same mode (paths from the same
folder). A sampled finding is still reported when a finding of the same code, language, file,
line and id is. Prints, per code: the sample, the false positives before, and after, those
still reported (true ones kept, false and debatable ones left); exits 0.
"""
import collections
import json
import sys


def main():
    triage = json.load(open(sys.argv[1]))
    now = set()
    for argument in sys.argv[2:]:
        tree, path = argument.split("=", 1)
        for found in json.load(open(path))["diagnostics"]:
            now.add((tree, found["code"], found["locale"], found["file"], found["line"], found["id"]))
    rows = collections.defaultdict(collections.Counter)
    for finding in triage["findings"]:
        key = (finding["tree"], finding["code"], finding["locale"], finding["file"], finding["line"], finding["id"])
        verdict = finding["verdict"]
        row = rows[finding["code"]]
        row["sampled"] += 1
        row[verdict] += 1
        if key in now:
            row["kept " + verdict] += 1
    print("| code | sampled | false before | FP rate before | true kept | false left | debatable left | FP rate after |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    for code in sorted(rows):
        row = rows[code]
        before = row["false"] / row["sampled"]
        left = row["kept true"] + row["kept false"] + row["kept debatable"]
        after = row["kept false"] / left if left else 0.0
        print(f"| {code} | {row['sampled']} | {row['false']} | {before:.0%} | {row['kept true']} of {row['true']} "
              f"| {row['kept false']} | {row['kept debatable']} | {after:.0%} |")


if __name__ == "__main__":
    main()
