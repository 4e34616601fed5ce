"""Text widths (isodocs/render/docx/measure.py) and column widths that fit their content
(tables.fit, common.fitted): codes, dates and numbers never break inside."""

from __future__ import annotations

import pytest

from isodocs.render.docx import measure
from isodocs.render.docx.tables import fit


def test_widths_are_times_new_roman_s():
    assert measure.width("15/07/2025", 12) == pytest.approx(54.672)  # 8 digits of 6 pt, two slashes of 3.336 pt
    assert measure.width("M", 10, bold=True) == pytest.approx(9.44)
    assert measure.twips("15/07/2025", 12) == 1094


def test_vietnamese_letters_are_as_wide_as_their_base_letter_except_the_horned_ones():
    assert measure.width("Ế", 12) == measure.width("E", 12) and measure.width("đ", 12) == measure.width("d", 12)
    assert measure.width("Ư", 12) > measure.width("U", 12) and measure.width("ơ", 12, bold=True) > measure.width("o", 12, bold=True)
    assert measure.width("Ự", 12) == measure.width("Ư", 12)  # the dot below adds nothing
    assert measure.width("漢", 10) == 10  # unknown and wide: a full em, never too little


def test_the_longest_word_decides():
    assert measure.longest_word(["Lê Văn Minh", "98/QĐ-UBND"], 12) == measure.twips("98/QĐ-UBND", 12)
    assert measure.longest_word([], 12) == 0


def test_columns_get_what_their_widest_word_needs_from_columns_with_room():
    widths = fit(9354, (1.1, 2.4, 4.6, 1.5, 2.3, 2.3, 3.2), (300, 1400, 900, 500, 1330, 1330, 1650))
    assert sum(widths) == 9354
    assert widths[1] >= 1400 and widths[4] >= 1330 and widths[5] >= 1330 and widths[6] >= 1650
    assert widths[2] > widths[3]  # the title column still takes the most that is left


def test_without_needs_widths_follow_the_weights_and_when_needs_overflow_they_share():
    assert fit(1000, (1, 1, 2), (0, 0, 0)) == [250, 250, 500]
    squeezed = fit(1000, (1, 1), (900, 300))
    assert sum(squeezed) == 1000 and squeezed[0] == 3 * squeezed[1]
