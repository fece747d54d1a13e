#!/usr/bin/env bash
# End-to-end benchmark of `attest check` over a synthetic corpus (target: 10,000 articles,
# ~50 MB, in ≤ 2 s on 2 cores, peak memory ≤ 4× the corpus size). See BENCHMARKS.md.
#
#   scripts/bench-check.sh            # 10,000 articles, 5 timed runs
#   COUNT=1000 RUNS=3 scripts/bench-check.sh
#
# Environment: COUNT (articles, 10000), RUNS (timed runs, 5), SEED (42), OUT (folder,
# bench-corpus, git-ignored), LIMIT (seconds before a run is killed, 600),
# CARGO_TARGET_DIR (target). Uses /usr/bin/time for wall time and peak RSS (a killed run
# still reports the peak it had reached), and hyperfine too when it is installed.
set -euo pipefail

cd "$(dirname "$0")/.."
COUNT=${COUNT:-10000}
RUNS=${RUNS:-5}
SEED=${SEED:-42}
OUT=${OUT:-bench-corpus}
LIMIT=${LIMIT:-600}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
BIN=$CARGO_TARGET_DIR/release/attest
GEN=$CARGO_TARGET_DIR/release/examples/gen_corpus

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src 2>/dev/null || echo ' (src modified)')"

cargo build --release --quiet --bin attest --example gen_corpus

# Regenerate unless the folder already holds this exact corpus. Only a folder this script
# made (it carries the marker file) is ever deleted.
MARKER="$OUT/.bench-corpus"
WANT="gen_corpus count=$COUNT seed=$SEED"
if [[ ! -f $MARKER || $(cat "$MARKER") != "$WANT" ]]; then
    if [[ -e $OUT && ! -f $MARKER ]]; then
        echo "refusing to overwrite $OUT: it was not made by this script" >&2
        exit 2
    fi
    rm -rf "$OUT"
    "$GEN" "$OUT" "$COUNT" "$SEED" 2>&1
    echo "$WANT" >"$MARKER"
fi
FILES=$(find "$OUT" -name '*.txt' | wc -l)
BYTES=$(find "$OUT" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "== corpus: $OUT, $FILES articles, $BYTES bytes ($(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB)"

CMD=("$BIN" check "$OUT" --format json)
echo "== command: ${CMD[*]} > /dev/null"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

run() { # $1: file for /usr/bin/time's report; prints the exit status (124: killed at LIMIT)
    local status=0
    /usr/bin/time -v -o "$1" timeout "$LIMIT" "${CMD[@]}" >/dev/null 2>"$TMP/stderr" || status=$?
    echo "$status"
}
field() { sed -n "s/.*$1: //p" "$2"; }

status=$(run "$TMP/warmup") # fills the page cache; not counted
if [[ $status -eq 124 ]]; then
    rss_kb=$(field 'Maximum resident set size (kbytes)' "$TMP/warmup")
    echo "== TIMED OUT: killed after $LIMIT s (target ≤ 2 s: MISSED);" \
        "peak RSS when killed $(awk -v k="$rss_kb" 'BEGIN {printf "%.1f", k / 1024}') MB" \
        "($(awk -v k="$rss_kb" -v b="$BYTES" 'BEGIN {printf "%.2f", k * 1024 / b}')× corpus," \
        "user $(field 'User time (seconds)' "$TMP/warmup") s); no further runs"
    exit 1
elif [[ $status -gt 1 ]]; then
    echo "attest check failed (exit $status):" >&2
    cat "$TMP/stderr" "$TMP/warmup" >&2
    exit 1
fi
echo "== exit status $status (1 = error-severity findings exist); attest says: $(tail -1 "$TMP/stderr")"

seconds() { # m:ss.cc or h:mm:ss → seconds
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}
printf '%-4s %8s %8s %8s %6s %10s\n' run wall_s user_s sys_s cpu max_rss_MB
: >"$TMP/walls"
: >"$TMP/cpus"
: >"$TMP/rss"
for i in $(seq 1 "$RUNS"); do
    status=$(run "$TMP/time")
    if [[ $status -gt 1 ]]; then
        echo "run $i failed or timed out (exit $status)" >&2
        exit 1
    fi
    wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$TMP/time")")
    user=$(field 'User time (seconds)' "$TMP/time")
    sys=$(field 'System time (seconds)' "$TMP/time")
    cpu=$(field 'Percent of CPU this job got' "$TMP/time")
    rss_kb=$(field 'Maximum resident set size (kbytes)' "$TMP/time")
    rss=$(awk -v k="$rss_kb" 'BEGIN {printf "%.1f", k / 1024}')
    printf '%-4s %8s %8s %8s %6s %10s\n' "$i" "$wall" "$user" "$sys" "$cpu" "$rss"
    echo "$wall" >>"$TMP/walls"
    awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}' >>"$TMP/cpus"
    echo "$rss_kb" >>"$TMP/rss"
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }
wall_med=$(median "$TMP/walls")
wall_min=$(sort -n "$TMP/walls" | head -1)
wall_max=$(sort -n "$TMP/walls" | tail -1)
rss_max_kb=$(sort -n "$TMP/rss" | tail -1)
ratio=$(awk -v k="$rss_max_kb" -v b="$BYTES" 'BEGIN {printf "%.2f", k * 1024 / b}')
verdict() { # $1: awk condition on x; $2: value
    if [[ $COUNT -ne 10000 ]]; then
        echo "(the target is set for 10,000 articles)"
    else
        awk -v x="$2" "BEGIN {print ($1) ? \"met\" : \"MISSED\"}"
    fi
}
echo "== wall time: median ${wall_med} s (min ${wall_min}, max ${wall_max}) over $RUNS runs;" \
    "target ≤ 2 s: $(verdict 'x <= 2' "$wall_med")"
cpu_med=$(median "$TMP/cpus")
echo "== CPU time (user + sys): median ${cpu_med} s; with $(nproc) cores the wall time cannot go below" \
    "$(awk -v c="$cpu_med" -v n="$(nproc)" 'BEGIN {printf "%.2f", c / n}') s; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== peak RSS: $(awk -v k="$rss_max_kb" 'BEGIN {printf "%.1f", k / 1024}') MB = ${ratio}× corpus;" \
    "target ≤ 4×: $(verdict 'x <= 4' "$ratio")"

if command -v hyperfine >/dev/null; then
    echo "== hyperfine"
    hyperfine --warmup 1 --runs "$RUNS" --ignore-failure --style basic "${CMD[*]}"
else
    echo "== hyperfine not installed; skipped"
fi
