"""The build cache (isodocs.render.cache): an unchanged document is not rendered again, and a
build from the cache is byte for byte the build without it, whatever input changed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pygit2
import pytest

from isodocs.history.recipe import Recipe
from isodocs.load.cache import Cache, stat_of
from isodocs.render import build as pipeline
from isodocs.render.cache import BuildCache, Laid
from isodocs.render.docx import manual as manual_docx
from isodocs.render.docx import rendered as pieces
from isodocs.render.docx import reference, runs

from support.cli import invoke
from support.git import git_commit
from support.manual import POLICY, load_manual
from support.programs import two_workers

APPROVAL = """\
code: CS-01
action: approve
revision: 1
path: documents/CS-01.md
content: {blob}
issued: '2024-03-01'
effective: '2024-03-01'
by: minh.lv
name: Lê Văn Minh
title: Chủ tịch UBND xã
role: approvers
date: '2024-03-01'
decision: 7/QĐ-UBND
"""
EVERY = {"manual.docx", "CS-01.docx", "MT-2025.docx", "QT-HT-01.docx"}


@pytest.fixture
def cached(monkeypatch):
    monkeypatch.setenv("ISODOCS_CACHE", "1")


def build(manual: Path, out: Path, *args: str, cache: bool = True, monkeypatch=None) -> dict[str, bytes]:
    env = {"ISODOCS_CACHE": "1" if cache else "0"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = invoke(["build", "--draft", "-C", str(manual), "-o", str(out), *args])
    finally:
        for k, v in old.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    assert result.exit_code == 0, result.output
    return {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".docx"}


def stamps(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix == ".docx"}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def policy_path(manual: Path) -> Path:
    return next(p for p in (manual / "documents").rglob("*") if p.is_file() and "code: CS-01" in p.read_text("utf-8"))


def add_approval(manual: Path) -> None:
    blob = pygit2.hash(policy_path(manual).read_bytes())
    folder = manual / "approvals" / "CS-01"
    folder.mkdir(parents=True)
    (folder / "r1.yaml").write_text(APPROVAL.format(blob=blob).replace("documents/CS-01.md",
                                    policy_path(manual).relative_to(manual).as_posix()), encoding="utf-8")


def add_labels(manual: Path) -> None:
    (manual / "templates").mkdir()
    (manual / "templates" / "labels.vi.j2").write_text('{% set approved = "Người ký duyệt" %}\n', encoding="utf-8")


def add_reference(manual: Path) -> None:
    from isodocs.render.docx.package import read_zip, write_zip
    from isodocs.render.docx.reference import builtin_reference

    entries = dict(read_zip(builtin_reference()))
    entries["word/styles.xml"] = entries["word/styles.xml"].replace(b"Times New Roman", b"Arial", 1)
    assert entries["word/styles.xml"] != dict(read_zip(builtin_reference()))["word/styles.xml"]
    (manual / "reference.docx").write_bytes(write_zip(entries.items(), dt.datetime(2024, 1, 1)))


CHANGES = {
    # what changes -> the outputs it changes
    "document text": (lambda m: edit(m / "documents" / "QT-HT-01.yaml", "Tiếp nhận hồ sơ", "Tiếp nhận và kiểm tra hồ sơ"),
                      {"manual.docx", "QT-HT-01.docx"}),
    "a cited document's title": (lambda m: edit(policy_path(m), "title: Chính sách chất lượng", "title: Chính sách"),
                                 {"manual.docx", "CS-01.docx", "QT-HT-01.docx"}),
    "a cited register entry": (lambda m: edit(m / "legal" / "register.yaml", "title: Luật Hộ tịch", "title: Luật Hộ tịch 2014"),
                               {"manual.docx", "QT-HT-01.docx"}),
    "an approval": (add_approval, {"manual.docx", "CS-01.docx"}),
    "a new list in a document": (lambda m: policy_path(m).write_text(
        policy_path(m).read_text(encoding="utf-8") + "\n\n1. Một\n2. Hai\n", encoding="utf-8"),
        {"manual.docx", "CS-01.docx"}),
    "a new link in a document": (lambda m: policy_path(m).write_text(
        policy_path(m).read_text(encoding="utf-8") + "\n\nXem [Cổng Dịch vụ công](https://dichvucong.gov.vn).\n",
        encoding="utf-8"), {"manual.docx", "CS-01.docx"}),
    "a label override": (add_labels, EVERY),
    "reference.docx": (add_reference, EVERY),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_rebuilds_exactly_what_it_affects_as_a_clean_build_would(manual, tmp_path, change):
    out = tmp_path / "out"
    before = build(manual, out)
    build(manual, out)  # warm: every output kept
    mtimes = stamps(out)
    apply, affected = CHANGES[change]
    apply(manual)
    after = build(manual, out)
    clean = build(manual, tmp_path / "clean", cache=False)
    assert after == clean  # byte for byte the build without any cache
    assert {name for name in after if after[name] != before[name]} == affected
    now = stamps(out)
    assert {name for name in now if now[name] != mtimes[name]} == affected  # the rest not rewritten


def test_the_language_has_its_own_cache_and_the_same_bytes(manual, tmp_path):
    out = tmp_path / "out"
    build(manual, out)
    english = build(manual, out, "--lang", "en")
    assert english == build(manual, tmp_path / "clean", "--lang", "en", cache=False)
    assert build(manual, out) == build(manual, tmp_path / "clean-vi", cache=False)


def test_nothing_changed_renders_nothing_and_writes_nothing(manual, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(manual, out)
    mtimes = stamps(out)
    monkeypatch.setattr(pieces, "render", lambda *a, **k: pytest.fail("rendered again"))
    build(manual, out)
    assert stamps(out) == mtimes


@pytest.mark.parametrize(("change", "laid_out"), [("document text", False), ("a cited document's title", True),
                                                 ("an approval", True)])
def test_the_master_list_is_laid_out_again_only_when_a_row_changes(manual, tmp_path, monkeypatch, change, laid_out):
    out = tmp_path / "out"
    build(manual, out)
    CHANGES[change][0](manual)
    tables = []
    real = manual_docx.master_table
    monkeypatch.setattr(manual_docx, "master_table", lambda ctx, rows: tables.append(rows) or real(ctx, rows))
    after = build(manual, out)
    assert bool(tables) == laid_out
    # its rows are plain texts: telling whether one changed lays out nothing
    assert all(isinstance(value, (str, tuple, type(None))) for rows in tables for row in rows for value in row)
    assert after == build(manual, tmp_path / "clean", cache=False)


def test_the_parts_that_list_every_document_are_made_again_only_when_they_change(manual, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(manual, out)
    made = []
    real = manual_docx._Segments.kept
    monkeypatch.setattr(manual_docx._Segments, "kept", lambda self, key, piece: made.append(key) or real(self, key, piece))
    CHANGES["document text"][0](manual)  # its blob is in the build record; its lists and links are as they were
    after = build(manual, out)
    parts = [key for key in made if key.startswith("part:")]
    # not the numbering, relationships, content types or core properties of either file (the
    # custom properties, which name each document's blob, are made each time, never kept)
    assert parts == []
    assert after == build(manual, tmp_path / "clean", cache=False)


def test_an_output_changed_on_disk_is_made_again(manual, tmp_path):
    out = tmp_path / "out"
    first = build(manual, out)
    (out / "CS-01.docx").write_bytes(b"edited by hand")
    assert build(manual, out) == first


# --- the pipeline itself: markings (kind of build), isodocs' version, damaged entries -------------

RECIPE = Recipe("draft", dt.date(2026, 1, 1), stamp=dt.datetime(2026, 1, 1), lang="vi")


def outputs(manual, markings, store, kept=lambda name, key: False):
    return pipeline.render_outputs(manual, RECIPE, markings, cache=store, kept=kept)


def test_a_marking_changes_exactly_its_documents_files(manual):
    loaded = load_manual(manual).manual
    store = BuildCache(Cache(None))
    draft = {d.code: "draft" for d in loaded.documents}
    first = outputs(loaded, draft, store)
    obsolete = {**draft, "CS-01": "obsolete"}
    again = outputs(loaded, obsolete, store)
    clean = outputs(loaded, obsolete, BuildCache(None))
    assert again.files == clean.files
    assert {n for n in again.files if again.files[n] != first.files[n]} == {"manual.docx", "CS-01.docx"}
    assert {n for n in again.keys if again.keys[n] != first.keys[n]} == {"manual.docx", "CS-01.docx"}


@pytest.mark.parametrize("kind", ["draft", "obsolete", "controlled", None])
def test_a_document_s_own_marking_is_that_of_the_options_of_its_own_file(manual, kind):
    from isodocs.render.labels import labels_for

    loaded = load_manual(manual).manual
    markings = {"CS-01": kind} if kind else {}
    labels = labels_for(loaded, RECIPE.lang)
    for doc in loaded.documents:
        options = pipeline.options_for(loaded, RECIPE, markings, doc.code, labels=labels)
        assert pipeline.own_markings(labels, markings, [doc.code]) == {doc.code: options.marking_of(doc)}


@pytest.mark.parametrize("field, value", [("stamp", dt.datetime(2026, 1, 2)), ("today", dt.date(2026, 1, 2)),
                                          ("commit", "a" * 40), ("rev", "v2"), ("records", "b" * 40)])
def test_another_recipe_changes_the_key_of_every_output(manual, field, value):
    """Every file records its recipe in its properties: a document's own file is keyed by the
    recipe, not by options made for each of thousands of files."""
    import dataclasses

    loaded = load_manual(manual).manual
    first = pipeline.render_outputs(loaded, RECIPE, {}, cache=BuildCache(Cache(None)))
    other = dataclasses.replace(RECIPE, **{field: value})
    again = pipeline.render_outputs(loaded, other, {}, cache=BuildCache(Cache(None)))
    assert all(again.keys[name] != first.keys[name] for name in first.keys)
    assert all(again.files[name] != first.files[name] for name in first.files)


def test_another_isodocs_renders_everything_again(manual, monkeypatch):
    from isodocs.render import cache as build_cache

    loaded = load_manual(manual).manual
    store = BuildCache(Cache(None))
    first = outputs(loaded, {}, store)
    monkeypatch.setattr(build_cache, "code_digest", lambda: "another isodocs")
    rendered = []
    real = pieces.render
    monkeypatch.setattr(pieces, "render", lambda *a: rendered.append(a[1].code) or real(*a))
    again = outputs(loaded, {}, store)
    assert sorted(rendered) == sorted(d.code for d in loaded.documents)
    assert again.files == first.files


def test_the_pages_another_isodocs_rendered_are_dropped_unread(manual, tmp_path, monkeypatch, cached):
    """An upgrade of isodocs can use none of the pages cached before it (every key names the
    code), so it does not hold them in memory either: a province's are 60 MB."""
    import types

    from isodocs.load.source import open_source
    from isodocs.render import cache as build_cache

    build(manual, tmp_path / "out")
    draft = types.SimpleNamespace(kind="draft", lang="vi")
    this = build_cache.build_cache(open_source(manual), draft)
    assert this.cache.entries and this.pages.entries  # this isodocs: read
    monkeypatch.setattr(build_cache, "code_digest", lambda: "another isodocs")
    monkeypatch.setattr("isodocs.load.cache.marshal.loads", lambda body: pytest.fail("decoded"))
    other = build_cache.build_cache(open_source(manual), draft)
    assert other.cache.entries == {} and other.pages.entries == {}


