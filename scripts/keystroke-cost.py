#!/usr/bin/env python3
"""What one keystroke costs the server, in a form a busy machine does not blur: the ~100 KB
article of seed paragraphs opened unsaved in a copy of the seeds' folder, N one-character
insertions one at a time (as `scripts/bench-lsp.py` types them: debounce 0, each after the
previous one's diagnostics), and the server's CPU time per keystroke (all its threads, from
/proc). With --callgrind the server runs under valgrind's callgrind and the instruction
counts are written to OUT.N (run it twice with different N and subtract: what the extra
keystrokes cost, without start-up and indexing). See BENCHMARKS.md.

    python3 scripts/keystroke-cost.py 200
    python3 scripts/keystroke-cost.py 200 --corpus bench-corpus   # in the 10,000 articles
    python3 scripts/keystroke-cost.py 20 --callgrind /tmp/ks && \\
        python3 scripts/keystroke-cost.py 70 --callgrind /tmp/ks
    callgrind_annotate /tmp/ks.20 | head; callgrind_annotate /tmp/ks.70 | head
"""

import argparse
import shutil
import stat
import tempfile
from pathlib import Path

from bench_lsp_module import ROOT, bench


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keystrokes", type=int)
    ap.add_argument("--bin", default=str(ROOT / "target/release/attest"), help="attest binary (target/release/attest)")
    ap.add_argument("--callgrind", metavar="OUT", help="run the server under callgrind, counts to OUT.KEYSTROKES")
    ap.add_argument("--article-kb", type=int, default=100)
    ap.add_argument("--corpus", metavar="DIR",
                    help="open the article unsaved in this corpus (e.g. bench-corpus, the 10,000 articles of "
                         "bench-lsp.py) instead of a copy of the seeds' folder")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="keystroke-cost-")
    try:
        binary = Path(tmp) / "attest"
        shutil.copy2(args.bin, binary)
        if args.callgrind:
            wrapper = Path(tmp) / "attest-callgrind"
            wrapper.write_text("#!/bin/sh\nexec valgrind --tool=callgrind --dump-instr=no "
                               f"--callgrind-out-file={args.callgrind}.{args.keystrokes} {binary} \"$@\"\n")
            wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
            binary = wrapper
        folder = Path(args.corpus).resolve() if args.corpus else bench.small_corpus(tmp)
        with bench.indexed_session(binary, folder, tmp, 300) as s:
            doc = bench.Edited(folder / bench.BIG_NAME, bench.big_article(args.article_kb))
            doc.open(s.server, 300)
            s.server.drain(1.0, 60)
            before = s.server.cpu_seconds()
            e = doc.edits(s.server, args.keystrokes, "char", 300, 0.02)
            cpu = s.server.cpu_seconds() - before
            lat = e["latencies"]
            print(f"{len(lat)} keystrokes, load average {bench.loadavg()}: server CPU per keystroke "
                  f"{cpu / max(1, len(lat)) * 1000:.2f} ms; to its diagnostics "
                  f"p50 {bench.pct(lat, 50) * 1000:.2f} ms, p99 {bench.pct(lat, 99) * 1000:.2f} ms")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
