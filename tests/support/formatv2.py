"""A procedure that writes every key format v2 adds, and the first format's spelling of a
procedure beside its v2 spelling: shared by the model, check, render and diff tests.

Line numbers matter to the rule tests: keep the layout stable.
"""

from __future__ import annotations

from support.manual import LEGAL, STANDARD_FILES

V2_PATH = "documents/QT-HT-05.yaml"

V2_PROCEDURE = """\
code: QT-HT-05
title: Quy trình đăng ký lại khai tử
kind: procedure
revision: 1
issued: 2025-08-01
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
legal_basis: [60/2014/QH13, 123/2015/NĐ-CP, 1234/QĐ-UBND]
changes:
  - {revision: 1, date: 2025-08-01, summary: Ban hành lần đầu}
purpose: Quy định trình tự đăng ký lại khai tử.
scope: Áp dụng tại UBND xã.
tthc:
  code: "1.005461"
  name: Đăng ký lại khai tử
  field: Hộ tịch
  level: Cấp xã
  authority: Ủy ban nhân dân xã
  applicants: [Công dân Việt Nam, Người nước ngoài]
  conditions: Việc khai tử đã được đăng ký nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.
  joins: ["1.000656"]
  channels:
    - channel: in_person
      time_limit: {unit: same_day, cutoff: "15:00"}
    - channel: online
      via: [Cổng Dịch vụ công quốc gia, VNeID]
      fees: [{kind: le_phi, amount: 0, text: Miễn lệ phí khi nộp trực tuyến}]
    - {channel: postal, time_limit: {value: 10, unit: days}, note: Gửi hồ sơ qua dịch vụ bưu chính công ích}
  time_limit:
    value: 5
    unit: working_days
    from: kể từ ngày nhận đủ hồ sơ hợp lệ
    extensions:
      - {when: Trường hợp cần xác minh, value: 10, unit: working_days}
  fees:
    - {kind: le_phi, amount: 5000, per: hồ sơ, exemptions: [Người thuộc hộ nghèo, Người khuyết tật]}
    - {kind: phi, amount: 8000, per: bản sao, text: 8.000 đồng/bản sao trích lục}
  dossier:
    - {name: Tờ khai đăng ký lại khai tử, originals: 1, copies: 0, form: BM-HT-05}
    - {name: Giấy tờ tùy thân có ảnh của người yêu cầu, present: true}
    - {name: Bản sao có chứng thực giấy tờ tùy thân, originals: 0, copies: 1, channels: [postal]}
    - name: Giấy tờ chứng minh việc khai tử
      any_of:
        - {name: Bản sao Giấy chứng tử, originals: 0, copies: 1}
        - {name: Giấy báo tử, originals: 1, copies: 0}
    - name: Giấy tờ chứng minh quan hệ với người chết
      optional: true
      channels: [postal]
      any_of:
        - {name: Bản sao Giấy khai sinh, originals: 0, copies: 1}
        - {name: Bản sao Giấy chứng nhận kết hôn, originals: 0, copies: 1}
  dossier_sets: not_prescribed
  results: [Trích lục khai tử]
steps:
  - {no: 1, action: Tiếp nhận hồ sơ, actor: Công chức tiếp nhận, time: {value: 1, unit: working_hours}, forms: [BM-HT-05]}
  - {no: 2, action: Giải quyết, actor: Công chức Tư pháp - Hộ tịch, time: {value: 5, unit: working_hours}}
  - {no: 3, action: Xóa đăng ký thường trú, actor: Công an xã, agency: Công an xã}
  - {no: 4, action: Trả kết quả, actor: Công chức tiếp nhận, time: {value: 2, unit: working_hours}}
forms:
  - {code: BM-HT-05, title: Tờ khai đăng ký lại khai tử, source: external}
"""

# A decision of the register known only by its year.
YEAR_ONLY = """\
- number: 1234/QĐ-UBND
  type: Quyết định
  issuer: Ủy ban nhân dân tỉnh
  title: Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch
  issued: 2025
  status: in_force
"""


def v2_files(**extra) -> dict:
    """The standard manual with the v2 procedure and a year-only register entry."""
    return {**STANDARD_FILES, V2_PATH: V2_PROCEDURE, "legal/register.yaml": LEGAL + YEAR_ONLY, **extra}
