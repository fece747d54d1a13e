#!/usr/bin/env python3
"""The code lines of src/lsp, as BENCHMARKS.md counts them against issue 17's 2,500: non-blank
lines that are not comments (`//`, `///`, `//!`), in every .rs file under src/lsp but the
property tests (`*_properties.rs`), the tests in files of their own (`*_tests.rs`) and the
typing model (`typing.rs`), without `#[cfg(test)]`
or `#[cfg(all(test, …))]` items (a `mod tests { … }` block, or a `mod x;` line naming a test
file).

    python3 scripts/lsp-lines.py [-v] [REPO]     # -v: a line a file; REPO: this repository
"""
import sys
from pathlib import Path


def code_lines(text):
    lines = text.split("\n")
    n, i = 0, 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith(("#[cfg(test)]", "#[cfg(all(test,")):
            # Skip the item: to the end of its braces, or to its `;`.
            j, depth, opened = i + 1, 0, False
            while j < len(lines):
                depth += lines[j].count("{") - lines[j].count("}")
                opened |= "{" in lines[j]
                j += 1
                if (opened and depth <= 0) or (not opened and lines[j - 1].strip().endswith(";")):
                    break
            i = j
            continue
        if line and not line.startswith("//"):
            n += 1
        i += 1
    return n


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    total = 0
    for f in sorted((root / "src" / "lsp").rglob("*.rs")):
        if f.name.endswith(("_properties.rs", "_tests.rs")) or f.name == "typing.rs":
            continue
        n = code_lines(f.read_text(encoding="utf-8"))
        total += n
        if "-v" in sys.argv:
            print(f"{n:5} {f.relative_to(root)}")
    print(total)


if __name__ == "__main__":
    main()