def guideline(n: int) -> str:
    """The standard policy made the guideline HD-nn."""
    return (POLICY.replace("code: CS-01", f"code: HD-{n:02d}").replace("kind: policy", "kind: guideline")
            .replace("Chính sách chất lượng", f"Hướng dẫn số {n}")
            .replace("Ủy ban nhân dân xã cam kết giải quyết thủ tục đúng hạn.", f"Nội dung hướng dẫn số {n}."))


def with_guidelines(manual: Path, count: int) -> Path:
    for n in range(1, count + 1):
        (manual / "documents" / f"HD-{n:02d}.md").write_text(guideline(n), encoding="utf-8")
    return manual


def test_a_build_after_one_change_reads_the_pages_of_two_documents_alone(manual, tmp_path, monkeypatch, shards_read):
    """The pages are kept apart, a shard at a time: after one change, the build opens the
    changed document's pages and those of the one after it (its piece of the manual is
    compressed after it), not the 64 shards of a province's pages; it is still byte for byte
    the build without any cache."""
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "kept"))
    with_guidelines(manual, 40)
    out = tmp_path / "out"
    build(manual, out)
    pages = sorted((tmp_path / "kept").glob("pages-*.cache"))
    assert len(pages) > 16  # 43 documents' pages, in most shards
    shards_read.clear()
    edit(manual / "documents" / "HD-20.md", "Nội dung hướng dẫn số 20.", "Nội dung mới của hướng dẫn số 20.")
    after = build(manual, out)
    pages_read = [name for name in shards_read if name.startswith("pages-")]
    assert 1 <= len(pages_read) <= 4  # its new pages' shard, the next one's, its run's new pieces'
    assert after == build(manual, tmp_path / "clean", cache=False)
    assert len(sorted((tmp_path / "kept").glob("pages-*.cache"))) >= len(pages) - 1  # the others' pages kept


