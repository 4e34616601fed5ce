"""Every rendered label and fixed sentence, read from Jinja2 templates.

The built-in defaults are one table, `templates/labels.j2`: `{% set name = ... %}` labels and
`{% macro name(args) %}` sentences whose texts are entries of the message catalogue
(`pgettext("label name", "English text", value=...)`), said in each language through
isodocs.i18n; it is trusted, and only its environment has Jinja's i18n extension. A manual's
own `templates/labels.<lang>.j2` needs only the names it changes: a name is looked up there
first, then in the table. Templates run in Jinja's sandbox (a manual is data, not code) without
autoescaping (the XML layer escapes); a manual's are vetted and bounded (load.templates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from isodocs.i18n import Msg, Plural, catalogue, formats
from isodocs.i18n.formats import amount, number
from isodocs.load.templates import BUILTIN, LANGUAGES, TemplateProblem, call, load_override, problem, template_name
from isodocs.model import HOURS_PER_WORKING_DAY, ChannelKind, Duration, Fee, Manual, TimeLimit, TimeUnit
from isodocs.system import resources

__all__ = ["BUILTIN", "LANGUAGES", "Labels", "TemplateProblem", "channels_inline", "clock", "duration", "extension_lines",
           "fee_lines", "fee_text", "labels_for", "limit_sentence", "money", "place", "template_name", "working_time"]


def _environment(sources: dict[str, str], extensions: tuple[str, ...] = ()) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        # The template's name as its file name: error frames then say which template failed.
        loader=jinja2.FunctionLoader(lambda name: (sources[name], name, lambda: True)),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        extensions=extensions,
    )


def _translated_environment(sources: dict[str, str], lang: str) -> SandboxedEnvironment:
    """The built-in table's environment: its texts said in `lang` through the catalogue, with
    `{name}` placeholders as every other sentence of isodocs (Msg, Ctx, Plural)."""
    found = catalogue(lang)
    env = _environment(sources, ("jinja2.ext.i18n",))
    env.install_gettext_callables(
        gettext=lambda text, **values: found.gettext(text).format_map(values),
        ngettext=lambda singular, plural, n, **values: found.ngettext(singular, plural, n).format_map({"n": n, **values}),
        pgettext=lambda context, text, **values: found.pgettext(context, text).format_map(values),
        newstyle=False)
    env.globals["lang"] = lang  # for the grammar a translation cannot carry (legal_citation)
    return env


def _module(path: str, text: str, lang: str = "") -> tuple[dict[str, Any], jinja2.Template]:
    """The names a template defines (its labels and macros), and the template. With `lang`, the
    template is the built-in table, said in that language; without, a manual's override, vetted
    and run within bounds (load.templates)."""
    if not lang:
        return load_override(path, text)
    from isodocs.render import compiled

    template = None
    try:
        env = _translated_environment({path: text}, lang)
        template = compiled.template(env, path, text) or env.get_template(path)
        return dict(template.module.__dict__), template
    except Exception as exc:
        raise problem(exc, path, template) from None


_BUILTIN_PATH = f"isodocs:templates/{BUILTIN}"


@cache
def _builtin(lang: str) -> tuple[dict[str, Any], jinja2.Template]:
    return _module(_BUILTIN_PATH, resources.read_text("templates", BUILTIN), lang)


def builtin_code(lang: str = LANGUAGES[0]) -> tuple[str, str]:
    """(the Python code Jinja writes for the built-in table, the table): the same in every
    language, which the environment's gettext says at run time (render/compiled/)."""
    text = resources.read_text("templates", BUILTIN)
    env = _translated_environment({_BUILTIN_PATH: text}, lang)
    return env.compile(text, _BUILTIN_PATH, _BUILTIN_PATH, raw=True), text


@dataclass(frozen=True)
class Labels:
    """Labels by attribute (`labels.code`), sentences by call (`labels("duration", value=..)`)."""

    lang: str
    names: dict[str, Any]  # the manual's names over the built-in ones
    origin: dict[str, str]  # name -> file it came from, for error messages
    templates: dict[str, jinja2.Template]  # file -> template, to place errors on their line
    _calls: dict = field(default_factory=dict, compare=False)  # memo: the same sentence recurs

    def __getattr__(self, name: str) -> str:
        try:
            value = self.names[name]
        except KeyError:
            raise AttributeError(name) from None
        if callable(value):
            raise TemplateProblem(self.origin[name], None, Msg("'{name}' is a label, not a macro", name=name))
        return str(value)

    def __call__(self, name: str, /, **values: Any) -> str:
        key = (name, tuple(sorted(values.items())))
        found = self._calls.get(key)
        if found is None:
            macro = self.names.get(name)
            if not callable(macro):
                raise TemplateProblem(self.origin.get(name, template_name(self.lang)), None,
                                      Msg("'{name}' must be a macro", name=name))
            path = self.origin[name]
            found = call(self.templates[path], path, macro, values)
            self._calls[key] = found
        return found


