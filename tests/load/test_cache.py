"""The content-addressed document cache: same model and findings, fewer parses."""

from __future__ import annotations

import datetime as dt
import marshal
import multiprocessing
import os
import shutil
import time
from pathlib import Path
from unittest import mock

import pygit2
import pytest

from isodocs.check import check
from isodocs import model as m
from isodocs.load.cache import SHARDS, Cache, _secret, _shard, for_source, kept_size, secret
from isodocs.load.source import open_source
from isodocs.model import reader as manual_module
from isodocs.model.build import kept_head
from isodocs.model.reader import load

from support.cli import invoke
from support.git import git_commit
from support.manual import PROCEDURE_PATH, make_manual, replace_line, standard_bytes
from support.programs import two_workers

DEMO = Path(__file__).resolve().parents[2] / "examples" / "agency_demo"


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch):
    monkeypatch.setenv("ISODOCS_CACHE", "1")


def cached_load(root):
    source = open_source(root)
    return load(source, cache=for_source(source))


def cache_file(tmp_path):
    return next((tmp_path / "cache-home").rglob("documents-*.cache"), None) if (tmp_path / "cache-home").exists() else None


def parses(monkeypatch) -> list[str]:
    """Record every YAML parse the loader makes."""
    seen: list[str] = []
    real = manual_module.parse

    def spy(text, path, offset=0):
        seen.append(path)
        return real(text, path, offset)

    monkeypatch.setattr(manual_module, "parse", spy)
    return seen


def test_a_warm_load_gives_the_same_model_and_findings_without_parsing_documents(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    cold = cached_load(root)
    seen = parses(monkeypatch)
    warm = cached_load(root)
    assert warm.manual.documents == cold.manual.documents
    assert check(warm) == check(cold)
    assert not [p for p in seen if p.startswith("documents/")]


def test_a_manual_outside_git_is_cached_in_the_users_cache_folder(tmp_path, monkeypatch):
    """The user's cache folder is the platform's own (platformdirs: ~/.cache on Linux,
    ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), with the secret that seals it."""
    import platformdirs

    folder = tmp_path / "platform-cache"
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name, appauthor=None: str(folder / name))
    root = make_manual(tmp_path, standard=True)
    assert invoke(["check", "-C", str(root)]).exit_code == 0
    kept = {p.name.split("-")[0].split(".")[0] for p in (folder / "isodocs").iterdir()}
    assert kept == {"cache", "checks", "documents"}


