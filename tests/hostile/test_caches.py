"""Findings 1, 4 and 7 (caches): a cache that came with a repository is never believed, never
written through a link, and never read unless it is a bounded regular file."""

from __future__ import annotations

import hashlib
import hmac
import json
import marshal
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from support.docxxml import rezip
from support.hostile import TODAY, outputs, said_cleanly, snapshot, watched
from support.manual import PROCEDURE_PATH, replace_line

FORGED = "Quy trình GIẢ MẠO"
ATTACKER = bytes(range(32))


@pytest.fixture
def w(tmp_path, tmp_path_factory, monkeypatch):
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "ci-user-cache"))  # the job's own home, outside
    yield from watched(tmp_path, tmp_path_factory)


def forge(folder, secret: bytes) -> int:
    """Re-seal every shard in `folder` with `secret`, QT-HT-01's title changed: what a repository
    can commit once it knows the secret the shards are sealed with. The number of entries forged."""
    return resealed(folder.glob("*.cache"), lambda key, value: _forged(value), secret)


def resealed(shards, change, secret: bytes) -> int:
    """Each entry of these shards replaced by `change(key, value)` and the shards sealed again
    with `secret`. The number of entries changed."""
    count = 0
    for shard in shards:
        header, _, body = shard.read_bytes().partition(b"\n")
        entries = marshal.loads(body)
        changed = {key: change(key, value) for key, value in entries.items()}
        if changed == entries:
            continue
        count += sum(changed[key] != value for key, value in entries.items())
        body = marshal.dumps(changed)
        stored = json.loads(header)
        stored["seal"] = hmac.new(secret, body, hashlib.sha256).hexdigest()
        shard.write_bytes(json.dumps(stored).encode() + b"\n" + body)
    return count


def _forged(value):
    """`value` with the birth registration procedure's title replaced, wherever it is."""
    if isinstance(value, str):
        return value.replace("Quy trình đăng ký khai sinh", FORGED)
    if isinstance(value, list):
        return [_forged(v) for v in value]
    if isinstance(value, dict):
        return {k: _forged(v) for k, v in value.items()}
    return value


def commit_forged_cache(w) -> None:
    """The attack of finding 1: a repository commits `.isodocs-cache` (where the README told CI
    jobs to keep caches) with shards it sealed itself and the key it sealed them with."""
    env = {"ISODOCS_CACHE_DIR": ".isodocs-cache", "ISODOCS_CACHE_SECRET": ATTACKER.hex()}
    assert said_cleanly(w.run("build", "--today", TODAY, "-o", str(w.tmp / "attacker-build"), env=env), 0)
    assert forge(w.root / ".isodocs-cache", ATTACKER) > 0
    (w.root / ".isodocs-cache" / "cache.key").write_text(ATTACKER.hex())
    files = {f".isodocs-cache/{p.name}": p.read_bytes() for p in (w.root / ".isodocs-cache").iterdir()}
    w.commit(files, "Bộ nhớ đệm")


def texts(folder) -> str:
    found = ""
    for path in folder.glob("*.docx"):
        with zipfile.ZipFile(path) as docx:
            found += docx.read("word/document.xml").decode("utf-8")
    return found


@pytest.mark.parametrize("job_secret", [None, "5a" * 32])
def test_a_committed_cache_cannot_forge_the_official_manual(w, job_secret):
    commit_forged_cache(w)
    env = {"ISODOCS_CACHE_DIR": ".isodocs-cache", **({"ISODOCS_CACHE_SECRET": job_secret} if job_secret else {})}
    reference = w.reference()
    for _ in range(2):  # the second run finds the job's own cache, sealed with its secret
        result = w.run("build", "--today", TODAY, "-o", str(w.tmp / "ci-build"), env=env)
        assert said_cleanly(result, 0)
        assert outputs(w.tmp / "ci-build") == reference != {}
        assert FORGED not in texts(w.tmp / "ci-build") and "Quy trình đăng ký khai sinh" in texts(w.tmp / "ci-build")
        checked = w.run("check", "--rev", "HEAD", "--today", TODAY, "--format", "json", env=env)
        assert FORGED not in said_cleanly(checked, 0)
        verified = w.run("verify", str(w.tmp / "ci-build" / "QT-HT-01.docx"), "--today", TODAY, env=env)
        assert said_cleanly(verified, 0).startswith("QT-HT-01.docx: exact:")
    assert FORGED not in texts(w.tmp / "attacker-build")  # the attacker's own build was clean: its forgery is in the cache
    # the job's key stays in its own folder; the one committed is never read
    assert (w.tmp / "ci-user-cache" / "isodocs" / "cache.key").is_file() == (job_secret is None)


