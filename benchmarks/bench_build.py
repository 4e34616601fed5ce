"""Time the DOCX renderer on a synthetic manual of N procedures (a script, not a test).

    python benchmarks/bench_build.py [N] [--documents K] [--keep DIR]

Generates N procedures (benchmarks/synthetic.py) into a temporary folder, loads them, renders
the whole manual and K single documents, and prints timings and peak memory (tracemalloc for
Python allocations, ru_maxrss for the process).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import generate  # noqa: E402

from isodocs.model.reader import load  # noqa: E402
from isodocs.load.source import open_source  # noqa: E402
from isodocs.render.docx.manual import RenderOptions, render_document, render_manual  # noqa: E402

STAMP = dt.datetime(2026, 1, 1)


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<32} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("procedures", type=int, nargs="?", default=500)
    parser.add_argument("--documents", type=int, default=50, help="single documents to render")
    parser.add_argument("--keep", type=Path, help="write manual.docx here")
    parser.add_argument("--no-trace", action="store_true", help="skip tracemalloc (it slows Python down)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = timed(f"generate {args.procedures} procedures", lambda: generate(Path(tmp) / "manual", args.procedures, 200))
        loaded = timed("load", lambda: load(open_source(root)))
        manual = loaded.manual
        print(f"{len(manual.documents)} documents loaded; peak RSS so far {rss_mib():.1f} MiB")
        options = RenderOptions(stamp=STAMP)
        if not args.no_trace:
            tracemalloc.start()
        data = timed("render_manual", lambda: render_manual(manual, options))
        if not args.no_trace:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"{'peak Python memory (render)':<32} {peak / 2**20:8.1f} MiB")
        print(f"{'manual.docx size':<32} {len(data) / 2**20:8.2f} MiB")
        docs = manual.documents[: args.documents]
        timed(f"render_document x {len(docs)}", lambda: [render_document(manual, d, options) for d in docs])
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / "manual.docx").write_bytes(data)
    print(f"{'peak RSS (process)':<32} {rss_mib():8.1f} MiB")


if __name__ == "__main__":
    main()
