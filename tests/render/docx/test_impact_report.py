"""The legal review report (báo cáo rà soát) as the ISO steering committee reads it: printed by
LibreOffice and read back as text, page by page."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pygit2
import pytest

from support.cli import invoke
from support.git import git_commit, git_init
from support.libreoffice import to_pdf
from support.manual import CONFIG, LEGAL, LEGAL_PATH, POLICY_PATH, standard_bytes
from support.pages import page_texts, reading_text

TODAY = "2025-12-01"
WITH_SECRETARY = CONFIG.replace("  approvers: [minh.lv]\n", "  approvers: [minh.lv]\n  secretary: lan.nt\n").replace(
    "lan.nt: {name: Nguyễn Thị Lan, title: Công chức Tư pháp - Hộ tịch}",
    "lan.nt: {name: Nguyễn Thị Lan, title: 'Công chức Văn phòng, Thư ký ISO'}")
CITED = """\
- number: 50/2020/NĐ-CP
  type: Nghị định
  title: Nghị định về văn thư
  issued: 2020-05-01
  status: in_force
"""
RAW_STATES = re.compile(r"\b(in_force|partly_expired|expired|not_yet_effective|suspended)\b")


def checkout(repo: pygit2.Repository) -> None:
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)


@pytest.fixture
def repo(tmp_path) -> pygit2.Repository:
    """QT-HT-01 cites 60/2014/QH13 and 123/2015/NĐ-CP, CS-01 cites 50/2020/NĐ-CP; all approved on
    20/07/2025 by minh.lv; lan.nt is the ISO secretary."""
    policy = standard_bytes()[POLICY_PATH].decode().replace("approved_by: minh.lv\n",
                                                           "approved_by: minh.lv\nlegal_basis: [50/2020/NĐ-CP]\n", 1)
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes({"isodocs.yaml": WITH_SECRETARY, POLICY_PATH: policy, LEGAL_PATH: LEGAL + CITED}),
               "Sổ tay ban đầu")
    checkout(repo)
    result = invoke(["approve", "--all", "--by", "minh.lv", "--date", "2025-07-20"], cwd=Path(repo.workdir))
    assert result.exit_code == 0, result.output
    return repo


def change_register(repo: pygit2.Repository, edit, when: int) -> None:
    root = Path(repo.workdir)
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
             if p.is_file() and ".git" not in p.parts}
    files[LEGAL_PATH] = edit(files[LEGAL_PATH].decode()).encode()
    git_commit(repo, files, "Cập nhật danh mục văn bản", when=when)
    checkout(repo)


def replaced(text: str) -> str:
    """60/2014/QH13 expired on 01/10/2025, replaced by 99/2025/QH15; 50/2020/NĐ-CP amended."""
    text = text.replace("  effective: 2016-01-01\n  status: in_force\n",
                        "  effective: 2016-01-01\n  status: expired\n  expired_on: 2025-10-01\n"
                        "  replaced_by: 99/2025/QH15\n", 1)
    text = text.replace("  issued: 2020-05-01\n  status: in_force\n",
                        "  issued: 2020-05-01\n  status: in_force\n  amended_by: [1234/2025/NĐ-CP]\n", 1)
    return text + """\
- number: 99/2025/QH15
  type: Luật
  title: Luật Hộ tịch (sửa đổi)
  issued: 2025-06-01
  effective: 2025-10-01
  status: in_force
- number: 1234/2025/NĐ-CP
  type: Nghị định
  title: Sửa đổi Nghị định về văn thư
  issued: 2025-09-01
  status: in_force
"""


def report(repo, tmp_path: Path, *args: str) -> tuple[bytes, list[str], str]:
    """The report's bytes, its pages as laid out, and its text in reading order."""
    target = tmp_path / "ra-soat.docx"
    result = invoke(["impact", "--today", TODAY, "--format", "docx", "-o", str(target), *args], cwd=Path(repo.workdir))
    assert result.exit_code in (0, 1), result.output
    data = target.read_bytes()
    pdf = to_pdf(tmp_path, data, "report")
    return data, page_texts(pdf), reading_text(pdf)


