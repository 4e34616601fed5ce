"""`isodocs build`: source dates, output names and refusals (reproducibility: test_reproducible.py)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pygit2
import pytest

from isodocs.check import check
from isodocs.commands import outputs
from isodocs.history.recipe import Recipe, properties, read_properties
from isodocs.render.build import MANUAL_FILE, output_names, source_date
from isodocs.system import parallel

from support.cli import invoke
from support.git import git_commit, git_init
from support.manual import PROCEDURE, load_manual, make_manual, replace_line, standard_bytes
from support.judged import judged, noting_judged
from support.programs import two_workers

P = "documents/QT-HT-01.yaml"


def test_source_date_prefers_source_date_epoch_then_commit_then_content(manual):
    loaded = load_manual(manual)
    newest = source_date(loaded.manual, {})
    assert newest == dt.datetime(2025, 8, 1)  # the procedure's effective date is the newest date
    assert source_date(loaded.manual, {"SOURCE_DATE_EPOCH": "1700000000"}) == dt.datetime(2023, 11, 14, 22, 13, 20)
    assert source_date(loaded.manual, {"SOURCE_DATE_EPOCH": "soon"}) == newest


def test_source_date_of_a_commit_is_its_time(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes(), "first", when=1_750_000_000)
    loaded = load_manual(tmp_path / "repo", rev="HEAD")
    assert source_date(loaded.manual, {}) == dt.datetime(2025, 6, 15, 15, 6, 40)


def test_output_names_never_collide(tmp_path):
    files = {
        "documents/a.yaml": replace_line(PROCEDURE, "code: QT-HT-01", "code: QT/01"),
        "documents/b.yaml": replace_line(PROCEDURE, "code: QT-HT-01", "code: QT_01"),
        "documents/c.yaml": replace_line(PROCEDURE, "code: QT-HT-01", "code: MANUAL"),
        "documents/d.yaml": replace_line(PROCEDURE, "code: QT-HT-01", "code: CON"),
    }
    root = make_manual(tmp_path, {**files, "isodocs.yaml": None}, standard=False)
    (root / "isodocs.yaml").write_text("agency: {name: X}\npeople: {lan.nt: {name: L}, hung.tv: {name: H}, "
                                       "minh.lv: {name: M}}\nroles: {reviewers: [hung.tv], approvers: [minh.lv]}\n",
                                       encoding="utf-8")
    names = output_names(load_manual(root).manual)
    # manual.docx is taken; CON.docx would be Windows' console device
    assert sorted(names.values()) == ["MANUAL~2.docx", "QT_01.docx", "QT_01~2.docx", "_CON.docx"]
    assert MANUAL_FILE not in {n.lower() for n in names.values()}


def test_build_writes_the_manual_and_each_document(manual):
    result = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert result.exit_code == 0, result.output
    built = sorted(p.name for p in (manual / "build").iterdir())
    assert built == [".isodocs-outputs", "CS-01.docx", "MT-2025.docx", "QT-HT-01.docx", "manual.docx"]
    assert "Wrote 4 files" in result.output
    with zipfile.ZipFile(manual / "build" / "manual.docx") as docx:
        assert "word/document.xml" in docx.namelist()


def _cached(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(outputs, "CHECK_BESIDE_FROM", 1)  # a manual of three documents counts as large
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))


def _with_error(manual: Path) -> None:
    text = (manual / P).read_text(encoding="utf-8")
    (manual / P).write_text(replace_line(text, "approved_by: minh.lv", "approved_by: lan.nt"), encoding="utf-8")


def test_a_manual_with_errors_is_not_built_and_old_outputs_stay(manual):
    assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in (manual / "build").iterdir()}
    _with_error(manual)
    result = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert result.exit_code == 1
    assert "D307" in result.output and "nothing was built" in result.output
    assert {p.name: p.read_bytes() for p in (manual / "build").iterdir()} == before


def test_an_output_folder_that_cannot_be_written_exits_2(manual, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = invoke(["build", "--draft", "-C", str(manual), "-o", str(blocker / "out"), "--lang", "en"])
    assert result.exit_code == 2
    assert result.output == f"isodocs: {blocker} is a file, not a folder, so nothing can be written in it\n"


def test_build_from_a_revision_ignores_the_working_tree(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes(), "first")
    root = Path(repo.workdir)
    for name, data in standard_bytes().items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (root / P).write_text("broken: [", encoding="utf-8")  # an unfinished edit in the working tree
    assert invoke(["build", "--draft", "-C", str(root)]).exit_code == 1
    result = invoke(["build", "--draft", "-C", str(root), "--rev", "HEAD", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "QT-HT-01.docx").exists()
    assert isinstance(repo, pygit2.Repository)


def test_a_broken_template_override_is_a_finding_not_a_crash(manual):
    (manual / "templates").mkdir()
    (manual / "templates" / "labels.en.j2").write_text("{% set purpose = %}\n", encoding="utf-8")
    result = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert result.exit_code == 1
    assert "templates/labels.en.j2" in result.output and "Traceback" not in result.output
    assert not (manual / "build").exists()


def test_the_documented_label_override_works(manual):
    """The example in docs/customising.md, as a manual would use it."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "customising.md").read_text(encoding="utf-8")
    example = doc.split("```jinja\n", 1)[1].split("```", 1)[0]
    (manual / "templates").mkdir()
    (manual / "templates" / "labels.vi.j2").write_text(example, encoding="utf-8")
    assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
    with zipfile.ZipFile(manual / "build" / "manual.docx") as docx:
        xml = docx.read("word/document.xml").decode("utf-8") + "".join(
            docx.read(n).decode("utf-8") for n in docx.namelist() if n.startswith("word/header"))
    assert "QUY TRÌNH NỘI BỘ" in xml and "Người soạn thảo" in xml and "tháng 01 năm" in xml


