"""How long `isodocs impact` takes on a province-sized manual, once the history pass is done.

    python benchmarks/bench_impact.py [--procedures 5000] [--legal 2000] [--repeat 5]

A repository with three commits: the synthetic manual (benchmarks/synthetic.py), an approval
record for every procedure, and a register change: every tenth decree amended, every
hundredth replaced, and 50 publication decisions modifying 25 TTHC codes each. Timed apart:
loading the manual, the history pass (one walk over approvals/ and legal/; first, then with
its cache warm), the impact itself (the register at the approval commit, every procedure
compared, the commits found), and placing the findings on their lines as `check` reports them.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import pygit2
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best  # noqa: E402
from synthetic import commit_folder, generate, province_arguments  # noqa: E402

from isodocs.legal.impact import History, diagnostics, impact  # noqa: E402
from isodocs.model.reader import load  # noqa: E402
from isodocs.load.source import GitSource  # noqa: E402

def build(root: Path, procedures: int, legal: int) -> pygit2.Repository:
    generate(root, procedures, legal)
    repo = pygit2.init_repository(str(root), initial_head="main")
    commit_folder(repo, root, "Sổ tay")
    for path in sorted((root / "documents").rglob("QT-*.yaml")):
        rel = path.relative_to(root).as_posix()
        code = path.stem
        record = {"code": code, "action": "approve", "revision": 2, "path": rel,
                  "content": str(pygit2.hash(path.read_bytes())), "issued": "2025-07-01", "effective": "2025-07-01",
                  "by": "minh.lv", "name": "Lê Văn Minh", "role": "approvers", "date": "2025-07-02"}
        out = root / "approvals" / code / "r2.yaml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    commit_folder(repo, root, "isodocs approve: every procedure")
    for n, path in enumerate(sorted((root / "legal").glob("nd-*.yaml"))):
        text = path.read_text(encoding="utf-8")
        text = text.replace("  status: in_force\n", "  status: in_force\n  amended_by: [90001/2025/NĐ-CP]\n", 1)
        if n % 10 == 0:
            text = text.replace("  status: in_force\n  amended_by", "  status: expired\n  expired_on: 2025-10-01\n"
                                "  replaced_by: 90002/2025/NĐ-CP\n  amended_by", 1)
        path.write_text(text, encoding="utf-8")
    extra = "".join(
        f"- number: {n}/2025/NĐ-CP\n  type: Nghị định\n  title: Nghị định {n}\n  issued: 2025-09-01\n"
        f"  effective: 2025-10-01\n  status: in_force\n" for n in (90001, 90002))
    extra += "".join(
        f"- number: {n}/QĐ-UBND\n  type: Quyết định\n  title: Công bố thủ tục {n}\n  issued: 2025-09-10\n"
        f"  status: in_force\n  external: false\n  tthc:\n    modified: ["
        + ", ".join(f'"1.{(n * 25 + k) % procedures + 1:06d}"' for k in range(25)) + "]\n" for n in range(1, 51))
    (root / "legal" / "moi.yaml").write_text(extra, encoding="utf-8")
    commit_folder(repo, root, "Cập nhật danh mục văn bản")
    return repo


def main() -> None:
    args = province_arguments(__doc__.splitlines()[0], repeat=5).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "manual"
        started = time.perf_counter()
        repo = build(root, args.procedures, args.legal)
        print(f"repository built in {time.perf_counter() - started:.1f} s")
        source = GitSource(repo, repo.head.peel(pygit2.Commit), "", "HEAD")
        took_load, loaded = best(lambda: load(source), 1)
        took_first, _ = best(lambda: History(source), 1)  # fills the walk's cache in .git/isodocs
        took_history, history = best(lambda: History(source), args.repeat)
        today = dt.date(2025, 12, 1)

        def once():
            fresh = History(source, history.walked)  # the walk done; memos empty
            return impact(loaded.manual, fresh, today)
        took_impact, found = best(once, args.repeat)
        print(f"load manual ({args.procedures} procedures, {args.legal}+ entries): {took_load * 1000:8.1f} ms")
        print(f"history pass (walk approvals/ and legal/), first:     {took_first * 1000:8.1f} ms")
        print(f"history pass, the walk's cache warm:                  {took_history * 1000:8.1f} ms")
        print(f"impact on the walked history:                         {took_impact * 1000:8.1f} ms")
        print(f"  {len(found.suspect)} suspect documents, {len(found.findings)} findings")
        # once: a file's position is found from its YAML events the first few times it is asked
        took_placing, _ = best(lambda: diagnostics(found, loaded.manual, loaded.locate), 1)
        print(f"the findings as check diagnostics, placed on their lines: {took_placing * 1000:8.1f} ms")

if __name__ == "__main__":
    main()
