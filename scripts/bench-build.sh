#!/usr/bin/env bash
# Times `outreach build` of the campaign grown to LOCALES languages (default 100) × its 3
# documents: the 27 languages, and regional copies of them (es-MX, ar-EG, zh-Hans-SG, …) with
# their own [[locale]] entries, so that every language publishes its article, flyer and cards.
#
# Usage: scripts/bench-build.sh [LOCALES]      (RUNS=3 timed builds; the median is printed)
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
locales=${1:-${LOCALES:-100}}
runs=${RUNS:-3}
work=$root/target/bench-build
rm -rf "$work"
mkdir -p "$work/campaign/output"

cargo build --release --quiet
cp -r outreach.toml locales templates "$work/campaign/"
cp output/README.md output/.outreach-build "$work/campaign/output/"

python3 - "$work/campaign" "$locales" <<'EOF'
import pathlib, re, shutil, sys, tomllib

campaign, wanted = pathlib.Path(sys.argv[1]), int(sys.argv[2])
manifest = campaign / "outreach.toml"
entries = tomllib.loads(manifest.read_text())["locale"]
tags = {entry["tag"] for entry in entries}
regions = ["US", "CA", "GB", "AU", "MX", "IN", "PK", "NG", "KE", "ET", "ZA", "PH", "FR", "BE", "CH",
           "DE", "SG", "MY", "AE", "SA", "EG", "QA", "TR", "IL", "SE", "NO", "NZ", "IE", "JP", "KR"]
added = []
for region in regions:
    for entry in entries:
        if len(tags) >= wanted:
            break
        if entry["tag"] == "en-US":
            continue
        parts = entry["tag"].split("-")
        base = parts[0] + (f"-{parts[1]}" if len(parts) > 1 and len(parts[1]) == 4 else "")
        tag = f"{base}-{region}"
        if tag in tags:
            continue
        tags.add(tag)
        shutil.copytree(campaign / "locales" / entry["tag"], campaign / "locales" / tag)
        added.append(f'\n[[locale]]\ntag = "{tag}"\nname = "{entry["name"]}"\n'
                     f'english-name = "{entry["english-name"]}"\nstatus = "draft"\n')
with manifest.open("a") as out:
    out.writelines(added)
print(f"{len(tags)} languages", file=sys.stderr)
EOF

cd "$work/campaign"
times=()
for run in $(seq "$runs"); do
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$root/target/release/outreach" --quiet build --out "$work/out" \
        >/dev/null 2>"$work/build.stderr" || { cat "$work/build.stderr" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(python3 -c "print(f'{$end - $start:.3f}')")")
done
pages=$(find "$work/out" -name '*.html' | wc -l)
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "outreach build: $locales languages, $pages pages; runs ${times[*]} s; median $median s; peak RSS $(cat "$work/rss") KiB"
