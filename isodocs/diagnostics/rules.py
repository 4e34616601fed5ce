"""Every diagnostic isodocs can report, declared once with a stable code.

Codes are grouped by what they look at: F files, S schema, C configuration, D documents,
L legal basis, P procedures, O objectives. A code is never reused for another meaning;
a retired rule keeps its code out of circulation.
"""

from __future__ import annotations

from isodocs.diagnostics import Rule, Severity, Text

E, W = Severity.ERROR, Severity.WARNING
ALL: dict[str, Rule] = {}


def _rule(code: str, name: str, severity: Severity, en: str, vi: str, *hints: tuple[str, str], doc: str = "") -> Rule:
    assert code not in ALL, code
    rule = Rule(code, name, severity, Text(en, vi), tuple(Text(*h) for h in hints), doc)
    ALL[code] = rule
    return rule


# --- F: files ------------------------------------------------------------------------------
EMPTY_FILE = _rule(
    "F101", "empty-file", E,
    "The file is empty.",
    "Tệp không có nội dung.",
    ("Write the document's keys into it, or delete the file.", "Nhập nội dung tài liệu vào tệp, hoặc xóa tệp."),
    doc="An empty file under documents/ or legal/ is almost always an unfinished copy.",
)
NOT_UTF8 = _rule(
    "F102", "not-utf8", E,
    "The file is not UTF-8 text (unreadable byte at position {offset}).",
    "Tệp không phải văn bản UTF-8 (byte không đọc được ở vị trí {offset}).",
    ("Save the file with the UTF-8 encoding (in your editor: Save As, Encoding: UTF-8).",
     "Lưu lại tệp với bảng mã UTF-8 (trong trình soạn thảo: Lưu thành, Mã hóa: UTF-8)."),
)
YAML_SYNTAX = _rule(
    "F103", "yaml-syntax", E,
    "YAML syntax error: {problem}.",
    "Lỗi cú pháp YAML: {problem_vi}.",
    ("Check the indentation (spaces, not tabs) and put quotes around values that contain ': ' or ' #'.",
     "Kiểm tra thụt lề (dùng dấu cách, không dùng Tab) và đặt trong dấu nháy các giá trị có chứa ': ' hoặc ' #'."),
)
YAML_TOO_COMPLEX = _rule(
    "F104", "yaml-too-complex", E,
    "The YAML is too complex to read safely: {why}.",
    "Nội dung YAML quá phức tạp để đọc an toàn: {why_vi}.",
    ("Write the values out instead of using anchors (&) and aliases (*), and nest less deeply.",
     "Viết trực tiếp các giá trị thay vì dùng neo (&) và bí danh (*), và giảm mức lồng nhau."),
    doc="Guards against 'billion laughs' alias bombs and runaway nesting in untrusted repositories.",
)
FILE_TOO_LARGE = _rule(
    "F105", "file-too-large", E,
    "The file is {size} bytes; isodocs reads files of at most {limit} bytes.",
    "Tệp có {size} byte; isodocs chỉ đọc tệp tối đa {limit} byte.",
    ("Split it into several documents.", "Tách thành nhiều tài liệu."),
)
NO_FRONT_MATTER = _rule(
    "F106", "front-matter", E,
    "A Markdown document must start with front matter: a line '---', the document's keys, and a closing '---'.",
    "Tài liệu Markdown phải bắt đầu bằng phần khai báo: một dòng '---', các khóa của tài liệu, rồi một dòng '---' đóng lại.",
    ("Add the front matter at the top of the file, or close it with a line '---'.",
     "Thêm phần khai báo ở đầu tệp, hoặc đóng phần khai báo bằng một dòng '---'."),
)
NOT_A_MAPPING = _rule(
    "F107", "not-a-mapping", E,
    "Expected keys and values here, found {found}.",
    "Cần các cặp khóa: giá trị ở đây, nhưng gặp {found_vi}.",
    ("Write each field as 'key: value' on its own line.", "Viết mỗi trường thành 'khóa: giá trị' trên một dòng."),
)
OUTSIDE_MANUAL = _rule(
    "F108", "outside-manual", E,
    "`{target}` lies outside the manual.",
    "`{target}` nằm ngoài thư mục sổ tay.",
    ("Keep every file the manual uses inside the manual's folder.",
     "Đặt mọi tệp mà sổ tay sử dụng bên trong thư mục sổ tay."),
    doc="A manual from an untrusted repository must never make isodocs read other files.",
)
DUPLICATE_KEY = _rule(
    "F109", "duplicate-key", E,
    "The key `{key}` is written twice; only the second value would be kept.",
    "Khóa `{key}` được viết hai lần; chỉ giá trị thứ hai được giữ lại.",
    ("Keep one `{key}` and delete the other.", "Giữ lại một khóa `{key}` và xóa khóa còn lại."),
)

