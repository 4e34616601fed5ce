"""Read rendered DOCX files as XML: parts by name, parsed, or canonicalised for comparison; and
one part changed, as an editor would (`rezip`)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "op": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
}


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.namelist()


def xml(data: bytes, name: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(parts(data)[name])


def canonical(data: bytes, name: str = "word/document.xml") -> bytes:
    """The part pretty-normalised (insignificant whitespace dropped, then indented) and in
    canonical XML form, so equal documents compare equal whatever the serialiser did."""
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(parts(data)[name], parser)
    etree.indent(root)
    return etree.tostring(root, method="c14n")


def xpath(node: etree._Element, path: str) -> list:
    return node.xpath(path, namespaces=NS)


def text(node: etree._Element) -> str:
    """All text of a node (w:t), paragraphs joined by line feeds."""
    paragraphs = xpath(node, ".//w:p") if node.tag != f"{{{NS['w']}}}p" else [node]
    return "\n".join("".join(xpath(p, ".//w:t/text()")) for p in paragraphs)


def headers(data: bytes) -> list[etree._Element]:
    """Header parts in the order the sections use them."""
    all_parts = parts(data)
    document = etree.fromstring(all_parts["word/document.xml"])
    rels = etree.fromstring(all_parts["word/_rels/document.xml.rels"])
    target = {r.get("Id"): r.get("Target") for r in xpath(rels, "//rel:Relationship")}
    ids = xpath(document, "//w:sectPr/w:headerReference/@r:id")
    return [etree.fromstring(all_parts["word/" + target[i]]) for i in ids]


def rezip(data: bytes, name: str, change) -> bytes:
    """The package with one part changed (`change(bytes) -> bytes`), everything else as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            dst.writestr(info, change(content) if info.filename == name else content)
    return out.getvalue()
