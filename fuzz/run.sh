#!/usr/bin/env bash
# Runs one fuzz target for a while with its seed corpus, or replays its committed seeds once:
#   fuzz/run.sh TARGET SECONDS [libFuzzer option…]
#   fuzz/run.sh TARGET replay          # each committed seed once, no fuzzing (CI)
# Builds it first if needed (cargo fuzz, no sanitizer: the code is safe Rust; debug
# assertions on, so overflows are crashes too). The corpus it grows lives in
# fuzz/corpus/TARGET (git-ignored), crashes in fuzz/artifacts/TARGET, the log in
# fuzz/logs/TARGET.log. An input over 1 s or a process over 2 GiB is a crash as well.
# Exits non-zero on a crash, naming the file that reproduces it.
set -euo pipefail
cd "$(dirname "$0")"

if [ $# -lt 2 ]; then
    echo "usage: fuzz/run.sh TARGET SECONDS [libFuzzer option…]" >&2
    echo "targets: $(cargo fuzz list 2>/dev/null | tr '\n' ' ')" >&2
    exit 2
fi
target=$1
seconds=$2
shift 2

# cargo fuzz passes -Z flags; the stable toolchain accepts them with this.
export RUSTC_BOOTSTRAP=1
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}

# Inputs as long as a few paragraphs: longer ones find little more and cost the time
# the executions need. The server's inputs are sequences of steps, each with some text.
case $target in
    article_analysis) max_len=(-max_len=1024) ;;
    lsp_session) max_len=(-max_len=512) ;;
    *) max_len=() ;;
esac

mkdir -p "corpus/$target" "artifacts/$target" logs
started=$(date +%s)
status=0
if [ "$seconds" = replay ]; then
    # The committed seeds only (not the grown corpus), each run once: a regression check
    # whose inputs are the same on every machine.
    cargo fuzz run --sanitizer none --debug-assertions "$target" "seeds/$target" -- \
        -runs=0 -timeout=1 -rss_limit_mb=2048 "${max_len[@]}" "$@" \
        2>&1 | tee "logs/$target.log" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "fuzz/run.sh: $target failed on a committed seed (exit $status); see fuzz/logs/$target.log" >&2
        exit 1
    fi
    exit 0
fi
cargo fuzz run --sanitizer none --debug-assertions "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
    "${max_len[@]}" "$@" \
    2>&1 | tee "logs/$target.log" || status=$?

if [ "$status" -ne 0 ]; then
    crash=$(find "artifacts/$target" -type f -newermt "@$started" | head -n 1)
    echo "fuzz/run.sh: $target crashed (exit $status)${crash:+; reproduce with: fuzz/$crash}" >&2
    if [ -n "$crash" ]; then
        echo "fuzz/run.sh: cargo fuzz run --sanitizer none --debug-assertions $target fuzz/$crash" >&2
    fi
    exit 1
fi
