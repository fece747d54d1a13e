#!/usr/bin/env python3
"""The largest find-references reply, asked N times in a row: what the server and the
transport (a socket pair, as VS Code and Neovim start a server, or pipes) take for it with
nothing in between. The server indexes a corpus (the 10,000-article
`bench-corpus` by default), the first article is opened, the capitalised word of it whose
references reply is the largest is found, then N whole replies to it are timed as
`scripts/bench-lsp.py` times them (from the request written to the response's body read),
with the time to the response's first byte. In `bench-lsp.py` other requests come between
two such replies (BENCHMARKS.md).

    python3 scripts/references-in-a-row.py 20
    python3 scripts/references-in-a-row.py 20 --bin /tmp/attest-old
"""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench_lsp_module import ROOT, bench


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("replies", type=int)
    ap.add_argument("--bin", default=str(ROOT / "target/release/attest"), help="attest binary (target/release/attest)")
    ap.add_argument("--corpus", default=str(ROOT / "bench-corpus"), help="corpus folder (bench-corpus)")
    ap.add_argument("--warmups", type=int, default=2)
    bench.add_client_options(ap)
    args = ap.parse_args()
    bench.count_columns_in(args.encoding)
    corpus = Path(args.corpus).resolve()
    if not corpus.is_dir():
        sys.exit(f"no corpus at {corpus}: make it with `cargo run --release --example gen_corpus -- {corpus} 10000`")
    tmp = tempfile.mkdtemp(prefix="references-in-a-row-")
    try:
        with bench.indexed_session(args.bin, corpus, tmp, 120, args.transport, args.encoding) as s:
            path = bench.corpus_articles(corpus)[0]
            text = path.read_text(encoding="utf-8")
            uri = bench.uri_of(path)
            s.server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
            for _ in range(10):
                t, _, _ = s.server.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}, 60)
                if t < bench.FRESH:
                    break
            s.server.drain(0.5, 30)

            def references(line, col):
                params = {"textDocument": {"uri": uri}, "position": {"line": line, "character": col},
                          "context": {"includeDeclaration": True}}
                sent, arrived, msg, size = s.server.request_at("textDocument/references", params, 60)
                return arrived - sent, s.server.last_head - sent, len(msg.get("result") or []), size

            sizes = [(references(line, col)[3], line, col, word) for line, col, word in bench.name_positions(text, 200)]
            size, line, col, word = max(sizes)
            for _ in range(args.warmups):
                references(line, col)
            runs = [references(line, col) for _ in range(args.replies)]
            total = [r[0] for r in runs]
            first = [r[1] for r in runs]
            print(f"«{word}»: {runs[0][2]} locations, {size / 1e6:.1f} MB; {len(runs)} replies in a row, "
                  f"load average {bench.loadavg()}")
            for label, values in (("whole reply", total), ("first byte", first)):
                print(f"  {label:<12} p50 {bench.pct(values, 50) * 1000:.2f} ms, p90 {bench.pct(values, 90) * 1000:.2f} ms, "
                      f"min {min(values) * 1000:.2f}, max {max(values) * 1000:.2f} ms")
            floor = bench.transfer_floor(size, args.transport)
            print("  the same bytes from a process that only writes them: "
                  + ", ".join(f"{x * 1000:.2f}" for x in floor) + " ms")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
