#!/usr/bin/env python3
"""Soak test of `attest lsp`: drives the real server over stdio with many incremental edits
across many open documents, samples its memory, and checks the versions of every
diagnostic it publishes. See RELIABILITY.md, section "Soak".

    python3 scripts/soak.py                                   # 100,000 edits, 50 documents, 60 articles
    python3 scripts/soak.py --articles 250                    # > 200 articles: edits patched in
    python3 scripts/soak.py --debounce-ms 150                 # a non-zero debounce
    python3 scripts/soak.py --edits 2000 --documents 10       # a smoke test (a few seconds)
    python3 scripts/soak.py --csv soak.csv                    # the memory curve, one row per sample

The corpus is a temporary folder: the five `seeds/` plus articles from
`target/release/examples/gen_corpus` (`--articles` in all, built if missing), or a copy of
`--corpus DIR`. The first `--documents` articles (the seeds first: they hold « é », « ’ »,
non-breaking spaces) are opened, then `--edits` `didChange` notifications are sent, each
with one incremental change (sometimes two): words typed and deleted, newlines, sentences
that create claims (« selon des sources proches du dossier », figures, quotations, hedges)
and their removal, an emoji now and then; positions in UTF-16 code units, computed from a
local model of every document. Hover, definition and references requests are interleaved
(at most `--outstanding` unanswered at once); every `--pause-every` edits the typing stops
for `--pause-ms`, long enough for a large corpus's whole rebuild to start. Above 200
articles the server patches edits in and rebuilds whole only once the typing
stops for 400 ms; the client lets up to 1000 requests be unanswered there.

Checks, each a violation that makes the exit status 1:
  versions   for every publishDiagnostics of an open document, read in the order the server
             wrote them: (1) its version was sent; (2) versions never go down; (3) it is not
             older than the document's version as the server must have known it: see
             `VersionChecker` below for the exact rule and why it is sound. Also no
             version-less publication for an open document once the server has shown it
             processed the didOpen.
  texts      every `--sample-every` edits one document, and at the end every document, is
             fetched with `attest/text` (ATTEST_TEST_HOOKS) and compared with the local model
  end state  after quiescence, each open document's last published version is its final
             version, or its last published diagnostics are those of the final text; and the
             last diagnostics published for every article equal those a fresh server
             publishes on the final texts written to disk
  requests   every request answered, none with an error, within `--timeout`
  server     alive until shutdown; no error logged; no "out-of-order edit" logged
  threads    at most 7 + cores + 16 (the loop, the writer, the builder and its rebuild, the
             watch of the disk and its thread, the indexing; rayon; request workers)
  memory     VmRSS sampled every `--sample-every` edits (CSV with `--csv`); growth after
             warm-up (median of the last 10 % of samples minus median of the samples of
             the first 10 % after warm-up) below max(`--flat-mb`, `--flat-pct` % of the
             warm-up RSS)

Standard library only. The server is killed on the way out whatever happens.
"""

import argparse
import bisect
import gc
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lsp_client import Server, ServerDied, memory_of, uri_of, utf16_len  # noqa: E402

now = time.perf_counter


def say(*a):
    print(*a, flush=True)


# ---------------------------------------------------------------------------------------
# The corpus


def make_corpus(args, tmp):
    folder = Path(tmp) / "corpus"
    if args.corpus:
        shutil.copytree(args.corpus, folder)
        return folder
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    more = args.articles - len(seeds)
    if more > 0:
        gen = ROOT / "target/release/examples/gen_corpus"
        if not gen.exists():
            subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "gen_corpus"], cwd=ROOT, check=True)
        subprocess.run([str(gen), str(folder), str(more), str(args.seed)], check=True, capture_output=True)
    return folder


def articles_of(folder):
    return sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())


# ---------------------------------------------------------------------------------------
# Documents and the edits typed into them


WORDS = ["le", "la", "et", "de", "été", "déjà", "Astana", "Tokaïev", "Kazakhstan", "l’État", "d’après",
         "Noursoultan", "Moscou", "Poutine", "pétrole", "frontière", "a", "un", "réforme", "élection",
         "1\u00a0200", "43", "\u00a0:", "«\u00a0Oui\u00a0»", "qu’il", "Kassym-Jomart", "Tokayev", "brut",
         "x", "où", "ça", "Œuvre", "Ça"]