def spied(monkeypatch, cls, name: str) -> list:
    """The positions (`start`) of the runs `cls.name` is called for."""
    calls, real = [], getattr(cls, name)

    def spy(self, *args):
        calls.append(args[3] if name == "_replay" else args[1])
        return real(self, *args)

    monkeypatch.setattr(cls, name, spy)
    return calls


def test_a_build_after_one_change_places_one_run_anew_and_replays_the_others(manual, tmp_path, monkeypatch):
    """The manual's documents are placed a run at a time (render/docx/runs.py): after one
    change, the changed document's run is placed anew, document by document, and the other runs
    are replayed whole, neither their pages nor what placing them asks read."""
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "kept"))
    with_guidelines(manual, 40)  # 43 documents: runs of 6, HD-20 the 23rd, inside the fourth
    out = tmp_path / "out"
    build(manual, out)
    anew, replayed = spied(monkeypatch, runs.Runs, "_anew"), spied(monkeypatch, runs.Runs, "_replay")
    placing_read = []
    real = pipeline._kept_placing
    monkeypatch.setattr(pipeline, "_kept_placing", lambda *a: placing_read.append(a[3].code) or real(*a))
    edit(manual / "documents" / "HD-20.md", "Nội dung hướng dẫn số 20.", "Nội dung mới của hướng dẫn số 20.")
    after = build(manual, out)
    size = runs.run_size(43)
    assert anew == [18] and sorted(replayed) == [start for start in range(0, 43, size) if start != 18]
    assert placing_read == []  # the run's other documents' placing as the run kept it
    assert after == build(manual, tmp_path / "clean", cache=False)


