"""Every sentence a person reads, in the languages isodocs speaks: one gettext catalogue.

Code never holds a sentence in Vietnamese, nor picks between two spellings of one: it names the
sentence in English, the catalogue's key (msgid), as a `Msg`, and the sentence is said in a
language only where it is shown (`Msg.say(lang)`). `isodocs/i18n/locale/<lang>/LC_MESSAGES/`
holds the catalogues; tools/catalogue.py extracts the keys from the code and the templates
(Babel) and compiles them, and the test suite fails on a sentence with no translation.

    Msg("The file is empty.")
    Msg("`{field}` must be text.", field="code")                    # values put in when said
    Plural("{n} document", "{n} documents", n=len(docs))             # ngettext: n picks the form
    Ctx("legal status", "Status")                                    # the same English, two meanings

A value may itself be a Msg: it is said in the same language as the sentence holding it.
"""

from __future__ import annotations

import datetime as dt
import gettext
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Mapping

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
DOMAIN = "isodocs"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang` (isodocs/i18n/locale/<lang>/LC_MESSAGES/isodocs.mo)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r} (expected one of {', '.join(LANGUAGES)})")
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def choose_language(option: str | None, manual_language: str | None = None) -> str:
    """The language a command speaks, the same way for every command: the option given, else
    ISODOCS_LANG, else the manual's own `language`, else Vietnamese."""
    for candidate in (option, os.environ.get("ISODOCS_LANG"), manual_language):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def N_(text: str) -> str:
    """Marks a sentence for the catalogue where it must stay a plain string (click's help texts,
    which are said in the reader's language when shown)."""
    return text


def gettext_in(lang: str, text: str) -> str:
    return catalogue(lang).gettext(text)


@dataclass(frozen=True)
class Msg:
    """A sentence to be said in some language: its English text and the values to put in."""

    text: str
    args: Mapping[str, Any] = field(default_factory=dict)
    plural: str = ""
    n: int = 0
    context: str = ""

    def __init__(self, text: str, /, **args: Any):
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "args", args)
        object.__setattr__(self, "plural", "")
        object.__setattr__(self, "n", 0)
        object.__setattr__(self, "context", "")

    @classmethod
    def kept(cls, text: str, args: Mapping[str, Any], plural: str = "", n: int = 0, context: str = "") -> Msg:
        """A sentence as it was kept in a cache (its text was marked where it was first written)."""
        message = cls(text, **args)
        object.__setattr__(message, "plural", plural)
        object.__setattr__(message, "n", n)
        object.__setattr__(message, "context", context)
        return message

    def template(self, lang: str) -> str:
        """The sentence in `lang`, values not yet put in."""
        found = catalogue(lang)
        if self.plural:
            return found.ngettext(self.text, self.plural, self.n)
        if self.context:
            return found.pgettext(self.context, self.text)
        return found.gettext(self.text)

    def say(self, lang: str) -> str:
        values = {name: said(value, lang) for name, value in self.args.items()}
        if self.plural:
            values.setdefault("n", self.n)
        return self.template(lang).format_map(values)

    def with_args(self, **args: Any) -> Msg:
        """The same sentence with more (or other) values."""
        other = _copy(self)
        object.__setattr__(other, "args", {**self.args, **args})
        return other

    def __str__(self) -> str:  # for logs and exception text; people get `say(lang)`
        return self.say("en")


def Plural(singular: str, plural: str, /, n: int, **args: Any) -> Msg:  # noqa: N802 (a kind of Msg)
    """A sentence whose form depends on a count `n` (ngettext): `{n}` in it is the count."""
    message = Msg(singular, **args)
    object.__setattr__(message, "plural", plural)
    object.__setattr__(message, "n", n)
    return message


def Ctx(context: str, text: str, /, **args: Any) -> Msg:  # noqa: N802 (a kind of Msg)
    """A sentence whose English text means different things in different places (pgettext)."""
    message = Msg(text, **args)
    object.__setattr__(message, "context", context)
    return message


def _copy(message: Msg) -> Msg:
    return Msg.kept(message.text, message.args, message.plural, message.n, message.context)


@dataclass(frozen=True)
class Joined:
    """Several sentences said one after another, in the same language (a list of changes)."""

    parts: tuple
    separator: str = "; "

    def say(self, lang: str) -> str:
        return self.separator.join(str(said(part, lang)) for part in self.parts)


def said(value: Any, lang: str) -> Any:
    """A value as it goes into a sentence in `lang`: anything that can be said (a Msg, a Joined,
    a diagnostic) is said in that language; a day and a fractional number are written as people
    read them there (01/12/2026, 0,5), the same in every message."""
    from isodocs.i18n import formats

    say = getattr(value, "say", None)
    if callable(say):
        return say(lang)
    if isinstance(value, dt.date):
        return formats.date(value)
    if isinstance(value, float):
        return formats.number(value, lang)
    return value
