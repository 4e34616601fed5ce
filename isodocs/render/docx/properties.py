"""Document properties: the core ones (title, author...) and the custom ones that record how
a file was built (docProps/custom.xml), written and read back."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Mapping

from lxml import etree

from isodocs.render.docx.openxml import as_attribute, as_text, clean, is_plain

CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


# docProps/custom.xml as lxml writes it: its declaration, then the properties with what their
# names (in an attribute) and texts must escape
_CUSTOM_START = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                 f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}"')


def custom_properties_xml(properties: Mapping[str, str]) -> bytes:
    """The custom properties part, each property's text as it is (cleaned of what XML cannot
    hold); pids start at 2. Written as text, the bytes lxml writes for the same tree: a
    province's manual has 5,000 properties, made again after every change, and lxml takes
    twice as long."""
    if not properties:
        return (_CUSTOM_START + "/>").encode()
    values = [str(value) for value in properties.values()]
    plain = is_plain(" ".join(properties)) and is_plain(" ".join(values))  # as a rule: codes, revisions, blob ids
    parts = [_CUSTOM_START, ">"]
    for pid, name, value in zip(itertools.count(2), properties, values):
        if not plain:
            name, value = as_attribute(clean(name)), as_text(clean(value))
        parts.append(f'<property fmtid="{_CUSTOM_FMTID}" pid="{pid}" name="{name}">'
                     f"<vt:lpwstr>{value}</vt:lpwstr></property>")
    parts.append("</Properties>")
    return "".join(parts).encode("utf-8")


def parse_custom_properties(xml: bytes) -> dict[str, str]:
    """docProps/custom.xml read back: name -> text of each property. The file may come from
    anywhere: no entities are expanded and nothing is fetched."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml, parser)
    return {prop.get("name", ""): "".join(prop.itertext()) for prop in root.iter(f"{{{CUSTOM_NS}}}property")}


def short(text: str) -> str:
    """A core property's value: text XML can hold, at most the 255 characters the format allows."""
    return clean(text)[:255]


@dataclass(frozen=True)
class CoreInfo:
    title: str = ""
    subject: str = ""
    creator: str = ""
    keywords: str = ""
    language: str = ""


def set_core_properties(core, info: CoreInfo) -> None:
    """Every core property but the dates (the package sets those) from `info`: nothing from
    the reference document survives. Values are cut to the 255 characters the format allows."""
    core.title = short(info.title)
    core.subject = short(info.subject)
    core.author = short(info.creator)
    core.keywords = short(info.keywords)
    core.language = info.language
    core.comments = ""
    core.category = ""
    core.content_status = ""
    core.identifier = ""
    core.version = ""
    core.last_modified_by = short(info.creator)