def labels_for(manual: Manual | None, lang: str) -> Labels:
    """The labels for `lang`, with the manual's overrides (if any) winning."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r} (expected one of {', '.join(LANGUAGES)})")
    return _labels(lang, manual.templates.get(template_name(lang)) if manual is not None else None)


@lru_cache(maxsize=16)
def _labels(lang: str, text: str | None) -> Labels:
    """The labels for `lang` with the overrides in `text` (a build asks for them once per file:
    compiled once)."""
    name = template_name(lang)
    builtin, builtin_template = _builtin(lang)
    names = dict(builtin)
    origin = dict.fromkeys(builtin, builtin_template.name)
    templates = {builtin_template.name: builtin_template}
    if text is not None:
        path = f"templates/{name}"
        own, template = _module(path, text)
        unknown = sorted(k for k in own if k not in builtin and not k.startswith("_"))
        if unknown:
            raise TemplateProblem(path, None, Plural("unknown label: {labels}", "unknown labels: {labels}",
                                                     n=len(unknown), labels=", ".join(unknown)))
        names.update(own)
        origin.update(dict.fromkeys(own, path))
        templates[path] = template
    return Labels(lang, names, origin, templates)


# ---------------------------------------------------------------------------------------------
# Values said with the labels' words


def duration(value: Duration | None, labels: Labels) -> str:
    """8 giờ làm việc, 30 ngày: the number as the language writes it, the unit's label; the same
    working day in words."""
    if value is None:
        return ""
    if value.unit == TimeUnit.SAME_DAY:
        return labels.same_day
    return labels("duration", value=number(value.value, labels.lang), unit=getattr(labels, value.unit))


def clock(text: str, labels: Labels) -> str:
    """A cut-off hour (HH:MM) as the language says it: 15 giờ, 15:00."""
    hours, _, minutes = text.partition(":")
    return labels("clock", hours=str(int(hours)), minutes=minutes or "00")


def limit_sentence(limit: TimeLimit, labels: Labels) -> str:
    """The normal limit as a sentence: its length, the cut-off, and when the count starts (the
    published start, else from receipt of a complete dossier)."""
    said = duration(limit, labels)
    cutoff = getattr(limit, "cutoff", "")
    if cutoff:
        said = f"{said}; {labels('cutoff_clause', time=clock(cutoff, labels))}"
    start = getattr(limit, "start", "")
    if start:
        return labels("time_limit_from", duration=said, start=start)
    if limit.unit == TimeUnit.SAME_DAY:  # the day of receipt is its own start
        return labels("time_limit_plain", duration=said)
    return labels("time_limit_sentence", duration=said)


def extension_lines(limit: TimeLimit, labels: Labels) -> list[str]:
    """Each extension, its case and its own limit (never added to the normal one)."""
    return [labels("extension", when=e.when, duration=duration(e, labels)) for e in getattr(limit, "extensions", ())]


def money(value: int, labels: Labels) -> str:
    """5.000 đồng; nothing to pay is said in words, never "0"."""
    return labels.fee_none if value == 0 else labels("money", amount=amount(value, labels.lang))


def fee_text(fee: Fee, labels: Labels) -> str:
    """Lệ phí: 8.000 đồng/bản sao, or the published wording as it is; phí and lệ phí named."""
    kind = getattr(labels, f"fee_{fee.kind}")
    if fee.text:
        said = fee.text
    elif fee.amount is None:
        said = labels.fee_none
    else:
        said = money(fee.amount, labels)
        if fee.per and fee.amount:
            said = labels("fee_per", amount=said, per=fee.per)
    return f"{kind}: {said}"


def fee_lines(fees: tuple[Fee, ...], labels: Labels) -> list[str]:
    """Each fee on its line, and who is exempt from it under it."""
    lines = []
    for fee in fees:
        lines.append(fee_text(fee, labels))
        if fee.exemptions:
            lines.append(labels("fee_exemptions", who="; ".join(fee.exemptions)))
    return lines


def channels_inline(channels: tuple[ChannelKind, ...], labels: Labels) -> str:
    """Channels as a sentence names them: trực tiếp, qua dịch vụ bưu chính."""
    return ", ".join(getattr(labels, f"by_{c}") for c in channels)


def working_time(hours: float, unit: str, labels: Labels) -> str:
    """A total of working hours said in `unit`: hours as they are ("9 giờ làm việc", beside a
    limit in hours); days as whole days and the hours left ("2 ngày 1 giờ làm việc"), never a
    rounded fraction of a day (2,12 ngày)."""
    if unit != "working_days":
        return duration(Duration(round(hours, 6), "working_hours"), labels)
    return formats.working_time(hours, labels.lang, HOURS_PER_WORKING_DAY)


def place(agency_name: str, units: str) -> str:
    """The place name in an agency's name: what follows its last administrative unit word
    (`units`, alternatives separated by |, from the labels)."""
    words = [re.escape(u.strip()) for u in units.split("|") if u.strip()]
    if not words:
        return ""
    found = list(re.finditer(rf"(?i)\b(?:{'|'.join(words)})\s+", agency_name))
    return agency_name[found[-1].end():].strip() if found else ""
