"""Time official builds and `isodocs verify` on a synthetic manual in Git (a script, not a test).

    python benchmarks/bench_official.py [N] [--drafts FRACTION]

Generates N procedures (benchmarks/synthetic.py), commits them with an approval record for
every document, then commits a new draft of a FRACTION of them (their revision in force is
then an older blob). Times: loading the commit as it is (what a draft build reads), preparing
the official manual (the ledger, then the approved blobs), rendering manual.docx with its
markings and build record, and verifying it (one rebuild and a comparison).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

import pygit2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import generate  # noqa: E402

from isodocs.history.recipe import Recipe, version  # noqa: E402
from isodocs.render.build import render_one  # noqa: E402
from isodocs.history.official import prepare  # noqa: E402
from isodocs.model.reader import load  # noqa: E402
from isodocs.load.source import GitSource  # noqa: E402
from isodocs.render.verify import verify  # noqa: E402

TODAY = dt.date(2026, 1, 1)
SIGNATURE = pygit2.Signature("bench", "bench@example.vn", 1_767_000_000, 420)


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<40} {time.perf_counter() - start:8.2f} s")
    return result


def commit(repo: pygit2.Repository, files: dict[str, bytes], message: str) -> pygit2.Oid:
    index = pygit2.Index()
    for path, data in files.items():
        index.add(pygit2.IndexEntry(path, repo.create_blob(data), pygit2.enums.FileMode.BLOB))
    parents = [] if repo.head_is_unborn else [repo.head.target]
    return repo.create_commit("HEAD", SIGNATURE, SIGNATURE, message, index.write_tree(repo), parents)


def approval(path: str, data: bytes) -> bytes:
    code = Path(path).stem
    return (f"code: {code}\naction: approve\nrevision: 2\npath: {path}\ncontent: {pygit2.hash(data)}\n"
            "issued: '2025-01-01'\neffective: '2025-01-01'\nby: minh.lv\nname: Lê Văn Minh\ndate: '2025-01-01'\n").encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("procedures", type=int, nargs="?", default=500)
    parser.add_argument("--drafts", type=float, default=0.1, help="fraction of documents with a newer draft")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp) / "manual", args.procedures, 200)
        files = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
        documents = sorted(p for p in files if p.startswith("documents/"))
        repo = pygit2.init_repository(str(Path(tmp) / "repo.git"), bare=True)
        files.update({f"approvals/{Path(p).stem}/r2.yaml": approval(p, files[p]) for p in documents})
        commit(repo, files, "approved")
        step = max(1, round(1 / args.drafts)) if args.drafts else 0
        for path in documents[::step] if step else ():
            files[path] = files[path].replace(b"purpose: ", "purpose: (dự thảo) ".encode(), 1)
        head = repo[commit(repo, files, "drafts")]
        print(f"{len(documents)} documents, {len(documents[::step]) if step else 0} with a newer draft")

        source = GitSource(repo, head, "", "HEAD")
        timed("load the commit as it is (draft)", lambda: load(GitSource(repo, head, "", "HEAD")))
        recipe = Recipe("official", TODAY, TODAY, str(head.id), "", str(head.id), lang="vi",
                        stamp=dt.datetime(2026, 1, 1))
        prepared = timed("prepare the official manual", lambda: prepare(source, recipe))
        manual = prepared.loaded.manual
        data = timed("render manual.docx (markings, record)", lambda: render_one(manual, recipe, prepared.markings))
        verdict = timed("verify manual.docx", lambda: verify(data, repo, TODAY, version()))
        assert verdict.ok, verdict
        print(f"{'manual.docx size':<40} {len(data) / 2**20:8.2f} MiB")
    print(f"{'peak RSS (process)':<40} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.1f} MiB")


if __name__ == "__main__":
    main()
