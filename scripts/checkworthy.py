#!/usr/bin/env python3
"""Trains the English check-worthiness model: data/checkworthy_en.tsv, read by
src/analysis/checkworthy.rs. Run once by hand when the data or the features change; the
output is committed.

    python3 scripts/checkworthy.py ../shared/quality/claimbuster-crowd-en

The training data is ClaimBuster's crowd-labelled sentences of the U.S. presidential
debates 1960-2016 (Arslan, Hassan, Li & Tremayne, "A Benchmark Dataset of Check-worthy
Factual Claims", ICWSM 2020; CC BY 4.0), as brat: one sentence a paragraph, a `Claim` over
each sentence labelled check-worthy. Origin and licence in data/README.md.

The model is a logistic regression over the words of a sentence (a word as often as it
is written), trained by full-batch gradient descent (Adagrad's steps) with an L2 penalty:
plain Python, no package, the same result on every run. Words are read as the analysis reads them (`words` below and
`checkworthy::words` in Rust): runs of letters and digits, lowercase, a run with a digit
as "0", and the signs % $ € £ each a word. A word seen in fewer than MIN_COUNT sentences
is left out, and so is a word whose weight rounds to zero.
"""

import math
import sys
from pathlib import Path

MIN_COUNT = 5
L2 = 1e-4
STEPS = 400
RATE = 0.5
OUT = Path(__file__).resolve().parent.parent / "data" / "checkworthy_en.tsv"


def words(sentence):
    """The words of a sentence, as checkworthy.rs reads them."""
    out, run = [], []

    def close():
        if run:
            w = "".join(run)
            out.append("0" if any(c.isnumeric() for c in w) else w)
            run.clear()

    for c in sentence:
        if c.isalnum():
            run.append(c.lower())
        else:
            close()
            if c in "%$€£":
                out.append(c)
    close()
    return out


def sentences(folder):
    """(words, label) for each paragraph of each .txt, labelled by the .ann beside it."""
    for txt in sorted(Path(folder).glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        claims = []
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) > 1 and fields[0].startswith("T") and fields[1].startswith("Claim "):
                _, start, end = fields[1].split()[:3]
                claims.append((int(start), int(end.split(";")[0])))
        at = 0
        for para in text.split("\n\n"):
            start, end = at, at + len(para)
            at = end + 2
            if para.strip():
                label = any(s < end and e > start for s, e in claims)
                yield words(para), 1.0 if label else 0.0


def train(data, vocab):
    index = {w: n for n, w in enumerate(vocab)}
    rows = [([index[w] for w in ws if w in index], y) for ws, y in data]
    weights, bias = [0.0] * len(vocab), 0.0
    # Adagrad's step sizes: words seen rarely move as far as common ones.
    g2, b2 = [1e-8] * len(vocab), 1e-8
    for _ in range(STEPS):
        grad, gb = [0.0] * len(vocab), 0.0
        for feats, y in rows:
            z = bias + sum(weights[f] for f in feats)
            err = 1.0 / (1.0 + math.exp(-z)) - y
            gb += err
            for f in feats:
                grad[f] += err
        n = len(rows)
        for f in range(len(vocab)):
            g = grad[f] / n + L2 * weights[f]
            g2[f] += g * g
            weights[f] -= RATE * g / math.sqrt(g2[f])
        gb /= n
        b2 += gb * gb
        bias -= RATE * gb / math.sqrt(b2)
    return weights, bias


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = list(sentences(sys.argv[1]))
    counts = {}
    for ws, _ in data:
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    vocab = sorted(w for w, c in counts.items() if c >= MIN_COUNT)
    weights, bias = train(data, vocab)
    kept = [(w, round(x, 3)) for w, x in zip(vocab, weights) if round(x, 3) != 0]
    positives = sum(y for _, y in data)
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# English check-worthiness: a logistic regression over a sentence's words.\n")
        out.write("# Trained by scripts/checkworthy.py on ClaimBuster's crowd-labelled debate\n")
        out.write("# sentences (Arslan et al., ICWSM 2020; CC BY 4.0): ")
        out.write(f"{len(data)} sentences, {int(positives)} check-worthy.\n")
        out.write("# A line a word: the word, a tab, its weight; first the bias, as the empty word.\n")
        out.write(f"\t{round(bias, 3)}\n")
        for w, x in kept:
            out.write(f"{w}\t{x}\n")
    print(f"{OUT}: {len(kept)} words, bias {bias:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
