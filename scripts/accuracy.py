#!/usr/bin/env python3
"""Holds `outreach check --project` against compare-locales on a real Fluent project: runs both
on the same project configuration and compares, language by language, the counts of missing and
obsolete messages. README's "Accuracy on real projects" table comes from it.

Usage: scripts/accuracy.py CONFIG.toml [--outreach target/release/outreach] [--locales a,b,...]

CONFIG.toml is the project's own compare-locales configuration (its l10n base is the folder it
is in); the languages are the ones it lists unless --locales names some. Needs compare-locales
(`pip install compare-locales`). Prints one line per language that differs, then the totals and
each tool's time; exits 0 (1 on bad input).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib


def config_locales(path):
    """The languages a configuration lists, its includes' too."""
    with open(path, "rb") as file:
        config = tomllib.load(file)
    base = os.path.join(os.path.dirname(path), config.get("basepath", "."))
    locales = list(config.get("locales", []))
    for include in config.get("includes", []):
        for locale in config_locales(os.path.normpath(os.path.join(base, include["path"]))):
            if locale not in locales:
                locales.append(locale)
    return locales


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("--outreach", default="target/release/outreach")
    parser.add_argument("--locales")
    args = parser.parse_args()
    config = os.path.abspath(args.config)
    folder = os.path.dirname(config)
    locales = args.locales.split(",") if args.locales else config_locales(config)
    if not locales:
        sys.exit("the configuration lists no languages: pass --locales")
    outreach = os.path.abspath(args.outreach)

    with tempfile.TemporaryDirectory() as scratch:
        ours_json = os.path.join(scratch, "outreach.json")
        theirs_json = os.path.join(scratch, "compare-locales.json")
        started = time.monotonic()
        with open(ours_json, "w") as out:
            locale_args = [arg for locale in (args.locales.split(",") if args.locales else []) for arg in ("--locale", locale)]
            subprocess.run([outreach, "check", "--project", config, "--format", "json", *locale_args],
                           stdout=out, cwd=folder, check=False)
        ours_seconds = time.monotonic() - started
        started = time.monotonic()
        subprocess.run(["compare-locales", "--json", theirs_json, config, ".", *locales],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder, check=False)
        theirs_seconds = time.monotonic() - started
        with open(ours_json) as file:
            ours = {locale["locale"]: locale for locale in json.load(file)["locales"]}
        with open(theirs_json) as file:
            theirs = json.load(file)[0]["summary"]

    agree = {"missing": 0, "obsolete": 0}
    for locale in sorted(theirs):
        counts = theirs[locale]
        mine = ours.get(locale)
        if mine is None:
            print(f"{locale}: outreach did not check it")
            continue
        expected = {"missing": counts.get("missing", 0) + counts.get("missingInFiles", 0),
                    "obsolete": counts.get("obsolete", 0)}
        for key in agree:
            if mine[key] == expected[key]:
                agree[key] += 1
            else:
                print(f"{locale}: {key} compare-locales {expected[key]}, outreach {mine[key]}")
    total = len(theirs)
    print(f"{total} languages: missing equal in {agree['missing']}, obsolete equal in {agree['obsolete']}")
    print(f"time: outreach {ours_seconds:.1f} s, compare-locales {theirs_seconds:.1f} s")


if __name__ == "__main__":
    main()