def test_the_report_reads_as_a_leader_expects_it(repo, tmp_path):
    change_register(repo, replaced, when=1_761_000_000)  # recorded on 21/10/2025 (UTC+7)
    data, printed, read = report(repo, tmp_path)
    text = "\n".join(printed)
    # the NĐ 30 heading: agency | national name and motto, then the place and date
    assert "ỦY BAN NHÂN DÂN" in printed[0] and "XÃ TÂN PHÚ" in printed[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in printed[0] and "Độc lập - Tự do - Hạnh phúc" in printed[0]
    assert "Tân Phú, ngày 01 tháng 12 năm 2025" in printed[0]
    assert "BÁO CÁO" in printed[0] and "1. Phạm vi rà soát" in printed[0]
    # states in words, dates as people write them, no commit ids
    assert "Tình trạng: còn hiệu lực → hết hiệu lực toàn bộ" in read
    assert "Được thay thế bởi: 99/2025/QH15" in read and "Được sửa đổi bởi: 1234/2025/NĐ-CP" in read
    assert "Ngày hết hiệu lực: 01/10/2025" in read and "Cập nhật vào danh mục ngày 21/10/2025." in read
    assert "QT-HT-01 Lần ban hành 02, phê duyệt ngày 20/07/2025 Quy trình đăng ký khai sinh" in read
    assert not RAW_STATES.search(text)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    commits = {str(c.id) for c in repo.walk(repo.head.target)}
    assert not any(commit[:7] in text for commit in commits)
    # the table: "TT" whole, legal numbers and codes never broken across lines
    assert re.search(r"^\s*TT\s", text, re.M) and not re.search(r"^\s*T\s", text, re.M)
    for number in ("99/2025/QH15", "60/2014/QH13", "50/2020/NĐ-CP", "1234/2025/NĐ-CP", "QT-HT-01", "CS-01"):
        assert number in text, number
    # each box on the line of its choice
    boxes = [line for line in text.splitlines() if "☐" in line]
    assert len(boxes) == 6 and all(re.search(r"☐ \S", line) for line in boxes)
    assert sum("☐ Sửa đổi" in line for line in boxes) == 2 and sum("☐ Không cần" in line for line in boxes) == 2
    # the signatures, on one page: who prepared it (the ISO secretary), who approves, a date line
    last = printed[-1]
    assert "NGƯỜI LẬP" in last and "PHÊ DUYỆT" in last and "Công chức Văn phòng, Thư ký ISO" in last
    assert re.search(r"Nguyễn Thị Lan\s+Lê Văn Minh", last) and "Ngày ...... tháng ...... năm" in last
    # no page number on the first page (NĐ 30); the next ones numbered
    assert not re.search(r"^\s*1\s*$", printed[0], re.M)
    assert len(printed) == 1 or re.search(r"^\s*2\s*$", printed[1], re.M)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "<w:noBreakHyphen/>" in xml  # the hyphens of legal numbers do not break in Word either


def test_with_no_findings_it_is_still_a_report(repo, tmp_path):
    _, printed, read = report(repo, tmp_path)
    text = "\n".join(printed)
    assert len(printed) == 1 and "BÁO CÁO" in text and "1. Phạm vi rà soát" in text and "2. Kết quả rà soát" in text
    assert "3 tài liệu đang có hiệu lực" in text
    assert "Không có văn bản nào ảnh hưởng đến các tài liệu đang có hiệu lực" in read
    assert "Nguyễn Thị Lan" in text and "Lê Văn Minh" in text and "NGƯỜI LẬP" in text
    assert "☐" not in text


def test_in_english(repo, tmp_path):
    change_register(repo, replaced, when=1_761_000_000)
    _, _, read = report(repo, tmp_path, "--lang", "en")
    assert "SOCIALIST REPUBLIC OF VIETNAM" in read and "Tân Phú, 01/12/2025" in read
    assert "Status: in force → expired" in read and "PREPARED BY" in read


def test_the_same_day_gives_the_same_bytes(repo, tmp_path):
    change_register(repo, replaced, when=1_761_000_000)
    first, again = tmp_path / "a.docx", tmp_path / "b.docx"
    for target in (first, again):
        result = invoke(["impact", "--today", TODAY, "--format", "docx", "-o", str(target)], cwd=Path(repo.workdir))
        assert result.exit_code == 1, result.output
    assert first.read_bytes() == again.read_bytes()
