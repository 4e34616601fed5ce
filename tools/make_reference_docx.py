"""Generate templates/reference.docx: the built-in Word styles of isodocs.

    python tools/make_reference_docx.py [OUT]

Page and text follow NĐ 30/2020/NĐ-CP: A4; margins top and bottom 20 mm, left 30 mm,
right 15 mm; Times New Roman 13 pt, justified, first-line indent 1 cm, 6 pt after, line
spacing 1.15. The package is written from scratch (no thumbnail, no stylesWithEffects, no
theme) with a fixed timestamp, so running the script twice gives identical bytes.
A manual's own reference.docx replaces this one; styles it lacks are taken from here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from isodocs.render.docx.package import write_zip  # noqa: E402

STAMP = dt.datetime(2025, 1, 1)
FONT = "Times New Roman"
MONO = "Courier New"
TEXT_WIDTH = 11906 - 1701 - 851  # A4 width less the left and right margins, twips

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:cs="{name}" w:eastAsia="{name}"/>'


def size(points: float) -> str:
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


def style(kind: str, ident: str, name: str, ppr: str = "", rpr: str = "", *, based: str = "Normal",
          next_: str = "", extra: str = "", default: bool = False) -> str:
    attrs = f' w:default="1"' if default else ""
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
    nxt = f'<w:next w:val="{next_}"/>' if next_ else ""
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (f'<w:style w:type="{kind}" w:styleId="{ident}"{attrs}><w:name w:val="{name}"/>'
            f"{based_on}{nxt}<w:qFormat/>{ppr}{rpr}{extra}</w:style>")


NO_INDENT = '<w:ind w:left="0" w:right="0" w:firstLine="0"/>'


def heading(level: int, points: float, align: str, italic: bool = False) -> str:
    ppr = (f'<w:keepNext/><w:keepLines/><w:spacing w:before="{240 if level == 1 else 160}" w:after="120"/>'
           f'{NO_INDENT}<w:jc w:val="{align}"/><w:outlineLvl w:val="{level - 1}"/>')
    rpr = "<w:b/><w:bCs/>" + ("<w:i/><w:iCs/>" if italic else "") + size(points)
    return style("paragraph", f"Heading{level}", f"heading {level}", ppr, rpr, next_="Normal")


def toc(level: int) -> str:
    """Contents entries: indented by level, the page number at the right after dots."""
    ppr = (f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
           f'<w:spacing w:after="{60 if level == 1 else 40}"/>'
           f'<w:ind w:left="{284 * (level - 1)}" w:right="0" w:firstLine="0"/><w:jc w:val="left"/>')
    return style("paragraph", f"TOC{level}", f"toc {level}", ppr, next_="Normal")


def cell_style(ident: str, name: str, align: str, bold: bool = False, based: str = "Normal") -> str:
    ppr = f'<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>{NO_INDENT}<w:jc w:val="{align}"/>'
    rpr = ("<w:b/><w:bCs/>" if bold else "") + size(12)
    return style("paragraph", ident, name, ppr, rpr, based=based)


BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))

STYLES = DECL + f"""<w:styles xmlns:w="{W}">
<w:docDefaults>
<w:rPrDefault><w:rPr>{fonts(FONT)}{size(13)}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
{style("paragraph", "Normal", "Normal", '<w:ind w:firstLine="567"/><w:jc w:val="both"/>', based="", default=True)}
{style("paragraph", "Title", "Title", '<w:keepNext/><w:spacing w:before="240" w:after="240"/>' + NO_INDENT + '<w:jc w:val="center"/>', "<w:b/><w:bCs/>" + size(16), next_="Normal")}
{style("paragraph", "Subtitle", "Subtitle", '<w:spacing w:after="120"/>' + NO_INDENT + '<w:jc w:val="center"/>', "<w:b/><w:bCs/>" + size(14), next_="Normal")}
{heading(1, 14, "center")}
{heading(2, 13, "left")}
{heading(3, 13, "left")}
{heading(4, 13, "left", italic=True)}
{style("paragraph", "TOCHeading", "TOC Heading", '<w:keepNext/><w:spacing w:before="240" w:after="240"/>' + NO_INDENT + '<w:jc w:val="center"/>', "<w:b/><w:bCs/>" + size(14), next_="Normal")}
{"".join(toc(level) for level in range(1, 5))}
{style("paragraph", "Header", "header", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>' + NO_INDENT + '<w:jc w:val="left"/>', size(12))}
{cell_style("TableText", "Table Text", "left")}
{cell_style("TableHeading", "Table Heading", "center", bold=True, based="TableText")}
{style("paragraph", "ListParagraph", "List Paragraph", '<w:spacing w:after="60"/><w:ind w:firstLine="0"/>')}
{style("paragraph", "BlockText", "Block Text", '<w:ind w:left="567" w:right="567" w:firstLine="0"/>', "<w:i/><w:iCs/>")}
{style("paragraph", "SourceCode", "Source Code", '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:spacing w:after="120" w:line="240" w:lineRule="auto"/>' + NO_INDENT + '<w:jc w:val="left"/>', fonts(MONO) + size(11))}
{style("paragraph", "CoverText", "Cover Text", '<w:spacing w:after="0"/>' + NO_INDENT + '<w:jc w:val="center"/>')}
{style("paragraph", "FormText", "Form Text", '<w:spacing w:after="60" w:line="240" w:lineRule="auto"/>' + NO_INDENT + '<w:jc w:val="left"/>')}
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
{style("character", "Hyperlink", "Hyperlink", rpr='<w:color w:val="0563C1"/><w:u w:val="single"/>', based="DefaultParagraphFont")}
{style("character", "VerbatimChar", "Verbatim Char", rpr=fonts(MONO) + size(11), based="DefaultParagraphFont")}
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>{BORDERS}</w:tblBorders></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>
</w:styles>
"""

DOCUMENT = DECL + f"""<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:body><w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/></w:sectPr></w:body>
</w:document>
"""

SETTINGS = DECL + f"""<w:settings xmlns:w="{W}">
<w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>
"""

FONT_TABLE = DECL + f"""<w:fonts xmlns:w="{W}">
<w:font w:name="{FONT}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="{MONO}"><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
</w:fonts>
"""

NUMBERING = DECL + f'<w:numbering xmlns:w="{W}"/>\n'

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def rels(*targets: tuple[str, str]) -> str:
    items = "".join(f'<Relationship Id="rId{i}" Type="{REL}/{kind}" Target="{target}"/>'
                    for i, (kind, target) in enumerate(targets, start=1))
    return DECL + f'<Relationships xmlns="{PKG_REL}">{items}</Relationships>\n'


PACKAGE_RELS = DECL + f"""<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CONTENT_TYPES = DECL + f"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="{WML}.fontTable+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{WML}.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"""

CORE = DECL + f"""<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>isodocs reference styles</dc:title><dc:creator>isodocs</dc:creator><cp:revision>1</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">{STAMP:%Y-%m-%dT%H:%M:%SZ}</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">{STAMP:%Y-%m-%dT%H:%M:%SZ}</dcterms:modified>
</cp:coreProperties>
"""

APP = DECL + """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>isodocs</Application><DocSecurity>0</DocSecurity>
</Properties>
"""


def reference_docx() -> bytes:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": DOCUMENT,
        "word/_rels/document.xml.rels": rels(("styles", "styles.xml"), ("settings", "settings.xml"),
                                             ("fontTable", "fontTable.xml"), ("numbering", "numbering.xml")),
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONT_TABLE,
        "word/numbering.xml": NUMBERING,
    }
    return write_zip(((name, text.encode("utf-8")) for name, text in parts.items()), STAMP)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates" / "reference.docx"
    out.write_bytes(reference_docx())
    print(f"wrote {out}")
