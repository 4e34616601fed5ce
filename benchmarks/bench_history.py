"""How long `isodocs history` and `status` take on a province-sized repository, against
`git log --follow` once per file (a script, not a test).

    python benchmarks/bench_history.py [--documents 5000] [--commits 20000] [--sample 20]
                                       [--repeat 1] [--keep DIR]

Builds a bare repository with pygit2: the synthetic manual (benchmarks/synthetic.py) in 50
folders, then commits each touching one to three documents (a third of the edits raise the
revision and add a `changes` row), a document moved to another folder every 150 commits,
every 100 commits a side branch of five commits merged back, and an approval commit every
40 commits for the revisions edited since. Trees are rewritten only where a commit changed
them; the objects are written under /dev/shm when it exists, then packed with `git repack`
as on a forge. With --keep the repository is kept in DIR and reused by the next run.

Prints, for the library calls in this process: one walk, the table of every document, the
history of every document (load, walk, every revision of every document), one document's
history and `status`, each with the caches off (a first run) and warm (the caches in the
repository filled by an earlier run); then the commands themselves as new processes, as a user
runs them: cold, warm, and after one more commit, each with its peak memory and CPU time (worker
processes included); then `git log --follow` for a sample of files, extrapolated to all of
them, and how many sampled files agree with the walk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path, PurePosixPath

import pygit2
from pygit2.enums import FileMode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import best  # noqa: E402
from synthetic import CONFIG, LEGAL, PROCEDURE  # noqa: E402

from isodocs.cli import collect_less  # noqa: E402
from isodocs.model.lifecycle import statuses  # noqa: E402
from isodocs.history.revisions import begin_whole_walk, documents_at, histories, load_for, walk_for  # noqa: E402
from isodocs.load.cache import for_source  # noqa: E402
from isodocs.load.source import APPROVALS_DIR, open_source  # noqa: E402
from isodocs.model.reader import is_document_file, load  # noqa: E402

FOLDERS = 50
START = 1_700_000_000  # first commit time; one commit an hour after it
ZONE = 420  # +07:00


class Builder:
    """Writes the history commit by commit. Trees are rebuilt only where something changed:
    the touched folders (a hundred entries each), `documents` (fifty) and the root."""

    def __init__(self, repo: pygit2.Repository, documents: int, rng: random.Random):
        self.repo, self.rng, self.count = repo, rng, 0
        self.docs = {i: {"folder": i % FOLDERS, "revision": 2, "edits": 0, "rows": ""} for i in range(1, documents + 1)}
        self.approved: set[tuple[int, int]] = set()  # (document, revision) with a record
        self.pending: set[int] = set()  # edited since the last approval commit
        self.blobs: dict[int, pygit2.Oid] = {}
        self.constant = {"isodocs.yaml": (self._blob(CONFIG), FileMode.BLOB),
                         "legal": (self._legal_tree(2000), FileMode.TREE)}
        self.approvals: pygit2.Oid | None = None
        folders: dict[int, dict[str, pygit2.Oid]] = {f: {} for f in range(FOLDERS)}
        for i, doc in self.docs.items():
            self.blobs[i] = self._blob(self._text(i))
            folders[doc["folder"]][self._name(i)] = self.blobs[i]
        self.folders = {f: self._tree(entries) for f, entries in folders.items()}
        self.last: tuple[dict, pygit2.Oid | None] = ({}, None)  # folders and the documents tree made of them

    def _blob(self, text: str) -> pygit2.Oid:
        return self.repo.create_blob(text.encode("utf-8"))

    def _tree(self, entries: dict[str, pygit2.Oid], base: pygit2.Oid | None = None, mode=FileMode.BLOB) -> pygit2.Oid:
        builder = self.repo.TreeBuilder(self.repo[base]) if base else self.repo.TreeBuilder()
        for name, oid in entries.items():
            if oid is None:
                builder.remove(name)
            else:
                builder.insert(name, oid, mode)
        return builder.write()

    def _legal_tree(self, entries: int) -> pygit2.Oid:
        files = {}
        for start in range(0, entries, 10):
            text = "".join(LEGAL.format(n=n + 1) for n in range(start, min(entries, start + 10)))
            files[f"nd-{start:05d}.yaml"] = self._blob(text)
        return self._tree(files)

    @staticmethod
    def _name(i: int) -> str:
        return f"QT-{i:05d}.yaml"

    def path(self, i: int) -> str:
        return f"documents/linh-vuc-{self.docs[i]['folder']:02d}/{self._name(i)}"

    def _text(self, i: int) -> str:
        doc = self.docs[i]
        text = PROCEDURE.format(i=i, law_a=i % 2000 + 1, law_b=(i * 7) % 2000 + 1)
        text = text.replace("revision: 2\n", f"revision: {doc['revision']}\n", 1)
        text = text.replace("scope: Áp dụng", f"scope: (sửa lần {doc['edits']}) Áp dụng", 1)
        return text + doc["rows"]

    def edit(self, i: int, folders: dict[int, pygit2.Oid], day: str) -> None:
        doc = self.docs[i]
        doc["edits"] += 1
        if self.rng.random() < 1 / 3:
            doc["revision"] += 1
            doc["rows"] += f"  - {{revision: {doc['revision']}, date: {day}, summary: Sửa đổi lần {doc['edits']}}}\n"
        self.blobs[i] = self._blob(self._text(i))
        folder = doc["folder"]
        folders[folder] = self._tree({self._name(i): self.blobs[i]}, folders[folder])
        self.pending.add(i)

    def move(self, i: int) -> None:
        doc = self.docs[i]
        old = doc["folder"]
        doc["folder"] = (old + 1 + self.rng.randrange(FOLDERS - 1)) % FOLDERS
        self.folders[old] = self._tree({self._name(i): None}, self.folders[old])
        self.folders[doc["folder"]] = self._tree({self._name(i): self.blobs[i]}, self.folders[doc["folder"]])

    def approve(self, day: str) -> int:
        """Records for the edited documents whose current revision has none yet."""
        wanted = sorted(i for i in self.pending if (i, self.docs[i]["revision"]) not in self.approved)
        self.pending.clear()
        codes: dict[str, pygit2.Oid] = {}
        for i in wanted:
            revision = self.docs[i]["revision"]
            self.approved.add((i, revision))
            code = f"QT-{i:05d}"
            record = (f"code: {code}\naction: approve\nrevision: {revision}\npath: {self.path(i)}\n"
                      f"content: {self.blobs[i]}\nissued: '2025-07-01'\neffective: '2025-07-01'\nby: minh.lv\n"
                      f"name: Lê Văn Minh\ntitle: Giám đốc\nrole: approvers\ndate: '{day}'\n")
            base = self.repo[self.approvals][code].id if self.approvals and code in self.repo[self.approvals] else None
            codes[code] = self._tree({f"r{revision}.yaml": self._blob(record)}, base)
        if codes:
            self.approvals = self._tree(codes, self.approvals, FileMode.TREE)
        return len(wanted)

    def _documents(self, folders: dict[int, pygit2.Oid]) -> pygit2.Oid:
        """The `documents` tree, rewritten from the last one where folders differ."""
        changed = {f"linh-vuc-{f:02d}": oid for f, oid in folders.items() if self.last[0].get(f) != oid}
        self.last = (dict(folders), self._tree(changed, self.last[1], FileMode.TREE))
        return self.last[1]

    def commit(self, folders: dict[int, pygit2.Oid], message: str, parents: list, author: str = "Nguyễn Thị Lan"):
        entries = {**self.constant, "documents": (self._documents(folders), FileMode.TREE)}
        if self.approvals:
            entries["approvals"] = (self.approvals, FileMode.TREE)
        builder = self.repo.TreeBuilder()
        for name, (oid, mode) in entries.items():
            builder.insert(name, oid, mode)
        self.count += 1
        sig = pygit2.Signature(author, "iso@example.vn", START + 3600 * self.count, ZONE)
        return self.repo.create_commit(None, sig, sig, message, builder.write(), parents)

    def day(self) -> str:
        return dt.date.fromtimestamp(START + 3600 * (self.count + 1)).isoformat()


def build(path: Path, documents: int, commits: int, seed: int = 1) -> pygit2.Repository:
    repo = pygit2.init_repository(str(path), bare=True, initial_head="main")
    rng = random.Random(seed)
    b = Builder(repo, documents, rng)
    tip = b.commit(b.folders, "Ban hành sổ tay", [])
    main_half = range(FOLDERS // 2)  # on a side branch, main edits these folders and the branch the others
    while b.count < commits:
        n = b.count
        if n % 40 == 39 and b.approve(b.day()):
            tip = b.commit(b.folders, "isodocs approve", [tip], author="Lê Văn Minh")
        elif n % 150 == 149:
            i = rng.randrange(1, documents + 1)
            b.move(i)
            tip = b.commit(b.folders, f"Chuyển QT-{i:05d}", [tip])
        elif n % 100 == 99 and b.count + 11 <= commits:
            tip = _side_branch(b, rng, documents, tip, main_half)
        else:
            for i in rng.sample(range(1, documents + 1), rng.randint(1, 3)):
                b.edit(i, b.folders, b.day())
            tip = b.commit(b.folders, "Sửa quy trình", [tip])
    repo.references.create("refs/heads/main", tip, force=True)
    # a repository on a forge is packed (git gc): walk that, not a hundred thousand loose objects
    subprocess.run(["git", "--git-dir", str(path), "repack", "-a", "-d", "-q"], check=True)
    subprocess.run(["git", "--git-dir", str(path), "prune-packed"], check=True)
    return pygit2.Repository(str(path))


def _side_branch(b: Builder, rng: random.Random, documents: int, tip, main_half) -> pygit2.Oid:
    """Five commits on main and five on a branch, in disjoint folders, then a merge."""
    main, side = dict(b.folders), dict(b.folders)
    main_tip = side_tip = tip
    for _ in range(5):
        for folders, mine in ((main, True), (side, False)):
            i = rng.choice([d for d in rng.sample(range(1, documents + 1), 40)
                            if (b.docs[d]["folder"] in main_half) == mine])
            b.edit(i, folders, b.day())
            if mine:
                main_tip = b.commit(folders, "Sửa quy trình", [main_tip])
            else:
                side_tip = b.commit(folders, "Sửa quy trình (nhánh)", [side_tip])
    b.folders = {f: (main if f in main_half else side)[f] for f in b.folders}
    return b.commit(b.folders, "Hợp nhất nhánh", [main_tip, side_tip])


def everything(source) -> tuple[int, list[str]]:
    """The history of every document, every revision resolved (as `history --format json` needs):
    how many revisions, and the documents' paths."""
    files = documents_at(source)
    manual = load_for(source, files).manual
    known = for_source(source, "revisions", keep_all=True)
    found = histories(source.repo, manual, walk_for(source, manual), files, cache=known)
    revisions = sum(len(h.revisions) for h in found)
    if known is not None:
        known.save()
    return revisions, [h.path for h in found]