def pieces_asked(monkeypatch) -> list[str]:
    """The runs whose pieces a build asks of the cache."""
    asked, real = [], BuildCache.page

    def spy(self, key):
        if key.startswith("pieces:"):
            asked.append(key)
        return real(self, key)

    monkeypatch.setattr(BuildCache, "page", spy)
    return asked


def replace_file(path: Path, data: bytes) -> None:
    aside = path.with_name(path.name + ".new")
    aside.write_bytes(data)
    os.replace(aside, path)


@pytest.mark.parametrize("then", ["as it was", "changed", "gone", "and the cache of pages lost"])
def test_runs_replayed_take_their_pieces_from_the_manual_the_last_build_wrote(manual, tmp_path, monkeypatch, then):
    """After one change the runs replayed take their pieces from the manual.docx the last build
    wrote, where it is as that build left it (its size, times and inode: render.cache.Laid),
    not from the cache; otherwise from the cache, and without either placed anew. Whichever,
    the same bytes as a build without any cache."""
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "kept"))
    with_guidelines(manual, 40)
    out = tmp_path / "out"
    first = build(manual, out)["manual.docx"]
    target = out / "manual.docx"
    if then == "changed":  # the same bytes written again: its times and inode are not those recorded
        replace_file(target, first)
    elif then == "gone":
        target.unlink()
    elif then == "and the cache of pages lost":
        replace_file(target, first)
        for path in (tmp_path / "kept").glob("pages-*.cache"):
            path.unlink()
    asked = pieces_asked(monkeypatch)
    edit(manual / "documents" / "HD-20.md", "Nội dung hướng dẫn số 20.", "Nội dung mới của hướng dẫn số 20.")
    after = build(manual, out)
    assert after == build(manual, tmp_path / "clean", cache=False)
    assert (asked == []) == (then == "as it was")


def commit_all(manual: Path, when: int) -> None:
    repo = pygit2.init_repository(str(manual)) if not (manual / ".git").exists() else pygit2.Repository(str(manual))
    git_commit(repo, {path.relative_to(manual).as_posix(): path.read_bytes() for path in manual.rglob("*")
                      if path.is_file() and ".git" not in path.relative_to(manual).parts}, "Sổ tay", when=when)
    repo.set_head("refs/heads/main")


