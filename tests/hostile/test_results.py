"""Findings 8, 9, 11 and 12: inputs that gave wrong results without a word now give the right
result, or a finding that says what happened."""

from __future__ import annotations

import pygit2
import pytest

from support.hostile import TODAY, outputs, said_cleanly, tree_files, watched


@pytest.fixture
def w(tmp_path, tmp_path_factory):
    yield from watched(tmp_path, tmp_path_factory)


def both(w, args, code, en, vi):
    for lang, says in (("en", en), ("vi", vi)):
        out = said_cleanly(w.run(*args, lang=lang), code)
        assert says in out, out


def test_a_clone_with_core_autocrlf_is_as_clean_as_git_says(w):
    """Git for Windows checks files out with CRLF line ends: the working tree's bytes differ from
    the committed ones, yet Git, comparing after its filters, sees no change; so does isodocs."""
    said_cleanly(w.run("build", "--draft", "--today", TODAY, "-o", str(w.tmp / "lf")), 0)
    repo = w.repo
    repo.config["core.autocrlf"] = "true"
    for path in tree_files(repo):
        (w.root / path).unlink()
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)
    assert b"\r\n" in (w.root / "documents" / "QT-HT-01.yaml").read_bytes()
    assert repo.status() == {}
    checked = said_cleanly(w.run("check", "--today", TODAY), 0)
    assert "D315" not in checked
    status = said_cleanly(w.run("status", "--today", TODAY), 0)
    assert "draft" not in status and status.count("effective") == 3
    said_cleanly(w.run("build", "--draft", "--today", TODAY, "-o", str(w.tmp / "crlf")), 0)
    assert outputs(w.tmp / "crlf") == outputs(w.tmp / "lf") != {}
    said_cleanly(w.run("diff"), 0)  # nothing awaits approval


def test_one_code_in_nfc_and_nfd_is_one_code(w):
    """`"\\u0110O\\u031bN-01"` is ĐƠN-01 decomposed: after YAML it is composed again, so the two
    documents share a code (D301), as the format promises NFC everywhere."""
    config = (w.root / "isodocs.yaml").read_text(encoding="utf-8").replace(
        "code_pattern: '^[A-Z]{2,5}(-[A-Z0-9]+)+$'\n", "")
    policy = (w.root / "documents" / "CS-01.md").read_text(encoding="utf-8")
    w.commit({"isodocs.yaml": config,
              "documents/DON-a.md": policy.replace("code: CS-01", 'code: "\\u0110O\\u031bN-01"'),
              "documents/DON-b.md": policy.replace("code: CS-01", "code: ĐƠN-01")})
    both(w, ["check", "--today", TODAY], 1,
         "documents/DON-b.md:2:7: D301 error: The code `ĐƠN-01` is also used by documents/DON-a.md.",
         "documents/DON-b.md:2:7: D301 lỗi: Mã hiệu `ĐƠN-01` đã được dùng cho documents/DON-a.md.")


def test_a_document_folder_held_in_a_submodule_is_said(w):
    repo = w.repo
    tip = repo.head.peel(pygit2.Commit)
    documents = repo.TreeBuilder(repo[tip.tree["documents"].id])
    documents.insert("tthc", tip.id, pygit2.enums.FileMode.COMMIT)  # a gitlink, as `git submodule add` makes
    root = repo.TreeBuilder(tip.tree)
    root.insert("documents", documents.write(), pygit2.enums.FileMode.TREE)
    sig = pygit2.Signature("Thư ký ISO", "iso@example.vn", 1_761_000_000, 420)
    repo.create_commit("refs/heads/main", sig, sig, "Submodule", root.write(), [tip.id])
    en = ("documents/tthc: F113 error: `documents/tthc` is a Git submodule: its files belong to another repository, "
          "which isodocs does not read.")
    vi = ("documents/tthc: F113 lỗi: `documents/tthc` là một submodule của Git: các tệp trong đó thuộc về một kho "
          "khác, isodocs không đọc.")
    both(w, ["check", "--rev", "HEAD", "--today", TODAY], 1, en, vi)
    both(w, ["build", "--draft", "--rev", "HEAD", "--today", TODAY], 1, "the manual has errors; nothing was built",
         "sổ tay còn lỗi; chưa tạo tệp nào")
    # the official manual is what was approved: its approved contents are in this repository
    said_cleanly(w.run("build", "--today", TODAY, "-o", str(w.tmp / "official")), 0)
    # a working tree holding such a folder says the same
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)
    (w.root / "documents" / "tthc").mkdir(exist_ok=True)
    (w.root / "documents" / "tthc" / ".git").write_text("gitdir: ../../.git/modules/tthc\n")
    both(w, ["check", "--today", TODAY], 1, en, vi)


def test_an_unquoted_comma_inside_braces_is_an_error_that_shows_the_fix(w):
    path = "documents/QT-HT-01.yaml"
    text = (w.root / path).read_text(encoding="utf-8")
    w.commit({path: text.replace("action: Giải quyết,", "action: Xem xét, ký Giấy khai sinh,")})
    both(w, ["check", "--today", TODAY], 1,
         f"{path}:26:30: F112 error: A comma inside curly brackets ends the text before it: `ký Giấy khai sinh` is read "
         "as a key without a value, and the text is cut at the comma.\n"
         '    hint: Put the whole text in quotes: action: "Xem xét, ký Giấy khai sinh"\n',
         f"{path}:26:30: F112 lỗi: Dấu phẩy trong cặp ngoặc nhọn kết thúc đoạn chữ đứng trước nó: `ký Giấy khai sinh` bị "
         "đọc thành một khóa không có giá trị, và đoạn chữ bị cắt tại dấu phẩy.\n"
         '    gợi ý: Đặt toàn bộ đoạn chữ trong dấu ngoặc kép: action: "Xem xét, ký Giấy khai sinh"\n')
    both(w, ["build", "--draft", "--today", TODAY], 1, "the manual has errors; nothing was built",
         "sổ tay còn lỗi; chưa tạo tệp nào")
    w.commit({path: text.replace("action: Giải quyết,", 'action: "Xem xét, ký Giấy khai sinh",')})
    quoted = said_cleanly(w.run("check", "--today", TODAY), 1)
    assert "F112" not in quoted and "D315" in quoted  # read whole, and so changed since its approval
