#!/usr/bin/env python3
"""Benchmark: index a corpus whose articles all have brat .ann files, with a
100,000-entity knowledge base (target: <= 3 s, issue "Annotated corpora").

    python3 scripts/bench-annotated.py [--source bench-corpus] [--out bench-annotated] [--runs 3]

Copies the generated corpus of scripts/bench-check.sh (run that first), writes beside each
article a .ann with one text-bound annotation per capitalised name it finds (code-point
offsets) and a Reference line for every other one, writes kb/entities.toml with 100,000
[[entity]] tables (a thousand of them named like the corpus's people), then times
`attest check` on it with /usr/bin/time (wall time, peak memory). Deterministic; stops by
itself; only touches --out, which must be a folder this script made or absent.
"""
import argparse, os, re, shutil, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--source", default="bench-corpus")
ap.add_argument("--out", default="bench-annotated")
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--entities", type=int, default=100_000)
ap.add_argument("--bin", default="target/release/attest")
args = ap.parse_args()

marker = os.path.join(args.out, ".bench-annotated")
if os.path.exists(args.out) and not os.path.exists(marker):
    sys.exit(f"refusing to overwrite {args.out}: not made by this script")
shutil.rmtree(args.out, ignore_errors=True)
os.makedirs(os.path.join(args.out, "kb"))
open(marker, "w").write("made by scripts/bench-annotated.py\n")

name = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)+")
articles = sorted(f for f in os.listdir(args.source) if f.endswith(".txt"))
people = set()
ann_lines = 0
for f in articles:
    text = open(os.path.join(args.source, f), encoding="utf-8").read()
    open(os.path.join(args.out, f), "w", encoding="utf-8").write(text)
    lines = []
    for k, m in enumerate(name.finditer(text)):
        start = len(text[: m.start()])  # Python indexes code points, as brat does
        lines.append(f"T{k + 1}\tPerson {start} {start + len(m.group())}\t{m.group()}")
        if k % 2 == 0:
            lines.append(f"N{k + 1}\tReference T{k + 1} Wikidata:Q{1000 + len(m.group())}\t{m.group()}")
        people.add(m.group())
    ann_lines += len(lines)
    open(os.path.join(args.out, f[:-4] + ".ann"), "w", encoding="utf-8").write("\n".join(lines) + "\n")

with open(os.path.join(args.out, "kb", "entities.toml"), "w", encoding="utf-8") as kb:
    named = sorted(people)
    for i in range(args.entities):
        label = named[i] if i < len(named) else f"Entité numéro {i}"
        kb.write(f'[[entity]]\nid = "E{i}"\nkind = "person"\nname = "{label}"\naliases = ["{label} {i}"]\ndescription = "Entrée {i}"\n\n')
open(os.path.join(args.out, "attest.toml"), "w").write("[corpus]\nlanguage = \"fr\"\n")

size = sum(os.path.getsize(os.path.join(args.out, f)) for f in os.listdir(args.out) if f.endswith((".txt", ".ann")))
kb_size = os.path.getsize(os.path.join(args.out, "kb", "entities.toml"))
print(f"== corpus: {len(articles)} articles with .ann ({ann_lines} annotation lines), {size / 1e6:.1f} MB; knowledge base: {args.entities} entities, {kb_size / 1e6:.1f} MB")
print(f"== machine: {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}")
walls, peaks = [], []
for run in range(args.runs):
    t = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", args.bin, "check", args.out, "--format", "json"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=600)
    wall = time.monotonic() - t
    peak = int(p.stderr.strip().splitlines()[-1]) / 1024
    walls.append(wall)
    peaks.append(peak)
    print(f"run {run + 1}: {wall:.2f} s, peak {peak:.0f} MB, exit {p.returncode}")
walls.sort()
print(f"== attest check: median {walls[len(walls) // 2]:.2f} s (min {walls[0]:.2f}, max {walls[-1]:.2f}), peak {max(peaks):.0f} MB; target <= 3 s")