def table(source) -> int:
    """The table of every document, as `isodocs history` reads it: what each file states (no
    document parsed) and the approval records, read while the walk's workers walk; how many
    documents."""
    with begin_whole_walk(source) as walking:
        files = documents_at(source)
        manual = load_for(source, files, details=False).manual
        walked = walking.walked()
    return len(histories(source.repo, manual, walked, files))


def one(source, code: str):
    """One document's history, as `isodocs history CODE` reads it."""
    files = documents_at(source)
    manual = load_for(source, files, code).manual
    return histories(source.repo, manual, walk_for(source, manual, code), files, [code])[0].revisions


def status(source):
    """Every document's state, from its documents and approval records, read as a history's
    load reads them, with nothing of what the files state read beforehand."""
    wanted = {e.path for e in source.entries() if is_document_file(e.path) or e.path.startswith(f"{APPROVALS_DIR}/")}
    return statuses(load(source, wanted, cache=for_source(source)).manual, dt.date(2026, 1, 1))


def git_follow(repo_path: str, path: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", repo_path, "log", "--follow", "--format=%H", "--", path],
                         capture_output=True, check=True, text=True).stdout
    return out.split()


def command(args: list[str], caches: bool) -> tuple[float, str]:
    """(seconds, peak memory and CPU time) of `isodocs ARGS` in a new process, its output thrown
    away. Both are GNU time's (a forked child's own peak would count the pages of this process);
    the CPU time, user and system, includes the worker processes, which on a first run say how
    far from its floor on this machine's cores the command is."""
    env = {**os.environ, "ISODOCS_CACHE": "1" if caches else "0"}
    gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    with tempfile.NamedTemporaryFile("r") as measured:
        wrapper = [gnu_time, "-f", "%M %U %S", "-o", measured.name] if gnu_time else []
        start = time.perf_counter()
        subprocess.run([*wrapper, sys.executable, "-m", "isodocs", *args], env=env, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        took = time.perf_counter() - start
        lines = measured.read().strip().splitlines()
    fields = lines[-1].split() if lines else []
    try:
        kib, user, system = int(fields[0]), float(fields[1]), float(fields[2])
    except (IndexError, ValueError):
        return took, ""
    return took, f"{kib / 1024:.0f} MiB, {user + system:.1f} s CPU"


def one_more_commit(repo: pygit2.Repository, n: int) -> str:
    """A commit on top of the tip editing one document, a different one for each `n` (no ref
    moves: it is named by --rev)."""
    tip = repo[repo.head.target]
    path = "documents/linh-vuc-07/QT-00007.yaml"
    folder, name = path.rsplit("/", 1)
    old = repo[tip.tree[path].id].data
    blob = repo.create_blob(old.replace(b"scope: (", f"scope: (sửa thêm {n}) (".encode(), 1))
    trees = [tip.tree]
    parts = folder.split("/")
    for part in parts:
        trees.append(repo[trees[-1][part].id])
    new = blob
    for tree, part in zip(reversed(trees), reversed([*parts, name])):
        builder = repo.TreeBuilder(tree)
        builder.insert(part, new, FileMode.TREE if new != blob else FileMode.BLOB)
        new = builder.write()
    sig = pygit2.Signature("Nguyễn Thị Lan", "iso@example.vn", tip.author.time + 3600, ZONE)
    return str(repo.create_commit(None, sig, sig, "Sửa thêm QT-00007", new, [tip.id]))


def report(label: str, seconds: float, note: str = "") -> None:
    print(f"{label:<58} {seconds:7.2f} s  {note}".rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--commits", type=int, default=20000)
    parser.add_argument("--sample", type=int, default=20, help="files timed with git log --follow")
    parser.add_argument("--repeat", type=int, default=1, help="report the best of this many runs")
    parser.add_argument("--keep", type=Path, help="build the repository here once, and reuse it")
    args = parser.parse_args()
    collect_less()  # as the command line does
    # loose objects are written far faster to memory than to disk (about 4x on ext4 here)
    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shm if shm.is_dir() else None) as tmp:
        where = args.keep or Path(tmp) / "province.git"
        if where.exists():
            print(f"repository: {where} (reused)")
        else:
            # in a child process, so that the peak memory printed is the history's alone
            builder = multiprocessing.get_context("fork").Process(target=build, args=(where, args.documents, args.commits))
            start = time.perf_counter()
            builder.start()
            builder.join()
            print(f"repository: built in {time.perf_counter() - start:.0f} s")
        repo = pygit2.Repository(str(where))
        shutil.rmtree(Path(repo.path) / "isodocs", ignore_errors=True)  # no cache from an earlier run
        commits = sum(1 for _ in repo.walk(repo.head.target))
        source = open_source(None, "HEAD", repo.path)
        print(f"{commits} commits, {len(source.entries())} files at the tip, {os.cpu_count()} cores")

        print("library calls, caches off (a first run):")
        os.environ["ISODOCS_CACHE"] = "0"
        took, loaded = best(lambda: load_for(source, documents_at(source)), args.repeat)
        report("  load the manual (read, parse, validate every file)", took)
        took, walked = best(lambda: walk_for(source, loaded.manual), args.repeat)
        moves = sum(t.change == "renamed" for touches in walked.files.values() for t in touches)
        report("  one walk (documents and approvals, renames followed)", took,
               f"{len(walked.files)} files, {sum(map(len, walked.files.values()))} changes, {moves} renames")
        took, listed = best(lambda: table(source), args.repeat)
        report("  the table of every document (what files state + records + walk)", took, f"{listed} documents")
        took, (revisions, paths) = best(lambda: everything(source), args.repeat)
        report("  history of every document (load + walk + revisions)", took, f"{len(paths)} documents, {revisions} revisions")
        code = PurePosixPath(paths[len(paths) // 2]).stem
        took, _ = best(lambda: one(source, code), args.repeat)
        report(f"  history of one document ({code})", took)
        took, _ = best(lambda: status(source), args.repeat)
        report("  status (load + every document's state)", took)

        print("library calls, caches warm:")
        os.environ["ISODOCS_CACHE"] = "1"
        took, _ = best(lambda: everything(source), 1)
        report("  (filling the caches: history of every document)", took)
        took, _ = best(lambda: walk_for(source, loaded.manual), args.repeat)
        report("  one walk", took)
        took, _ = best(lambda: table(source), args.repeat)
        report("  the table of every document", took)
        took, _ = best(lambda: everything(source), args.repeat)
        report("  history of every document", took)
        took, _ = best(lambda: one(source, code), args.repeat)
        report(f"  history of one document ({code})", took)
        took, _ = best(lambda: status(source), args.repeat)
        report("  status", took)
        loaded = walked = None  # freed before the commands run

        print("the commands, each a new process (time, peak memory, CPU time):")
        base = ["--repo", repo.path]
        caches_dir = Path(repo.path) / "isodocs"
        for label, argv, mode in [
                ("  isodocs history, caches off", ["history", *base], "off"),
                ("  isodocs history, first run (filling the caches)", ["history", *base], "first"),
                ("  isodocs history, warm", ["history", *base], "warm"),
                ("  isodocs history --format json, warm", ["history", *base, "--format", "json"], "warm"),
                (f"  isodocs history {code}, warm", ["history", code, *base], "warm"),
                ("  isodocs status, warm", ["status", *base, "--today", "2026-01-01"], "warm"),
                ("  isodocs history --rev <one more commit>, warm but for it", ["history", *base, "--rev"], "new")]:
            runs = []
            for n in range(args.repeat):
                if mode == "first":
                    shutil.rmtree(caches_dir, ignore_errors=True)
                runs.append(command(argv + [one_more_commit(repo, n)] if mode == "new" else argv, mode != "off"))
            took, peak = min(runs)
            report(label, took, peak)

        took, _ = best(lambda: subprocess.run(["git", "--git-dir", repo.path, "log", "--raw", "--format=%H"],
                                               capture_output=True, check=True), args.repeat)
        report("for scale: git log --raw, all commits (C, no --follow)", took)
        sample = random.Random(2).sample(sorted(paths), min(args.sample, len(paths)))
        walked = walk_for(source, load_for(source, documents_at(source)).manual)
        start = time.perf_counter()
        agree = sum(git_follow(repo.path, p) == [t.commit.id for t in walked.touches(p)] for p in sample)
        per_file = (time.perf_counter() - start) / len(sample)
        report("git log --follow -- PATH, per file", per_file,
               f"x {len(paths)} documents = {per_file * len(paths) / 60:.0f} min; "
               f"{agree} of {len(sample)} sampled files agree with the walk")
        moved = [p for p, touches in walked.files.items() if any(t.change == "renamed" for t in touches)][:10]
        agree = sum(git_follow(repo.path, p) == [t.commit.id for t in walked.touches(p)] for p in moved)
        print(f"  moved documents: {agree} of {len(moved)} agree with the walk")
    print(f"peak memory (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
