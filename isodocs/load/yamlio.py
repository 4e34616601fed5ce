"""Safe, fast YAML reading for files a secretary writes and an attacker might.

libyaml (CSafeLoader) does the parsing. The resolvers follow YAML 1.2's core schema rather
than PyYAML's YAML 1.1 defaults, because 1.1 turns a step's `no:` key into False, `7:30`
into 450 and `2025-07-01` into a date object the schemas cannot check. Dates stay strings
here and become `datetime.date` in the model. Mapping keys are always their source text.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

import yaml

from isodocs.diagnostics import Diagnostic, rules
from isodocs.i18n import Ctx, Msg

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 200  # collections nested inside each other
MAX_EXPANDED_NODES = 200_000
MAX_NUMBER = 1e15  # every count, time and target in a manual is far below this  # values once aliases are expanded
_DEPTH_SCAN_THRESHOLD = 500  # below this cheap bound no exact depth scan is needed


class YamlProblem(Exception):
    """A file that cannot become data; carries the diagnostic to report."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message("en"))
        self.diagnostic = diagnostic


_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, MAP, SEQ, MERGE = (_T + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "merge"))
_IMPLICIT: dict[str, list[tuple[str, re.Pattern]]] = {}
for _tag, _pattern, _first in (
    (BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (NULL, r"^(?:~|null|Null|NULL)$", "~nN"),
    (INT, r"^(?:[-+]?[0-9][0-9_]*|0x[0-9a-fA-F_]+)$", "-+0123456789"),
    # no .inf or .nan: no quantity in a manual is infinite, and NaN compares false with every limit
    (FLOAT, r"^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
    (MERGE, r"^<<$", "<"),
):
    for _char in _first:
        _IMPLICIT.setdefault(_char, []).append((_tag, re.compile(_pattern)))


class _Composer(yaml.CSafeLoader):
    """libyaml parses and composes; tags are resolved here and values built by `_Builder`."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            return _resolved(value) if implicit[0] else STR
        return SEQ if kind is yaml.SequenceNode else MAP

    def descend_resolver(self, current_node, current_index):
        pass  # no path resolvers: skip PyYAML's per-node bookkeeping

    def ascend_resolver(self):
        pass


class _Builder:
    """Nodes to plain data: dict, list, str, int, float, bool, None. Nothing else is made.

    Mapping keys are always their source text, so a step's `no:` stays "no".
    """

    def __init__(self, path: str, line_offset: int, text: str = ""):
        self.path = path
        self.line_offset = line_offset
        self.text = text
        self.memo: dict[int, Any] = {}
        self.duplicates: list[yaml.Node] = []

    def problem(self, node: yaml.Node, problem: Msg) -> YamlProblem:
        line, column = position(self.text, node.start_mark)
        return YamlProblem(rules.YAML_SYNTAX.at(self.path, line + self.line_offset, column, problem=problem))

    def build(self, node: yaml.Node) -> Any:
        if id(node) in self.memo:
            return self.memo[id(node)]
        if isinstance(node, yaml.ScalarNode):
            value = self.scalar(node)
        elif isinstance(node, yaml.SequenceNode):
            if node.tag != SEQ:
                raise self.problem(node, Msg("the tag {tag} is not allowed", tag=node.tag))
            value = self.memo[id(node)] = []
            value.extend(self.build(child) for child in node.value)
        else:
            if node.tag != MAP:
                raise self.problem(node, Msg("the tag {tag} is not allowed", tag=node.tag))
            value = self.memo[id(node)] = {}
            self.mapping(node, value)
        self.memo[id(node)] = value
        return value

    def mapping(self, node: yaml.MappingNode, out: dict) -> None:
        if node.flow_style:
            self.commas(node)
        merged: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.problem(key_node, Msg("a key must be a plain name, not a list or a mapping"))
            if key_node.tag == MERGE:
                sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
                for source in reversed(sources):
                    data = self.build(source)
                    if not isinstance(data, dict):
                        raise self.problem(source, Msg("only a mapping can be merged with <<"))
                    merged.update(data)
                continue
            key = self.written(key_node)
            if key in out:
                self.duplicates.append(key_node)
            out[key] = self.build(value_node)
        for key, value in merged.items():
            out.setdefault(key, value)

    def commas(self, node: yaml.MappingNode) -> None:
        """Refuse a comma that cut a text inside { }: in `{action: Xem xét, ký Giấy khai sinh, actor: ...}`
        YAML ends the action at the comma and reads `ký Giấy khai sinh` as a key without a value
        (no ':' follows it). Secretaries write commas in titles, form names and retention periods."""
        pairs = node.value
        for i, (key, value) in enumerate(pairs):
            if not self._keyless(key, value):
                continue
            last = i
            while last + 1 < len(pairs) and self._keyless(*pairs[last + 1]):
                last += 1
            rest = self.text[key.start_mark.index:pairs[last][0].end_mark.index]
            before = pairs[i - 1] if i else None
            if before is not None and isinstance(before[1], yaml.ScalarNode) and not before[1].style:
                whole = self.text[before[1].start_mark.index:pairs[last][0].end_mark.index]
                fix = f"{before[0].value}: {_quoted(whole)}"  # the text as written, commas and all
            else:
                fix = _quoted(rest)
            line, column = position(self.text, key.start_mark)
            raise YamlProblem(rules.COMMA_IN_BRACES.at(self.path, line + self.line_offset, column, rest=rest,
                                                       fix=fix))

    def _keyless(self, key: yaml.Node, value: yaml.Node) -> bool:
        """A plain key with no ':' after it (its value the empty null YAML supplies)."""
        return (isinstance(key, yaml.ScalarNode) and not key.style and isinstance(value, yaml.ScalarNode)
                and value.tag == NULL and value.value == "" and key.value != ""
                and ":" not in self.text[key.end_mark.index:value.start_mark.index])

    def written(self, node: yaml.ScalarNode) -> str:
        """A scalar's text. The file was NFC and held only printable characters when it was read;
        escapes in double quotes can still write a control character ("\\x1b") or a decomposed
        letter ("\\u0110O\\u031bN"): the first is refused as the reader refuses it written out,
        the second is composed, so every value is NFC as the format promises."""
        text = node.value
        if node.style == '"':
            found = _NOT_PRINTABLE.search(text)
            if found:
                character = f"#x{ord(found.group()):04x}"
                raise self.problem(node, Msg("the special character {character} is not allowed", character=character))
            if not unicodedata.is_normalized("NFC", text):
                text = unicodedata.normalize("NFC", text)
        return text

    def scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == STR:
            return self.written(node)
        try:
            return _value(node.tag, node.value)
        except _BadScalar as exc:
            raise self.problem(node, exc.problem) from None


class _BadScalar(Exception):
    def __init__(self, problem: Msg):
        self.problem = problem


def _resolved(value: str) -> str:
    """The tag YAML 1.2's core schema gives a plain scalar."""
    if value == "":
        return NULL
    for tag, pattern in _IMPLICIT.get(value[0], ()):
        if pattern.match(value):
            return tag
    return STR


def _value(tag: str, text: str) -> Any:
    """A scalar's value by its resolved tag (str written as it is); raises _BadScalar."""
    try:
        if tag == STR:
            return text
        if tag == NULL:
            return None
        if tag == BOOL:
            return text.lower() == "true"
        if tag == INT:
            digits = text.replace("_", "")
            hexadecimal = digits.lower().lstrip("+-").startswith("0x")
            if len(digits.lower().lstrip("+-").removeprefix("0x").lstrip("0")) > 20:  # Python refuses 4,300
                raise _BadScalar(Msg("the number {value} is too large (the limit is {limit})",
                                     value=text[:40], limit=format(MAX_NUMBER, ".0e")))
            number = int(digits, 16) if hexadecimal else int(digits, 10)
        elif tag == FLOAT:
            number = float(text.replace("_", ""))
        else:
            raise _BadScalar(Msg("the tag {tag} is not allowed", tag=tag))
    except ValueError:
        raise _BadScalar(Msg("{value} is not a valid {kind}", value=repr(text[:40]), kind=tag[len(_T):])) from None
    if not -MAX_NUMBER <= number <= MAX_NUMBER:  # also refuses 1e400, which float() makes inf
        raise _BadScalar(Msg("the number {value} is too large (the limit is {limit})", value=text[:40],
                             limit=format(MAX_NUMBER, ".0e")))
    return number


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Parsed:
    data: Any
    duplicate_keys: tuple[tuple[str, int, int], ...]  # key, line, column (1-based)


def parse(text: str, path: str, line_offset: int = 0) -> Parsed:
    """Parse one YAML document; raise YamlProblem with a located diagnostic when it cannot."""
    flat = _flat(text)
    return Parsed(flat, ()) if flat is not None else parse_composed(text, path, line_offset)


def parse_composed(text: str, path: str, line_offset: int = 0) -> Parsed:
    """`parse` through libyaml's nodes, whatever the file."""
    node = compose(text, path, line_offset)
    builder = _Builder(path, line_offset, text)
    with _explained(text, path, line_offset):
        data = builder.build(node)
    plain = _plain(text)
    dups = tuple((n.value, *_shift(position(text, n.start_mark, plain), line_offset)) for n in builder.duplicates)
    return Parsed(data, dups)


# A file of `key: value` lines alone, each value one plain or single-quoted scalar on its line, as
# approval records are: what libyaml would give, read without it (a province has tens of
# thousands of records; libyaml takes four times as long). Any other file goes to libyaml.
_FLAT_FILE = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_]{0,99}:(?: [^\n]+)?\n|#[^\n]*\n|\n)+")  # libyaml bounds a key
_FLAT_PAIR = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*):(?: ([^\n]+))?$", re.MULTILINE)
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` \t")  # indicators, and space: not a plain scalar's start
# what YAML refuses, and the breaks and marks libyaml reads its own way: CR, tab, NEL, LS, PS, BOM
# (named as the characters refused, not as all but those allowed: compiled in 0.7 ms, not 4.5)
_FLAT_REFUSED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def _flat(text: str) -> dict | None:
    """The mapping a flat file holds, or None for any file that is not plainly one (the same
    file then goes to libyaml: this never decides an error)."""
    lines = text if text.endswith("\n") else text + "\n"
    if not _FLAT_FILE.fullmatch(lines) or _FLAT_REFUSED.search(text):
        return None
    out: dict = {}
    for key, written in _FLAT_PAIR.findall(lines):
        if key in out:
            return None  # a duplicate: libyaml says where
        if not written:
            out[key] = None
        elif written[0] == "'":
            quoted = _SINGLE_QUOTED.fullmatch(written)
            if quoted is None:
                return None
            out[key] = quoted.group(1).replace("''", "'")
        elif written[0] in _PLAIN_FIRST or written[-1] in " :" or ": " in written or " #" in written:
            return None
        elif written[0] not in _IMPLICIT:
            out[key] = written  # text: no other tag starts with its first character
        else:
            tag = _resolved(written)
            if tag not in _FLAT_TAGS:
                return None
            try:
                out[key] = _value(tag, written)
            except _BadScalar:
                return None
    return out or None


_FLAT_TAGS = frozenset((STR, NULL, BOOL, INT, FLOAT))


def compose(text: str, path: str, line_offset: int = 0) -> yaml.Node:
    """The document's nodes, with their places in the text (for editing a file in place), read
    under the same guards as `parse`: nesting, alias bombs, forbidden characters. The one way
    isodocs reads YAML; raises YamlProblem."""
    _check_depth(text, path, line_offset)
    composer = _Composer(text)
    try:
        with _explained(text, path, line_offset):
            node = composer.get_single_node()
            if node is None:
                raise YamlProblem(rules.EMPTY_FILE.at(path, line_offset + 1))
            if "&" in text and "*" in text:
                _check_expansion(node, path, line_offset, text)
            return node
    finally:
        composer.dispose()


@contextlib.contextmanager
def _explained(text: str, path: str, line_offset: int):
    """libyaml's and Python's errors as the finding they are (F103 or F104), placed in the file."""
    try:
        yield
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = position(text, mark) if mark else (None, None)
        line = line + line_offset if line else None
        if _libyaml_depth_limit(exc):
            raise too_deep(path, line) from None
        raise YamlProblem(rules.YAML_SYNTAX.at(path, line, col, **explained(exc.problem, exc.context))) from None
    except yaml.reader.ReaderError as exc:  # a character YAML forbids (NUL, other controls)
        line, col = _place(text, exc.position)
        character = f"#x{exc.character:04x}" if isinstance(exc.character, int) else repr(exc.character)
        raise YamlProblem(rules.YAML_SYNTAX.at(
            path, line + line_offset, col, problem=Msg("the special character {character} is not allowed",
                                                       character=character))) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(rules.YAML_SYNTAX.at(path, None, None, **explained(str(exc).splitlines()[0], None))) from None
    except RecursionError:
        raise too_deep(path, None) from None


_UNUSUAL_BREAK = re.compile("[\x85\u2028\u2029]")
# what YAML's reader refuses in a file (its printable set, tab and line breaks aside): the same
# characters are refused when an escape writes them
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def printable(text: str) -> bool:
    """Whether a manual may hold this text in a value: none of the characters YAML refuses in a
    file (and refuses, here, when an escape writes them)."""
    return not _NOT_PRINTABLE.search(text)


def _plain(text: str) -> bool:
    return not _UNUSUAL_BREAK.search(text)


def position(text: str, mark, plain: bool | None = None) -> tuple[int, int]:
    """1-based line and column of a libyaml mark, as an editor shows them.

    libyaml also breaks lines at NEL, LS and PS (YAML 1.1), and puts the end of a file that
    lacks a final newline on a line after its last; editors and isodocs do neither. The
    mark's index (in characters) is exact in every case, its line and column in most.
    """
    if (_plain(text) if plain is None else plain) and mark.index < len(text):
        return mark.line + 1, mark.column + 1
    index = min(mark.index, len(text))
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


def _shift(place: tuple[int, int], line_offset: int) -> tuple[int, int]:
    return place[0] + line_offset, place[1]


def _place(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a UTF-8 byte offset into `text` (libyaml counts bytes)."""
    before = text.encode("utf-8")[:offset].decode("utf-8", "ignore")
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def _check_depth(text: str, path: str, line_offset: int) -> None:
    """Refuse nesting deep enough to exhaust libyaml's or Python's stack.

    A collection nests inside another only through a bracket or one more character of a
    line, so brackets plus the longest line bound the depth; scan events only past that.
    """
    bound = text.count("[") + text.count("{") + max(map(len, text.split("\n")), default=0)
    if bound <= _DEPTH_SCAN_THRESHOLD:
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            kind = type(event)
            if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                depth += 1
                if depth > MAX_DEPTH:
                    raise too_deep(path, position(text, event.start_mark)[0] + line_offset)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                depth -= 1
    except yaml.YAMLError as exc:
        if _libyaml_depth_limit(exc):  # libyaml 0.2.6 and later stop at their own limit (1,000)
            mark = exc.problem_mark or exc.context_mark
            raise too_deep(path, position(text, mark)[0] + line_offset if mark else None) from None
        return  # the real parse reports syntax errors with their place


def too_deep(path: str, line: int | None) -> YamlProblem:
    return YamlProblem(rules.YAML_TOO_COMPLEX.at(
        path, line, why=Msg("more than {levels} levels of nesting", levels=MAX_DEPTH)))


def _libyaml_depth_limit(exc: yaml.YAMLError) -> bool:
    """libyaml 0.2.6 (PyYAML 6.0.4's wheels) refuses deep nesting itself, as a scanner error:
    whichever guard notices first, it is the same finding (F104), never a syntax error."""
    return "maximum nesting depth" in str(getattr(exc, "problem", "") or "")


def _check_expansion(root: yaml.Node, path: str, line_offset: int, text: str = "") -> None:
    """Refuse alias bombs and self-referring aliases: count values as if every alias were written out."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if done or not children:
            open_nodes.discard(id(node))
            size = 1 + sum(sizes[id(c)] for c in children)
            sizes[id(node)] = size
            if size > MAX_EXPANDED_NODES:
                line = position(text, node.start_mark)[0] + line_offset
                raise YamlProblem(rules.YAML_TOO_COMPLEX.at(
                    path, line, why=Msg("aliases expand it to more than {limit} values",
                                        limit=format(MAX_EXPANDED_NODES, ","))))
        else:
            if any(id(c) in open_nodes for c in children):
                line = position(text, node.start_mark)[0] + line_offset
                raise YamlProblem(rules.YAML_TOO_COMPLEX.at(
                    path, line, why=Msg("an alias refers to a value that contains it")))
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)


def _children(node: yaml.Node) -> list:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


# What libyaml says, and what a secretary can act on. libyaml's own words stay in the message
# when this table does not know them.
_LIBYAML: dict[str, Msg] = {
    "mapping values are not allowed in this context": Msg("a ': ' where no key can start (a value containing ': ' needs quotes, or the indentation is off)"),
    "did not find expected ',' or ']'": Msg("a list in [ ] is not closed, or lacks a comma"),
    "did not find expected ',' or '}'": Msg("a group in {{ }} is not closed, or lacks a comma"),
    "did not find expected '-' indicator": Msg("a list item without '- ', or the indentation is off"),
    "did not find expected key": Msg("text where a key was expected (the indentation is off, or there is text after a closing quote or bracket)"),
    "did not find expected node content": Msg("a value is missing"),
    "found unexpected end of stream": Msg("the file ends too early: a quote or bracket is not closed"),
    "found unknown escape character": Msg("an unknown escape after '\\' inside double quotes (write '\\\\', or use single quotes)"),
    "did not find expected hexdecimal number": Msg("a bad \\x, \\u or \\U code inside double quotes"),
    "found character that cannot start any token": Msg("a character that cannot start a value here (a tab, or @, ` or % first: indent with spaces, or use quotes)"),
    "found a tab character where an indentation space is expected": Msg("a tab where spaces must indent"),
    "found undefined alias": Msg("an alias (*name) with no anchor (&name) before it"),
    "second occurrence": Msg("the same anchor (&name) is defined twice"),
    "found undefined tag handle": Msg("an unknown tag (!...)"),
    "found duplicate %YAML directive": Msg("%YAML is declared twice"),
    "but found another document": Msg("more than one document (a second '---')"),
}


