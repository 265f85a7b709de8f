#!/usr/bin/env bash
# Prints every language's flyer and card sheet to PDF with headless Chromium, at US Letter and
# at A4, and reports the page count of each: every line should say "1 page".
# Usage: scripts/print-check.sh [OUTPUT_DIR] (default: output). Needs chromium and pdfinfo
# (Debian: apt-get install chromium poppler-utils). The PDFs stay in a temporary folder.
set -euo pipefail
out=$(cd "${1:-output}" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "error: no chromium found (apt-get install chromium)" >&2; exit 2; }
command -v pdfinfo >/dev/null || { echo "error: no pdfinfo found (apt-get install poppler-utils)" >&2; exit 2; }
work=$(mktemp -d)
status=0
for paper in letter A4; do
  # A copy of the output whose stylesheet fixes the paper size, as a printer's settings would.
  rm -rf "$work/site" && cp -r "$out" "$work/site"
  echo "@page { size: $paper; }" >> "$work/site/assets/style.css"
  for page in "$work"/site/*/flyer.html "$work"/site/*/cards.html; do
    tag=$(basename "$(dirname "$page")")
    pdf="$work/$tag-$(basename "$page" .html)-$paper.pdf"
    "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$work/profile" \
      --no-pdf-header-footer --print-to-pdf="$pdf" "file://$page" 2>/dev/null
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    [ "$pages" = 1 ] || status=1
    printf '%-8s %-6s %-6s %s page%s\n' "$tag" "$(basename "$page" .html)" "$paper" "$pages" "$([ "$pages" = 1 ] || echo s)"
  done
done
echo "PDFs in $work"
exit $status
