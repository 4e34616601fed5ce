"""How long `isodocs diff A B` takes on a province-sized manual where ten documents changed.

    python benchmarks/bench_diff.py [--procedures 5000] [--legal 2000] [--changed 10] [--repeat 5]

Builds a Git repository with pygit2 (no git binary): commit A holds the synthetic manual,
commit B the same with CHANGED procedures edited (a revision, a step's time, a new step, the
purpose's wording, a legal basis). The working tree holds B with one more document edited.
Prints the best of REPEAT runs of the engine (`diff_sources`) and of the whole command in a
fresh process (`isodocs diff A B --format json`, imports included), for A→B and A→WORKTREE.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pygit2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best  # noqa: E402
from synthetic import commit_folder, generate  # noqa: E402

from isodocs.diff.revisions import open_revision, side  # noqa: E402
from isodocs.load import source as source_module  # noqa: E402
from isodocs.diff.sources import diff_sources  # noqa: E402


def edit(path: Path, i: int) -> None:
    """A realistic revision of one synthetic procedure."""
    text = path.read_text(encoding="utf-8")
    text = text.replace("revision: 2\n", "revision: 3\n", 1)
    text = text.replace("bảo đảm **đúng hạn**", "bảo đảm **đúng hạn**, công khai và minh bạch")
    text = text.replace("actor: Chuyên viên phòng chuyên môn, time: {value: 2, unit: working_days}",
                        "actor: Chuyên viên phòng chuyên môn, time: {value: 1.5, unit: working_days}")
    text = text.replace("  - {no: 5, action: Ký duyệt kết quả",
                        "  - {no: 5, action: Vào sổ theo dõi, actor: Văn thư, time: {value: 2, unit: working_hours}}\n"
                        "  - {no: 6, action: Ký duyệt kết quả")
    text = text.replace("  - {no: 6, action: \"Trả kết quả", "  - {no: 7, action: \"Trả kết quả")
    text = text.replace("legal_basis: [", "legal_basis: [1/2024/NĐ-CP, ", 1)
    text += "  - {revision: 3, date: 2025-10-01, summary: Rút ngắn thời gian thẩm định, reason: process_change}\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--legal", type=int, default=2000)
    parser.add_argument("--changed", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp) / "manual", args.procedures, args.legal)
        repo = pygit2.init_repository(str(root), initial_head="main")
        commit_folder(repo, root, "A", 1_750_000_000)
        step = max(1, args.procedures // args.changed)
        for n in range(args.changed):
            i = 1 + n * step
            edit(root / "documents" / f"linh-vuc-{i % 50:02d}" / f"QT-{i:05d}.yaml", i)
        commit_folder(repo, root, "B", 1_760_000_000)
        edit(root / "documents" / "linh-vuc-02" / "QT-00002.yaml", 2)  # one more, uncommitted

        def engine(b: str):
            source_module._BLOB_SIZES.clear()  # as cold as a new process
            a_src, b_src = open_revision(root, "HEAD~1"), open_revision(root, b)
            return diff_sources(a_src, b_src, (side("HEAD~1", a_src), side(b, b_src)))

        def command(b: str):
            run = subprocess.run([sys.executable, "-m", "isodocs", "diff", "-C", str(root), "HEAD~1", b,
                                  "--format", "json"], capture_output=True)
            assert run.returncode == 1, run.stderr.decode()

        imports, _ = best(lambda: subprocess.run([sys.executable, "-c", "import isodocs.cli, isodocs.diff.sources, "
                                                  "isodocs.render.json.diff"], check=True), args.repeat)
        print(f"manual: {args.procedures} procedures, {args.legal} legal entries; {args.changed} changed between A and B")
        print(f"Python start and isodocs imports alone: {imports:.2f} s")
        for b in ("HEAD", "WORKTREE"):
            took, found = best(lambda: engine(b), args.repeat)
            cli, _ = best(lambda: command(b), args.repeat)
            print(f"A -> {b:<8}  {len(found.documents):3d} changed, {found.unchanged} unchanged: "
                  f"engine {took:5.2f} s, isodocs diff (new process) {cli:5.2f} s")


if __name__ == "__main__":
    main()
