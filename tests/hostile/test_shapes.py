"""A property over repository shapes, for every command that writes: whatever links (absolute,
relative, dangling; committed or only in the working tree), special files, files where folders
belong (and folders where files belong), case and normalisation twins a repository holds, the
command ends with a documented exit code and no internal error, writes nothing outside the
repository (the sentinel is unchanged, no dangling link's target is made), replaces no link it
found, and a build that succeeds is byte-identical to a clean build of the same commit.

ISODOCS_PROPERTY_EXAMPLES=500 hunts longer; the default keeps the suite quick.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from isodocs.load.cache import user_folder

from support.hostile import TODAY, outputs, snapshot, tree_files, world

EXAMPLES = int(os.environ.get("ISODOCS_PROPERTY_EXAMPLES", "6"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Every place a command writes to or reads from, and places above them.
POSITIONS = [
    "build", "build/manual.docx", "build/QT-HT-01.docx", "build/impact.docx", "build/coverage.docx",
    "build/.isodocs-outputs", "build/.isodocs-journal", "out", "out/report", "approvals", "approvals/QT-HT-01",
    "approvals/QT-HT-02", "approvals/QT-HT-02/r2.yaml", "approvals/CS-01/withdrawn.yaml",
    "approvals/QT-HT-01/ack-123_2015_ND-CP-1.yaml", "documents", "documents/QT-HT-01.yaml", "documents/more",
    "legal/register.yaml", "reference.docx", "templates", ".isodocs-cache", ".isodocs-cache/documents",
    "documents/quy-trinh", "documents/quy-trinh/QT-HT-09-quy-trinh-thu.yaml",
    ".git/isodocs",
]
KINDS = ["link-absolute", "link-relative", "link-dangling", "fifo", "file", "folder", "case-twin", "nfd-twin"]

# The writers, each with the exit codes it may end with.
COMMANDS = {
    "build": (["build", "--today", TODAY], {0, 1, 2}),
    "build-o": (["build", "--today", TODAY, "-o", "out/report"], {0, 1, 2}),
    "build-draft": (["build", "--draft", "--today", TODAY], {0, 1, 2}),
    "approve": (["approve", "--all", "--by", "minh.lv", "--date", "2025-12-02"], {0, 1, 2}),
    "withdraw": (["withdraw", "CS-01", "--by", "minh.lv", "--date", "2025-12-02"], {0, 1, 2}),
    "legal-ack": (["legal", "ack", "QT-HT-01", "123/2015/NĐ-CP", "--by", "hung.tv", "--note", "Không ảnh hưởng",
                   "--date", "2025-12-02"], {0, 1, 2}),
    "rename-unit": (["rename-unit", "Công chức tiếp nhận", "Bộ phận một cửa", "--apply", "--date", "2025-12-02"],
                    {0, 1, 2}),
    "impact-docx": (["impact", "--today", TODAY, "--format", "docx"], {0, 1, 2}),
    "coverage-docx": (["coverage", "--format", "docx", "-o", "out/report/coverage.docx"], {0, 1, 2}),
    "diff-html": (["diff", "--format", "html", "-o", "out/report/review.html"], {0, 1, 2}),
    "diff-docx": (["diff", "--format", "docx", "-o", "build/redline.docx"], {0, 1, 2}),
    "check-cached": (["check", "--today", TODAY], {0, 1, 2}),  # the caches are written
    "new": (["new", "procedure", "--code", "QT-HT-09", "--title", "Quy trình thử", "--date", "2025-12-02"], {0, 1, 2}),
    "revise": (["revise", "QT-HT-01", "--reason", "other", "--summary", "Sửa", "--date", "2025-12-02"], {0, 1, 2}),
}

shapes = st.lists(st.tuples(st.sampled_from(POSITIONS), st.sampled_from(KINDS), st.booleans()), max_size=3)


def _target(w, kind: str, position: str) -> str:
    depth = "../" * position.count("/")
    return {"link-absolute": str(w.outside),
            "link-relative": f"{depth}../outside/deep",
            "link-dangling": f"{depth}../outside/made-by-isodocs"}[kind]


def _clear(path: Path) -> None:
    if path.is_symlink() or path.is_file() or (path.exists() and not path.is_dir()):
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def plant(w, shape) -> list[Path]:
    """Make the repository hostile; the links planted (which no command may replace)."""
    committed: dict[str, bytes | None] = {}
    links: dict[str, str] = {}
    on_disk = []
    files = tree_files(w.repo)
    for position, kind, commit in shape:
        commit = commit and not position.startswith(".git/") and kind not in ("fifo", "folder")
        if kind.startswith("link-"):
            if commit:
                for path in [p for p in files if p == position or p.startswith(position + "/")]:
                    committed[path] = None
                links[position] = _target(w, kind, position)
            else:
                on_disk.append((position, kind))
        elif kind in ("case-twin", "nfd-twin"):
            source = next((p for p in files if p == position or p.startswith(position + "/")), None)
            if source is None:
                continue
            head, _, name = source.rpartition("/")
            twin = name.swapcase() if kind == "case-twin" else unicodedata.normalize("NFD", "Đơn-" + name)
            committed[f"{head}/{twin}" if head else twin] = files[source]
            if kind == "nfd-twin":
                committed[f"{head}/{unicodedata.normalize('NFC', 'Đơn-' + name)}" if head else name] = files[source]
        elif kind == "file" and commit:
            for path in [p for p in files if p.startswith(position + "/")]:
                committed[path] = None
            committed[position] = b"not what isodocs expects here\n"
        else:
            on_disk.append((position, kind))
    text = files["documents/QT-HT-01.yaml"].decode("utf-8")
    committed.setdefault("documents/QT-HT-02.yaml", text.replace("QT-HT-01", "QT-HT-02")
                         .replace('"1.001193"', '"1.001194"').encode("utf-8"))  # awaiting approval
    try:
        w.commit(committed, "Hình dạng lạ", links={k: v for k, v in links.items()
                                                    if not any(k.startswith(o + "/") for o in links if o != k)})
    except (KeyError, TypeError, ValueError):  # two plants that cannot both be committed: keep the first
        w.commit({"documents/QT-HT-02.yaml": committed["documents/QT-HT-02.yaml"]}, "Hình dạng lạ")
    for position, kind in on_disk:
        path = w.root / position
        if path.parent.is_symlink() or not _inside_real(w.root, path.parent):
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        _clear(path)
        if kind.startswith("link-"):
            os.symlink(_target(w, kind, position), path)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "folder":
            path.mkdir()
        else:
            path.write_bytes(b"not what isodocs expects here\n")
    return [p for p in w.root.rglob("*") if p.is_symlink()]


def _inside_real(root: Path, folder: Path) -> bool:
    """Whether `folder` can be made inside the repository: no planted link, nor a file, on its way."""
    here = folder
    while here != root and here != here.parent:
        if here.is_symlink() or (here.exists() and not here.is_dir()):
            return False
        here = here.parent
    return True


@pytest.mark.parametrize("command", sorted(COMMANDS))
@SETTINGS
@given(shape=shapes, cache_dir=st.booleans())
def test_no_repository_shape_makes_a_writer_write_outside(tmp_path_factory, command, shape, cache_dir):
    args, codes = COMMANDS[command]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        w = world(tmp, tmp_path_factory)
        planted = {p: os.readlink(p) for p in plant(w, shape)}
        sentinel = snapshot(w.outside)
        env = {"ISODOCS_CACHE": "1", "XDG_CACHE_HOME": str(tmp / "home"),
               **({"ISODOCS_CACHE_DIR": ".isodocs-cache"} if cache_dir else {})}
        result = w.run(*args, env=env)
        output = result.output
        assert result.exit_code in codes, output
        assert "internal error" not in output, output
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert snapshot(w.outside) == sentinel, output
        assert not (w.outside / "made-by-isodocs").exists()
        assert {p.name for p in tmp.iterdir()} <= {"home", "outside", "ref", "repo"}
        for link, target in planted.items():  # never replaced, never written through
            assert link.is_symlink() and os.readlink(link) == target, link
        home = user_folder()
        assert not home.exists() or all(stat.S_ISREG(os.lstat(p).st_mode) for p in home.iterdir())
        if result.exit_code == 0 and args[0] == "build":
            out = w.root / (args[args.index("-o") + 1] if "-o" in args else "build")
            reference = w.run(*[a for a in args if a not in ("-o", "out/report")], "-o", str(tmp / "ref"),
                              env={"ISODOCS_CACHE": "0"})
            assert reference.exit_code == 0, reference.output
            built, clean = outputs(out), outputs(tmp / "ref")  # the folder may hold files of its own
            assert clean and {name: built.get(name) for name in clean} == clean
