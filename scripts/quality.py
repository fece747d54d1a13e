#!/usr/bin/env python3
"""The quality benchmark: `attest eval` over every development set, and QUALITY.md.

    python3 scripts/quality.py [--data DIR] [--no-spacy] [--out QUALITY.md]

DIR (default ../shared/quality beside the repository, or $ATTEST_QUALITY_DATA) holds brat
sets, one a folder (`news-dev/` keeps its brat files under `gold/`). Each set is scored with
`attest eval SET --format json` (the release binary, built if absent). Unless --no-spacy,
spaCy fr_core_news_md / en_core_web_md are scored on the same sets for entities, by the same
scorer: scripts/spacy_ner.py writes their names as brat and `attest eval SET --against` reads
them. spaCy lives in a virtual environment under target/ (made on first use); it is never a
dependency of Attest or of its tests. Without the data folder the script says so and exits 0.

Writes one page: a table, set by metric, with the date, the commit and this command.
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "quality-venv"


def say(msg):
    print(f"quality: {msg}", file=sys.stderr, flush=True)


def attest_binary():
    binary = ROOT / "target" / "release" / "attest"
    say("cargo build --release")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return binary


def gold_folder(set_dir):
    """news-dev keeps its brat files under gold/; the public sets at their top."""
    return set_dir / "gold" if (set_dir / "gold").is_dir() else set_dir


def evaluate(binary, gold, against=None):
    cmd = [str(binary), "eval", str(gold), "--format", "json"]
    if against:
        cmd += ["--against", str(against)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        say(f"{' '.join(cmd)} failed: {done.stderr.strip()[-500:]}")
        return None
    return json.loads(done.stdout)


def spacy_ready(use):
    if not use:
        return False
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "spacy_ner.py"),
                           "--setup", str(VENV)])
    if done.returncode != 0:
        say("spaCy could not be installed: its columns stay empty")
        return False
    return True


def spacy_names(gold, out):
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "spacy_ner.py"),
                           "--venv", str(VENV), str(gold), str(out)])
    return done.returncode == 0


def groups(result):
    return {(g["group"], g["name"]): g for g in result["groups"]} if result else {}


def fig(x):
    return "—" if x is None else f"{x:.3f}"


def pick(g, *path):
    for key in path:
        if g is None:
            return None
        g = g.get(key)
    return g


def rows_of(name, attest, spacy):
    """One row per set, and one per language where a set has two."""
    a, s = groups(attest), groups(spacy)
    keys = [("all", "all")]
    langs = sorted(k for k in a if k[0] == "language" and k[1] != "?")
    if len(langs) > 1:
        keys += langs
    rows = []
    for key in keys:
        g, sg = a.get(key), s.get(key)
        label = name if key == ("all", "all") else f"{name} ({key[1]})"
        claims = pick(g, "claims") or pick(g, "sentences")
        unit = "" if pick(g, "claims") or not claims else " ¹"
        rows.append([
            label,
            str(pick(g, "documents") or 0),
            str(pick(g, "entities", "strict", "micro", "gold") or 0),
            fig(pick(g, "entities", "strict", "micro", "f1")),
            fig(pick(sg, "entities", "strict", "micro", "f1")),
            fig(pick(g, "entities", "lenient", "micro", "f1")),
            fig(pick(sg, "entities", "lenient", "micro", "f1")),
            fig(pick(g, "identity", "f1")),
            fig(pick(claims, "precision")) + unit,
            fig(pick(claims, "recall")),
            fig(pick(claims, "f1")),
            fig(pick(g, "attribution", "accuracy")),
            fig(pick(g, "attribution", "source_accuracy")),
            fig(pick(g, "hedging", "precision")),
            fig(pick(g, "hedging", "recall")),
        ])
    return rows


HEAD = ["set", "docs", "names", "entities strict F1", "spaCy", "lenient F1", "spaCy",
        "identity B³ F1", "claims P", "claims R", "claims F1", "attribution",
        "right source", "hedging P", "hedging R"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.environ.get("ATTEST_QUALITY_DATA",
                                                     str(ROOT.parent / "shared" / "quality")))
    ap.add_argument("--no-spacy", action="store_true", help="score Attest alone")
    ap.add_argument("--out", default=str(ROOT / "QUALITY.md"))
    args = ap.parse_args()
    data = Path(args.data)
    if not data.is_dir():
        say(f"{data}: no development sets here (see QUALITY.md): nothing measured")
        return 0
    sets = sorted(d for d in data.iterdir()
                  if d.is_dir() and any(gold_folder(d).rglob("*.ann")))
    # news-dev first: the articles the guidelines were written for.
    sets.sort(key=lambda d: (d.name != "news-dev", d.name))
    binary = attest_binary()
    with_spacy = spacy_ready(not args.no_spacy)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for d in sets:
            gold = gold_folder(d)
            say(f"{d.name}")
            attest = evaluate(binary, gold)
            spacy = None
            has_names = attest and pick(groups(attest).get(("all", "all")),
                                        "entities", "strict", "micro", "gold")
            if with_spacy and has_names:
                out = Path(tmp) / d.name
                if spacy_names(gold, out):
                    spacy = evaluate(binary, gold, against=out)
            rows += rows_of(d.name, attest, spacy)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src", "data"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    today = datetime.date.today().isoformat()
    table = ["| " + " | ".join(HEAD) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(HEAD))) + "|"]
    table += ["| " + " | ".join(r) + " |" for r in rows]
    page = PAGE.format(
        date=today,
        commit=commit + (" with uncommitted changes" if dirty else ""),
        spacy="spaCy 3.8 fr_core_news_md / en_core_web_md 3.8.0" if with_spacy
        else "spaCy not measured in this run (--no-spacy, or it could not be installed)",
        table="\n".join(table),
    )
    Path(args.out).write_text(page, encoding="utf-8")
    say(f"wrote {args.out}")
    return 0


PAGE = """# Quality