def test_approval_records_and_the_register_are_cached_too(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    cold = cached_load(root)
    seen = parses(monkeypatch)
    warm = cached_load(root)
    assert warm.manual == cold.manual
    assert check(warm) == check(cold)
    assert seen == ["isodocs.yaml"]
    assert len(warm.manual.approvals) > 10 and len(warm.manual.legal) > 10


def test_one_edit_rewrites_one_shard_of_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    cached_load(root)
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache-home").rglob("documents-*.cache")}
    text = (root / PROCEDURE_PATH).read_text(encoding="utf-8")
    (root / PROCEDURE_PATH).write_text(text.replace("scope: Áp dụng", "scope: Chỉ áp dụng"), encoding="utf-8")
    time.sleep(0.01)
    cached_load(root)
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache-home").rglob("documents-*.cache")}
    # the old version leaves one shard and the new one joins one (maybe the same); the rest stay
    rewritten = sum(after.get(name) != when for name, when in before.items()) + len(set(after) - set(before))
    assert 1 <= rewritten <= 2 and any(after.get(name) == when for name, when in before.items())


def test_a_changed_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    cached_load(root)
    text = (root / PROCEDURE_PATH).read_text(encoding="utf-8")
    (root / PROCEDURE_PATH).write_text(replace_line(text, "prepared_by: lan.nt", "prepared_by: lan.tn"), encoding="utf-8")
    found = check(cached_load(root))
    assert [(d.code, d.path, d.line) for d in found] == [("D304", PROCEDURE_PATH, 7)]


def test_findings_on_cached_documents_keep_their_lines(tmp_path, monkeypatch):
    """A rule that fails because of another file (people in isodocs.yaml) still places its finding."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    cached_load(root)
    config = (root / "isodocs.yaml").read_text(encoding="utf-8")
    (root / "isodocs.yaml").write_text(config.replace("approvers: [minh.lv]", "approvers: [hung.tv]"), encoding="utf-8")
    seen = parses(monkeypatch)
    found = [(d.code, d.path, d.line) for d in check(cached_load(root)) if d.code == "D306"]
    assert ("D306", PROCEDURE_PATH, 9) in found
    assert PROCEDURE_PATH not in seen


def test_a_commit_s_cached_files_are_not_even_read_until_a_finding_needs_their_lines(tmp_path, monkeypatch):
    repo = pygit2.init_repository(str(tmp_path / "forge.git"), bare=True, initial_head="main")
    git_commit(repo, standard_bytes(), "Sổ tay")
    cold = load(open_source(None, "HEAD", repo.path), cache=for_source(open_source(None, "HEAD", repo.path)))
    config = standard_bytes()["isodocs.yaml"].replace(b"approvers: [minh.lv]", b"approvers: [hung.tv]")
    git_commit(repo, {**standard_bytes(), "isodocs.yaml": config}, "Đổi người phê duyệt")
    source = open_source(None, "HEAD", repo.path)
    read = []
    real = source.read
    monkeypatch.setattr(source, "read", lambda path: read.append(path) or real(path))
    warm = load(source, cache=for_source(source))
    assert warm.manual.documents == cold.manual.documents
    yaml_read = lambda: [p for p in read if not p.endswith(".md")]  # noqa: E731 (a Markdown body is read)
    assert yaml_read() == ["isodocs.yaml"]
    found = [(d.code, d.path, d.line) for d in check(warm) if d.code == "D306"]
    assert ("D306", PROCEDURE_PATH, 9) in found
    assert sorted(yaml_read()) == sorted(["isodocs.yaml", *(path for _, path, _ in found if not path.endswith(".md"))])


def test_documents_with_warnings_are_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    text = (root / PROCEDURE_PATH).read_text(encoding="utf-8")
    (root / PROCEDURE_PATH).write_text(text + "ghi_chu: thêm\n", encoding="utf-8")
    first = [d.code for d in check(cached_load(root))]
    second = [d.code for d in check(cached_load(root))]
    assert first == second == ["S208"]


def base(tmp_path) -> Path:
    """The documents cache's path as `for_source` names it (its shards are <name>.<n>.cache)."""
    shard = cache_file(tmp_path)
    return shard.with_name(shard.name.split(".")[0])


def stored(tmp_path) -> dict:
    """Every entry of the documents cache, from all its shards, seals unchecked."""
    found = {}
    for shard in (tmp_path / "cache-home").rglob("documents-*.cache"):
        found |= marshal.loads(shard.read_bytes().partition(b"\n")[2])
    return found


def resealed(tmp_path, entries: dict, secret: bytes) -> None:
    """Write `entries` as the documents cache, sealed with `secret`."""
    cache = Cache(base(tmp_path), keep_all=True, secret=secret)
    cache.entries = {}
    for key, data in entries.items():
        cache.put(key, data)
    cache.save()


def user_secret(tmp_path) -> bytes:
    return _secret(tmp_path / "cache-home" / "isodocs")


@pytest.mark.parametrize("damage", [
    lambda path, tmp_path: path.write_text("{not a cache", encoding="utf-8"),
    lambda path, tmp_path: path.write_bytes(path.read_bytes().replace(b'"key"', b'"other"', 1)),
    # edited by hand: the seal no longer matches
    lambda path, tmp_path: path.write_bytes(path.read_bytes().replace("Quy trình".encode(), "Giả mạo".encode())),
    # damaged, yet sealed with this user's secret: each entry fails to build and is read again
    lambda path, tmp_path: resealed(tmp_path, dict.fromkeys(stored(tmp_path), {"code": "X"}), user_secret(tmp_path)),
])
def test_a_damaged_cache_is_ignored(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    cold = cached_load(root)
    damage(cache_file(tmp_path), tmp_path)
    warm = cached_load(root)
    assert warm.manual.documents == cold.manual.documents
    assert check(warm) == check(cold) == []


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    monkeypatch.setenv("ISODOCS_CACHE", "0")
    root = make_manual(tmp_path, standard=True)
    assert for_source(open_source(root)) is None
    assert invoke(["check", "-C", str(root)]).exit_code == 0
    assert cache_file(tmp_path) is None


def test_the_command_line_uses_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    assert invoke(["check", "-C", str(root)]).exit_code == 0
    entries = stored(tmp_path)
    kinds = [key.split(":")[0] if key.startswith(("legal:", "approval:")) else "document" for key in entries]
    assert sorted(kinds) == ["document"] * 3 + ["legal"]  # the standard manual's three documents and register
    document = next(key for key in entries if not key.startswith(("legal:", "approval:")))
    assert kept_head(Cache(base(tmp_path), secret=user_secret(tmp_path)).get(document))["kind"] in m.KINDS
    assert Cache(base(tmp_path), secret=b"someone else").entries == {}


def test_a_cache_sealed_by_someone_else_is_never_believed(tmp_path, monkeypatch):
    """A repository handed over with its .git (a zip, say) may carry a cache made to show a
    document other than its file: sealed with another secret, it is ignored."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    cold = cached_load(root)
    entries = stored(tmp_path)
    forged = {key: [["Giả mạo" if n == 1 else value for n, value in enumerate(data[0])], *data[1:]]  # a procedure's
              if (kept_head(data) or {}).get("code") == "QT-HT-01" else data  # head (its title second), apart from
              for key, data in entries.items()}  # its content
    resealed(tmp_path, forged, b"an attacker's secret")
    assert cached_load(root).manual.document("QT-HT-01").title == cold.manual.document("QT-HT-01").title
    resealed(tmp_path, forged, user_secret(tmp_path))  # the same, sealed by this user: believed
    assert cached_load(root).manual.document("QT-HT-01").title == "Giả mạo"
    assert (tmp_path / "cache-home" / "isodocs" / "cache.key").stat().st_mode & 0o077 == 0


def test_a_folder_of_one_s_choosing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "ci-cache"))
    root = make_manual(tmp_path, standard=True)
    assert invoke(["check", "-C", str(root)]).exit_code == 0
    # the shards go there; the secret sealing them stays with the user
    assert {p.name.split("-")[0] for p in (tmp_path / "ci-cache").iterdir()} == {"checks", "documents"}
    assert (tmp_path / "cache-home" / "isodocs" / "cache.key").is_file()


def test_a_ci_job_s_secret_lets_its_next_job_trust_the_cache(tmp_path, monkeypatch):
    """Each CI job starts on a fresh machine: the secret comes from the job's own secrets."""
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "ci-cache"))
    monkeypatch.setenv("ISODOCS_CACHE_SECRET", "ab" * 32)
    root = make_manual(tmp_path, standard=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "first-machine"))
    cold = cached_load(root)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "second-machine"))
    seen = parses(monkeypatch)
    assert cached_load(root).manual == cold.manual and not [p for p in seen if p.startswith("documents/")]
    assert not (tmp_path / "first-machine").exists() and not (tmp_path / "second-machine").exists()
    monkeypatch.setenv("ISODOCS_CACHE_SECRET", "cd" * 32)  # another secret: the cache is not believed
    cached_load(root)
    assert [p for p in seen if p.startswith("documents/")]


