"""A manual's label templates (templates/labels.<lang>.j2), read and run under guard.

A template comes from the repository: it is data, not code. Before it runs, its syntax tree is
vetted: only what labels need (text, values, `if`, its own macros, a short list of filters;
no loops, multiplication or formatting). While it runs, in Jinja's sandbox, every step that can
make text grow (`~`, `+`, a filter, a macro's result) is bounded in size, and every macro call
is counted, its depth bounded and the clock read: recursive macros, a `~` or `replace` doubling
a text forty times, a list grown without end all stop with a message, in bounded time and
memory. A value that is a function (`{{ code.upper }}` prints a method's address) is refused.
`isodocs check` loads every template and calls each of its macros the way a build would
(check/templates.py), so a template that cannot be used is a finding there, not a failed build.
"""

from __future__ import annotations

import functools
import time
import traceback
from functools import cache
from typing import Any, Callable

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

from isodocs.i18n import Ctx, Msg, Plural
from isodocs.system import resources

BUILTIN = "labels.j2"  # the built-in table, trusted: templates/labels.j2 of isodocs
LANGUAGES = ("vi", "en")

MAX_TEXT = 64 * 1024  # characters in any value a template makes: a label is a line, a sentence a few
MAX_CALLS = 10_000  # macro calls in one label
MAX_DEPTH = 50  # macros calling macros
MAX_SECONDS = 2.0  # to make one label


class TemplateProblem(Exception):
    """A manual's template cannot be used: where and why, for the user rather than a traceback."""

    def __init__(self, path: str, line: int | None, why: Msg):
        super().__init__(path, line, why)
        self.path, self.line, self.why = path, line, why
        where = f"{path}:{line}" if line else path
        self.message = Msg("{where}: {why}", where=where, why=why)

    def __str__(self) -> str:
        return str(self.message)


def template_name(lang: str) -> str:
    """The file name of a manual's overrides in `lang`."""
    return f"labels.{lang}.j2"


def jinja_words(detail: str) -> Ctx:
    return Ctx("Jinja's own words for an error in a template", "{detail}", detail=detail)


def problem(exc: Exception, path: str, template: jinja2.Template | None) -> TemplateProblem:
    """The template line an error happened on: syntax errors carry it; for the others, the
    innermost frame of the template's compiled code maps back to it."""
    line = getattr(exc, "lineno", None)
    if template is not None:
        frames = [fr.lineno for fr in traceback.extract_tb(exc.__traceback__) if fr.filename == path]
        if frames:
            line = template.get_corresponding_lineno(frames[-1])
    said = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return TemplateProblem(path, line, said if isinstance(said, Msg) else jinja_words(said))


# --- what an override may hold -------------------------------------------------------------------

# The sandbox stops attribute tricks, but not a loop of 10**10 turns or "x" * 10**10, so only
# what labels need is allowed: no loops, no multiplication, formatting or padding.
_ALLOWED_NODES = tuple(getattr(nodes, name) for name in (
    "Template", "Output", "TemplateData", "Const", "Name", "Assign", "Macro", "Call", "Keyword",
    "If", "CondExpr", "Compare", "Operand", "And", "Or", "Not", "Concat", "Add", "Sub", "Div",
    "FloorDiv", "Neg", "Pos", "Getattr", "Getitem", "Filter", "Test", "List", "Tuple", "Dict",
    "Pair", "Slice",
))
ALLOWED_FILTERS = frozenset({
    "upper", "lower", "title", "capitalize", "trim", "default", "d", "replace", "join", "length",
    "string", "int", "float", "round", "abs", "first", "last",
})


