"""Words of the diff outputs in Vietnamese and English: field names (docs/format.md's), statuses,
and the enumerated values of the format."""

from __future__ import annotations

# Field names by path pattern; a pattern not listed falls back to its last key's entry.
FIELDS: dict[tuple, tuple[str, str]] = {
    ("code",): ("Mã hiệu", "Code"),
    ("title",): ("Tên tài liệu", "Title"),
    ("kind",): ("Loại tài liệu", "Kind"),
    ("revision",): ("Lần ban hành", "Revision"),
    ("issued",): ("Ngày ban hành", "Issued"),
    ("effective",): ("Ngày hiệu lực", "Effective"),
    ("owner",): ("Đơn vị chủ trì", "Owner"),
    ("prepared_by",): ("Người soạn thảo", "Prepared by"),
    ("reviewed_by",): ("Người xem xét", "Reviewed by"),
    ("approved_by",): ("Người phê duyệt", "Approved by"),
    ("legal_basis",): ("Căn cứ pháp lý", "Legal basis"),
    ("references",): ("Tài liệu viện dẫn", "References"),
    ("clauses",): ("Điều khoản ISO", "ISO clauses"),
    ("review_interval_months",): ("Chu kỳ xem xét (tháng)", "Review interval (months)"),
    ("changes",): ("Theo dõi sửa đổi", "Change history"),
    ("changes", "revision"): ("Lần ban hành", "Revision"),
    ("changes", "date"): ("Ngày ban hành", "Date"),
    ("changes", "summary"): ("Nội dung sửa đổi", "Summary"),
    ("changes", "sections"): ("Trang/phần sửa đổi", "Sections"),
    ("changes", "reason"): ("Yêu cầu sửa đổi", "Reason"),
    ("changes", "refs"): ("Căn cứ sửa đổi", "Refs"),
    ("attachment",): ("Tệp đính kèm", "Attachment"),
    ("purpose",): ("Mục đích", "Purpose"),
    ("scope",): ("Phạm vi", "Scope"),
    ("definitions",): ("Định nghĩa/viết tắt", "Definitions"),
    ("tthc", "code"): ("Mã TTHC", "TTHC code"),
    ("tthc", "name"): ("Tên thủ tục hành chính", "Administrative procedure"),
    ("tthc", "field"): ("Lĩnh vực", "Field"),
    ("tthc", "level"): ("Cấp thực hiện", "Level"),
    ("tthc", "channels"): ("Cách thức thực hiện", "Channels"),
    ("tthc", "dossier"): ("Thành phần hồ sơ", "Dossier"),
    ("tthc", "dossier", "name"): ("Tên giấy tờ", "Name"),
    ("tthc", "dossier", "originals"): ("Bản chính", "Originals"),
    ("tthc", "dossier", "copies"): ("Bản sao", "Copies"),
    ("tthc", "dossier", "form"): ("Mẫu", "Form"),
    ("tthc", "dossier", "optional"): ("Không bắt buộc", "Optional"),
    ("tthc", "dossier_sets"): ("Số lượng hồ sơ (bộ)", "Dossier sets"),
    ("tthc", "time_limit"): ("Thời hạn giải quyết", "Time limit"),
    ("tthc", "receiving_place"): ("Nơi tiếp nhận", "Receiving place"),
    ("tthc", "fee"): ("Phí, lệ phí", "Fee"),
    ("tthc", "results"): ("Kết quả", "Results"),
    ("steps",): ("Quy trình xử lý công việc", "Steps"),
    ("steps", "no"): ("Bước", "Step"),
    ("steps", "action"): ("Nội dung công việc", "Action"),
    ("steps", "actor"): ("Trách nhiệm", "Responsible"),
    ("steps", "time"): ("Thời gian", "Time"),
    ("steps", "forms"): ("Biểu mẫu", "Forms"),
    ("steps", "output"): ("Kết quả", "Output"),
    ("forms",): ("Biểu mẫu", "Forms"),
    ("forms", "code"): ("Mã biểu mẫu", "Form code"),
    ("forms", "title"): ("Tên biểu mẫu", "Form title"),
    ("forms", "source"): ("Nguồn", "Source"),
    ("records",): ("Hồ sơ cần lưu", "Records"),
    ("records", "name"): ("Tên hồ sơ", "Record"),
    ("records", "keeper"): ("Nơi lưu", "Kept by"),
    ("records", "retention"): ("Thời gian lưu", "Retention"),
    ("year",): ("Năm", "Year"),
    ("objectives",): ("Mục tiêu chất lượng", "Objectives"),
    ("objectives", "id"): ("Mã mục tiêu", "Objective"),
    ("objectives", "text"): ("Nội dung", "Text"),
    ("objectives", "unit"): ("Đơn vị tính", "Unit"),
    ("objectives", "target"): ("Chỉ tiêu", "Target"),
    ("objectives", "frequency"): ("Tần suất đo", "Frequency"),
    ("objectives", "owner"): ("Đơn vị thực hiện", "Owner"),
    ("objectives", "plan"): ("Kế hoạch thực hiện", "Plan"),
    ("objectives", "results"): ("Kết quả đo", "Results"),
    ("objectives", "results", "period"): ("Kỳ", "Period"),
    ("objectives", "results", "value"): ("Giá trị", "Value"),
    ("body",): ("Nội dung", "Content"),
    ("settings", "agency"): ("Cơ quan", "Agency"),
    ("settings", "agency", "name"): ("Tên cơ quan", "Name"),
    ("settings", "agency", "short_name"): ("Tên viết tắt", "Short name"),
    ("settings", "agency", "parent"): ("Cơ quan chủ quản", "Parent body"),
    ("settings", "language"): ("Ngôn ngữ", "Language"),
    ("settings", "standard"): ("Tiêu chuẩn áp dụng", "Standard"),
    ("settings", "code_pattern"): ("Mẫu mã hiệu", "Code pattern"),
    ("settings", "review_interval_months"): ("Chu kỳ xem xét (tháng)", "Review interval (months)"),
    ("settings", "people"): ("Cán bộ", "People"),
    ("settings", "people", "id"): ("Mã cán bộ", "Id"),
    ("settings", "people", "name"): ("Họ và tên", "Name"),
    ("settings", "people", "title"): ("Chức vụ", "Title"),
    ("settings", "people", "email"): ("Thư điện tử", "Email"),
    ("settings", "roles"): ("Vai trò", "Roles"),
    ("settings", "roles", "reviewers"): ("Người xem xét", "Reviewers"),
    ("settings", "roles", "approvers"): ("Người phê duyệt", "Approvers"),
    ("settings", "distribution"): ("Danh sách phân phối", "Distribution list"),
    ("settings", "distribution", "copy"): ("Bản số", "Copy"),
    ("settings", "distribution", "holder"): ("Người giữ", "Holder"),
    ("settings", "distribution", "unit"): ("Đơn vị", "Unit"),
    ("settings", "distribution", "issued"): ("Ngày cấp", "Issued"),
    ("settings", "catalog"): ("Danh mục TTHC", "TTHC catalogue"),
    ("settings", "catalog", "code"): ("Mã TTHC", "TTHC code"),
    ("settings", "catalog", "name"): ("Tên thủ tục hành chính", "Administrative procedure"),
    ("settings", "catalog", "field"): ("Lĩnh vực", "Field"),
}