@pytest.mark.parametrize("value", ["", "not hex", "abcd"])
def test_a_secret_that_is_no_secret_turns_caching_off(tmp_path, monkeypatch, value):
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "ci-cache"))
    monkeypatch.setenv("ISODOCS_CACHE_SECRET", value)
    root = make_manual(tmp_path, standard=True)
    assert invoke(["check", "-C", str(root)]).exit_code == 0
    assert not (tmp_path / "ci-cache").exists()


def test_the_user_s_key_is_not_taken_from_inside_the_folder_being_read(tmp_path, monkeypatch):
    """A CI job that puts XDG_CACHE_HOME in its checkout would find there a key the repository
    committed: no key is read there, so nothing is cached."""
    root = make_manual(tmp_path, standard=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / ".cache"))
    assert secret([root]) is None
    assert invoke(["check", "-C", str(root)]).exit_code == 0
    assert not (root / ".cache").exists()


def test_a_key_that_is_a_link_or_a_fifo_is_never_read(tmp_path):
    (tmp_path / "link").mkdir()
    (tmp_path / "elsewhere").write_text("ab" * 32)
    os.symlink(tmp_path / "elsewhere", tmp_path / "link" / "cache.key")
    assert _fresh_secret(tmp_path / "link") is None
    (tmp_path / "fifo").mkdir()
    os.mkfifo(tmp_path / "fifo" / "cache.key")
    assert _fresh_secret(tmp_path / "fifo") is None  # and no wait for a writer


