#!/usr/bin/env python3
"""Compares the per-language counts of missing and obsolete messages of `outreach check
--format json` and `compare-locales --json` on the same Fluent tree, and, for a tree written
by `examples/gen-corpus.rs`, with what the generator put in it (`DIR/.gen-corpus.json`).

Usage: scripts/compare_counts.py OUTREACH.json COMPARE-LOCALES.json CORPUS-DIR [--reference en-US]

How the two count, and what is compared with what:

* missing: both count the reference's messages and terms a language lacks, whole missing
  files included (compare-locales adds the entries of the reference file, outreach the ids),
  and entries a syntax error made the parser skip. Neither counts a missing attribute
  there (both report it as an error of its own). compare-locales compares file by file,
  outreach by id across the language's files: a message moved to another file would be
  missing + obsolete for compare-locales and neither for outreach; the generator never
  moves messages, so the two numbers are compared as they are.
* obsolete: both count the obsolete entries of the files the reference also has (outreach's
  locales[].obsolete is its number of FTL014 findings); a file the reference lacks is one
  `obsoleteFile` item in compare-locales and one FTL015 finding (locales[].obsolete_files) in
  outreach, its messages not counted.
* a syntax error in an attribute (`.title = { $url` …): python-fluent, which compare-locales
  uses, makes the whole message Junk, so it is missing; fluent-rs, outreach's parser, keeps
  the message without the broken attribute (projectfluent/fluent#132), so it is translated and
  the attribute is missing (FTL012). Such a language differs by one per broken attribute; the
  explanation below the table names the message.

Prints one line per language and a verdict; exits 0 even when counts differ (1 on bad input).
"""
import argparse
import collections
import json
import os
import sys



def show(value):
    return "-" if value is None else str(value)