WORDS: dict[str, tuple[str, str]] = {
    "added": ("thêm mới", "added"),
    "removed": ("bãi bỏ", "removed"),
    "modified": ("sửa đổi", "modified"),
    "renamed": ("đổi mã hoặc tệp", "renamed"),
    "inserted": ("thêm", "inserted"),
    "changed": ("sửa", "changed"),
    "moved": ("chuyển vị trí", "moved"),
    "renumbered": ("đánh số lại", "renumbered"),
    "before": ("Trước", "Before"),
    "after": ("Sau", "After"),
    "field": ("Mục", "Field"),
    "status": ("Thay đổi", "Change"),
    "was": ("trước là", "was"),
    "worktree": ("thư mục làm việc", "working tree"),
    "heading": ("So sánh các phiên bản", "Changes between revisions"),
    "documents": ("Tài liệu thay đổi", "Changed documents"),
    "unreadable": ("Không đọc được", "Could not be read"),
    "unchanged_paragraph": ("đoạn không đổi", "unchanged paragraph"),
    "unchanged_paragraphs": ("đoạn không đổi", "unchanged paragraphs"),
    "matched_by": ("nhận ra theo", "matched by"),
    "file": ("tệp", "file"),
    "yes": ("có", "yes"),
    "no": ("không", "no"),
    "by_code": ("mã hiệu", "code"),
    "by_path": ("tệp", "file path"),
    "by_tthc": ("mã TTHC", "TTHC code"),
    "by_title": ("tên tài liệu", "title"),
    "by_similarity": ("nội dung tương tự", "similar content"),
    "settings": ("Cấu hình sổ tay", "Manual settings"),
}

VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {"policy": ("chính sách chất lượng", "policy"), "objectives": ("mục tiêu chất lượng", "objectives"),
             "manual": ("sổ tay chất lượng", "manual"), "procedure": ("quy trình", "procedure"),
             "guideline": ("hướng dẫn", "guideline"), "form": ("biểu mẫu", "form")},
    "channels": {"in_person": ("trực tiếp", "in person"), "online": ("trực tuyến", "online"),
                 "postal": ("qua bưu chính", "by post")},
    "unit": {"working_hours": ("giờ làm việc", "working hours"), "working_days": ("ngày làm việc", "working days")},
    "unit_one": {"working_hours": ("giờ làm việc", "working hour"), "working_days": ("ngày làm việc", "working day")},
    "source": {"internal": ("nội bộ", "internal"), "external": ("bên ngoài", "external")},
    "frequency": {"monthly": ("hằng tháng", "monthly"), "quarterly": ("hằng quý", "quarterly"),
                  "half_yearly": ("6 tháng", "half-yearly"), "yearly": ("hằng năm", "yearly")},
    "reason": {"legal_change": ("văn bản pháp luật thay đổi", "legal change"),
               "process_change": ("thay đổi cách thực hiện", "process change"),
               "audit_finding": ("phát hiện khi đánh giá", "audit finding"),
               "corrective_action": ("hành động khắc phục", "corrective action"),
               "org_change": ("thay đổi tổ chức, bộ máy", "organisational change"),
               "periodic_review": ("xem xét định kỳ", "periodic review"), "other": ("khác", "other")},
}

LANGS = ("vi", "en")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[LANGS.index(lang)]


def word(name: str, lang: str) -> str:
    return _pick(WORDS[name], lang)


def field(pattern: tuple, lang: str) -> str:
    """The name of the field at `pattern`; a definition term (or any unknown key) is itself."""
    if pattern[0] == "definitions" and len(pattern) > 1:  # a term, which may be any word
        return f"{_pick(FIELDS[('definitions',)], lang)}: {pattern[1]}"
    pair = FIELDS.get(pattern)
    if pair is None and pattern[0] == "settings":  # a key of isodocs.yaml this table lacks
        return str(pattern[-1])
    if pair is None:
        tail = [p for k, p in FIELDS.items() if k[-1:] == pattern[-1:]]
        return _pick(tail[0], lang) if tail else str(pattern[-1])
    return _pick(pair, lang)


def value(key: str, raw: str, lang: str) -> str:
    pair = VALUES.get(key, {}).get(raw)
    return _pick(pair, lang) if pair else raw