@pytest.mark.parametrize("kind, caching, start", [
    ("commit", "0", "fork"), ("commit", "1", "fork"), ("folder", "0", "fork"), ("folder", "1", "fork"),
    ("commit", "1", "spawn"), ("folder", "1", "spawn"),  # as on macOS and Windows
])
def test_a_first_load_parsed_in_worker_processes_is_the_same(tmp_path, monkeypatch, caching, kind, start):
    """Files are parsed ahead in two workers (a commit's by blob id, a folder's as the bytes read
    once here); files with findings are parsed again where they are reported, so the diagnostics
    and their lines are the same too."""
    from isodocs.system import parallel

    monkeypatch.setattr(parallel, "START_METHOD", start)
    monkeypatch.setenv("ISODOCS_CACHE", caching)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    broken = standard_bytes()[PROCEDURE_PATH].replace(b"prepared_by: lan.nt", b"prepared_by: [lan.nt]")
    files = {**standard_bytes(), "documents/QT-HT-02.yaml": broken.replace(b"QT-HT-01", b"QT-HT-02")}
    if kind == "commit":
        repo = pygit2.init_repository(str(tmp_path / "forge.git"), bare=True, initial_head="main")
        git_commit(repo, files, "Sổ tay")
        opened = lambda: open_source(None, "HEAD", repo.path)  # noqa: E731
    else:
        root = make_manual(tmp_path, {path: data.decode() for path, data in files.items()})
        opened = lambda: open_source(root)  # noqa: E731
    alone = load(opened())
    seen = parses(monkeypatch)  # in this process: the workers' parses are their own
    source = opened()
    reads: list[str] = []
    real = source.read
    monkeypatch.setattr(source, "read", lambda path: reads.append(path) or real(path))
    with mock.patch.object(manual_module, "PARALLEL_FROM", 1), two_workers():
        ahead = load(source, cache=for_source(source))
    assert sorted(seen) == ["documents/QT-HT-02.yaml", "isodocs.yaml"]
    assert ahead.manual == alone.manual
    assert ahead.diagnostics == alone.diagnostics and any(d.path == "documents/QT-HT-02.yaml" for d in ahead.diagnostics)
    assert len(reads) == len(set(reads))  # each file read once


def _fresh_secret(folder):
    _secret.cache_clear()
    return _secret(folder)


def test_processes_making_the_secret_at_once_agree_on_one(tmp_path):
    with multiprocessing.get_context("fork").Pool(4) as pool:
        made = pool.map(_fresh_secret, [tmp_path] * 16)
    assert len(set(made)) == 1 and len(made[0]) == 32
    assert [p.name for p in tmp_path.iterdir()] == ["cache.key"]
    (tmp_path / "cache.key").write_text("short", encoding="ascii")
    renewed = _fresh_secret(tmp_path)  # a damaged key is made again
    assert len(renewed) == 32 and renewed != made[0] and _fresh_secret(tmp_path) == renewed