CLAIMS = [
    " Selon des sources proches du dossier, le projet est abandonné.",
    " Le Kazakhstan produit plus de 80\u00a0% du brut de la région.",
    " « Nous ne céderons rien », a-t-il lancé.",
    " Le ministre aurait fait savoir qu’il démissionnerait.",
    " C’est la plus longue frontière terrestre continue au monde.",
    " Astana compte 1,5 million d’habitants, selon l’institut national de statistique.",
    " Nul doute que l’élection sera disputée.",
    " Les exportations ont augmenté de 12\u00a0% en 2023.",
    " “Sources say the talks failed,” reportedly.",
]
EMOJI = "🇰🇿"


class Doc:
    """The client's model of one open document: its lines and the versions sent."""

    def __init__(self, index, path, text):
        self.index = index
        self.path = path
        self.uri = uri_of(path)
        self.lines = text.split("\n")
        self.initial_chars = max(200, len(text))
        self.version = 0
        self.cursor = (0, 0)

    def text(self):
        return "\n".join(self.lines)

    def chars(self):
        return sum(len(line) for line in self.lines) + len(self.lines) - 1

    def apply(self, l1, c1, l2, c2, text):
        """Replaces code points [(l1, c1), (l2, c2)) with `text`; returns the LSP change
        (positions in UTF-16 code units, computed before the change)."""
        start = {"line": l1, "character": utf16_len(self.lines[l1][:c1])}
        end = {"line": l2, "character": utf16_len(self.lines[l2][:c2])}
        new = (self.lines[l1][:c1] + text + self.lines[l2][c2:]).split("\n")
        self.lines[l1:l2 + 1] = new
        if "\n" in text:
            self.cursor = (l1 + text.count("\n"), len(text.rsplit("\n", 1)[1]))
        else:
            self.cursor = (l1, c1 + len(text))
        return {"range": {"start": start, "end": end}, "text": text}

    def random_change(self, rng):
        """One realistic change, applied to the model; (kind, LSP change)."""
        if rng.random() < 0.15:  # the cursor jumps
            line = rng.randrange(len(self.lines))
            self.cursor = (line, rng.randint(0, len(self.lines[line])))
        line, col = self.cursor
        line = min(line, len(self.lines) - 1)
        col = min(col, len(self.lines[line]))
        size = self.chars()
        # Keep the document near its first size: more typing when shorter, more deleting
        # when longer.
        grow = 0.75 if size < self.initial_chars else 0.5
        if size > 2 * self.initial_chars:
            grow = 0.2
        r = rng.random()
        if r < 0.02:
            return "emoji", self.apply(line, col, line, col, EMOJI)
        if r < 0.06:  # a claim's sentence goes away, if any is there
            for _ in range(8):
                at = rng.randrange(len(self.lines))
                for claim in CLAIMS:
                    c = self.lines[at].find(claim)
                    if c >= 0:
                        return "claim-", self.apply(at, c, at, c + len(claim), "")
        if r < 0.11:  # a whole line (and its newline) deleted, or two lines joined
            if len(self.lines) > 1 and line + 1 < len(self.lines):
                if rng.random() < 0.5:
                    return "join", self.apply(line, len(self.lines[line]), line + 1, 0, "")
                c2 = rng.randint(0, min(20, len(self.lines[line + 1])))
                return "delete-lines", self.apply(line, col, line + 1, c2, "")
        if r < 0.16:
            return "newline", self.apply(line, col, line, col, rng.choice(["\n", "\n\n", "\n"]))
        if r < 0.16 + 0.84 * grow:
            if rng.random() < 0.12:
                return "claim+", self.apply(line, col, line, col, rng.choice(CLAIMS))
            word = rng.choice(WORDS)
            text = rng.choice([" " + word, word + " ", word, word[:1]])
            if rng.random() < 0.15 and col < len(self.lines[line]):  # over a selection
                c2 = min(len(self.lines[line]), col + rng.randint(1, 8))
                return "replace", self.apply(line, col, line, c2, text)
            return "insert", self.apply(line, col, line, col, text)
        # Deletions: backspace before the cursor, delete after it, or a word.
        n = rng.choice([1, 1, 1, 2, 3, 5, 8, 13, 30])
        if col > 0 and rng.random() < 0.6:
            c1 = max(0, col - n)
            return "backspace", self.apply(line, c1, line, col, "")
        if col < len(self.lines[line]):
            return "delete", self.apply(line, col, line, min(len(self.lines[line]), col + n), "")
        if line + 1 < len(self.lines):
            return "join", self.apply(line, col, line + 1, 0, "")
        return "insert", self.apply(line, col, line, col, "x")

    def word_position(self, rng):
        """An LSP position in a word (a capitalised one when there is one)."""
        for _ in range(10):
            line = rng.randrange(len(self.lines))
            words = [i for i, ch in enumerate(self.lines[line]) if ch.isupper() and (i == 0 or not self.lines[line][i - 1].isalnum())]
            if words:
                c = rng.choice(words) + 1
                return {"line": line, "character": utf16_len(self.lines[line][:c])}
        line = rng.randrange(len(self.lines))
        return {"line": line, "character": utf16_len(self.lines[line][: rng.randint(0, len(self.lines[line]))])}