def _vet(env: SandboxedEnvironment, path: str, text: str) -> nodes.Template:
    try:
        tree = env.parse(text, path)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(path, exc.lineno, jinja_words(exc.message) if exc.message
                              else Msg("syntax error")) from None
    except RecursionError:
        raise TemplateProblem(path, None, Msg("nested too deeply")) from None
    macros = {node.name for node in tree.find_all(nodes.Macro)}
    for node in _walk(tree):
        why = None
        if not isinstance(node, _ALLOWED_NODES):
            why = Msg("{construct} is not allowed in a label template", construct=type(node).__name__.lower())
        elif isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
            why = Msg("the filter '{name}' is not allowed in a label template", name=node.name)
        elif isinstance(node, nodes.Call) and not (isinstance(node.node, nodes.Name) and node.node.name in macros):
            why = Msg("only the template's own macros may be called")
        if why:
            raise TemplateProblem(path, node.lineno, why)
    return tree


def _walk(node: nodes.Node):
    stack = [node]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.iter_child_nodes())


# --- running it within bounds --------------------------------------------------------------------

class Exceeded(Exception):
    """A template went beyond what any label needs."""

    def __init__(self, message: Msg):
        super().__init__(message)
        self.message = message


class _Budget:
    """What one label may spend: macro calls, their depth, time."""

    def __init__(self):
        self.start()

    def start(self) -> None:
        self.calls, self.depth, self.deadline = 0, 0, time.monotonic() + MAX_SECONDS

    def tick(self) -> None:
        self.calls += 1
        if self.calls > MAX_CALLS:
            raise Exceeded(Msg("it takes more than {limit} macro calls to make one label", limit=MAX_CALLS))
        if time.monotonic() > self.deadline:
            raise Exceeded(Msg("it takes more than {seconds} seconds to make one label", seconds=int(MAX_SECONDS)))


def _grows() -> Exceeded:
    return Exceeded(Msg("a text grows beyond {limit} characters", limit=MAX_TEXT))


def _text(value: Any) -> Any:
    """A value a template may hold: text, numbers, lists and mappings of them, within bounds."""
    if isinstance(value, jinja2.Undefined):  # said as undefined where it is used
        return value
    if callable(value):
        raise Exceeded(Msg("it uses a function or a macro as a value (a macro is called with its arguments)"))
    if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_TEXT:
        raise _grows()
    return value


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, list, tuple)) else 0


def _join(items: list) -> str:
    """`a ~ b ~ c`, with the result's size known before it is made."""
    parts = [str(_text(item)) for item in items]
    if sum(map(len, parts)) > MAX_TEXT:
        raise _grows()
    return "".join(parts)


_JOIN = "isodocs_join"


class _Joins(NodeTransformer):
    """Every `~` becomes a call of `_join`, which knows the size before joining."""

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        call = nodes.Call(nodes.Name(_JOIN, "load"), [nodes.List(node.nodes)], [], None, None)
        call.set_lineno(node.lineno)
        return call


def _bounded_filter(name: str, function: Callable) -> Callable:
    @functools.wraps(function)  # keeps Jinja's pass_* markers
    def guarded(*args, **kwargs):
        values = [a for a in args if not isinstance(a, (jinja2.nodes.EvalContext, jinja2.runtime.Context))]
        for value in values:
            _text(value)
        if name == "replace" and len(values) >= 3 and all(isinstance(v, str) for v in values[:3]):
            s, old, new = values[:3]
            grows = (s.count(old) if old else len(s) + 1) * max(0, len(new) - len(old))
            if len(s) + grows > MAX_TEXT:
                raise _grows()
        if name == "join" and values and isinstance(values[0], (list, tuple)):
            sep = values[1] if len(values) > 1 and isinstance(values[1], str) else ""
            if sum(len(str(v)) for v in values[0]) + len(sep) * len(values[0]) > MAX_TEXT:
                raise _grows()
        return _text(function(*args, **kwargs))
    return guarded