def test_a_salvaged_document_is_never_cached_and_checks_the_same_warm_or_cold(tmp_path, monkeypatch):
    """A document that fails its schema is salvaged for `check` on every run: what it kept is
    never stored as if it were valid, so a warm run says exactly what a run without a cache says."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    text = (root / PROCEDURE_PATH).read_text(encoding="utf-8")
    text = replace_line(text, "time_limit: {value: 1, unit: working_days}",
                        "  dossier_sets: một\n  time_limit: {value: 1, unit: working_hours}")
    (root / PROCEDURE_PATH).write_text(text, encoding="utf-8")
    monkeypatch.setenv("ISODOCS_CACHE", "0")
    uncached = check(load(open_source(root)))
    assert {d.code for d in uncached} == {"S202", "P501"}
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    cold = cached_load(root)
    assert len(stored(tmp_path)) == 3  # the other two documents and the register
    assert not any((kept_head(data) or {}).get("code") == "QT-HT-01" for data in stored(tmp_path).values())
    seen = parses(monkeypatch)
    warm = cached_load(root)
    assert seen == ["isodocs.yaml", PROCEDURE_PATH]  # read again, the others recalled
    assert check(cold) == check(warm) == uncached
    assert warm.partial == cold.partial and [s.item.code for s in warm.partial] == ["QT-HT-01"]


# --- the stat index of a working tree -----------------------------------------------------------

def reads(monkeypatch) -> list[str]:
    """Record every file a folder source reads."""
    from isodocs.load.source import FolderSource

    found: list[str] = []
    real = FolderSource.read
    monkeypatch.setattr(FolderSource, "read", lambda self, path: found.append(path) or real(self, path))
    return found


def settled(root: Path) -> None:
    """Every file of the manual older than the racy second (as if written a while ago)."""
    past = time.time() - 10
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (past, past))
    time.sleep(0.01)


def test_a_warm_check_reads_only_the_files_that_changed(tmp_path, monkeypatch):
    root = make_manual(tmp_path, standard=True)
    settled(root)
    first = check(cached_load(root), dt.date(2026, 1, 1))
    found = reads(monkeypatch)
    assert check(cached_load(root), dt.date(2026, 1, 1)) == first
    # the configuration is always read, and a Markdown document (its body is not cached)
    assert found == ["isodocs.yaml", "documents/CS-01.md"]
    path = root / PROCEDURE_PATH
    path.write_text(replace_line(path.read_text(encoding="utf-8"), "title: Quy trình đăng ký khai sinh",
                                 "title: Quy trình đăng ký khai sinh mới"), encoding="utf-8")
    found.clear()
    changed = cached_load(root).manual
    assert found == ["isodocs.yaml", "documents/CS-01.md", PROCEDURE_PATH]
    assert changed.document("QT-HT-01").title == "Quy trình đăng ký khai sinh mới"


def test_a_file_changed_within_the_racy_second_is_hashed_again(tmp_path, monkeypatch):
    from isodocs.load.cache import StatIndex

    root = make_manual(tmp_path, standard=True)
    settled(root)
    path = root / PROCEDURE_PATH
    past = time.time_ns() - 5 * 10**9
    os.utime(path, ns=(past, past))
    monkeypatch.setattr(StatIndex, "RACY_NS", 10 * 10**9)  # as if it had been hashed within the second
    cached_load(root)
    found = reads(monkeypatch)
    cached_load(root)
    assert PROCEDURE_PATH in found  # not trusted: modified within a second of being hashed


def test_a_file_with_the_same_size_and_times_but_another_inode_is_read(tmp_path, monkeypatch):
    root = make_manual(tmp_path, standard=True)
    settled(root)
    cached_load(root)
    path = root / PROCEDURE_PATH
    st = path.stat()
    data = path.read_bytes().replace(b"time: {value: 6,", b"time: {value: 7,")
    assert len(data) == st.st_size
    path.unlink()
    path.write_bytes(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # the same size and modification time
    found = reads(monkeypatch)
    manual = cached_load(root).manual
    assert PROCEDURE_PATH in found
    assert manual.document("QT-HT-01").procedure.steps[1].time.value == 7


def test_a_stat_index_sealed_by_another_is_ignored(tmp_path, monkeypatch):
    root = make_manual(tmp_path, standard=True)
    settled(root)
    cached_load(root)
    shards = list(for_source(open_source(root)).file.parent.glob("stat-*.cache"))
    assert shards
    for shard in shards:
        header, _, body = shard.read_bytes().partition(b"\n")
        shard.write_bytes(header + b"\n" + body + b" ")  # still readable, but not what was sealed
    found = reads(monkeypatch)
    cached_load(root)
    assert PROCEDURE_PATH in found


def test_shards_an_earlier_isodocs_wrote_as_json_are_removed_as_their_shards_are_written(tmp_path):
    secret = bytes(range(32))
    legacy = [tmp_path / f"documents-x.{shard:x}.json" for shard in range(16)]
    for path in legacy:
        path.write_text('{"key": "old", "seal": ""}\n{}', encoding="utf-8")
    (tmp_path / "other.0.json").write_text("{}", encoding="utf-8")  # not this cache's
    cache = Cache(tmp_path / "documents-x", secret=secret)
    for n in range(2000):  # an entry in every shard
        cache.put(f"key-{n}", [n, "dữ liệu", b"\x00bytes"])
    cache.save()
    assert not any(path.exists() for path in legacy)
    assert (tmp_path / "other.0.json").exists()
    again = Cache(tmp_path / "documents-x", secret=secret)
    assert again.get("key-7") == [7, "dữ liệu", b"\x00bytes"]
    assert {p.name for p in tmp_path.iterdir() if p.name.startswith("documents-x")} == \
        {f"documents-x.{shard:x}.cache" for shard in range(SHARDS)}


def test_shards_of_another_edition_are_dropped_unread(tmp_path):
    """A cache whose entries all depend on more than the release (the build cache, on isodocs'
    own code) names that edition in each shard: another edition's shards are not decoded."""
    file, key = tmp_path / "c" / "build-x", b"k" * 32
    file.parent.mkdir()
    written = Cache(file, secret=key, edition="one")
    written.put("a", [1])
    written.save()
    assert Cache(file, secret=key, edition="one").get("a") == [1]
    assert Cache(file, secret=key, edition="two").entries == {}
    assert Cache(file, secret=key).entries == {}


