"""The styles part: styles a manual's reference document lacks, and the proofing language."""

from __future__ import annotations

import copy
from typing import Iterable

from lxml import etree

from isodocs.render.docx.openxml import VAL, element, sub_element, w


def style_ids(styles: etree._Element) -> set[str]:
    return {s.get(w("styleId")) for s in styles.findall(w("style"))}


def add_missing_styles(styles: etree._Element, builtin: etree._Element, wanted: Iterable[str]) -> None:
    """Copy from the built-in styles those a manual's own reference.docx lacks."""
    have = style_ids(styles)
    by_id = {s.get(w("styleId")): s for s in builtin.findall(w("style"))}
    for ident in wanted:
        if ident not in have and ident in by_id:
            styles.append(copy.deepcopy(by_id[ident]))
            have.add(ident)


def parse_part(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def set_language(styles: etree._Element, tag: str) -> None:
    """The proofing language of the whole document (docDefaults)."""
    defaults = styles.find(w("docDefaults"))
    if defaults is None:
        defaults = element("docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(w("rPrDefault"))
    if rpr_default is None:
        rpr_default = element("rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(w("rPr"))
    if rpr is None:
        rpr = sub_element(rpr_default, "rPr")
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = sub_element(rpr, "lang")
    lang.set(VAL, tag)