UNREADABLE = _rule(
    "F110", "unreadable-file", E,
    "The file cannot be read: {reason}.",
    "Không đọc được tệp: {reason}.",
    ("Check that the file exists and that you may read it.", "Kiểm tra tệp còn tồn tại và bạn có quyền đọc tệp."),
)

BAD_REFERENCE_DOCX = _rule(
    "F111", "bad-reference-docx", E,
    "reference.docx cannot be used: {why}.",
    "Không dùng được reference.docx: {why_vi}.",
    ("Save a Word document (.docx) with the styles you want as reference.docx, or remove it to use the built-in styles.",
     "Lưu một tài liệu Word (.docx) có các kiểu định dạng mong muốn thành reference.docx, hoặc xóa tệp để dùng kiểu có sẵn."),
    doc="The styles file comes from the repository: it must be a real, reasonably sized Word document.",
)

# --- S: schema -----------------------------------------------------------------------------
MISSING_KEY = _rule(
    "S201", "missing-key", E,
    "The required key `{key}` is missing{where}.",
    "Thiếu khóa bắt buộc `{key}`{where}.",
    ("Add `{key}:` with its value; docs/format.md shows an example.",
     "Thêm `{key}:` cùng giá trị; xem ví dụ trong docs/format.md."),
)
WRONG_TYPE = _rule(
    "S202", "wrong-type", E,
    "`{field}` must be {expected}, found {found}.",
    "`{field}` phải là {expected_vi}, nhưng gặp {found_vi}.",
    ("Correct the value of `{field}`.", "Sửa lại giá trị của `{field}`."),
)
QUOTE_TEXT = _rule(
    "S203", "quote-text", E,
    "`{field}` must be text, but YAML read {value} as a number.",
    "`{field}` phải là chuỗi văn bản, nhưng YAML hiểu {value} là một số.",
    ("Put it in quotes: \"{value}\" (clause \"7.10\" is not 7.1).",
     "Đặt trong dấu nháy: \"{value}\" (điều khoản \"7.10\" khác 7.1)."),
)
BAD_VALUE = _rule(
    "S204", "bad-value", E,
    "`{field}`: `{value}` is not one of {allowed}.",
    "`{field}`: `{value}` không thuộc các giá trị {allowed}.",
    ("Did you mean `{suggestion}`?", "Có phải ý bạn là `{suggestion}`?"),
)
BAD_DATE = _rule(
    "S205", "bad-date", E,
    "`{field}`: `{value}` is not a real date in the form YYYY-MM-DD.",
    "`{field}`: `{value}` không phải ngày hợp lệ theo dạng YYYY-MM-DD.",
    ("Write the date as year-month-day, e.g. 2025-07-01.", "Viết ngày theo dạng năm-tháng-ngày, ví dụ 2025-07-01."),
)
BAD_FORMAT = _rule(
    "S206", "bad-format", E,
    "`{field}`: `{value}` does not have the expected form.",
    "`{field}`: `{value}` không đúng định dạng.",
    ("It must match the pattern {pattern}.", "Giá trị phải khớp mẫu {pattern}."),
)
OUT_OF_RANGE = _rule(
    "S207", "out-of-range", E,
    "`{field}` must be {bound}, found {value}.",
    "`{field}` phải {bound_vi}, nhưng gặp {value}.",
    ("Correct the number.", "Sửa lại con số."),
)
UNKNOWN_KEY = _rule(
    "S208", "unknown-key", W,
    "Unknown key `{key}`{where}; it is ignored.",
    "Khóa `{key}`{where} không được hỗ trợ và sẽ bị bỏ qua.",
    ("Did you mean `{suggestion}`?", "Có phải ý bạn là `{suggestion}`?"),
    ("Check the spelling, or remove the key.", "Kiểm tra chính tả, hoặc xóa khóa này."),
    doc="A typo in a key would otherwise pass silently; keys added by a later version are only warnings.",
)
EMPTY_VALUE = _rule(
    "S209", "empty-value", E,
    "`{field}` must not be empty.",
    "`{field}` không được để trống.",
    ("Fill it in, or remove the key if it is optional.", "Điền giá trị, hoặc xóa khóa nếu không bắt buộc."),
)
SCHEMA_OTHER = _rule(
    "S210", "schema", E,
    "`{field}`: {detail}.",
    "`{field}`: {detail}.",
    ("docs/format.md describes this key.", "Xem mô tả khóa này trong docs/format.md."),
)