# ---------------------------------------------------------------------------------------
# What the server sends


class VersionChecker:
    """Checks the version of every publishDiagnostics about an open document.

    What the server guarantees (src/lsp/builder.rs): one task decides and sends every
    publication, in order; it publishes version v of a document only if v is, at the moment
    of the decision (under the workspace lock), the version of the latest didChange the
    server has applied for it. The server applies notifications in the order they arrive,
    and its output keeps the order in which that task sent them.

    The client numbers every didOpen/didChange it writes (a global sequence s). Reading a
    publication of (X, x) proves that, when it was decided, the server had applied the
    didChange that carried x, hence every notification written before it: everything up to
    s(X, x). Any publication read later was decided later, when the server had applied at
    least as much. Let F be the largest s(X, x) over the publications read so far. Then a
    publication of (D, v) read now must satisfy

        v >= the last version of D written at or before F               (not stale)

    and also v <= the last version of D written (it was sent), and v >= every version of D
    published before (monotonic). A version-less publication for D after F has passed
    D's didOpen is stale too. The rule never needs timing: only the order of the client's
    writes and of the server's output, so a race in this client cannot produce a false
    violation; a publication of v after v+1 was written but before any later publication
    proves v+1 applied is accepted, as it should be.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.seq = 0
        self.sent = {}  # uri → [sequence number of version 1, of version 2, …]
        self.opened = {}  # uri → sequence number of its didOpen
        self.fence = 0
        self.published = {}  # uri → last version published
        self.violations = []
        self.checked = 0
        self.stale_margin = []  # for each publication: its version minus the lower bound

    def sending(self, uri, version, opening=False):
        """Called just before the notification carrying `version` is written."""
        with self.lock:
            self.seq += 1
            seqs = self.sent.setdefault(uri, [])
            assert version == len(seqs) + 1, (uri, version, len(seqs))
            seqs.append(self.seq)
            if opening:
                self.opened[uri] = self.seq

    def last_sent_by(self, uri, fence):
        seqs = self.sent.get(uri, [])
        return bisect.bisect_right(seqs, fence)  # versions are 1, 2, …: the count is the last

    def publication(self, uri, version):
        with self.lock:
            if uri not in self.sent:
                return  # not an open document
            opened = self.opened[uri]
            if version is None:
                if self.fence >= opened:
                    self.violations.append(f"{uri}: version-less publication after its didOpen was processed")
                return
            self.checked += 1
            seqs = self.sent[uri]
            if version < 1 or version > len(seqs):
                self.violations.append(f"{uri}: version {version} published, but only 1..{len(seqs)} were sent")
                return
            last = self.published.get(uri, 0)
            if version < last:
                self.violations.append(f"{uri}: version {version} published after version {last}")
            lower = self.last_sent_by(uri, self.fence)
            if version < lower:
                self.violations.append(
                    f"{uri}: stale: version {version} published, but the server had already applied version {lower} "
                    f"(shown by an earlier publication)")
            self.stale_margin.append(version - lower)
            self.published[uri] = max(last, version)
            self.fence = max(self.fence, seqs[version - 1])


class Inbox:
    """Everything the server sends, handled on the reader thread."""

    def __init__(self, versions):
        self.versions = versions
        self.cond = threading.Condition()
        self.responses = {}  # id → (arrived, message)
        self.diagnostics = {}  # uri → last diagnostics published
        self.versions_published = {}  # uri → last version published (None for none)
        self.publications = 0
        self.logs = []
        self.problems = []
        self.progress_end = False
        self.last_message = now()
        self.messages = 0

    def __call__(self, arrived, msg):
        method = msg.get("method")
        with self.cond:
            self.messages += 1
            self.last_message = arrived
            if method == "textDocument/publishDiagnostics":
                p = msg["params"]
                self.publications += 1
                self.diagnostics[p["uri"]] = p["diagnostics"]
                self.versions_published[p["uri"]] = p.get("version")
                self.versions.publication(p["uri"], p.get("version"))
            elif method in ("window/logMessage", "window/showMessage"):
                text = msg["params"].get("message", "")
                self.logs.append(text)
                if msg["params"].get("type") == 1 or "out-of-order" in text:
                    self.problems.append(f"server said: {text}")
            elif method == "$/progress":
                if msg["params"].get("value", {}).get("kind") == "end":
                    self.progress_end = True
            elif method is None and "id" in msg:
                self.responses[msg["id"]] = (arrived, msg)
            self.cond.notify_all()
        return True

    def wait(self, predicate, timeout, server):
        deadline = now() + timeout
        with self.cond:
            while not predicate():
                if server.proc.poll() is not None:
                    raise ServerDied(f"the server exited (status {server.proc.returncode})")
                left = deadline - now()
                if left <= 0:
                    return False
                self.cond.wait(min(left, 0.5))
            return True

    def quiet(self, seconds, limit, server):
        """Waits until nothing has come for `seconds` (at most `limit` s)."""
        end = now() + limit
        while now() < end:
            with self.cond:
                idle = now() - self.last_message
            if idle >= seconds:
                return True
            if server.proc.poll() is not None:
                raise ServerDied(f"the server exited (status {server.proc.returncode})")
            time.sleep(min(0.1, seconds - idle + 0.01))
        return False


class Client:
    def __init__(self, binary, folder, stderr_path, debounce_ms, versions):
        self.versions = versions
        self.inbox = Inbox(versions)
        self.server = Server(binary, folder, stderr_path, env={"ATTEST_TEST_HOOKS": "1"}, on_message=self.inbox)
        self.folder = folder
        self.debounce_ms = debounce_ms
        self.pending = {}  # id → (sent, method)
        self.latencies = {}  # method → [seconds]
        self.errors = []

    def request(self, method, params, timeout):
        """Sends a request and waits for its result."""
        i, _ = self.server.send_request(method, params)
        if not self.inbox.wait(lambda: i in self.inbox.responses, timeout, self.server):
            raise RuntimeError(f"{method}: no answer within {timeout:g} s")
        with self.inbox.cond:
            _, msg = self.inbox.responses.pop(i)
        if "error" in msg:
            raise RuntimeError(f"{method} failed: {msg['error']}")
        return msg.get("result")

    def send_async(self, method, params):
        i, sent = self.server.send_request(method, params)
        self.pending[i] = (sent, method)

    def collect(self, timeout, keep=0):
        """Takes the answers in; waits until at most `keep` requests are unanswered."""
        def done():
            return sum(1 for i in self.pending if i not in self.inbox.responses) <= keep
        if not self.inbox.wait(done, timeout, self.server):
            oldest = min(self.pending.items(), key=lambda kv: kv[1][0])
            raise RuntimeError(f"deadlock? {oldest[1][1]} unanswered after {timeout:g} s")
        with self.inbox.cond:
            answered = [i for i in self.pending if i in self.inbox.responses]
            got = [(i, self.inbox.responses.pop(i)) for i in answered]
        for i, (arrived, msg) in got:
            sent, method = self.pending.pop(i)
            self.latencies.setdefault(method, []).append(arrived - sent)
            if "error" in msg:
                self.errors.append(f"{method}: {msg['error']}")

    def initialize(self, timeout):
        folder = self.folder
        self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": uri_of(folder),
            "workspaceFolders": [{"uri": uri_of(folder), "name": folder.name}],
            "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "window": {"workDoneProgress": True},
                "workspace": {"workspaceFolders": True, "configuration": True,
                              "didChangeWatchedFiles": {"dynamicRegistration": True}},
                "textDocument": {
                    "synchronization": {"didSave": True},
                    "publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
                    "hover": {"contentFormat": ["markdown", "plaintext"]},
                },
            },
            "initializationOptions": {"diagnostics": {"debounceMs": self.debounce_ms, "scope": "workspace"}},
        }, 30)
        self.server.notify("initialized", {})
        if not self.inbox.wait(lambda: self.inbox.progress_end, timeout, self.server):
            raise RuntimeError(f"indexing did not end within {timeout:g} s")

    def open(self, doc):
        doc.version = 1
        self.versions.sending(doc.uri, 1, opening=True)
        self.server.notify("textDocument/didOpen", {"textDocument": {
            "uri": doc.uri, "languageId": "plaintext", "version": 1, "text": doc.text()}})

    def change(self, doc, changes):
        doc.version += 1
        self.versions.sending(doc.uri, doc.version)
        self.server.notify("textDocument/didChange", {
            "textDocument": {"uri": doc.uri, "version": doc.version}, "contentChanges": changes})

    def server_text(self, doc, timeout):
        return self.request("attest/text", {"uri": doc.uri}, timeout)

    def shutdown(self):
        try:
            self.request("shutdown", None, 30)
            self.server.notify("exit", None)
            return self.server.exited.wait(10)
        except (ServerDied, RuntimeError, OSError):
            return False

    def rss(self):
        m = memory_of(self.server.pid)
        return m.get("VmRSS"), m.get("VmHWM")

    def threads(self):
        try:
            return len(os.listdir(f"/proc/{self.server.pid}/task"))
        except OSError:
            return 0


# ---------------------------------------------------------------------------------------
# Memory


def median(xs):
    s = sorted(xs)
    n = len(s)
    return float("nan") if n == 0 else (s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2)


def slope(points):
    """Least-squares slope of (x, y) points."""
    n = len(points)
    if n < 2:
        return float("nan")
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else float("nan")


def memory_verdict(samples, total, args):
    """samples: dicts with edits, rss, hwm. Returns (lines, ok)."""
    warm = int(total * args.warmup)
    after = [s for s in samples if s["edits"] >= warm and s["rss"] is not None]
    lines = []
    if len(after) < 4:
        return ["memory: too few samples after warm-up for a verdict"], True
    tenth = max(1, len(after) // 10)
    start = median([s["rss"] for s in after[:tenth]])
    end = median([s["rss"] for s in after[-tenth:]])
    growth = end - start
    bound = max(args.flat_mb, args.flat_pct / 100 * start)
    per10k = slope([(s["edits"], s["rss"]) for s in after]) * 10000
    ok = growth < bound
    lines.append(f"memory: warm-up = first {args.warmup:.0%} of the edits ({warm:,}); RSS just after warm-up {start:.1f} MB "
                 f"(median of {tenth} samples), at the end {end:.1f} MB (median of {tenth})")
    lines.append(f"memory: growth after warm-up {growth:+.1f} MB, fitted slope {per10k:+.2f} MB per 10,000 edits; "
                 f"criterion: growth < max({args.flat_mb:g} MB, {args.flat_pct:g} % of {start:.1f} MB) = {bound:.1f} MB → "
                 f"{'PASS' if ok else 'FAIL'}")
    return lines, ok


def curve_table(samples, total):
    rows = []
    for k in range(0, 11):
        target = total * k // 10
        s = min(samples, key=lambda s: abs(s["edits"] - target))
        rows.append((k * 10, s))
    return rows


# ---------------------------------------------------------------------------------------
# End state


def compare_with_fresh(args, tmp, folder, docs, soak_diagnostics, articles):
    """Writes the final texts to disk, starts a new server on the folder, and compares the
    diagnostics it publishes for every article with the last ones the soaked server
    published. Returns a list of differences."""
    for d in docs:
        d.path.write_text(d.text(), encoding="utf-8")
    versions = VersionChecker()
    fresh = Client(args.binary, folder, Path(tmp) / "stderr-fresh.txt", 0, versions)
    try:
        fresh.initialize(args.index_timeout)
        fresh.inbox.wait(lambda: fresh.inbox.publications > 0, 60, fresh.server)
        fresh.inbox.quiet(2.0, 120, fresh.server)
        got = dict(fresh.inbox.diagnostics)
        fresh.shutdown()
    finally:
        fresh.server.kill()
    diffs = []
    order_only = 0
    for p in articles:
        uri = uri_of(p)
        a, b = soak_diagnostics.get(uri, []), got.get(uri, [])
        if a == b:
            continue
        key = lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False)
        if sorted(map(key, a)) == sorted(map(key, b)):
            order_only += 1
            diffs.append(f"{p.name}: the same diagnostics in another order")
            continue
        only_soak = [d for d in a if d not in b]
        only_fresh = [d for d in b if d not in a]
        diffs.append(f"{p.name}: {len(a)} diagnostics last published vs {len(b)} from a fresh server; "
                     f"only in the soaked server's: {[(d['range']['start'], d.get('code')) for d in only_soak[:3]]}, "
                     f"only in the fresh one's: {[(d['range']['start'], d.get('code')) for d in only_fresh[:3]]}")
    return diffs, sum(len(v) for v in got.values())


# ---------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", help="attest binary (default target/release/attest, built if missing)")
    ap.add_argument("--articles", type=int, default=60, help="articles in the corpus: the 5 seeds + generated ones (60)")
    ap.add_argument("--corpus", help="copy this folder instead (then --articles is ignored)")
    ap.add_argument("--documents", type=int, default=50, help="documents opened and edited (50)")
    ap.add_argument("--edits", type=int, default=100_000, help="didChange notifications (100,000)")
    ap.add_argument("--debounce-ms", type=int, default=0, help="the server's diagnostics.debounceMs (0)")
    ap.add_argument("--seed", type=int, default=1, help="random seed of the edits and of gen_corpus (1)")
    ap.add_argument("--rate", type=float, default=0, help="at most this many edits per second (0: as fast as the server takes them)")
    ap.add_argument("--request-every", type=int, default=20, help="a hover/definition/references request every N edits on average (20)")
    ap.add_argument("--outstanding", type=int, default=None,
                    help="at most this many unanswered requests; more waits (4; 1000 above 200 articles, where a request "
                         "about an edited document waits for the whole rebuild, which waits for the typing to stop)")
    ap.add_argument("--pause-every", type=int, default=2000, help="the typing stops every N edits (2000; 0: never)")
    ap.add_argument("--pause-ms", type=float, default=600, help="for this long (600: longer than the server's 400 ms idle)")
    ap.add_argument("--sample-every", type=int, default=None, help="memory sample and one text check every N edits (1000; "
                                                                    "fewer edits: a hundredth of them)")
    ap.add_argument("--warmup", type=float, default=0.1, help="share of the edits counted as warm-up (0.1)")
    ap.add_argument("--flat-mb", type=float, default=10, help="memory: allowed growth after warm-up, MB (10)")
    ap.add_argument("--flat-pct", type=float, default=5, help="memory: or this percentage of the warm-up RSS, if larger (5)")
    ap.add_argument("--csv", help="write the memory samples here")
    ap.add_argument("--timeout", type=float, default=60, help="seconds a request may take (60)")
    ap.add_argument("--index-timeout", type=float, default=300, help="seconds indexing may take (300)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    gc.disable()  # no collector pauses in the client; it keeps little
    if args.sample_every is None:
        args.sample_every = max(1, min(1000, args.edits // 100))

    built = Path(args.bin).resolve() if args.bin else ROOT / "target/release/attest"
    if not args.bin and not built.exists():
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "attest"], cwd=ROOT, check=True)
    tmp = tempfile.mkdtemp(prefix="soak-")
    args.binary = Path(tmp) / "attest"  # a private copy: a rebuild during the run cannot swap it
    shutil.copy2(built, args.binary)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        return run(args, tmp, built)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            say(f"kept {tmp}")


def run(args, tmp, built):
    rng = random.Random(args.seed)
    folder = make_corpus(args, tmp).resolve()
    articles = articles_of(folder)
    if len(articles) < args.documents:
        sys.exit(f"the corpus has {len(articles)} articles, fewer than --documents {args.documents}")
    size = sum(p.stat().st_size for p in articles)
    git = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src"], cwd=ROOT).returncode != 0
    commit = (git("rev-parse", "--short", "HEAD") or "?") + (" with src/ modified" if dirty else "")
    say(f"== soak: {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, commit {commit}, "
        f"binary {built} (built {time.strftime('%H:%M UTC', time.gmtime(built.stat().st_mtime))}), {os.cpu_count()} cores, "
        f"load {open('/proc/loadavg').read().split()[0]}")
    say(f"== corpus: {len(articles)} articles, {size / 1e6:.2f} MB ({'edits patched in: > 200 articles' if len(articles) > 200 else 'whole rebuilds: ≤ 200 articles'}); "
        f"{args.documents} open; {args.edits:,} edits; debounce {args.debounce_ms} ms; seed {args.seed}")

    if args.outstanding is None:
        args.outstanding = 4 if len(articles) <= 200 else 1000
    versions = VersionChecker()
    client = Client(args.binary, folder, Path(tmp) / "stderr.txt", args.debounce_ms, versions)
    violations = []
    samples = []
    kinds = {}
    t0 = now()
    died = None
    try:
        client.initialize(args.index_timeout)
        client.inbox.wait(lambda: client.inbox.publications > 0, 60, client.server)
        client.inbox.quiet(1.0, 120, client.server)
        indexed = now() - t0
        docs = [Doc(i, p, p.read_text(encoding="utf-8")) for i, p in enumerate(articles[: args.documents])]
        for d in docs:
            client.open(d)
        client.inbox.quiet(1.0, 120, client.server)
        rss, hwm = client.rss()
        say(f"indexed and {len(docs)} documents opened in {indexed:.1f} s + {now() - t0 - indexed:.1f} s; VmRSS {rss:.1f} MB, VmHWM {hwm:.1f} MB")

        start = now()
        samples.append({"edits": 0, "seconds": 0.0, "rss": rss, "hwm": hwm, "publications": client.inbox.publications,
                        "requests": 0, "threads": client.threads()})
        current = rng.choice(docs)
        text_checks = 0
        requests = 0
        for e in range(1, args.edits + 1):
            if rng.random() < 0.1:
                current = rng.choice(docs)
            changes = []
            for _ in range(2 if rng.random() < 0.05 else 1):
                kind, change = current.random_change(rng)
                kinds[kind] = kinds.get(kind, 0) + 1
                changes.append(change)
            client.change(current, changes)
            if rng.random() < 1 / args.request_every:
                target = rng.choice(docs) if rng.random() < 0.3 else current
                pos = {"textDocument": {"uri": target.uri}, "position": target.word_position(rng)}
                method = rng.choice(["textDocument/hover", "textDocument/definition", "textDocument/references"])
                if method == "textDocument/references":
                    pos["context"] = {"includeDeclaration": True}
                client.send_async(method, pos)
                requests += 1
                client.collect(args.timeout, keep=args.outstanding)
            if args.rate:
                ahead = e / args.rate - (now() - start)
                if ahead > 0:
                    time.sleep(ahead)
            if args.pause_every and e % args.pause_every == 0:
                time.sleep(args.pause_ms / 1000)
            if e % args.sample_every == 0 or e == args.edits:
                if client.server.proc.poll() is not None:
                    raise ServerDied(f"the server exited (status {client.server.proc.returncode})")
                rss, hwm = client.rss()
                samples.append({"edits": e, "seconds": now() - start, "rss": rss, "hwm": hwm,
                                "publications": client.inbox.publications, "requests": requests,
                                "threads": client.threads()})
                d = rng.choice(docs)
                client.collect(args.timeout, keep=0)
                if client.server_text(d, args.timeout) != d.text():
                    violations.append(f"after {e} edits: the server's text of {d.path.name} (v{d.version}) differs from the client's")
                text_checks += 1
                if e % (args.edits // 10 or 1) == 0:
                    say(f"  {e:>7,} edits  {now() - start:6.1f} s  VmRSS {rss:6.1f} MB  VmHWM {hwm:6.1f} MB  "
                        f"publications {client.inbox.publications:,}  requests {requests:,}  violations {len(versions.violations) + len(violations)}")
        duration = now() - start
        client.collect(args.timeout, keep=0)
        # Quiescence: nothing from the server for 3 s (a large corpus's whole rebuild
        # starts 400 ms after the last edit).
        client.inbox.quiet(3.0, 300, client.server)
        rss, hwm = client.rss()
        samples.append({"edits": args.edits, "seconds": now() - start, "rss": rss, "hwm": hwm,
                        "publications": client.inbox.publications, "requests": requests, "quiet": True,
                        "threads": client.threads()})
        # Every text, and the versions last published.
        mismatched = [d.path.name for d in docs if client.server_text(d, args.timeout) != d.text()]
        if mismatched:
            violations.append(f"at the end the server's text differs from the client's for {mismatched}")
        with client.inbox.cond:
            last_versions = dict(client.inbox.versions_published)
            soak_diagnostics = dict(client.inbox.diagnostics)
        equal_version = [d for d in docs if last_versions.get(d.uri) == d.version]
        older = [d for d in docs if last_versions.get(d.uri) != d.version]
        clean_exit = client.shutdown()
        if not clean_exit:
            violations.append("shutdown + exit did not end the server within 10 s")
    except ServerDied as e:
        died = str(e)
        violations.append(f"SERVER DIED: {e}; stderr: {(Path(tmp) / 'stderr.txt').read_text(errors='replace')[-2000:]}")
    except RuntimeError as e:
        violations.append(f"{e}")
    finally:
        client.server.kill()

    if args.csv:
        with open(args.csv, "w") as f:
            f.write("edits,seconds,vmrss_mb,vmhwm_mb,publications,requests,threads\n")
            for s in samples:
                f.write(f"{s['edits']},{s['seconds']:.2f},{s['rss']:.1f},{s['hwm']:.1f},{s['publications']},{s['requests']},"
                        f"{s['threads']}\n")

    say("")
    say("== report")
    if died or len(samples) < 2 or "duration" not in locals():
        for v in violations + versions.violations:
            say(f"VIOLATION: {v}")
        say("FAIL")
        return 1
    say(f"edits: {args.edits:,} didChange in {duration:.1f} s = {args.edits / duration:,.0f} edits/s "
        f"({sum(kinds.values()):,} changes: {', '.join(f'{k} {v:,}' for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))})")
    lat = {m.split('/')[-1]: sorted(v) for m, v in client.latencies.items()}
    say(f"requests: {requests:,} ({', '.join(f'{m} {len(v):,}, p50 {v[len(v) // 2] * 1000:.1f} ms, max {v[-1] * 1000:.0f} ms' for m, v in sorted(lat.items()))}); "
        f"errors {len(client.errors)}; text checks {text_checks + len(docs)}")
    say(f"publications: {client.inbox.publications:,} in all; {versions.checked:,} versioned ones of open documents checked")
    margins = sorted(versions.stale_margin)
    if margins:
        say(f"versions: published version minus the lower bound: p50 {margins[len(margins) // 2]}, max {margins[-1]}, "
            f"{sum(1 for m in margins if m == 0):,} publications exactly at the bound")
    say(f"versions: {len(versions.violations)} violations of the version rule")
    say(f"end: {len(equal_version)} of {len(docs)} open documents' last publication carries their final version; "
        f"{len(older)} an older one ({', '.join(f'{d.path.name} v{last_versions.get(d.uri)} < v{d.version}' for d in older[:5])}"
        f"{'' if len(older) <= 5 else ', …'})")
    diffs, total_fresh = compare_with_fresh(args, tmp, folder, docs, soak_diagnostics, articles)
    say(f"end: the last diagnostics of all {len(articles)} articles against a fresh server on the final texts "
        f"({total_fresh:,} diagnostics): {'identical' if not diffs else f'{len(diffs)} differ'}")
    for d in diffs[:10]:
        violations.append(f"fresh server: {d}")
    if len(diffs) > 10:
        violations.append(f"fresh server: … and {len(diffs) - 10} more")
    say("memory (VmRSS / VmHWM, MB):")
    say("  " + "  ".join(f"{k:>3}%" + " " * 8 for k, _ in curve_table(samples, args.edits)))
    say("  " + "  ".join(f"{s['rss']:5.1f}/{s['hwm']:5.1f}" for _, s in curve_table(samples, args.edits)))
    say(f"  after quiescence: VmRSS {samples[-1]['rss']:.1f} MB, VmHWM {samples[-1]['hwm']:.1f} MB")
    # Threads: the loop, the writer, the builder and one rebuild, the watch of the disk (two),
    # the indexing, a rayon thread per core, at most 16 request workers (src/lsp/server.rs).
    # More, and each brings a malloc arena that keeps memory.
    most = max(s["threads"] for s in samples)
    bound = 7 + os.cpu_count() + 16
    say(f"threads: at most {most} (bound {bound}: 7 of the server's + {os.cpu_count()} rayon + 16 request workers)")
    if most > bound:
        violations.append(f"the server ran {most} threads, more than {bound}")
    mem_lines, mem_ok = memory_verdict(samples[:-1], args.edits, args)
    for line in mem_lines:
        say(line)
    violations += versions.violations + client.errors + client.inbox.problems
    for v in violations[:50]:
        say(f"VIOLATION: {v}")
    if len(violations) > 50:
        say(f"… {len(violations) - 50} more violations")
    ok = not violations and mem_ok
    say("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
