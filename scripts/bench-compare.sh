#!/usr/bin/env bash
# Times `outreach check` against compare-locales 9 on one generated Fluent tree, end to end:
# builds outreach and examples/gen-corpus.rs, writes the tree, installs compare-locales into a
# venv under target/ if it is not on PATH, runs both, and compares their per-language counts of
# missing and obsolete messages (scripts/compare_counts.py).
#
# Usage: scripts/bench-compare.sh [LOCALES [FILES [MESSAGES]]]
#
# Environment (arguments win over LOCALES/FILES/MESSAGES):
#   LOCALES=100 FILES=80 MESSAGES=30 SEED=1   the corpus (languages count the reference)
#   CORPUS=target/corpus/<L>x<F>x<M>-s<S>     where to write it (replaced if gen-corpus wrote it)
#   RUNS=3                                    timed runs of outreach (compare-locales runs once)
#   SKIP_COMPARE_LOCALES=1                    time outreach only
#
# Writes target/bench-compare/: outreach.json, compare-locales.json, l10n.toml, counts.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
locales=${1:-${LOCALES:-100}}
files=${2:-${FILES:-80}}
messages=${3:-${MESSAGES:-30}}
seed=${SEED:-1}
runs=${RUNS:-3}
corpus=${CORPUS:-$root/target/corpus/${locales}x${files}x${messages}-s${seed}}
work=$root/target/bench-compare
venv=$root/target/bench-venv
mkdir -p "$work"
case $corpus in /*) ;; *) corpus=$root/$corpus ;; esac

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench-compare: %s\n' "$*" >&2; exit 2; }

command -v python3 >/dev/null || die "python3 is needed"
command -v cargo >/dev/null || die "cargo is needed"

# run_timed NAME OUT CMD...: runs CMD with its stdout in OUT, and sets $wall (seconds),
# $rss (peak resident set, KiB) and $status. A non-zero exit is recorded, not fatal: both
# tools exit 1 when they find errors, which this corpus has.
run_timed() {
    local name=$1 out=$2 stats
    shift 2
    stats=$(mktemp)
    local start end
    start=$(date +%s.%N)
    if [[ -x /usr/bin/time ]]; then
        status=0
        /usr/bin/time -v -o "$stats" "$@" >"$out" 2>"$work/$name.stderr" || status=$?
        end=$(date +%s.%N)
        rss=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$stats")
    else
        status=0
        python3 - "$stats" "$@" >"$out" 2>"$work/$name.stderr" <<'EOF' || status=$?
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as stats:
    stats.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
EOF
        end=$(date +%s.%N)
        rss=$(cat "$stats")
    fi
    rm -f "$stats"
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')
    if [[ $status -gt 1 ]]; then
        sed -n 1,20p "$work/$name.stderr" >&2
        die "$name failed (exit $status); its messages are in $work/$name.stderr"
    fi
}

mib() { awk -v k="$1" 'BEGIN {printf "%.0f MiB", k / 1024}'; }

say "building outreach and gen-corpus (cargo build --release)"
cargo build --release --bin outreach --example gen-corpus
outreach=$root/target/release/outreach
generator=$root/target/release/examples/gen-corpus

say "writing the corpus: $locales languages × $files files × $messages messages, seed $seed, in $corpus"
mkdir -p "$(dirname "$corpus")"
"$generator" --out "$corpus" --locales "$locales" --files "$files" --messages "$messages" --seed "$seed" \
    | tee "$work/corpus.txt"
ftl_bytes=$(find "$corpus" -name '*.ftl' -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
ftl_files=$(find "$corpus" -name '*.ftl' -type f | wc -l)

say "timing outreach check ($runs runs)"
times=()
peak=0
for ((run = 1; run <= runs; run++)); do
    run_timed outreach "$work/outreach.json" \
        "$outreach" check --locales-dir "$corpus" --source-locale en-US --format json
    printf '  run %d: %s s, peak RSS %s, exit %d\n' "$run" "$wall" "$(mib "$rss")" "$status" >&2
    times+=("$wall")
    if ((rss > peak)); then peak=$rss; fi
done
outreach_exit=$status
outreach_time=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
outreach_best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
run_timed outreach-1-thread "$work/outreach-1-thread.json" \
    env RAYON_NUM_THREADS=1 "$outreach" check --locales-dir "$corpus" --source-locale en-US --format json
single_time=$wall
single_rss=$rss
printf '  one thread (RAYON_NUM_THREADS=1): %s s, peak RSS %s\n' "$single_time" "$(mib "$single_rss")" >&2
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/outreach.json" \
    || die "outreach did not print a JSON document; see $work/outreach.json and $work/outreach.stderr"

if [[ ${SKIP_COMPARE_LOCALES:-} == 1 ]]; then
    printf '\noutreach check: %s s (median of %d; best %s), %s s on one thread, peak RSS %s; %s .ftl files, %s bytes\n' \
        "$outreach_time" "$runs" "$outreach_best" "$single_time" "$(mib "$peak")" "$ftl_files" "$ftl_bytes"
    exit 0
fi

say "finding compare-locales 9"
compare_locales=""
if command -v compare-locales >/dev/null && compare-locales --version 2>&1 | grep -q ' 9\.'; then
    compare_locales=$(command -v compare-locales)
elif [[ -x $venv/bin/compare-locales ]] && "$venv/bin/compare-locales" --version 2>&1 | grep -q ' 9\.'; then
    compare_locales=$venv/bin/compare-locales
else
    echo "  not installed: pip install 'compare-locales>=9,<10' into $venv" >&2
    python3 -m venv "$venv" || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
    "$venv/bin/pip" install --quiet 'compare-locales>=9,<10' || die "pip could not install compare-locales"
    compare_locales=$venv/bin/compare-locales
fi
echo "  $compare_locales: $("$compare_locales" --version 2>&1)" >&2

# compare-locales needs a project: every language folder of the tree but the reference, and
# one path pattern, as in Mozilla's l10n.toml files ({l} is the language's folder).
python3 - "$corpus" "$work/l10n.toml" <<'EOF'
import json, os, sys
corpus, out = sys.argv[1:]
def has_ftl(folder):
    return any(name.endswith(".ftl") for _, _, names in os.walk(folder) for name in names)
locales = sorted(name for name in os.listdir(corpus)
                 if name != "en-US" and not name.startswith(".") and has_ftl(os.path.join(corpus, name)))
with open(out, "w") as toml:
    toml.write(f"basepath = {json.dumps(corpus)}\n\nlocales = [\n")
    toml.writelines(f"    {json.dumps(locale)},\n" for locale in locales)
    toml.write(']\n\n[env]\n    l = "{l10n_base}/{locale}/"\n\n'
               '[[paths]]\n    reference = "en-US/**"\n    l10n = "{l}**"\n')
EOF

say "timing compare-locales (one run; it is single-threaded)"
# `--json -` prints only the JSON document, as `outreach check --format json` does.
run_timed compare-locales "$work/compare-locales.json" \
    "$compare_locales" --json - "$work/l10n.toml" "$corpus"
cl_time=$wall
cl_rss=$rss
printf '  %s s, peak RSS %s, exit %d\n' "$cl_time" "$(mib "$cl_rss")" "$status" >&2

say "comparing the counts"
python3 "$root/scripts/compare_counts.py" "$work/outreach.json" "$work/compare-locales.json" "$corpus" \
    | tee "$work/counts.txt"

ratio=$(awk -v a="$cl_time" -v b="$outreach_time" 'BEGIN {printf "%.1f", a / b}')
ratio_single=$(awk -v a="$cl_time" -v b="$single_time" 'BEGIN {printf "%.1f", a / b}')
cat <<EOF

corpus:          $locales languages × $files files × $messages messages (seed $seed): $ftl_files .ftl files, \
$ftl_bytes bytes
                 $(grep '^written:' "$work/corpus.txt")
outreach check:  $outreach_time s (median of $runs; best $outreach_best s), peak RSS $(mib "$peak"), exit $outreach_exit
   one thread:   $single_time s, peak RSS $(mib "$single_rss")
compare-locales: $cl_time s, peak RSS $(mib "$cl_rss")
ratio:           compare-locales / outreach = ${ratio}× (${ratio_single}× against outreach on one thread)
counts:          $(grep '^verdict:' "$work/counts.txt" | sed 's/^verdict: //')
reports:         $work/
EOF