# --- C: configuration (isodocs.yaml) ---------------------------------------------------------
BAD_CODE_PATTERN = _rule(
    "C601", "bad-code-pattern", E,
    "code_pattern is not a valid regular expression: {detail}.",
    "code_pattern không phải biểu thức chính quy hợp lệ: {detail}.",
    ("Quote the pattern in single quotes, e.g. '^QT-[0-9]+$'.", "Đặt mẫu trong dấu nháy đơn, ví dụ '^QT-[0-9]+$'."),
)
ROLE_UNKNOWN_PERSON = _rule(
    "C602", "role-unknown-person", E,
    "roles.{role} names `{person}`, who is not listed under people.",
    "roles.{role} có `{person}` nhưng người này không có trong danh sách people.",
    ("Add `{person}` under people, or correct the id.", "Thêm `{person}` vào people, hoặc sửa lại mã người."),
)

SLOW_CODE_PATTERN = _rule(
    "C603", "slow-code-pattern", E,
    "code_pattern takes too long to match the code `{code}`.",
    "code_pattern mất quá nhiều thời gian để so khớp mã hiệu `{code}`.",
    ("Simplify it: avoid nested repetition such as (A+)+; e.g. '^[A-Z]{{2,5}}(-[A-Z0-9]+)+$'.",
     "Đơn giản hóa mẫu: tránh lặp lồng nhau như (A+)+; ví dụ '^[A-Z]{{2,5}}(-[A-Z0-9]+)+$'."),
    doc="A repository may be hostile: a pattern that backtracks without end must not hang isodocs.",
)
DUPLICATE_CATALOG = _rule(
    "C604", "duplicate-catalog-code", W,
    "catalog lists the TTHC `{code}` twice.",
    "catalog liệt kê thủ tục `{code}` hai lần.",
    ("Keep one line per TTHC code.", "Mỗi mã thủ tục chỉ ghi một dòng."),
)
DUPLICATE_COPY = _rule(
    "C605", "duplicate-copy-number", E,
    "distribution numbers two controlled copies {copy}.",
    "distribution có hai bản có kiểm soát cùng số {copy}.",
    ("Give each copy its own number: the number printed on it identifies it when it is recalled.",
     "Mỗi bản một số riêng: số in trên bản dùng để nhận biết bản đó khi thu hồi."),
    doc="A recall notice names copies by number; two copies with one number cannot both be traced.",
)

