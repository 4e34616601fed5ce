"""The system's reasons said in the reader's language."""

from __future__ import annotations

import errno

from isodocs.i18n.oserrors import os_error


def test_a_known_reason_is_said_in_each_language():
    said = os_error(FileNotFoundError(errno.ENOENT, "No such file or directory"))
    assert said.say("en") == "no such file or folder"
    assert said.say("vi") == "không có tệp hoặc thư mục này"


def test_an_unknown_reason_keeps_the_systems_words():
    assert os_error(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"
    assert os_error(OSError("no errno at all")) == "no errno at all"
