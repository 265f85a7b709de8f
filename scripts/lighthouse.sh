#!/usr/bin/env bash
# Lighthouse (mobile profile) over the built campaign, as a reader's phone would open it: the
# article, flyer and cards of en-US, es, ar, my, zh-Hant and am, the language picker and the
# status page. Prints a Markdown table: bytes transferred, the four scores, largest paint.
#
# Usage: scripts/lighthouse.sh [--no-base-url]
#
# It builds a copy of the campaign whose manifest sets `base-url` to the local server that
# serves it (http://127.0.0.1:PORT/), so that canonical and hreflang links are absolute, as
# they are when the campaign is published with a base-url; `--no-base-url` measures the
# build as it is. Needs Node.js and npm (Lighthouse 12.8.2 is installed under
# target/lighthouse on first use) and Chromium (CHROME_PATH, default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8765}"
chrome="${CHROME_PATH:-/usr/bin/chromium}"
tools="target/lighthouse"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
    mkdir -p "$tools"
    npm install --silent --prefix "$tools" lighthouse@12.8.2 >/dev/null
fi
work="$(mktemp -d)"
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r outreach.toml locales templates "$work"/
if [ "${1:-}" != "--no-base-url" ]; then
    sed -i "1i base-url = \"http://127.0.0.1:$port/\"" "$work/outreach.toml"
fi
cargo build --release --quiet
(cd "$work" && "$OLDPWD/target/release/outreach" build >/dev/null 2>&1)
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/output" >/dev/null 2>&1 &
server=$!
sleep 1
pages=(index.html status.html)
for tag in en-US es ar my zh-Hant am; do
    pages+=("$tag/index.html" "$tag/flyer.html" "$tag/cards.html")
done
echo "| page | bytes transferred | performance | accessibility | best practices | SEO | largest paint |"
echo "|---|--:|--:|--:|--:|--:|--:|"
for page in "${pages[@]}"; do
    report="$work/report.json"
    CHROME_PATH="$chrome" "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" \
        --quiet --output=json --output-path="$report" --form-factor=mobile \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
        >/dev/null 2>&1 || { echo "| $page | Lighthouse failed | | | | | |"; continue; }
    python3 - "$page" "$report" <<'PY'
import json, sys
page, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
score = lambda name: round(report["categories"][name]["score"] * 100)
audits = report["audits"]
print(f"| {page} | {audits['total-byte-weight']['numericValue']:,.0f} | {score('performance')} | {score('accessibility')} "
      f"| {score('best-practices')} | {score('seo')} | {audits['largest-contentful-paint']['numericValue'] / 1000:.1f} s |")
failed = [f"{key}" for category in report["categories"].values() for ref in category["auditRefs"]
          for key in [ref["id"]] if ref.get("weight", 0) > 0 and audits[key]["score"] is not None and audits[key]["score"] < 1
          and category["id"] != "performance"]
if failed:
    print(f"|   ↳ below 100: {', '.join(failed)} | | | | | | |")
PY
done