# --- D: documents --------------------------------------------------------------------------
DUPLICATE_CODE = _rule(
    "D301", "duplicate-code", E,
    "The code `{code}` is also used by {other}.",
    "Mã hiệu `{code}` đã được dùng cho {other}.",
    ("Give each document its own code.", "Mỗi tài liệu phải có mã hiệu riêng."),
)
CODE_PATTERN = _rule(
    "D302", "code-pattern", E,
    "The code `{code}` does not match the manual's code_pattern {pattern}.",
    "Mã hiệu `{code}` không khớp mẫu code_pattern {pattern} của sổ tay.",
    ("Rename the code to follow the pattern, or change code_pattern in isodocs.yaml.",
     "Đặt lại mã hiệu theo mẫu, hoặc sửa code_pattern trong isodocs.yaml."),
)
EFFECTIVE_BEFORE_ISSUED = _rule(
    "D303", "effective-before-issued", E,
    "The effective date {effective} is before the issue date {issued}.",
    "Ngày hiệu lực {effective} trước ngày ban hành {issued}.",
    ("A document takes effect on or after the day it is issued; correct one of the dates.",
     "Tài liệu có hiệu lực từ hoặc sau ngày ban hành; sửa lại một trong hai ngày."),
)
UNKNOWN_PERSON = _rule(
    "D304", "unknown-person", E,
    "`{field}`: `{person}` is not listed under people in isodocs.yaml.",
    "`{field}`: `{person}` không có trong danh sách people của isodocs.yaml.",
    ("Did you mean `{suggestion}`?", "Có phải ý bạn là `{suggestion}`?"),
    ("Add them under people in isodocs.yaml.", "Thêm người này vào people trong isodocs.yaml."),
)
NOT_REVIEWER = _rule(
    "D305", "not-reviewer", E,
    "`{person}` reviews this document but is not among roles.reviewers.",
    "`{person}` là người xem xét nhưng không thuộc roles.reviewers.",
    ("Choose one of: {allowed}, or add them to roles.reviewers.", "Chọn một trong: {allowed}, hoặc thêm vào roles.reviewers."),
)
NOT_APPROVER = _rule(
    "D306", "not-approver", E,
    "`{person}` approves this document but is not among roles.approvers.",
    "`{person}` là người phê duyệt nhưng không thuộc roles.approvers.",
    ("Choose one of: {allowed}, or add them to roles.approvers.", "Chọn một trong: {allowed}, hoặc thêm vào roles.approvers."),
)
APPROVER_IS_PREPARER = _rule(
    "D307", "approver-is-preparer", E,
    "`{person}` both prepared and approves this document.",
    "`{person}` vừa soạn thảo vừa phê duyệt tài liệu này.",
    ("The approver must be someone other than the preparer.", "Người phê duyệt phải khác người soạn thảo."),
    doc="ISO 9001 clause 7.5.2 asks for review and approval; approving one's own draft is neither.",
)
CHANGE_MISSING = _rule(
    "D308", "change-missing", E,
    "`changes` has no row for revision {revision}.",
    "`changes` thiếu dòng cho lần ban hành {revision}.",
    ("Add a row: - {{revision: {revision}, date: YYYY-MM-DD, summary: ...}}",
     "Thêm dòng: - {{revision: {revision}, date: YYYY-MM-DD, summary: ...}}"),
    doc="The revision table (theo dõi sửa đổi) must show every revision from 1 to the current one.",
)
CHANGE_EXTRA = _rule(
    "D309", "change-extra", E,
    "`changes` has a row for revision {revision}, but the document is at revision {current}.",
    "`changes` có dòng cho lần ban hành {revision}, nhưng tài liệu đang ở lần ban hành {current}.",
    ("Raise `revision` to {revision}, or remove the row.", "Tăng `revision` lên {revision}, hoặc xóa dòng này."),
)
CHANGE_ORDER = _rule(
    "D310", "change-order", E,
    "`changes` rows are out of order: revision {revision} comes after revision {previous}.",
    "Các dòng `changes` không theo thứ tự: lần ban hành {revision} đứng sau lần {previous}.",
    ("List the rows from revision 1 upwards.", "Sắp xếp các dòng từ lần ban hành 1 trở đi."),
)
CHANGE_DUPLICATE = _rule(
    "D311", "change-duplicate", E,
    "`changes` has two rows for revision {revision}.",
    "`changes` có hai dòng cho lần ban hành {revision}.",
    ("Merge them into one row.", "Gộp thành một dòng."),
)
UNKNOWN_REFERENCE = _rule(
    "D312", "unknown-reference", E,
    "`references` names `{ref}`, which looks like a document code, but no document has it.",
    "`references` có `{ref}`, giống một mã hiệu tài liệu nhưng không có tài liệu nào mang mã này.",
    ("Did you mean `{suggestion}`?", "Có phải ý bạn là `{suggestion}`?"),
    ("Correct the code, or write the full citation of an outside document.",
     "Sửa lại mã hiệu, hoặc ghi đầy đủ tên tài liệu bên ngoài."),
)
ATTACHMENT_MISSING = _rule(
    "D313", "attachment-missing", E,
    "The attachment `{target}` does not exist in the manual.",
    "Tệp đính kèm `{target}` không có trong sổ tay.",
    ("Write the path relative to the manual's folder, e.g. documents/bieu-mau/BM-01.docx.",
     "Ghi đường dẫn tính từ thư mục sổ tay, ví dụ documents/bieu-mau/BM-01.docx."),
)
UNKNOWN_CHANGE_REF = _rule(
    "D314", "unknown-change-ref", W,
    "The `changes` row for revision {revision} refers to `{ref}`, which is neither in the legal register nor a document code.",
    "Dòng `changes` của lần ban hành {revision} dẫn chiếu `{ref}`, không có trong danh mục văn bản pháp luật và không phải mã hiệu tài liệu.",
    ("Correct the reference, or add the legal document to legal/.", "Sửa lại dẫn chiếu, hoặc thêm văn bản vào thư mục legal/."),
)
UNKNOWN_CLAUSE = _rule(
    "D320", "unknown-clause", W,
    "ISO 9001:2015 has no clause {clause}.",
    "TCVN ISO 9001:2015 không có điều khoản {clause}.",
    ("Did you mean {suggestion}?", "Có phải ý bạn là {suggestion}?"),
    ("Cite clauses 4 to 10 as numbered in the standard, e.g. \"8.5.1\".",
     "Ghi điều khoản từ 4 đến 10 theo đúng số của tiêu chuẩn, ví dụ \"8.5.1\"."),
    doc="Clause coverage (`isodocs coverage`) counts only the standard's clauses: a mistyped one counts nowhere.",
)

