"""A small manual built straight from the model, so render tests do not depend on the loader."""

from __future__ import annotations

import datetime as dt

from isodocs import model as m

STAMP = dt.datetime(2026, 3, 1, 8, 30)
D = dt.date


def control(code: str, title: str, kind: str, **kw) -> dict:
    return dict(
        origin=m.Origin(f"documents/{code}.yaml"), code=code, title=title, kind=kind, revision=kw.pop("revision", 1),
        issued=D(2025, 7, 15), prepared_by="lan.nt", reviewed_by="hung.tv", approved_by="minh.lv",
        changes=kw.pop("changes", (m.ChangeRow(1, D(2025, 7, 15), "Ban hành lần đầu"),)), **kw,
    )


TTHC_PROCEDURE = m.Document(**control(
    "QT-HT-01", "Đăng ký khai sinh", "procedure", revision=2, effective=D(2025, 8, 1),
    legal_basis=("60/2014/QH13", "123/2015/ND-CP", "99/2099/NĐ-CP"),
    references=("QT-01", "TCVN ISO 9001:2015"),
    changes=(m.ChangeRow(1, D(2024, 3, 1), "Ban hành lần đầu"),
             m.ChangeRow(2, D(2025, 7, 15), "Cập nhật căn cứ", sections="Mục 5.1", reason="legal_change")),
    procedure=m.Procedure(
        purpose="Quy định trình tự **đăng ký khai sinh**.",
        scope="Áp dụng tại UBND xã.",
        definitions=m.frozen_map({"UBND": "Ủy ban nhân dân"}),
        tthc=m.Tthc(
            code="1.001193", name="Đăng ký khai sinh", time_limit=m.Duration(1, "working_days"),
            field="Hộ tịch", level="Cấp xã", channels=("in_person", "online"),
            dossier=(m.DossierItem("Tờ khai đăng ký khai sinh", 1, 0, form="BM-HT-01"),
                     m.DossierItem("Văn bản ủy quyền", 1, 0, optional=True)),
            dossier_sets=1, receiving_place="Trung tâm Phục vụ hành chính công xã", fee="",
            results=("Giấy khai sinh",),
        ),
        steps=(m.Step(1, "Tiếp nhận hồ sơ", "Công chức tiếp nhận", m.Duration(0.5, "working_hours"), ("BM-HT-01",)),
               m.Step(2, "Giải quyết", "Công chức Tư pháp - Hộ tịch", m.Duration(6, "working_hours"),
                      output="Dự thảo Giấy khai sinh"),
               m.Step(3, "Trả kết quả", "Công chức tiếp nhận", m.Duration(1.5, "working_hours"))),
        forms=(m.FormRef("BM-HT-01", "Tờ khai đăng ký khai sinh", "external"),),
        records=(m.Record("Sổ đăng ký khai sinh", "Công chức Tư pháp - Hộ tịch", "Vĩnh viễn"),),
    ),
))

SYSTEM_PROCEDURE = m.Document(**control(
    "QT-01", "Kiểm soát thông tin dạng văn bản", "procedure",
    procedure=m.Procedure(
        purpose="Kiểm soát tài liệu.",
        steps=(m.Step(1, "Soạn thảo", "Bộ phận", m.Duration(2, "working_days")),
               m.Step(2, "Phê duyệt", "Lãnh đạo", m.Duration(4, "working_hours"))),
    ),
))

POLICY = m.Document(**control(
    "CS-01", "Chính sách chất lượng", "policy",
    body="# Cam kết\n\nỦy ban nhân dân xã cam kết:\n\n1. Đúng hạn;\n2. Minh bạch.\n",
))

OBJECTIVES = m.Document(**control(
    "MT-2025", "Mục tiêu chất lượng năm 2025", "objectives",
    objectives=m.Objectives(2025, (
        m.Objective("MT-01", "Tỷ lệ hồ sơ đúng hạn", m.Target(">=", 98), unit="%", frequency="monthly",
                    owner="Trung tâm", plan="- Theo dõi hằng ngày", results=(m.Result("2025-Q1", 99.2),)),
        m.Objective("MT-02", "Tỷ lệ nộp trực tuyến", m.Target(">=", 60), unit="%", frequency="quarterly",
                    results=(m.Result("2025-Q1", 57.5),)),
        m.Objective("MT-03", "Không có phản ánh", m.Target("=", 0), unit="phản ánh", frequency="yearly"),
    )),
))

FORM = m.Document(**control("BM-HT-01", "Tờ khai đăng ký khai sinh", "form", attachment="bieu-mau/BM-HT-01.docx"))

LEGAL = (
    m.LegalEntry(m.Origin("legal/a.yaml"), 0, True, "60/2014/QH13", "Luật", "Luật Hộ tịch", D(2014, 11, 20),
                 "in_force", issuer="Quốc hội"),
    m.LegalEntry(m.Origin("legal/a.yaml"), 1, True, "123/2015/NĐ-CP", "Nghị định",
                 "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", D(2015, 11, 15), "in_force",
                 issuer="Chính phủ"),
)

CONFIG = m.Config(
    agency=m.Agency("Ủy ban nhân dân xã Tân Phú", "UBND xã Tân Phú", "Ủy ban nhân dân tỉnh Đồng Nai"),
    people=m.frozen_map({
        "lan.nt": m.Person("lan.nt", "Nguyễn Thị Lan", "Công chức Tư pháp - Hộ tịch"),
        "hung.tv": m.Person("hung.tv", "Trần Văn Hùng", "Phó Chủ tịch UBND xã"),
        "minh.lv": m.Person("minh.lv", "Lê Văn Minh", "Chủ tịch UBND xã"),
    }),
    reviewers=("hung.tv", "minh.lv"),
    approvers=("minh.lv",),
)


def small_manual(**changes) -> m.Manual:
    fields = dict(root="manual", config=CONFIG,
                  documents=(TTHC_PROCEDURE, SYSTEM_PROCEDURE, POLICY, OBJECTIVES, FORM), legal=LEGAL)
    fields.update(changes)
    return m.Manual(**fields)
