"""`scripts/bench-lsp.py` loaded as a module (its file name has a dash), for the scripts that
drive the server with its session, corpus and timing helpers."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_lsp", ROOT / "scripts" / "bench-lsp.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_lsp"] = bench
_spec.loader.exec_module(bench)