def test_a_manual_copied_in_part_from_the_last_one_is_recorded_for_verify(manual, tmp_path, monkeypatch):
    """A build of a commit records the digest of the manual it wrote (render.cache.MadeFiles),
    one copied in part from the last manual as well: verify of it renders nothing."""
    from isodocs.render import verify as verifying

    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "kept"))
    with_guidelines(manual, 40)
    commit_all(manual, 1_750_000_000)
    out = tmp_path / "out"
    build(manual, out, "--rev", "HEAD")
    edit(manual / "documents" / "HD-20.md", "Nội dung hướng dẫn số 20.", "Nội dung mới của hướng dẫn số 20.")
    commit_all(manual, 1_750_000_100)
    asked = pieces_asked(monkeypatch)
    after = build(manual, out, "--rev", "HEAD")
    assert asked == []  # the runs kept copied from the last manual
    monkeypatch.setattr(verifying, "prepare", lambda *a, **k: pytest.fail("loaded and rendered again"))
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    result = invoke(["verify", str(out / "manual.docx"), "-C", str(manual)])
    assert "manual.docx: đúng nguyên bản" in result.stdout, result.output  # exact (its documents are drafts)
    assert after["manual.docx"] == (out / "manual.docx").read_bytes()


@pytest.mark.parametrize("how", ["as recorded", "a link to it", "another file", "cut short", "a damaged record"])
def test_the_last_manual_is_read_only_as_it_was_left(tmp_path, how):
    """render.cache.Laid reads a run's bytes from the file the last build wrote only while it
    is that file: never through a link (even to the very file recorded), nor from a file of
    other times or inode, nor past its end."""
    folder, data = tmp_path / "out", bytes(range(256)) * 4
    folder.mkdir()
    real = folder / "real.docx"
    real.write_bytes(data)
    # run "a": pieces at 100 (50 bytes), two headers at 600 and 700; run "b": pieces at 150, no header
    record = [*stat_of(os.stat(real)), [["a", 100, 50, [600, 20, 700, 5]], ["b", 150, 10, []]]]
    name = "real.docx"
    if how == "a link to it":
        (folder / "manual.docx").symlink_to(real)
        name = "manual.docx"
    elif how == "another file":
        replace_file(real, data)
    elif how == "cut short":
        record[-1].append(["c", 1000, 100, []])
    elif how == "a damaged record":
        record[-1][0][3][1] = "20"
    laid = Laid(folder, name, lambda: record)
    if how == "as recorded":
        a, b = laid.run("a"), laid.run("b")
        assert a.pieces.read() == data[100:150] and list(map(bytes, a.headers)) == [data[600:620], data[700:705]]
        assert b.pieces.read() == data[150:160] and b.headers == []
        assert laid.run("c") is None
    else:
        assert laid.run("a") is None and laid.run("b") is None


@pytest.mark.parametrize("first, then", [
    ("", "\n\n1. Một\n2. Hai\n"),  # a list: the later documents' lists numbered after it
    ("\n\nXem [Cổng](https://a.gov.vn).\n", "\n\nXem [Cổng](https://b.gov.vn).\n"),  # a link the later one shares, then not
])
def test_what_the_documents_before_a_run_left_decides_it(manual, tmp_path, monkeypatch, first, then):
    """A run's bytes depend on what came before it beyond the document just before: how many
    lists the package numbers, the ids its links already have. A run whose documents are
    unchanged but after such a change is placed anew, as a clean build would place it."""
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "kept"))
    with_guidelines(manual, 10)  # 13 documents, runs of 3: HD-09 in the fourth, after HD-08 (no list, no link)
    late = manual / "documents" / "HD-09.md"
    late.write_text(late.read_text(encoding="utf-8") + "\n\n1. Ba\n2. Bốn\n\nXem [Cổng](https://a.gov.vn).\n",
                    encoding="utf-8")
    policy = policy_path(manual)
    policy.write_text(policy.read_text(encoding="utf-8") + first, encoding="utf-8")
    out = tmp_path / "out"
    build(manual, out)
    policy.write_text(policy.read_text(encoding="utf-8").replace(first, "") + then, encoding="utf-8")
    assert build(manual, out) == build(manual, tmp_path / "clean", cache=False)