class _Guarded(SandboxedEnvironment):
    """The sandbox of a manual's template: every call counted, every growth bounded."""

    intercepted_binops = frozenset({"+"})

    def __init__(self, **options):
        super().__init__(**options)
        self.budget = _Budget()
        self.filters = {name: _bounded_filter(name, self.filters[name]) for name in ALLOWED_FILTERS}
        self.globals = {_JOIN: _join}

    def call_binop(self, context, operator, left, right):
        _text(left), _text(right)
        if _size(left) + _size(right) > MAX_TEXT:
            raise _grows()
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's signature)
        budget = __self.budget
        budget.tick()
        budget.depth += 1
        try:
            if budget.depth > MAX_DEPTH:
                raise Exceeded(Msg("its macros call each other more than {limit} levels deep", limit=MAX_DEPTH))
            return _text(super().call(__context, __obj, *args, **kwargs))
        finally:
            budget.depth -= 1


def environment(sources: dict[str, str]) -> _Guarded:
    return _Guarded(
        # The template's name as its file name: error frames then say which template failed.
        loader=jinja2.FunctionLoader(lambda name: (sources[name], name, lambda: True)),
        autoescape=False,
        undefined=jinja2.StrictUndefined,  # a misspelt name in an override is an error, not ""
        finalize=_text,
    )


def load_override(path: str, text: str) -> tuple[dict[str, Any], jinja2.Template]:
    """The names a manual's template defines (its labels and macros), and the template, vetted
    and run within bounds; TemplateProblem saying where and why it cannot be used."""
    env = environment({path: text})
    tree = _Joins().visit(_vet(env, path, text))
    template = None
    try:
        code = env.compile(tree, name=path, filename=path)
        template = env.template_class.from_code(env, code, env.make_globals(None))
        env.budget.start()
        return dict(template.module.__dict__), template
    except Exception as exc:  # any error in a manual's template is the manual's problem
        raise problem(exc, path, template) from None


def call(template: jinja2.Template, path: str, macro: Callable, values: dict[str, Any]) -> str:
    """One label made by a macro of `template` (a manual's, bounded; or the built-in table)."""
    budget = getattr(template.environment, "budget", None)
    if budget is not None:
        budget.start()
    try:
        return str(macro(**values)).strip()
    except Exception as exc:
        raise problem(exc, path, template) from None


@cache
def builtin_signatures() -> dict[str, tuple[str, ...] | None]:
    """The built-in table's names: a macro's arguments, or None for a label."""
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    tree = env.parse(resources.read_text("templates", BUILTIN))
    found: dict[str, tuple[str, ...] | None] = {}
    for node in tree.body:
        if isinstance(node, nodes.Assign) and isinstance(node.target, nodes.Name):
            found[node.target.name] = None
        elif isinstance(node, nodes.Macro):
            found[node.name] = tuple(arg.name for arg in node.args)
    return found


def findings(templates: dict[str, str]) -> list[TemplateProblem]:
    """Every manual's label template, used as a build would use it: loaded, its names known to
    the built-in table, each of its macros called with values like a build's. The first problem
    of each template."""
    found = []
    for lang in LANGUAGES:
        text = templates.get(template_name(lang))
        if text is None:
            continue
        known = builtin_signatures()
        path = f"templates/{template_name(lang)}"
        try:
            names, template = load_override(path, text)
            unknown = sorted(k for k in names if k not in known and not k.startswith("_"))
            if unknown:
                raise TemplateProblem(path, None, Plural("unknown label: {labels}", "unknown labels: {labels}",
                                                         n=len(unknown), labels=", ".join(unknown)))
            for name, value in names.items():
                if name.startswith("_") or name not in known:
                    continue
                if known[name] is None and callable(value):
                    raise TemplateProblem(path, None, Msg("'{name}' must be a label, not a macro", name=name))
                if known[name] is not None:
                    if not callable(value):
                        raise TemplateProblem(path, None, Msg("'{name}' must be a macro", name=name))
                    call(template, path, value, dict.fromkeys(known[name], "1"))
        except TemplateProblem as exc:
            found.append(exc)
    return found
