#!/usr/bin/env python3
"""Generates a large Fluent tree and times `outreach check` on it.

Usage: scripts/bench-check.py [LANGUAGES] [FILES] [MESSAGES]   (defaults: 26 200 30)

The tree (in a temporary folder) has one reference and LANGUAGES-1 translations, each with FILES
files of MESSAGES messages: variables, plural selects, attributes, markup, terms and references.
Build first with `cargo build --release`.
"""
import os, subprocess, sys, tempfile, time

languages, files, messages = (int(a) for a in (sys.argv[1:] + ["26", "200", "30"][len(sys.argv) - 1:])[:3])
tags = ["en-US", "es", "ar", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ht", "pt-BR", "ru", "fr", "uk", "fa-AF",
        "ps", "fa", "ur", "pa", "hi", "bn", "ne", "so", "sw", "am", "ti", "my", "th"][:languages]

def message(file, index, word):
    id = f"m{file}-{index}"
    return (f"{id} = {word} {{ $name }} <b>{word}</b> {{ -brand }} 24 {{ m{file}-0 }}\n"
            f"    .title = {word} {{ $count ->\n        [one] one {word}\n       *[other] {{ $count }} {word}\n    }}\n"
            if index else f"{id} = {word}\n")

with tempfile.TemporaryDirectory() as root:
    for tag in tags:
        word = "Hello" if tag == "en-US" else f"Text-{tag}"
        for file in range(files):
            path = os.path.join(root, tag, "part", f"file{file}.ftl")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as out:
                if file == 0:
                    out.write("-brand = Outreach\n")
                out.writelines(message(file, index, word) for index in range(messages))
    binary = os.path.join(os.path.dirname(__file__), "..", "target", "release", "outreach")
    start = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "check", "--locales-dir", root,
                          "--source-locale", "en-US", "--format", "json"], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    total = languages * files * messages
    print(f"{languages} languages x {files} files x {messages} messages = {total} messages")
    findings = run.stdout.count('"code"')
    print(f"exit {run.returncode}, {elapsed:.2f} s, max RSS {int(run.stderr.split()[-1]) // 1024} MiB, "
          f"{findings} findings")