def test_the_build_record_reads_back_as_written(manual):
    docs = load_manual(manual).manual.documents
    recipe = Recipe("as-of", dt.date(2025, 11, 1), dt.date(2025, 8, 15), "a" * 40, "agencies/tan-phu", "b" * 40,
                    "v1.0", "en", dt.datetime(2025, 9, 20, 2, 0))
    built = read_properties(properties(recipe, docs, "QT-HT-01", None))
    assert built.recipe == recipe and built.code == "QT-HT-01" and built.copy is None
    assert [c[:2] for c in built.contents] == [("CS-01", 1), ("MT-2025", 1), ("QT-HT-01", 2)]
    assert read_properties({"isodocs.render.build": "official"}) is None  # no dates: not a record
    assert read_properties({}) is None


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="the check beside a build is forked")
def test_a_manual_kept_by_an_earlier_run_is_checked_beside_the_build(manual, tmp_path, monkeypatch):
    """Its findings are the check's of what the build read: an error stops the build as before."""
    _cached(monkeypatch, tmp_path)
    with two_workers():
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0  # the first: checked here
        before = {p.name: p.read_bytes() for p in (manual / "build").iterdir()}
        _with_error(manual)
        real, mark = outputs._read_and_checked, tmp_path / "checked by"
        monkeypatch.setattr(outputs, "_read_and_checked", lambda *a: (mark.write_text(str(os.getpid())), real(*a))[1])
        result = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert mark.read_text() != str(os.getpid())  # read and checked in a worker
    assert result.exit_code == 1 and "D307" in result.output and "nothing was built" in result.output
    assert {p.name: p.read_bytes() for p in (manual / "build").iterdir()} == before


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="the check beside a build is forked")
def test_the_findings_of_a_worker_that_read_another_state_are_not_believed(manual, tmp_path, monkeypatch):
    """A file saved between the worker's read and the build's is checked as the build read it;
    findings of the state the build read are the build's, whoever found them."""
    _cached(monkeypatch, tmp_path)
    clean = (manual / P).read_text(encoding="utf-8")
    with two_workers():
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
        _with_error(manual)
        errors = tuple(check(load_manual(manual)))
        monkeypatch.setattr(outputs, "_read_and_checked", lambda *a: ("another state", (), None))
        stale = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
        assert stale.exit_code == 1 and "D307" in stale.output

        def same_state(source, recipe, kept):
            from isodocs.history.official import prepare

            return prepare(source, recipe).loaded.read_as(), errors, None

        (manual / P).write_text(clean, encoding="utf-8")  # mended: only the worker still finds the error
        monkeypatch.setattr(outputs, "_read_and_checked", same_state)
        believed = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert believed.exit_code == 1 and "D307" in believed.output


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="the check beside a build is forked")
def test_the_findings_the_check_beside_recalled_stay_kept(manual, tmp_path, monkeypatch):
    """The worker beside a build sends back which documents' findings it recalled, not the
    findings; the build keeps them as they are, so after a second change the rules alone judge
    that document alone again."""
    _cached(monkeypatch, tmp_path)
    log = tmp_path / "judged"
    noting_judged(monkeypatch, log)
    policy = next(p for p in (manual / "documents").rglob("*") if p.is_file() and "code: CS-01" in p.read_text("utf-8"))
    with two_workers():
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
        judged(log)
        policy.write_text(policy.read_text("utf-8").replace("title: Chính sách chất lượng", "title: Chính sách"), "utf-8")
        real, mark = outputs._read_and_checked, tmp_path / "checked by"
        monkeypatch.setattr(outputs, "_read_and_checked", lambda *a: (mark.write_text(str(os.getpid())), real(*a))[1])
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
        assert mark.read_text() != str(os.getpid())  # checked in a worker
        assert judged(log) == [policy.relative_to(manual).as_posix()]
        text = (manual / P).read_text(encoding="utf-8")
        (manual / P).write_text(text.replace("Tiếp nhận hồ sơ", "Tiếp nhận và kiểm tra hồ sơ"), encoding="utf-8")
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
    assert judged(log) == [P]


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="the check beside a build is forked")
def test_much_to_render_waits_for_the_check_beside(manual, tmp_path, monkeypatch):
    """An error stops the build before its pages are rendered, not after."""
    from isodocs.render import build as pipeline

    _cached(monkeypatch, tmp_path)
    with two_workers():
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
        _with_error(manual)
        rendering = []
        monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)  # one page counts as much
        monkeypatch.setattr(pipeline, "_render", lambda *a: rendering.append(a) or iter(()))
        result = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert result.exit_code == 1 and "D307" in result.output and rendering == []


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="the check beside a build is forked")
def test_a_check_beside_that_gave_way_to_the_parse_is_done_here(manual, tmp_path, monkeypatch):
    """Many files changed (a pull, an upgrade of isodocs): the build parses them on every core,
    and the worker checking beside it stops rather than parse them all again on one."""
    from isodocs.model import reader

    _cached(monkeypatch, tmp_path)
    with two_workers():
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
        _with_error(manual)
        monkeypatch.setattr(reader, "PARALLEL_FROM", 1)  # one changed file counts as many
        stopped = []
        real = parallel._give_way
        monkeypatch.setattr(parallel, "_give_way", lambda: (stopped.extend(parallel._asides), real())[1])
        result = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert len(stopped) == 1  # the check's worker, stopped as the parse began
    assert result.exit_code == 1 and "D307" in result.output and "nothing was built" in result.output


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="the check beside a build is forked")
def test_a_build_after_one_change_makes_the_content_of_that_document_alone(manual, tmp_path, monkeypatch):
    """Of the documents whose pages are kept, a build reads what keys them, never their steps,
    forms or dossier (model/deferred.py): at province scale, half the time it reads the manual."""
    from isodocs.model import build as model

    _cached(monkeypatch, tmp_path)
    text = (manual / P).read_text(encoding="utf-8")
    (manual / "documents/QT-HT-02.yaml").write_text(
        text.replace("QT-HT-01", "QT-HT-02").replace('"1.001193"', '"1.001194"'), encoding="utf-8")
    made = []
    real = model._procedure
    monkeypatch.setattr(model, "_procedure",  # its content's data: the TTHC names the procedure
                        lambda data, *known: made.append(data["tthc"]["code"]) or real(data, *known))
    with two_workers():
        assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
        (manual / P).write_text(text.replace("Tiếp nhận hồ sơ", "Tiếp nhận và kiểm tra hồ sơ"), encoding="utf-8")
        made.clear()
        result = invoke(["build", "--draft", "-C", str(manual)])
    assert result.exit_code == 0 and made == ["1.001193"]  # QT-HT-01 rendered; QT-HT-02's pages came from the cache