APPROVED_CONTENT_CHANGED = _rule(
    "D315", "approved-content-changed", E,
    "Revision {revision} was approved on {date} by {by}, but its content has changed since, under the same revision number.",
    "Lần ban hành {revision} đã được {by} phê duyệt ngày {date}, nhưng nội dung đã bị sửa mà không tăng lần ban hành.",
    ("Raise `revision` to {next} and add a `changes` row for it, then have it approved (or undo the edit).",
     "Tăng `revision` lên {next} và thêm dòng `changes` tương ứng rồi trình phê duyệt (hoặc hoàn tác phần sửa)."),
    doc="ISO 9001 clause 7.5.3 asks that changes be controlled: approved content never changes silently.",
)

# --- L: legal basis ------------------------------------------------------------------------
UNKNOWN_LEGAL = _rule(
    "L401", "unknown-legal", E,
    "`{number}` is not in the legal register.",
    "`{number}` không có trong danh mục văn bản pháp luật.",
    ("Did you mean `{suggestion}`? Otherwise add an entry for it under legal/.",
     "Có phải ý bạn là `{suggestion}`? Nếu không, thêm văn bản này vào thư mục legal/."),
    ("Add an entry for it under legal/, or correct the number.", "Thêm văn bản này vào thư mục legal/, hoặc sửa lại số hiệu."),
)
CITES_REPLACED = _rule(
    "L402", "cites-replaced", E,
    "Cites `{number}`, which has been replaced by `{replacement}`.",
    "Dẫn chiếu `{number}`, văn bản này đã được thay thế bởi `{replacement}`.",
    ("Cite `{replacement}` instead and issue a new revision.", "Dẫn chiếu `{replacement}` thay thế và ban hành lần sửa đổi mới."),
)
CITES_EXPIRED = _rule(
    "L403", "cites-expired", E,
    "Cites `{number}`, which is no longer in force{since}.",
    "Dẫn chiếu `{number}`, văn bản này đã hết hiệu lực{since_vi}.",
    ("Remove it, or cite the document now in force, and issue a new revision.",
     "Bỏ dẫn chiếu này, hoặc dẫn chiếu văn bản đang có hiệu lực, và ban hành lần sửa đổi mới."),
)
PLAIN_D = _rule(
    "L404", "number-spelling", W,
    "`{number}` is not written the official way: `{official}`.",
    "`{number}` không được viết theo số hiệu chính thức: `{official}`.",
    ("Write `{official}` (type codes keep their Đ and their case: NĐ-CP, QĐ-TTg, QyĐ).",
     "Viết `{official}` (ký hiệu loại văn bản giữ chữ Đ và chữ hoa, thường: NĐ-CP, QĐ-TTg, QyĐ)."),
    doc="People type ND-CP for NĐ-CP; both name the same decree, so the citation still resolves.",
)
DUPLICATE_LEGAL = _rule(
    "L405", "duplicate-legal", E,
    "The legal number `{number}` is also registered in {other}.",
    "Số hiệu `{number}` đã có trong {other}.",
    ("Keep one entry per legal document.", "Mỗi văn bản chỉ khai báo một lần."),
)
RELATION_TARGET_MISSING = _rule(
    "L406", "relation-target-missing", E,
    "`{field}` names `{number}`, which is not in the legal register.",
    "`{field}` có `{number}` nhưng văn bản này không có trong danh mục văn bản pháp luật.",
    ("Add an entry for `{number}` under legal/, or list it under `unlisted` to keep it out of the register on purpose.",
     "Thêm văn bản `{number}` vào thư mục legal/, hoặc ghi vào `unlisted` nếu cố ý không theo dõi văn bản này."),
    doc="Impact follows amendments and replacements through the register: a relation that leads "
        "nowhere hides the document that now governs.",
)
RELATION_CYCLE = _rule(
    "L407", "relation-cycle", E,
    "`{field}` goes round in a circle: {cycle}.",
    "`{field}` tạo thành vòng lặp: {cycle}.",
    ("A document is amended or replaced only by a later one; correct the numbers along the circle.",
     "Văn bản chỉ bị sửa đổi, thay thế bởi văn bản ban hành sau; sửa lại các số hiệu trong vòng lặp."),
)
STATUS_INCONSISTENT = _rule(
    "L408", "status-inconsistent", W,
    "The status `{status}` does not agree with the entry: {why}.",
    "Tình trạng hiệu lực `{status}` không khớp với văn bản: {why_vi}.",
    ("Check the document in the national legal database and correct `status`, `effective`, `expired_on` or `replaced_by`.",
     "Tra cứu văn bản trên Cơ sở dữ liệu quốc gia về văn bản pháp luật và sửa `status`, `effective`, `expired_on` hoặc `replaced_by`."),
    doc="Citations are judged by status (L402, L403): a status left behind by the dates misleads them. "
        "Dates are compared with today (`isodocs check --today` fixes the day).",
)
TTHC_RESCINDED = _rule(
    "L409", "tthc-rescinded", W,
    "Serves the TTHC `{code}`, which `{decision}` ({date}) rescinded: the procedure is due for withdrawal.",
    "Phục vụ thủ tục `{code}` đã bị `{decision}` ({date}) bãi bỏ: quy trình cần được hủy bỏ.",
    ("Withdraw the procedure, or correct tthc.code if it serves another TTHC.",
     "Hủy bỏ quy trình, hoặc sửa tthc.code nếu quy trình phục vụ thủ tục khác."),
    doc="A publication decision (quyết định công bố) that rescinds a TTHC leaves its ISO procedure without an object.",
)
CITED_REPLACED_SINCE_APPROVAL = _rule(
    "L410", "cited-replaced-since-approval", E,
    "Revision {revision} (approved {approved}) relies on `{number}`, which was replaced or expired since: {changes}.",
    "Lần ban hành {revision} (phê duyệt {approved}) căn cứ `{number}`, văn bản này đã bị thay thế hoặc hết hiệu "
    "lực sau đó: {changes_vi}.",
    ("Revise the document (a `changes` row with reason legal_change naming it in refs) and have it approved; "
     "if no change is needed, record the review: isodocs legal ack {code} {number} --by ... --note ...",
     "Sửa đổi tài liệu (dòng `changes` có reason legal_change, refs ghi văn bản này) và trình phê duyệt; nếu "
     "không cần sửa, ghi nhận kết quả rà soát: isodocs legal ack {code} {number} --by ... --note ..."),
    doc="Compares the register in the commit that recorded the approval of the revision in force with today's "
        "(`isodocs impact` lists the commits). Only when the manual is read from Git.",
)
CITED_CHANGED_SINCE_APPROVAL = _rule(
    "L411", "cited-changed-since-approval", W,
    "Revision {revision} (approved {approved}) relies on `{number}`, which changed since: {changes}.",
    "Lần ban hành {revision} (phê duyệt {approved}) căn cứ `{number}`, văn bản này đã thay đổi sau đó: {changes_vi}.",
    ("Review the change: revise the document, or record that no change is needed: "
     "isodocs legal ack {code} {number} --by ... --note ...",
     "Rà soát thay đổi: sửa đổi tài liệu, hoặc ghi nhận không cần sửa: "
     "isodocs legal ack {code} {number} --by ... --note ..."),
    doc="Amendments, partial expiry, new dates or titles of a cited entry (or of its replacement) since the "
        "approval. Only when the manual is read from Git.",
)
TTHC_MODIFIED_SINCE_APPROVAL = _rule(
    "L412", "tthc-modified-since-approval", W,
    "Serves the TTHC `{tthc}`, which `{number}` ({date}) modified after revision {revision} was approved ({approved}).",
    "Phục vụ thủ tục `{tthc}`, đã được `{number}` ({date}) sửa đổi, bổ sung sau khi lần ban hành {revision} được "
    "phê duyệt ({approved}).",
    ("Update the procedure to the published TTHC and have it approved, or record that no change is needed: "
     "isodocs legal ack {code} {number} --by ... --note ...",
     "Cập nhật quy trình theo thủ tục đã công bố và trình phê duyệt, hoặc ghi nhận không cần sửa: "
     "isodocs legal ack {code} {number} --by ... --note ..."),
    doc="A publication decision signed after the approval (register.suspect_decisions). Only when the manual is "
        "read from Git.",
)