def explained(problem: str | None, context: str | None) -> dict[str, Msg]:
    """F103's `problem`, from libyaml's problem (or its context)."""
    said = problem or context or "unreadable YAML"
    return {"problem": _LIBYAML.get(said) or Ctx("libyaml's own words for a YAML syntax error", "{detail}", detail=said)}


class Locator:
    """Finds the line and column of a value in files already read.

    A position is found by reading the file's YAML events only as far as the value: a rule
    that flags thousands of documents at their `revision` line (near the top) reads a few
    lines of each, not every document whole. A file asked about often is composed once.
    """

    _COMPOSE_AFTER = 4  # positions asked in one file before composing it is the cheaper way

    def __init__(self, texts: dict[str, tuple[str, int]],
                 unread: dict[str, Callable[[], tuple[str, int] | None]] | None = None):
        self._texts = texts  # path -> (YAML text, lines before it in the file)
        self._unread = unread if unread is not None else {}  # path -> how to read it, when asked
        self._roots: dict[str, yaml.Node | None] = {}
        self._asked: dict[str, int] = {}

    def __call__(self, path: str, keys: tuple, at_key: bool = False) -> tuple[int | None, int | None]:
        found = self._seek(path, keys, at_key)
        if found is None:
            return None, None
        text, offset = self._texts[path]
        line, column = position(text, found[0])
        return line + offset, column

    def written(self, path: str, keys: tuple) -> str | None:
        """The scalar at `keys` as written in the file (YAML reads `7.10` as the number 7.1)."""
        found = self._seek(path, keys, False)
        return found[1] if found else None

    def _seek(self, path: str, keys: tuple, at_key: bool) -> tuple[yaml.Mark, str | None] | None:
        """(mark of the deepest place `keys` lead to, the scalar there when they all exist)."""
        if path not in self._texts and path in self._unread:
            text = self._unread.pop(path)()
            if text is not None:
                self._texts[path] = text
        if path not in self._texts:
            return None
        self._asked[path] = asked = self._asked.get(path, 0) + 1
        if asked < self._COMPOSE_AFTER and path not in self._roots:
            try:
                found = _seek_events(yaml.parse(self._texts[path][0], Loader=yaml.CSafeLoader), keys, at_key)
            except yaml.YAMLError:
                return None
            if found is not None:
                return found
        node = self._root(path)  # many positions asked, or an alias on the way
        if node is None:
            return None
        mark, found = _find(node, keys, at_key)
        return mark, found.value if isinstance(found, yaml.ScalarNode) else None

    def _root(self, path: str) -> yaml.Node | None:
        if path not in self._roots:
            try:
                self._roots[path] = yaml.compose(self._texts[path][0], Loader=yaml.CSafeLoader)
            except yaml.YAMLError:
                self._roots[path] = None
        return self._roots[path]