def test_a_forged_manual_recorded_as_made_under_another_key_is_said_edited(w):
    """The worst a made-files record (render.cache.MadeFiles) could do: say an edited manual.docx
    is what a build makes. An attacker records the digest of its forged copy under the genuine
    build record, sealed with its own key (which then believes it); the job, with its own, does not."""
    cache = w.tmp / "ci-cache"  # a forge's CI cache, which a hostile branch's job may have filled
    attacker = {"ISODOCS_CACHE_DIR": str(cache), "ISODOCS_CACHE_SECRET": ATTACKER.hex()}
    out = w.tmp / "built"
    assert said_cleanly(w.run("build", "--today", TODAY, "-o", str(out), env=attacker), 0)
    manual = out / "manual.docx"
    genuine = manual.read_bytes()
    forged = rezip(genuine, "word/document.xml", lambda xml: _forged(xml.decode("utf-8")).encode("utf-8"))
    assert forged != genuine
    manual.write_bytes(forged)
    was, now = hashlib.sha256(genuine).hexdigest(), hashlib.sha256(forged).hexdigest()
    assert resealed(cache.glob("made-*.cache"), lambda key, value: now if value == was else value, ATTACKER) == 1
    fooled = w.run("verify", str(manual), "--today", TODAY, env=attacker)  # the forgery is well made
    assert said_cleanly(fooled, 0).startswith("manual.docx: exact:")
    for job in ({"ISODOCS_CACHE_DIR": str(cache)}, {"ISODOCS_CACHE_DIR": str(cache), "ISODOCS_CACHE_SECRET": "5a" * 32}):
        assert "EDITED after it was built" in said_cleanly(w.run("verify", str(manual), "--today", TODAY, env=job), 1)


def test_findings_forged_under_another_key_are_not_believed(w):
    """A check's kept findings (commands/kept_check.py) that say a broken manual is clean, sealed
    with an attacker's key: believed with that key, never with the job's."""
    w.commit({"documents/QT-HONG.yaml": "code: [QT-HONG\n"}, "Một tài liệu hỏng")
    cache = w.tmp / "ci-cache"
    attacker = {"ISODOCS_CACHE_DIR": str(cache), "ISODOCS_CACHE_SECRET": ATTACKER.hex()}
    assert "F103" in said_cleanly(w.run("check", "--today", TODAY, env=attacker), 1)
    # the same scope, no findings (each document's findings, kept apart, are none already)
    clean = lambda key, kept: kept if key.startswith("alone:") else [kept[0], [], kept[2]]  # noqa: E731
    assert resealed(cache.glob("checks-*.cache"), clean, ATTACKER) == 1
    assert said_cleanly(w.run("check", "--today", TODAY, env=attacker), 0).startswith("No problems")  # well made
    for job in ({"ISODOCS_CACHE_DIR": str(cache)}, {"ISODOCS_CACHE_DIR": str(cache), "ISODOCS_CACHE_SECRET": "5a" * 32}):
        assert "F103" in said_cleanly(w.run("check", "--today", TODAY, env=job), 1)