def test_a_run_kept_with_a_damaged_record_is_placed_anew(manual, monkeypatch):
    loaded = load_manual(with_guidelines(manual, 10)).manual
    cache, pages = Cache(None), Cache(None)
    first = outputs(loaded, {}, BuildCache(cache, pages))
    kept = sorted(key for key in cache.entries if key.startswith("run:"))
    assert len(kept) == len(range(0, 13, runs.run_size(13)))
    for key in kept:
        cache.entries[key][-1][0][4] = "not the bytes of a header"
    replayed = spied(monkeypatch, runs.Runs, "_replay")
    assert outputs(loaded, {}, BuildCache(cache, pages)).files == first.files
    assert replayed == []
    assert outputs(loaded, {}, BuildCache(cache, pages)).files == first.files  # placed anew, kept again whole
    assert len(replayed) == len(kept)


def test_a_build_with_nothing_to_render_reads_its_record_and_template_alone(manual, tmp_path, monkeypatch, shards_read):
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "kept"))
    with_guidelines(manual, 40)
    out = tmp_path / "out"
    monkeypatch.setattr(reference, "_made", {(None, "vi-VN"): reference._template(None, "vi-VN")})
    first = build(manual, out)  # the template this process made already: kept in this manual's cache all the same
    shards_read.clear()
    with monkeypatch.context() as fresh:  # as in a process of its own: the template read from the cache
        fresh.setattr(reference, "_made", {})
        fresh.setattr(reference, "_template", lambda *args: pytest.fail("the template made again"))
        assert build(manual, out) == first
    # the record of the files written and the template, in one shard or two
    assert 1 <= len([name for name in shards_read if name.startswith("build-")]) <= 2
    assert not [name for name in shards_read if name.startswith("pages-")]
    edit(manual / "documents" / "HD-20.md", "Nội dung hướng dẫn số 20.", "Nội dung mới của hướng dẫn số 20.")
    assert build(manual, out) == build(manual, tmp_path / "clean", cache=False)  # what it kept unread is whole


def test_pages_lost_from_the_cache_are_rendered_again(manual, tmp_path, monkeypatch):
    monkeypatch.setenv("ISODOCS_CACHE_DIR", str(tmp_path / "kept"))
    with_guidelines(manual, 10)
    out = tmp_path / "out"
    build(manual, out)
    for path in (tmp_path / "kept").glob("pages-*.cache"):
        path.unlink()
    edit(manual / "documents" / "HD-05.md", "Nội dung hướng dẫn số 5.", "Nội dung mới.")
    assert build(manual, out) == build(manual, tmp_path / "clean", cache=False)


def test_a_damaged_entry_is_rendered_again(manual):
    loaded = load_manual(manual).manual
    cache = Cache(None)
    first = outputs(loaded, {}, BuildCache(cache))
    for key in list(cache.entries):
        cache.entries[key] = ["not base64!", [1]] if isinstance(cache.entries[key], list) else "%%%"
    assert outputs(loaded, {}, BuildCache(cache)).files == first.files


def test_outputs_kept_are_not_made(manual):
    loaded = load_manual(manual).manual
    made = outputs(loaded, {}, BuildCache(None), kept=lambda name, key: name != "CS-01.docx")
    assert set(made.files) == {"CS-01.docx"} and set(made.kept) == EVERY - {"CS-01.docx"}
    assert set(made.keys) == EVERY


def test_what_a_build_wrote_is_one_entry_that_follows_its_outputs(tmp_path):
    store = BuildCache(Cache(None))
    for name in ("a.docx", "b.docx"):
        (tmp_path / name).write_bytes(name.encode())
    store.wrote(tmp_path, {"a.docx": "ka", "b.docx": "kb"}, made={"a.docx", "b.docx"})
    right = store.outputs_right(tmp_path)
    assert right("a.docx", "ka") and right("b.docx", "kb")
    assert not right("a.docx", "kb") and not right("c.docx", "kc")
    assert [key for key in store.cache.entries if key.startswith("outputs:")] == [next(iter(store.cache.put_keys))]
    store.cache.put_keys.clear()
    store.wrote(tmp_path, {"a.docx": "ka", "b.docx": "kb"}, made=())  # both kept as they were
    assert not store.cache.put_keys  # nothing to save again
    store.wrote(tmp_path, {"a.docx": "ka"}, made=())  # b.docx is no longer an output
    assert not store.outputs_right(tmp_path)("b.docx", "kb")
    (tmp_path / "a.docx").write_bytes(b"edited")
    assert not store.outputs_right(tmp_path)("a.docx", "ka")
    assert not store.outputs_right(tmp_path / "elsewhere")("a.docx", "ka")