def _seek_events(events, keys: tuple, at_key: bool) -> tuple[yaml.Mark, str | None] | None:
    """`_find` over a stream of parser events, reading no further than it must; None when an
    alias stands on the way (only the composed nodes resolve it) or the file holds nothing."""
    event = next(events)
    while isinstance(event, (yaml.StreamStartEvent, yaml.DocumentStartEvent)):
        event = next(events)
    if isinstance(event, (yaml.StreamEndEvent, yaml.DocumentEndEvent)):
        return None
    mark = event.start_mark
    for i, key in enumerate(keys):
        last = i == len(keys) - 1
        if isinstance(event, yaml.AliasEvent):
            return None
        if isinstance(event, yaml.MappingStartEvent):
            while True:
                key_event = next(events)
                if isinstance(key_event, yaml.MappingEndEvent):
                    return mark, None
                if isinstance(key_event, yaml.ScalarEvent) and key_event.value == str(key):
                    event = next(events)
                    mark = key_event.start_mark if (last and at_key) else event.start_mark
                    break
                if isinstance(key_event, yaml.AliasEvent):
                    return None  # an aliased key: compose to compare it as _find does
                _skip(events, key_event)
                _skip(events, next(events))
        elif isinstance(event, yaml.SequenceStartEvent) and isinstance(key, int) and key >= 0:
            for _ in range(key):
                item = next(events)
                if isinstance(item, yaml.SequenceEndEvent):
                    return mark, None
                _skip(events, item)
            event = next(events)
            if isinstance(event, yaml.SequenceEndEvent):
                return mark, None
            mark = event.start_mark
        else:
            return mark, None
    if isinstance(event, yaml.AliasEvent):
        return None
    return mark, event.value if isinstance(event, yaml.ScalarEvent) else None


def _skip(events, event) -> None:
    """Read past the node that `event` starts."""
    depth = isinstance(event, yaml.CollectionStartEvent)
    while depth:
        event = next(events)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _find(node: yaml.Node, keys: tuple, at_key: bool) -> tuple[yaml.Mark, yaml.Node | None]:
    """Walk as far as `keys` exist: the mark of the deepest place found, and the node at
    `keys` when they all exist."""
    mark = node.start_mark
    for i, key in enumerate(keys):
        last = i == len(keys) - 1
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(key):
                    mark = key_node.start_mark if (last and at_key) else value_node.start_mark
                    node = value_node
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            node = node.value[key]
            mark = node.start_mark
        else:
            break
    else:
        return mark, node
    return mark, None