How far Attest's annotation is from human annotation, measured by `attest eval` on the
development sets of `../shared/quality/` (public sets converted to brat, and `news-dev/`, real
articles annotated by the project's guidelines, ANNOTATION.md). Attest is judged on articles
it has never seen: these sets are for tuning, and a gain on one set that loses on another is
not a gain. Measured {date} at commit {commit}, with:

```sh
python3 scripts/quality.py          # writes this page; --no-spacy to score Attest alone
attest eval ../shared/quality/news-dev/gold --details   # every difference, file and line
```

Beside Attest: {spacy}, scored by the same `attest eval` (`--against` the names spaCy
writes, `scripts/spacy_ner.py`; PERSON→Person, ORG→Organization, GPE/LOC/FAC→Location).

{table}

- **entities**: micro-averaged over Person, Organization and Location; strict = same span
  and kind, lenient = overlapping span, same kind, one to one. Names Attest leaves `Other`
  count as not found.
- **identity**: B-cubed F1 of the entities across articles against the gold `N … Reference`
  ids, over the gold names (a gold name Attest misses is a cluster of its own); only where the
  gold says who its names are (news-dev).
- **claims**: precision = Attest's claims that overlap a gold claim; recall = gold claims that
  an Attest claim overlaps. ¹ Sentence-level sets (ClaimBuster, CLEF, CheckThat!), where every
  check-worthy sentence is marked whole: scored by line, a line being a claim when a claim
  overlaps it.
- **attribution**: over the claims both mark, the share whose class (Named / Anonymous /
  None) agrees; **right source**: of the claims both call Named, the share whose source is the
  gold source's mention or a mention of the same gold entity. **hedging**: precision and
  recall of `Hedged` over the claims both mark. Only news-dev carries them.
- The public sets follow their own guidelines, not ANNOTATION.md (titles inside HIPE's person
  names, CoNLL's sports teams as organisations; see `../shared/quality/README.md`).
"""

if __name__ == "__main__":
    sys.exit(main())