# --- determinism ---------------------------------------------------------------------------------

def test_two_workers_render_the_same_bytes_as_one(manual, monkeypatch):
    loaded = load_manual(manual).manual
    one = outputs(loaded, {}, BuildCache(None))
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    with two_workers():
        two = outputs(loaded, {}, BuildCache(Cache(None)))
    assert two.files == one.files


def test_the_same_bytes_whatever_the_hash_seed(manual, tmp_path):
    found = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "ISODOCS_CACHE": "1",
               "XDG_CACHE_HOME": str(tmp_path / f"cache-{seed}")}
        for _ in range(2):  # the second from the cache
            subprocess.run([sys.executable, "-m", "isodocs", "build", "--draft", "-C", str(manual), "-o", str(out)],
                           check=True, env=env, capture_output=True)
        found.append({p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".docx"})
    assert found[0] == found[1]


def test_rendering_sees_only_what_the_key_names(manual):
    """A document rendered from the whole manual and from `seen_by` alone is the same."""
    from dataclasses import replace

    from isodocs.render.docx.writer import RenderOptions, Writer

    loaded = load_manual(manual).manual
    options = RenderOptions(stamp=dt.datetime(2026, 1, 1))
    for doc in loaded.documents:
        whole = pieces.document_body(Writer(loaded, options).ctx, doc)
        seen = pieces.document_body(replace(Writer(loaded, options).ctx, manual=pieces.seen_by(loaded, doc)), doc)
        assert seen == whole, doc.code



def test_the_name_of_a_tthc_filed_together_is_seen_and_keyed(tmp_path):
    """A procedure filed together (`joins`) with another TTHC prints its name, taken from the
    procedure serving it: rendering sees that procedure, and a change to it renders again."""
    from dataclasses import replace

    from isodocs.render.docx.writer import RenderOptions, Writer

    from support.formatv2 import V2_PATH, v2_files
    from support.manual import make_manual

    files = v2_files()
    files[V2_PATH] = files[V2_PATH].replace('joins: ["1.000656"]', 'joins: ["1.001193"]')
    root = make_manual(tmp_path, files)
    loaded = load_manual(root).manual
    doc = next(d for d in loaded.documents if d.origin.path == V2_PATH)
    options = RenderOptions(stamp=dt.datetime(2026, 1, 1))
    whole = "".join(pieces.document_body(Writer(loaded, options).ctx, doc))
    seen = "".join(pieces.document_body(replace(Writer(loaded, options).ctx, manual=pieces.seen_by(loaded, doc)), doc))
    assert seen == whole and "1.001193 (Đăng ký khai sinh)" in whole
    before = build(root, tmp_path / "out")
    edit(root / "documents" / "QT-HT-01.yaml", "name: Đăng ký khai sinh", "name: Đăng ký khai sinh đúng hạn")
    after = build(root, tmp_path / "out")
    assert after == build(root, tmp_path / "clean", cache=False)
    assert {name for name in after if after[name] != before[name]} == {"manual.docx", "QT-HT-01.docx", "QT-HT-05.docx"}


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Wrote 2 files to {out} (3 documents); 2 others were already up to date."),
    ("vi", "Đã tạo 2 tệp trong {out} (3 tài liệu); 2 tệp khác đã đúng, không tạo lại."),
])
def test_a_build_says_how_many_outputs_were_already_right_or_that_all_were(manual, tmp_path, monkeypatch, lang, said):
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    out = tmp_path / "out"
    command = ["build", "--draft", "-C", str(manual), "-o", str(out), "--lang", lang]
    first = invoke(command)
    assert first.exit_code == 0 and "already" not in first.stdout and "đã đúng" not in first.stdout
    CHANGES["document text"][0](manual)
    again = invoke(command)
    assert again.exit_code == 0, again.output
    assert again.stdout.strip() == said.format(out=out)
    unchanged = invoke(command)
    assert unchanged.exit_code == 0, unchanged.output
    assert unchanged.stdout.strip() == {
        "en": f"Nothing to write in {out}: its 4 files (3 documents) were already up to date.",
        "vi": f"Không có gì cần tạo trong {out}: 4 tệp (3 tài liệu) đều đã đúng."}[lang]