def _lazy_cache_of_every_shard(tmp_path) -> tuple[Path, bytes]:
    file, key = tmp_path / "pages-x", b"k" * 32
    cache = Cache(file, secret=key, lazy=True)
    for n in range(500):  # entries in every shard
        cache.put(f"key-{n}", [n, b"pages"])
    cache.save()
    assert len(list(tmp_path.glob("pages-x.*.cache"))) == SHARDS
    return file, key


def test_a_lazy_cache_reads_only_the_shards_it_is_asked_for(tmp_path, shards_read):
    file, key = _lazy_cache_of_every_shard(tmp_path)
    shards_read.clear()
    cache = Cache(file, secret=key, lazy=True)
    assert cache.get("key-7") == [7, b"pages"] and cache.get("key-8") == [8, b"pages"]
    assert cache.get("missing") is None
    assert 1 <= len(shards_read) <= 3 and len(set(shards_read)) == len(shards_read)
    cache.get("key-7")
    assert len(shards_read) <= 3  # a shard is read once
    assert len(cache.entries) == 500 and len(shards_read) == SHARDS  # all of it, when all is asked for


def test_a_lazy_cache_keeps_unread_shards_it_touched_and_drops_the_others(tmp_path, monkeypatch):
    """A build touches the pages of the outputs it keeps without reading them: the shards
    holding them stay as they were; a shard holding none of them is dropped; a shard it read is
    written with what it used alone."""
    file, key = _lazy_cache_of_every_shard(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.glob("pages-x.*.cache")}
    cache = Cache(file, secret=key, lazy=True)
    touched = [f"key-{n}" for n in range(0, 500, 7)]
    for name in touched:
        cache.touch(name)
    cache.put("new", [1, b"new"])  # its shard is read first: its other entries stay if touched
    cache.save()
    after = {p.name: p.read_bytes() for p in tmp_path.glob("pages-x.*.cache")}
    holding = {_shard(name) for name in [*touched, "new"]}
    assert set(after) == {f"pages-x.{shard:x}.cache" for shard in holding}
    written = _shard("new")
    assert all(after[name] == before[name] for name in after if name != f"pages-x.{written:x}.cache")
    everything = [f"key-{n}" for n in range(500)]
    assert set(Cache(file, secret=key, lazy=True).entries) == {
        "new", *(name for name in touched if _shard(name) == written),  # read: what was used alone
        *(name for name in everything if _shard(name) in holding - {written})}  # unread: as they were


