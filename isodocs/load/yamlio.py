"""Safe, fast YAML reading for files a secretary writes and an attacker might.

libyaml (CSafeLoader) does the parsing. The resolvers follow YAML 1.2's core schema rather
than PyYAML's YAML 1.1 defaults, because 1.1 turns a step's `no:` key into False, `7:30`
into 450 and `2025-07-01` into a date object the schemas cannot check. Dates stay strings
here and become `datetime.date` in the model. Mapping keys are always their source text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..diagnostics import Diagnostic
from .. import rules

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 200  # collections nested inside each other
MAX_EXPANDED_NODES = 200_000  # values once aliases are expanded
_DEPTH_SCAN_THRESHOLD = 500  # below this cheap bound no exact depth scan is needed


class YamlProblem(Exception):
    """A file that cannot become data; carries the diagnostic to report."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message("en"))
        self.diagnostic = diagnostic


class _Loader(yaml.CSafeLoader):
    duplicates: list

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):
            return super().construct_mapping(node, deep)
        seen: set = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.tag != "tag:yaml.org,2002:merge":
                    key_node.tag = "tag:yaml.org,2002:str"  # keys are names: `no:` stays "no"
                if key_node.value in seen:
                    self.duplicates.append(key_node)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)

    def construct_yaml_int(self, node):
        text = self.construct_scalar(node).replace("_", "")
        return int(text, 16) if text.lower().startswith(("0x", "-0x", "+0x")) else int(text, 10)


_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("int", r"^(?:[-+]?[0-9][0-9_]*|0x[0-9a-fA-F_]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     "-+0123456789."),
    ("merge", r"^(?:<<)$", "<"),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


@dataclass(frozen=True)
class Parsed:
    data: Any
    duplicate_keys: tuple[tuple[str, int, int], ...]  # key, line, column (1-based)


def parse(text: str, path: str, line_offset: int = 0) -> Parsed:
    """Parse one YAML document; raise YamlProblem with a located diagnostic when it cannot."""
    _check_depth(text, path, line_offset)
    loader = _Loader(text)
    loader.duplicates = []
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlProblem(rules.EMPTY_FILE.at(path, line_offset + 1))
        if "&" in text and "*" in text:
            _check_expansion(node, path, line_offset)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "unreadable YAML"
        line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (None, None)
        raise YamlProblem(rules.YAML_SYNTAX.at(path, line, col, problem=problem)) from None
    except (yaml.YAMLError, ValueError, OverflowError, TypeError) as exc:
        raise YamlProblem(rules.YAML_SYNTAX.at(path, None, None, problem=str(exc).splitlines()[0])) from None
    except RecursionError:
        raise YamlProblem(rules.YAML_TOO_COMPLEX.at(path, None, why="nested too deeply")) from None
    finally:
        loader.dispose()
    dups = tuple((n.value, n.start_mark.line + 1 + line_offset, n.start_mark.column + 1) for n in loader.duplicates)
    return Parsed(data, dups)


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
                    line = event.start_mark.line + 1 + line_offset
                    raise YamlProblem(rules.YAML_TOO_COMPLEX.at(
                        path, line, why=f"more than {MAX_DEPTH} levels of nesting"))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                depth -= 1
    except yaml.YAMLError:
        return  # the real parse reports syntax errors with their place


def _check_expansion(root: yaml.Node, path: str, line_offset: int) -> None:
    """Refuse alias bombs: count values as if every alias were written out."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if done or not children:
            size = 1 + sum(sizes[id(c)] for c in children)
            sizes[id(node)] = size
            if size > MAX_EXPANDED_NODES:
                raise YamlProblem(rules.YAML_TOO_COMPLEX.at(
                    path, node.start_mark.line + 1 + line_offset,
                    why=f"aliases expand it to more than {MAX_EXPANDED_NODES:,} values"))
        else:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)


def _children(node: yaml.Node) -> list:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


class Locator:
    """Finds the line and column of a value in files already read, re-reading each once.

    Only the few files a diagnostic names are parsed again for positions.
    """

    def __init__(self, texts: dict[str, tuple[str, int]]):
        self._texts = texts  # path -> (YAML text, lines before it in the file)
        self._roots: dict[str, yaml.Node | None] = {}

    def __call__(self, path: str, keys: tuple, at_key: bool = False) -> tuple[int | None, int | None]:
        if path not in self._texts:
            return None, None
        text, offset = self._texts[path]
        if path not in self._roots:
            try:
                self._roots[path] = yaml.compose(text, Loader=yaml.CSafeLoader)
            except yaml.YAMLError:
                self._roots[path] = None
        node = self._roots[path]
        if node is None:
            return None, None
        line, column = _find(node, keys, at_key)
        return line + offset, column


def _find(node: yaml.Node, keys: tuple, at_key: bool) -> tuple[int, int]:
    """Walk as far as `keys` exist; the deepest place found (1-based line and column)."""
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
    return mark.line + 1, mark.column + 1