def test_a_document_s_findings_forged_under_another_key_are_not_believed(w):
    """Each document's kept findings (the rules on one document, `check.ALONE`) forged to say a
    document with an error is clean, the manual's own findings gone so that they are asked for:
    sealed with an attacker's key, believed with that key, never with the job's."""
    text = (w.root / PROCEDURE_PATH).read_text(encoding="utf-8")
    w.commit({PROCEDURE_PATH: replace_line(text, "approved_by: minh.lv", "approved_by: lan.nt")}, "Duyệt sai")
    cache = w.tmp / "ci-cache"
    attacker = {"ISODOCS_CACHE_DIR": str(cache), "ISODOCS_CACHE_SECRET": ATTACKER.hex()}
    assert "D307" in said_cleanly(w.run("check", "--today", TODAY, env=attacker), 1)
    shards = list(cache.glob("checks-*.cache"))
    assert resealed(shards, lambda key, kept: [] if key.startswith("alone:") else None, ATTACKER) > 1
    assert "D307" not in w.run("check", "--today", TODAY, env=attacker).output  # well made
    for job in ({"ISODOCS_CACHE_DIR": str(cache)}, {"ISODOCS_CACHE_DIR": str(cache), "ISODOCS_CACHE_SECRET": "5a" * 32}):
        assert "D307" in said_cleanly(w.run("check", "--today", TODAY, env=job), 1)


@pytest.mark.parametrize("kind", ["absolute", "relative", "dangling"])
@pytest.mark.parametrize("where", [".isodocs-cache", ".git/isodocs"])
def test_a_cache_folder_that_is_a_link_receives_nothing(w, kind, where):
    target = {"absolute": str(w.outside), "relative": "../outside" if where == ".isodocs-cache" else "../../outside",
              "dangling": str(w.outside / "nothing-here")}[kind]
    if where == ".isodocs-cache":
        w.commit({}, "Bộ nhớ đệm là liên kết", links={where: target})
    else:  # a repository handed over with its .git (a zip), its cache folder a link
        shutil.rmtree(w.root / where, ignore_errors=True)
        os.symlink(target, w.root / where)
    sentinel = snapshot(w.outside)
    env = {"ISODOCS_CACHE_DIR": where} if where == ".isodocs-cache" else {}
    for command in (["check", "--today", TODAY], ["check", "--rev", "HEAD", "--today", TODAY],
                    ["build", "--today", TODAY, "-o", str(w.tmp / "out")], ["history"], ["status"]):
        said_cleanly(w.run(*command, env=env), 0)
    assert snapshot(w.outside) == sentinel and not (w.outside / "nothing-here").exists()
    assert outputs(w.tmp / "out") == w.reference() != {}
    assert not (w.tmp / "ci-user-cache" / "isodocs").exists() or \
        [p.name for p in (w.tmp / "ci-user-cache" / "isodocs").iterdir()] == ["cache.key"]


HANG = """
import sys
from isodocs.cli import main
sys.argv = ["isodocs", *sys.argv[1:]]
main()
"""


def test_shards_that_are_fifos_or_links_to_devices_are_never_read(w):
    """Every shard of every cache a run would read is a FIFO (a read would wait for ever) or a
    link to /dev/zero (a read would never end): the run ignores them, in bounded time."""
    env = {**os.environ, "ISODOCS_CACHE": "1", "XDG_CACHE_HOME": str(w.tmp / "ci-user-cache"),
           "ISODOCS_CACHE_DIR": str(w.tmp / "ci-cache")}
    first = subprocess.run([sys.executable, "-c", HANG, "check", "--rev", "HEAD", "--today", TODAY], cwd=w.root,
                           env=env, capture_output=True, timeout=120)
    assert first.returncode == 0, first.stderr
    shards = sorted((w.tmp / "ci-cache").iterdir())
    assert shards
    for n, shard in enumerate(shards):
        shard.unlink()
        if n % 2:
            os.mkfifo(shard)
        else:
            os.symlink("/dev/zero", shard)
    before = snapshot(w.tmp / "ci-cache")
    for command in (["check", "--rev", "HEAD", "--today", TODAY], ["build", "--today", TODAY, "-o", str(w.tmp / "o")]):
        result = subprocess.run([sys.executable, "-c", HANG, *command, "--lang", "en"], cwd=w.root, env=env,
                                capture_output=True, timeout=120, text=True)
        assert result.returncode == 0, result.stderr
        assert "internal error" not in result.stderr
    after = snapshot(w.tmp / "ci-cache")
    assert {name: after[name] for name in before} == before  # not replaced either: not the cache's own files
    assert outputs(w.tmp / "o") == w.clean_build()