def test_a_lazy_cache_saved_without_pruning_keeps_every_shard(tmp_path):
    file, key = _lazy_cache_of_every_shard(tmp_path)
    cache = Cache(file, secret=key, lazy=True)
    cache.put("new", [1, b"new"])
    cache.save(prune=False)
    assert len(Cache(file, secret=key, lazy=True).entries) == 501


def test_whether_an_earlier_run_kept_a_manual_is_known_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    assert kept_size(open_source(root)) == 0
    cached_load(root)
    kept = sum(p.stat().st_size for p in (tmp_path / "cache-home").rglob("documents-*.cache"))
    assert kept_size(open_source(root)) == kept > 0 and kept_size(open_source(root), "official") == 0
    monkeypatch.setenv("ISODOCS_CACHE", "0")
    assert kept_size(open_source(root)) == 0


def test_a_worker_reads_the_caches_and_writes_none(tmp_path, monkeypatch):
    """The process that started it writes them: two processes never write one file at once."""
    from isodocs.system import parallel

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    root = make_manual(tmp_path, standard=True)
    monkeypatch.setattr(parallel, "_in_worker", True)
    assert cached_load(root).manual is not None and cache_file(tmp_path) is None
    monkeypatch.setattr(parallel, "_in_worker", False)
    cached_load(root)
    assert cache_file(tmp_path) is not None


@pytest.mark.parametrize("shares", [True, False])
def test_strings_a_documents_cache_repeats_are_written_once_and_read_back_as_one(tmp_path, shares):
    """The documents cache (and it alone) writes each string once a shard, however many
    entries repeat it: read back, equal strings are one object, and the shard is smaller."""
    file, key = tmp_path / "documents-x", b"k" * 32
    cache = Cache(file, secret=key)
    cache.shares = shares
    names = ["prepared_by", "reviewed_by", "Trung tâm Phục vụ hành chính công"]
    for n in range(SHARDS * 4):  # made apart: equal strings, not one object
        cache.put(f"doc-{n}", {"".join(list(name)): "".join(list(names[2])) for name in names[:2]} | {"n": n})
    cache.save()
    size = sum(path.stat().st_size for path in tmp_path.glob("documents-x.*.cache"))
    read = Cache(file, secret=key).entries
    assert read == cache.entries
    shard = [entry for k, entry in read.items() if _shard(k) == _shard("doc-0")]
    assert len(shard) >= 2
    first, second = shard[0], shard[1]
    assert (first["prepared_by"] is second["prepared_by"]) is shares
    assert (next(iter(first)) is next(iter(second))) is shares  # the keys too
    assert (size < 120 * SHARDS * 4) is shares  # about 87 bytes an entry shared, 170 not


def test_only_the_documents_cache_shares_its_strings(tmp_path):
    source = open_source(make_manual(tmp_path))
    assert for_source(source, "documents").shares and not for_source(source, "findings").shares