def test_a_build_does_without_the_diff(manual):
    """The word diff is a redline's: a build never imports it (with the regex module it needs, 40
    ms of every run)."""
    program = ("import sys\nfrom isodocs.cli import program\nsys.argv = ['isodocs', 'build', '--draft', '-C', sys.argv[1]]\n"
               "try:\n    program()\nexcept SystemExit:\n    pass\n"
               "print([name for name in ('isodocs.diff.changes', 'isodocs.diff.words') if name in sys.modules])")
    done = subprocess.run([sys.executable, "-c", program, str(manual)], capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "[]", done.stderr


def test_a_build_after_one_change_does_without_python_docx_and_library_metadata(manual, tmp_path, monkeypatch):
    """The template and the parts python-docx makes are kept in the build cache: a build after a
    change of text finds them there, and imports none of python-docx (a tenth of its time).
    isodocs' own digest is remembered by the times of its files and libraries' folders
    (system.identity.fingerprint): nor does it read their metadata (importlib.metadata)."""
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    program = ("import sys\nfrom isodocs.cli import program\nsys.argv = ['isodocs', 'build', '--draft', '-C', sys.argv[1]]\n"
               "try:\n    program()\nexcept SystemExit as exit:\n    print(exit.code)\n"
               "print('docx' in sys.modules, 'importlib.metadata' in sys.modules)")

    def imported() -> list[str]:
        done = subprocess.run([sys.executable, "-c", program, str(manual)], capture_output=True, text=True, timeout=120)
        return done.stdout.splitlines()[-2:]

    assert imported() == ["0", "True True"]  # the first build makes them, with python-docx
    text = (manual / P).read_text(encoding="utf-8")
    assert "Tiếp nhận hồ sơ" in text
    (manual / P).write_text(text.replace("Tiếp nhận hồ sơ", "Tiếp nhận và kiểm tra hồ sơ"), encoding="utf-8")
    assert imported() == ["0", "False False"]


@pytest.mark.parametrize("beside", [False, True])
def test_after_one_change_the_rules_that_judge_one_document_at_a_time_judge_that_one(manual, tmp_path, monkeypatch,
                                                                                    beside):
    """Each document's findings of the rules ALONE are kept by its bytes: after one change they
    judge the changed document only, and the build says what a build that keeps nothing says.
    Beside the build, what the worker judged is kept by the build."""
    if beside and parallel.START_METHOD != "fork":
        pytest.skip("the check beside a build is forked")
    _cached(monkeypatch, tmp_path)
    if not beside:
        monkeypatch.setattr(outputs, "CHECK_BESIDE_FROM", 1 << 60)
    log = tmp_path / "judged"
    noting_judged(monkeypatch, log)
    build = ["build", "--draft", "-C", str(manual), "--lang", "en"]
    with two_workers():
        assert invoke(build).exit_code == 0
        assert sorted(judged(log)) == sorted(d.origin.path for d in load_manual(manual).manual.documents)
        _with_error(manual)
        changed = invoke(build)
        assert judged(log) == [P]
        monkeypatch.setenv("ISODOCS_CACHE", "0")
        assert changed.exit_code == 1 and changed.output == invoke(build).output


@pytest.mark.parametrize("beside", [False, True])
def test_a_build_of_an_unchanged_manual_runs_no_rule_and_says_the_same(manual, tmp_path, monkeypatch, beside):
    """The findings are kept by what the build read, the day and isodocs: an unchanged manual
    with an error is refused again with the same words, by no rule run; a file changed since is
    checked again. Beside the build, the worker recalls them as the build itself does."""
    import isodocs.check as rules

    if beside and parallel.START_METHOD != "fork":
        pytest.skip("the check beside a build is forked")
    _cached(monkeypatch, tmp_path)
    if not beside:
        monkeypatch.setattr(outputs, "CHECK_BESIDE_FROM", 1 << 60)  # checked in the build itself
    _with_error(manual)
    runs = tmp_path / "rules run"  # a file: a worker's runs count too
    real = rules.check
    monkeypatch.setattr(rules, "check", lambda *a, **k: (runs.open("a").write("run\n"), real(*a, **k))[1])
    build = ["build", "--draft", "-C", str(manual), "--lang", "en"]
    with two_workers():
        first = invoke(build)
        again = invoke(build)
        assert runs.read_text() == "run\n"
        assert first.exit_code == again.exit_code == 1 and "D307" in again.output and again.output == first.output
        (manual / P).write_text(PROCEDURE, encoding="utf-8")  # mended
        assert invoke(build).exit_code == 0 and runs.read_text() == "run\n" * 2
