"""The clauses of ISO 9001:2015 (TCVN ISO 9001:2015) that set requirements: 4 to 10.

Titles in Vietnamese as TCVN ISO 9001:2015 words them, and in English. Sub-clauses the
standard leaves untitled (4.4.1, 6.1.1 …) carry their parent's title: they are numbered
paragraphs of it, so a document citing the parent addresses them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Clause:
    number: str
    vi: str
    en: str
    titled: bool = True  # False: a numbered paragraph of its parent (4.4.1), which shares its title

    @property
    def parent(self) -> str:
        return self.number.rpartition(".")[0]

    @property
    def depth(self) -> int:
        return self.number.count(".") + 1

    def title(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


_TABLE = """\
4|Bối cảnh của tổ chức|Context of the organization
4.1|Hiểu tổ chức và bối cảnh của tổ chức|Understanding the organization and its context
4.2|Hiểu nhu cầu và mong đợi của các bên quan tâm|Understanding the needs and expectations of interested parties
4.3|Xác định phạm vi của hệ thống quản lý chất lượng|Determining the scope of the quality management system
4.4|Hệ thống quản lý chất lượng và các quá trình của hệ thống|Quality management system and its processes
4.4.1||
4.4.2||
5|Sự lãnh đạo|Leadership
5.1|Sự lãnh đạo và cam kết|Leadership and commitment
5.1.1|Khái quát|General
5.1.2|Hướng vào khách hàng|Customer focus
5.2|Chính sách|Policy
5.2.1|Thiết lập chính sách chất lượng|Establishing the quality policy
5.2.2|Truyền đạt chính sách chất lượng|Communicating the quality policy
5.3|Vai trò, trách nhiệm và quyền hạn trong tổ chức|Organizational roles, responsibilities and authorities
6|Hoạch định|Planning
6.1|Hành động giải quyết rủi ro và cơ hội|Actions to address risks and opportunities
6.1.1||
6.1.2||
6.2|Mục tiêu chất lượng và hoạch định để đạt được mục tiêu|Quality objectives and planning to achieve them
6.2.1||
6.2.2||
6.3|Hoạch định các thay đổi|Planning of changes
7|Hỗ trợ|Support
7.1|Nguồn lực|Resources
7.1.1|Khái quát|General
7.1.2|Nhân sự|People
7.1.3|Cơ sở hạ tầng|Infrastructure
7.1.4|Môi trường cho việc thực hiện các quá trình|Environment for the operation of processes
7.1.5|Nguồn lực theo dõi và đo lường|Monitoring and measuring resources
7.1.5.1|Khái quát|General
7.1.5.2|Liên kết chuẩn đo lường|Measurement traceability
7.1.6|Tri thức của tổ chức|Organizational knowledge
7.2|Năng lực|Competence
7.3|Nhận thức|Awareness
7.4|Trao đổi thông tin|Communication
7.5|Thông tin dạng văn bản|Documented information
7.5.1|Khái quát|General
7.5.2|Tạo lập và cập nhật|Creating and updating
7.5.3|Kiểm soát thông tin dạng văn bản|Control of documented information
7.5.3.1||
7.5.3.2||
8|Thực hiện|Operation
8.1|Hoạch định và kiểm soát việc thực hiện|Operational planning and control
8.2|Yêu cầu đối với sản phẩm và dịch vụ|Requirements for products and services
8.2.1|Trao đổi thông tin với khách hàng|Customer communication
8.2.2|Xác định các yêu cầu đối với sản phẩm và dịch vụ|Determining the requirements for products and services
8.2.3|Xem xét các yêu cầu đối với sản phẩm và dịch vụ|Review of the requirements for products and services
8.2.3.1||
8.2.3.2||
8.2.4|Thay đổi các yêu cầu đối với sản phẩm và dịch vụ|Changes to requirements for products and services
8.3|Thiết kế và phát triển sản phẩm và dịch vụ|Design and development of products and services
8.3.1|Khái quát|General
8.3.2|Hoạch định thiết kế và phát triển|Design and development planning
8.3.3|Đầu vào thiết kế và phát triển|Design and development inputs
8.3.4|Kiểm soát thiết kế và phát triển|Design and development controls
8.3.5|Đầu ra thiết kế và phát triển|Design and development outputs
8.3.6|Thay đổi thiết kế và phát triển|Design and development changes
8.4|Kiểm soát quá trình, sản phẩm và dịch vụ do bên ngoài cung cấp|Control of externally provided processes, products and services
8.4.1|Khái quát|General
8.4.2|Loại và mức độ kiểm soát|Type and extent of control
8.4.3|Thông tin cho nhà cung cấp bên ngoài|Information for external providers
8.5|Sản xuất và cung cấp dịch vụ|Production and service provision
8.5.1|Kiểm soát sản xuất và cung cấp dịch vụ|Control of production and service provision
8.5.2|Nhận biết và xác định nguồn gốc|Identification and traceability
8.5.3|Tài sản của khách hàng hoặc nhà cung cấp bên ngoài|Property belonging to customers or external providers
8.5.4|Bảo toàn|Preservation
8.5.5|Hoạt động sau giao hàng|Post-delivery activities
8.5.6|Kiểm soát thay đổi|Control of changes
8.6|Thông qua sản phẩm và dịch vụ|Release of products and services
8.7|Kiểm soát đầu ra không phù hợp|Control of nonconforming outputs
8.7.1||
8.7.2||
9|Đánh giá kết quả thực hiện|Performance evaluation
9.1|Theo dõi, đo lường, phân tích và đánh giá|Monitoring, measurement, analysis and evaluation
9.1.1|Khái quát|General
9.1.2|Sự thỏa mãn của khách hàng|Customer satisfaction
9.1.3|Phân tích và đánh giá|Analysis and evaluation
9.2|Đánh giá nội bộ|Internal audit
9.2.1||
9.2.2||
9.3|Xem xét của lãnh đạo|Management review
9.3.1|Khái quát|General
9.3.2|Đầu vào xem xét của lãnh đạo|Management review inputs
9.3.3|Đầu ra xem xét của lãnh đạo|Management review outputs
10|Cải tiến|Improvement
10.1|Khái quát|General
10.2|Sự không phù hợp và hành động khắc phục|Nonconformity and corrective action
10.2.1||
10.2.2||
10.3|Cải tiến liên tục|Continual improvement
"""


@cache
def clauses() -> dict[str, Clause]:
    """Every clause by number, in the standard's order."""
    table: dict[str, Clause] = {}
    for line in _TABLE.splitlines():
        number, vi, en = line.split("|")
        parent = table.get(number.rpartition(".")[0])
        table[number] = Clause(number, vi or parent.vi, en or parent.en, titled=bool(vi))
    return table


@cache
def untitled_parts(number: str) -> tuple[str, ...]:
    """The untitled sub-clauses a citation of `number` also addresses: 4.4 -> (4.4.1, 4.4.2)."""
    table = clauses()
    inside = number + "."
    return tuple(n for n in table if n.startswith(inside)
                 and not any(table[p].titled for p in with_parents(n) if p.startswith(inside)))


@cache
def with_parents(number: str) -> tuple[str, ...]:
    """A clause and every clause above it: 8.5.1 -> (8.5.1, 8.5, 8)."""
    parts = number.split(".")
    return tuple(".".join(parts[:n]) for n in range(len(parts), 0, -1))