# --- P: procedures -------------------------------------------------------------------------
STEPS_EXCEED_LIMIT = _rule(
    "P501", "steps-exceed-limit", E,
    "The steps take {steps} working hours, more than the time limit of {limit} working hours.",
    "Tổng thời gian các bước là {steps} giờ làm việc, vượt thời hạn giải quyết {limit} giờ làm việc.",
    ("Shorten the steps' times or correct the time limit (1 working day = 8 working hours).",
     "Rút ngắn thời gian các bước hoặc sửa thời hạn giải quyết (1 ngày làm việc = 8 giờ làm việc)."),
    doc="A published provincial procedure had steps adding to 8.5 days against a statutory 7.",
)
FORM_NOT_LISTED = _rule(
    "P502", "form-not-listed", E,
    "The form `{form}` is used by {where} but is not listed under `forms`.",
    "Biểu mẫu `{form}` được dùng ở {where_vi} nhưng không có trong mục `forms`.",
    ("Add it: forms: - {{code: {form}, title: ...}}", "Thêm vào: forms: - {{code: {form}, title: ...}}"),
)
STEP_ORDER = _rule(
    "P503", "step-order", E,
    "Step number {no} is out of order; step {expected} was expected here.",
    "Bước số {no} không đúng thứ tự; cần bước {expected} ở vị trí này.",
    ("Number the steps 1, 2, 3, … in order.", "Đánh số các bước 1, 2, 3, … theo thứ tự."),
)
STEP_WITHOUT_TIME = _rule(
    "P504", "step-without-time", W,
    "Step {no} has no time, so the time limit cannot be fully checked.",
    "Bước {no} chưa có thời gian thực hiện nên không kiểm tra đầy đủ được thời hạn giải quyết.",
    ("Give it a time, e.g. time: {{value: 0.5, unit: working_hours}}.",
     "Ghi thời gian, ví dụ time: {{value: 0.5, unit: working_hours}}."),
)
DUPLICATE_FORM = _rule(
    "P505", "duplicate-form", W,
    "The form `{form}` is listed twice under `forms`.",
    "Biểu mẫu `{form}` được liệt kê hai lần trong `forms`.",
    ("Remove one of them.", "Xóa một dòng."),
)

# --- O: objectives -------------------------------------------------------------------------
DUPLICATE_OBJECTIVE = _rule(
    "O701", "duplicate-objective", E,
    "The objective id `{id}` is used twice.",
    "Mã mục tiêu `{id}` bị trùng.",
    ("Give each objective its own id.", "Mỗi mục tiêu phải có mã riêng."),
)