def walk_details(node, parts=()):
    """(path, item) for every item of compare-locales' details tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk_details(value, parts + (key,))
    elif isinstance(node, list):
        for item in node:
            yield "/".join(parts), item


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outreach")
    parser.add_argument("compare_locales")
    parser.add_argument("corpus")
    parser.add_argument("--reference", default="en-US")
    args = parser.parse_args()
    try:
        with open(args.outreach, encoding="utf-8") as handle:
            outreach = json.load(handle)
        with open(args.compare_locales, encoding="utf-8") as handle:
            compare = json.load(handle)
    except (OSError, ValueError) as error:
        sys.exit(f"compare_counts: cannot read the reports: {error}")
    truth = {}
    marker = os.path.join(args.corpus, ".gen-corpus.json")
    if os.path.exists(marker):
        with open(marker, encoding="utf-8") as handle:
            truth = json.load(handle).get("locales", {})

    # compare-locales writes one observer per project; there is one project here.
    summary = {}
    details = collections.defaultdict(list)
    for observer in compare:
        for locale, counts in observer.get("summary", {}).items():
            summary.setdefault(locale, collections.Counter()).update(counts)
        for path, item in walk_details(observer.get("details", {})):
            locale, _, file = path.partition("/")
            details[locale].append((file, item))

    by_locale = {entry["locale"]: entry for entry in outreach["locales"]}
    findings = collections.defaultdict(list)
    for finding in outreach["diagnostics"]:
        findings[finding["locale"]].append(finding)

    locales = sorted(set(by_locale) - {args.reference} | set(summary))
    width = max([len(locale) for locale in locales] + [6])
    print(f"{'':{width}}  {'missing':^27}  {'obsolete in shared files':^27}  {'obsolete files':^21}")
    print(f"{'locale':{width}}  {'outreach':>8} {'c-l':>8} {'truth':>8}  {'outreach':>8} {'c-l':>8} {'truth':>8}  "
          f"{'outreach':>10} {'c-l':>10}")
    agree = collections.Counter()
    differing = []
    for locale in locales:
        ours = by_locale.get(locale)
        theirs = summary.get(locale)
        if ours is None or theirs is None:
            print(f"{locale:{width}}  only in {'compare-locales' if ours is None else 'outreach'}")
            differing.append((locale, "only in one report"))
            continue
        mine = findings[locale]
        obsolete_files = [file for file, item in details[locale] if "obsoleteFile" in item]
        expected = truth.get(locale, {})
        row = {
            "missing": (ours["missing"], theirs["missing"], expected.get("missing")),
            "obsolete": (ours["obsolete"], theirs["obsolete"], expected.get("obsolete")),
            "obsolete files": (ours["obsolete_files"], len(obsolete_files), None),
        }
        marks = []
        for name, (a, b, c) in row.items():
            if a == b:
                agree[name] += 1
            else:
                marks.append(name)
        print(f"{locale:{width}}  {row['missing'][0]:>8} {row['missing'][1]:>8} {show(row['missing'][2]):>8}  "
              f"{row['obsolete'][0]:>8} {row['obsolete'][1]:>8} {show(row['obsolete'][2]):>8}  "
              f"{row['obsolete files'][0]:>10} {row['obsolete files'][1]:>10}"
              + (f"   DIFFER: {', '.join(marks)}" if marks else ""))
        if marks:
            differing.append((locale, explain(locale, ours, theirs, mine, details[locale], expected)))

    total = len(locales)
    print()
    print(f"missing: outreach = compare-locales in {agree['missing']}/{total} languages")
    print(f"obsolete in files the reference has (outreach obsolete, its FTL014 findings, vs compare-locales "
          f"obsolete): {agree['obsolete']}/{total}")
    print(f"obsolete files (outreach obsolete_files vs compare-locales obsoleteFile): {agree['obsolete files']}/{total}")
    if truth:
        def right(key, count):
            return sum(1 for locale in locales
                       if locale in by_locale and count(locale) == truth.get(locale, {}).get(key))

        def ftl014(locale):
            return sum(1 for finding in findings[locale] if finding["code"] == "FTL014")

        print(f"against what gen-corpus wrote: missing right in outreach "
              f"{right('missing', lambda locale: by_locale[locale]['missing'])}/{total}, in compare-locales "
              f"{right('missing', lambda locale: summary.get(locale, {}).get('missing'))}/{total}; obsolete right "
              f"in outreach (FTL014) {right('obsolete', ftl014)}/{total}, in compare-locales "
              f"{right('obsolete', lambda locale: summary.get(locale, {}).get('obsolete'))}/{total}")
    for locale, why in differing:
        print(f"\n{locale}: {why}")
    print("\nverdict: " + ("the counts AGREE in every language" if not differing
                           else f"the counts DIFFER in {len(differing)} of {total} languages (explained above)"))


def explain(locale, ours, theirs, mine, details, expected):
    """Why the missing counts of one language differ: the ids compare-locales reports missing
    that outreach does not, and what outreach says about them."""
    lines = [f"outreach missing {ours['missing']}, compare-locales {theirs['missing']}"
             + (f", generated {expected['missing']}" if expected else "")]
    listed = {finding["id"] for finding in mine if finding["code"] == "FTL010"}
    missing_files = {finding["file"].split("/", 1)[-1] for finding in mine if finding["code"] == "FTL011"}
    for file, item in details:
        ident = item.get("missingEntity")
        if ident is None or ident in listed or file in missing_files:
            continue
        about = sorted({f"{finding['code']} {finding['message']}" for finding in mine if finding.get("id") == ident})
        errors = [item["error"] for other, item in details if other == file and "error" in item]
        junk = [error for error in errors if error.startswith("Unparsed content") and f"{ident} =" in error]
        lines.append(f"  {file}: compare-locales: {ident} missing; outreach: "
                     + ("; ".join(about) if about else "nothing listed (a syntax error hid it from both?)"))
        for error in junk[:1] or errors[:1]:
            first, _, rest = error.partition("\n")
            where = rest.rpartition('" ')[2] if rest else ""
            lines.append(f"    compare-locales: {first} … {where}".rstrip())
        if junk and any(finding["code"] == "FTL012" for finding in mine if finding.get("id") == ident):
            lines.append("    why: the syntax error is in an attribute. python-fluent (compare-locales' parser) "
                         "turns the whole message into Junk, so it is missing; fluent-syntax 0.12 (Rust, outreach's "
                         "parser) ends the message before the broken attribute and keeps the rest, as "
                         "projectfluent/fluent#132 decided, so outreach counts it as translated and reports the "
                         "attribute missing (FTL012) besides the syntax error (FTL001)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
