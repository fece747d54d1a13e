#!/usr/bin/env python3
"""Attest's analysis against spaCy's named entities, on the same texts: CPU a MB of each.

    python3 scripts/spacy-speed.py [--venv VENV_DIR] [--rounds N] FOLDER[:fr|en] ...

For each FOLDER (its `.txt` files; the language from a `:fr`/`:en` suffix, else from its
name as scripts/spacy_ner.py tells it), spaCy's pipeline as the quality benchmark runs it
(scripts/spacy_ner.py's `load_model`: tok2vec, parser, ner) reads every text, model loading
left out; its CPU time (this process's, `time.process_time`) is the best of N rounds. Attest:
`target/release/examples/analyze_once TIMES FOLDER` minus `analyze_once 1 FOLDER` (the
process started and the files read), CPU time of the child (user + system), the best of N
rounds, TIMES chosen to run about two seconds. spaCy must be installed first:
`python3 scripts/spacy_ner.py --setup VENV_DIR`. A benchmark-only tool: spaCy is never a
dependency of Attest. Builds the example if absent (`cargo build --release --examples`).
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "target" / "release" / "examples" / "analyze_once"


def child_cpu(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def attest_seconds(folder, rounds):
    """CPU seconds of Attest's analysis of every text of `folder` once."""
    one = child_cpu([str(EXAMPLE), "1", str(folder)])
    times = max(2, int(2.0 / max(one, 0.001)))
    best = min(child_cpu([str(EXAMPLE), str(times), str(folder)]) - child_cpu([str(EXAMPLE), "1", str(folder)])
               for _ in range(rounds))
    return best / (times - 1)


def spacy_seconds(texts, lang, venv, rounds):
    """CPU seconds of spaCy's entities over `texts` once (the model loaded before)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import spacy_ner  # noqa: E402  (its model loading, shared with the quality benchmark)
    nlp, disable = spacy_ner.load_model(lang, venv)
    best = None
    for _ in range(rounds):
        t = time.process_time()
        for _doc in nlp.pipe(texts, disable=disable, batch_size=16):
            pass
        spent = time.process_time() - t
        best = spent if best is None else min(best, spent)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--venv", default=str(ROOT / "target" / "quality-venv"))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    venv_python = Path(args.venv) / "bin" / "python"
    if Path(sys.prefix).resolve() != Path(args.venv).resolve() and venv_python.exists():
        os.execv(str(venv_python), [str(venv_python), __file__, *sys.argv[1:]])
    if not EXAMPLE.exists():
        subprocess.run(["cargo", "build", "--release", "--examples"], cwd=ROOT, check=True)
    for spec in args.folders:
        folder, _, lang = spec.partition(":")
        folder = Path(folder)
        if not lang:
            found = [m.group(2) for p in (folder.resolve(), *folder.resolve().parents)
                     if (m := re.search(r"(^|-)(fr|en)(-|$)", p.name))]
            lang = found[0] if found else "en"
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        s = spacy_seconds(texts, lang, args.venv, args.rounds)
        a = attest_seconds(folder, args.rounds)
        print(f"{folder} ({lang}, {len(texts)} texts, {mb:.3f} MB): spaCy {mb / s:.3f} MB/s, "
              f"Attest {mb / a:.1f} MB/s: {s / a:,.0f}x")


if __name__ == "__main__":
    main()
