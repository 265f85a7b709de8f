#!/usr/bin/env python3
"""Times, back to back on one Fluent tree: the floor (every .ftl file read and parsed with
fluent-syntax alone, examples/parse-floor.rs), `outreach check`, and compare-locales 9; on 1
thread and on 2. Prints each time (the median of RUNS), its peak memory, check's ratio to the
floor and compare-locales' ratio to check, and whether check's findings are the same, byte for
byte, on 1 thread and on 8.

Usage:
  scripts/bench-floor.py TREE REFERENCE [--project L10N.TOML] [--runs 5] [--skip-compare-locales]

  TREE        a folder of language folders (TREE/<tag>/**/*.ftl), e.g. one written by
              `cargo run --release --example gen-corpus -- --out TREE ...`
  REFERENCE   the reference's folder name (en-US, en)
  --project   a compare-locales configuration (its paths are relative to it): both tools check
              what it lists; without it, both check every language folder against REFERENCE,
              file by file (compare-locales through a configuration written for the tree)

compare-locales is installed from PyPI into target/bench-venv when it is not on PATH. It is
single-threaded and slow, so it runs once. Builds the release binaries first (cargo).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTREACH = os.path.join(ROOT, "target", "release", "outreach")
FLOOR = os.path.join(ROOT, "target", "release", "examples", "parse-floor")
VENV = os.path.join(ROOT, "target", "bench-venv")


def run(command, threads=None, cwd=None, stdout=subprocess.DEVNULL):
    """Runs `command` once: (seconds, peak resident set in MiB, exit status)."""
    env = dict(os.environ)
    if threads is not None:
        env["RAYON_NUM_THREADS"] = str(threads)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=stdout, stderr=subprocess.DEVNULL)
    # wait4 gives this child's own peak memory, not the largest of every child so far.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def timed(name, command, runs, threads=None, cwd=None):
    """The median time and the peak memory of `runs` runs; exits on a crash."""
    results = [run(command, threads, cwd) for _ in range(runs)]
    for _, _, status in results:
        if status not in (0, 1):  # both tools exit 1 when they find errors
            sys.exit(f"bench-floor: {name} failed (exit {status}): {' '.join(command)}")
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def compare_locales():
    """compare-locales 9: on PATH, or installed into target/bench-venv."""
    found = shutil.which("compare-locales")
    candidates = [found] if found else []
    candidates.append(os.path.join(VENV, "bin", "compare-locales"))
    for candidate in candidates:
        if candidate and os.path.exists(candidate):
            version = subprocess.run([candidate, "--version"], capture_output=True, text=True)
            if " 9." in version.stdout + version.stderr:
                return candidate
    print("installing compare-locales 9 into target/bench-venv", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "compare-locales>=9,<10"], check=True)
    return os.path.join(VENV, "bin", "compare-locales")


def configuration(tree, reference, folder):
    """A compare-locales configuration for every language folder of `tree`, as in Mozilla's."""
    locales = sorted(name for name in os.listdir(tree)
                     if name != reference and not name.startswith(".") and os.path.isdir(os.path.join(tree, name)))
    path = os.path.join(folder, "l10n.toml")
    with open(path, "w") as toml:
        toml.write(f"basepath = {json.dumps(os.path.abspath(tree))}\n\nlocales = [\n")
        toml.writelines(f"    {json.dumps(locale)},\n" for locale in locales)
        toml.write(f'    ]\n\n[env]\n    l = "{{l10n_base}}/{{locale}}/"\n\n'
                   f'[[paths]]\n    reference = "{reference}/**"\n    l10n = "{{l}}**"\n')
    return path


def tree_size(tree):
    files, size = 0, 0
    for folder, _, names in os.walk(tree):
        for name in names:
            if name.endswith(".ftl"):
                files += 1
                size += os.path.getsize(os.path.join(folder, name))
    return files, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tree")
    parser.add_argument("reference")
    parser.add_argument("--project")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-compare-locales", action="store_true")
    args = parser.parse_args()
    tree = os.path.abspath(args.tree)

    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "outreach", "--example", "parse-floor"],
                   cwd=ROOT, check=True)
    files, size = tree_size(tree)
    mb = size / 1e6
    print(f"tree: {tree}: {files} .ftl files, {mb:.1f} MB")

    if args.project:
        project = os.path.abspath(args.project)
        check = [OUTREACH, "check", "--project", project, "--format", "json"]
        cwd = os.path.dirname(project)
    else:
        check = [OUTREACH, "check", "--locales-dir", tree, "--source-locale", args.reference, "--format", "json"]
        cwd = None

    rows = []
    for threads in (1, 2):
        floor, floor_peak = timed("parse-floor", [FLOOR, tree, str(threads), "1"], args.runs)
        seconds, peak = timed("outreach check", check, args.runs, threads, cwd)
        rows.append((threads, floor, floor_peak, seconds, peak))
        print(f"{threads} thread(s): floor {floor:.3f} s ({floor_peak:.0f} MiB), check {seconds:.3f} s "
              f"({peak:.0f} MiB, {peak / (mb / 1.048576):.1f}× the tree): {seconds / floor:.1f}× the floor")

    # The same findings on 1 thread and on 8, byte for byte.
    outputs = []
    for threads in (1, 8):
        with tempfile.TemporaryFile() as out:
            run(check, threads, cwd, stdout=out)
            out.seek(0)
            outputs.append(out.read())
    same = "yes" if outputs[0] == outputs[1] else "NO"
    print(f"same findings on 1 and 8 threads: {same} ({len(outputs[0]):,} bytes of JSON)")

    if args.skip_compare_locales:
        return
    tool = compare_locales()
    with tempfile.TemporaryDirectory() as folder:
        if args.project:
            command, cl_cwd = [tool, "--json", os.devnull, project, os.path.dirname(project)], cwd
        else:
            command, cl_cwd = [tool, "--json", os.devnull, configuration(tree, args.reference, folder), tree], None
        cl, cl_peak = timed("compare-locales", command, 1, cwd=cl_cwd)
    print(f"compare-locales: {cl:.1f} s ({cl_peak:.0f} MiB): "
          + ", ".join(f"{cl / seconds:.0f}× check on {threads} thread(s)" for threads, _, _, seconds, _ in rows))
    print("\n| threads | floor | check | check / floor | compare-locales / check | check peak | peak / tree |")
    print("|--:|--:|--:|--:|--:|--:|--:|")
    for threads, floor, _, seconds, peak in rows:
        print(f"| {threads} | {floor:.3f} s | {seconds:.3f} s | {seconds / floor:.1f}× | {cl / seconds:.0f}× "
              f"| {peak:.0f} MiB | {peak / (mb / 1.048576):.1f}× |")


if __name__ == "__main__":
    main()
