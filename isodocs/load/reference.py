"""A manual's reference.docx, taken for what the format says it is for, and nothing else.

pandoc's convention makes a Word file of the repository the model of every output: its styles,
numbering, page setup, theme and fonts. Anything else it holds would travel into every
controlled copy: a remote attached template (Word fetches it on opening), external images,
INCLUDEPICTURE fields, a macro part, comments. So the outputs never start from the file itself:
a new package is made from the built-in reference, and only those parts are taken from the
manual's, each parsed with DTDs, entities and the network off and its size bounded, stripped of
anything pointing at another part (every relationship is isodocs' own), and serialised again.
`isodocs check` runs the same reading, so a file that cannot be used is F111, not a failed build.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from isodocs.i18n import Msg
from isodocs.system import resources

MAX_UNPACKED = 64 << 20  # the whole package, unpacked
MAX_PART = 16 << 20  # one part: a real styles.xml is well under 1 MiB

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument."

# What is taken, by the relationship type that names it from the main document: (kind, root
# element, part name in the new package, content type). Styles are required, the rest optional.
TAKEN = {
    "styles": ("styles", f"{{{W}}}styles", "word/styles.xml", _CT + "wordprocessingml.styles+xml"),
    "numbering": ("numbering", f"{{{W}}}numbering", "word/numbering.xml", _CT + "wordprocessingml.numbering+xml"),
    "fontTable": ("fontTable", f"{{{W}}}fonts", "word/fontTable.xml", _CT + "wordprocessingml.fontTable+xml"),
    "theme": ("theme", f"{{{A}}}theme", "word/theme/theme1.xml", _CT + "theme+xml"),
}

# No DTD is loaded and no entity resolved, nothing fetched, and libxml2's limits on depth and
# size stay on (huge_tree off): a part is data, never instructions.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                          huge_tree=False, remove_comments=True, remove_pis=True)


class ReferenceProblem(Exception):
    """Why a reference.docx cannot be used (F111's `why`)."""

    def __init__(self, message: Msg):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class _Package:
    parts: dict[str, bytes]  # name -> bytes, read within bounds

    def rels_of(self, name: str) -> dict[str, str]:
        """Relationship type (its last word) -> target part name, of part `name`'s internal relationships."""
        folder, base = posixpath.split(name)
        rels = self.parts.get(posixpath.join(folder, "_rels", base + ".rels"))
        if rels is None:
            return {}
        root = _parse(posixpath.join(folder, "_rels", base + ".rels"), rels)
        found = {}
        for rel in root.iter(f"{{{PKG_RELS}}}Relationship"):
            kind, target = rel.get("Type", ""), rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not kind.startswith(("http://", "https://")):
                continue
            found.setdefault(kind.rsplit("/", 1)[-1], posixpath.normpath(posixpath.join(folder, target)).lstrip("/"))
        return found


def _read(data: bytes) -> _Package:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            if sum(info.file_size for info in infos) > MAX_UNPACKED:
                raise ReferenceProblem(Msg("it unpacks to more than 64 MiB"))
            parts = {}
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    if info.file_size > MAX_PART:
                        raise ReferenceProblem(Msg("{part} is larger than {size} MiB", part=info.filename,
                                                   size=MAX_PART >> 20))
                    with package.open(info) as entry:
                        parts[info.filename] = entry.read(MAX_PART + 1)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        raise ReferenceProblem(Msg("it is not a Word .docx file")) from None
    return _Package(parts)


def _parse(name: str, data: bytes) -> etree._Element:
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise ReferenceProblem(Msg("{part} declares a DTD or entities, which a Word file never holds", part=name))
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else 0
        raise ReferenceProblem(Msg("{part} is not well-formed XML (line {line}): {detail}", part=name, line=line,
                                   detail=str(exc.msg or exc)[:200])) from None


def _unlinked(root: etree._Element) -> etree._Element:
    """The part without anything that points at another part (an r:id, r:embed, r:link...): a
    picture bullet, an embedded font, a header reference, printer settings. Only relationships
    isodocs makes itself are in an output."""
    for bullet in root.findall(f".//{{{W}}}numPicBullet") + root.findall(f".//{{{W}}}lvlPicBulletId"):
        bullet.getparent().remove(bullet)
    for node in list(root.iter()):
        if isinstance(node.tag, str) and any(key.startswith(f"{{{R}}}") for key in node.attrib):
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
    etree.cleanup_namespaces(root)  # no declaration left of what is gone
    return root


def _pointing(root: etree._Element) -> bool:
    return any(isinstance(node.tag, str) and any(k.startswith(f"{{{R}}}") for k in node.attrib)
               for node in root.iter())


def _serialised(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def problem(data: bytes) -> Msg | None:
    """Why these bytes cannot be a manual's reference.docx (None: they can)."""
    try:
        clean(data)
    except ReferenceProblem as exc:
        return exc.message
    return None


@lru_cache(maxsize=4)
def clean(data: bytes) -> bytes:
    """A new package from the built-in reference, with the styles, numbering, fonts, theme and
    page setup of `data` (a manual's reference.docx). ReferenceProblem when `data` cannot be
    read as one."""
    package = _read(data)
    main = package.rels_of("").get("officeDocument", "word/document.xml")
    if main not in package.parts:
        raise ReferenceProblem(Msg("it lacks {missing}", missing="word/document.xml"))
    related = package.rels_of(main)
    document = _parse(main, package.parts[main])
    if document.tag != f"{{{W}}}document":
        raise ReferenceProblem(Msg("{part} is not the main part of a Word document", part=main))
    taken: dict[str, tuple[bytes, str, str]] = {}
    for kind, (rel, tag, name, content_type) in TAKEN.items():
        source = related.get(rel) or (name if kind != "theme" else None)
        if source is None or source not in package.parts:
            if kind == "styles":
                raise ReferenceProblem(Msg("it lacks {missing}", missing="word/styles.xml"))
            continue
        root = _parse(source, package.parts[source])
        if root.tag != tag:
            raise ReferenceProblem(Msg("{part} is not the {kind} part its relationship says", part=source, kind=kind))
        if kind == "theme" and _pointing(root):
            continue  # a theme filled with pictures: Word's default theme instead
        taken[kind] = (_serialised(_unlinked(root)), name, content_type)
    sections = document.findall(f"{{{W}}}body/{{{W}}}sectPr")
    page = _serialised(_unlinked(sections[-1])) if sections else None
    return _package(taken, page)


def _package(taken: dict[str, tuple[bytes, str, str]], page: bytes | None) -> bytes:
    base = dict(_builtin_parts())
    for content, name, _ in taken.values():
        base[name] = content
    if page is not None:
        body = page.split(b"?>", 1)[-1].strip()
        base["word/document.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<w:document xmlns:w="' + W.encode() + b'" xmlns:r="' + R.encode() + b'"><w:body><w:p/>'
            + body + b"</w:body></w:document>")
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{ct}"/>' for _, name, ct in taken.values()
                        if name not in _builtin_parts())
    base["[Content_Types].xml"] = base["[Content_Types].xml"].replace(b"</Types>", overrides.encode() + b"</Types>")
    if "theme" in taken:
        theme = f'<Relationship Id="rIdTheme" Type="{_REL}theme" Target="theme/theme1.xml"/>'
        rels = "word/_rels/document.xml.rels"
        base[rels] = base[rels].replace(b"</Relationships>", theme.encode() + b"</Relationships>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in sorted(base, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, base[name])
    return out.getvalue()


@lru_cache(maxsize=1)
def _builtin_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(resources.read_bytes("templates", "reference.docx"))) as package:
        return {info.filename: package.read(info) for info in package.infolist()}
