"""The semantic diff: pure functions from two models to the changes of isodocs.diff.changes.

Documents are matched first (the same document may have a new code or a new file), then each
pair is compared over its plain data: values one by one, lists item by item (isodocs.diff.align).

How two documents are taken for the same one, each rule only among documents the earlier
rules left unmatched:

1. the same code (when the code is unique on both sides);
2. the same file path (the code was changed in place);
3. the same TTHC code, then the same title (case and spacing aside), each unique on both sides;
4. content similar enough (`SIMILAR_DOCUMENTS`, difflib's ratio over the title and content,
   control block left out, each the other's single best match), tried only while at most
   `MAX_SIMILARITY_PAIRS` removed x added pairs are left, so a reorganised manual stays fast.
"""

from __future__ import annotations

import json
from typing import Callable, Collection, Mapping, Sequence

from isodocs import model as m
from isodocs.diff import align
from isodocs.diff.changes import (
    ADDED,
    CHANGED,
    INSERTED,
    MODIFIED,
    MOVED,
    REMOVED,
    RENAMED,
    RENUMBERED,
    DocRef,
    DocumentDiff,
    FieldChange,
    ItemChange,
    ListChange,
    ManualDiff,
    Side,
    Unreadable,
    ValueChange,
)
from isodocs.diff.data import (
    ATOMIC,
    DOCUMENT_KEYS,
    LEGAL_LISTS,
    LIST_KEYS,
    PEOPLE_FIELDS,
    POSITION_FIELDS,
    SETTINGS,
    document_data,
    key_order,
    settings_data,
)

SIMILAR_DOCUMENTS = 0.75
MAX_SIMILARITY_PAIRS = 2_500


# --- values and lists ---------------------------------------------------------------------

def diff_values(old: Mapping, new: Mapping, pattern: tuple = ()) -> tuple[FieldChange, ...]:
    """Changes from one mapping of plain data to another. `pattern` is where they sit in a
    document (list indices left out), which says how lists and mappings inside compare."""
    changes: list[FieldChange] = []
    for key in key_order(set(old) | set(new), pattern):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        where = pattern + (key,)
        if isinstance(before, list) or isinstance(after, list):
            changes.append(ListChange((key,), diff_list(before or [], after or [], where)))
        elif (isinstance(before, dict) or isinstance(after, dict)) and where not in ATOMIC:
            for change in diff_values(before or {}, after or {}, where):
                changes.append(_under(key, change))
        else:
            changes.append(ValueChange((key,), before, after))
    return tuple(changes)


def _under(key: str, change: FieldChange) -> FieldChange:
    if isinstance(change, ListChange):
        return ListChange((key,) + change.path, change.items)
    return ValueChange((key,) + change.path, change.old, change.new)


def diff_list(old: Sequence, new: Sequence, pattern: tuple) -> tuple[ItemChange, ...]:
    """Items inserted, removed, changed, moved or renumbered, in the new list's reading order
    (a removed item right after the item that preceded it)."""
    key_field = LIST_KEYS.get(pattern)
    position = POSITION_FIELDS.get(pattern)
    old_texts, new_texts = [_text(x, position) for x in old], [_text(x, position) for x in new]
    if key_field:
        pairs = align.pair_by_key(old, new, lambda item: _norm(item.get(key_field)))
        old_free, new_free = _free(len(old), len(new), pairs)
        pairs = sorted(pairs + align.pair_by_similarity(old_texts, new_texts, old_free, new_free))
    else:  # a list of plain values (channels, clauses, legal basis): a value is its own key
        pairs = align.pair_by_key(old, new, lambda value: value)
    moved = align.moved(pairs, old_texts, new_texts)

    old_free, new_free = _free(len(old), len(new), pairs)
    items = [ItemChange(REMOVED, i, None, old[i], None) for i in old_free]
    items += [ItemChange(INSERTED, None, j, None, new[j]) for j in new_free]
    for i, j in pairs:
        inner = diff_values(old[i], new[j], pattern) if isinstance(old[i], dict) else ()
        if (i, j) in moved:
            op = MOVED
        elif not inner:
            continue
        elif all(isinstance(c, ValueChange) and c.path == (position,) for c in inner):
            op = RENUMBERED
        else:
            op = CHANGED
        items.append(ItemChange(op, i, j, old[i], new[j], inner))
    return tuple(sorted(items, key=_reading_order(pairs, moved)))


def _free(old: int, new: int, pairs) -> tuple[list[int], list[int]]:
    """The indices of each side that no pair holds."""
    paired_old, paired_new = {i for i, _ in pairs}, {j for _, j in pairs}
    return [i for i in range(old) if i not in paired_old], [j for j in range(new) if j not in paired_new]


def _reading_order(pairs, moved) -> Callable[[ItemChange], tuple]:
    kept = sorted(p for p in pairs if p not in moved)

    def place(item: ItemChange) -> tuple:
        if item.new_index is not None:
            return (item.new_index, 1)
        before = [j for i, j in kept if i < item.old_index]
        return (before[-1] if before else -1, 2, item.old_index)

    return place


def _norm(value) -> object:
    return " ".join(value.split()).casefold() if isinstance(value, str) else value


def _text(item, position: str | None) -> str:
    """An item's values as one text, for similarity (field names would make all items alike)."""
    if isinstance(item, dict):
        return " | ".join(json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
                          for k, v in item.items() if k != position)
    return str(item)


# --- documents ------------------------------------------------------------------------------

def ref(doc: m.Document) -> DocRef:
    timed = doc.procedure is not None and any(step.time for step in doc.procedure.steps)
    return DocRef(doc.code, doc.origin.path, doc.origin.blob_id, doc.title, doc.kind, doc.revision,
                  doc.procedure.steps_hours if timed else None)


def diff_documents(old: m.Document, new: m.Document, matched_by: str = "code") -> DocumentDiff | None:
    """The changes between two versions of a document; None when it has the same content,
    code and file (its bytes may still differ: a comment, the layout)."""
    changes = diff_values(document_data(old), document_data(new))
    renamed = old.code != new.code or old.origin.path != new.origin.path
    if not changes and not renamed:
        return None
    return DocumentDiff(RENAMED if renamed else MODIFIED, ref(old), ref(new), changes, matched_by)


# What a document says, for rule 4: its control block (people, dates, the change history) is
# much alike across a manual, so it would make any two documents look related.
_CONTROL_BLOCK = frozenset(DOCUMENT_KEYS[:DOCUMENT_KEYS.index("attachment") + 1]) - {"title", "kind"}


def _similarity_text(doc: m.Document) -> str:
    data = document_data(doc)
    return "\n".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                     for k, v in data.items() if k not in _CONTROL_BLOCK)


_RULES: tuple[tuple[str, Callable[[m.Document], object]], ...] = (
    ("code", lambda d: d.code),
    ("path", lambda d: d.origin.path),
    ("tthc", lambda d: d.procedure.tthc.code if d.procedure and d.procedure.tthc else None),
    ("title", lambda d: _norm(d.title)),
)


def match(old: Sequence[m.Document], new: Sequence[m.Document]) -> list[tuple[int, int, str]]:
    """(old index, new index, rule) for every pair taken as the same document (rules above)."""
    found: list[tuple[int, int, str]] = []
    old_free, new_free = list(range(len(old))), list(range(len(new)))

    def take(pairs, rule):
        nonlocal old_free, new_free
        pairs = [(old_free[i], new_free[j]) for i, j in pairs]
        found.extend((i, j, rule) for i, j in pairs)
        taken_old, taken_new = {i for i, _ in pairs}, {j for _, j in pairs}
        old_free = [i for i in old_free if i not in taken_old]
        new_free = [j for j in new_free if j not in taken_new]

    for rule, key in _RULES:
        # a document without the key (no TTHC) has a key of its own, so it pairs with nothing
        keyed = lambda doc, key=key: key(doc) if key(doc) is not None else id(doc)
        take(align.pair_by_key([old[i] for i in old_free], [new[j] for j in new_free], keyed, only_unique=True), rule)
    if old_free and new_free and len(old_free) * len(new_free) <= MAX_SIMILARITY_PAIRS:
        texts_old = [_similarity_text(old[i]) for i in old_free]
        texts_new = [_similarity_text(new[j]) for j in new_free]
        take(align.pair_by_similarity(texts_old, texts_new, range(len(old_free)), range(len(new_free)),
                                      SIMILAR_DOCUMENTS), "similarity")
    return found


def diff_settings(old: Mapping, new: Mapping) -> tuple[FieldChange, ...]:
    """The changes between two isodocs.yaml files, as read (plain data); paths from the
    file's own keys (`SETTINGS` is only where the tables look them up)."""
    return diff_values(settings_data(old), settings_data(new), SETTINGS)


def diff_manuals(a: m.Manual, b: m.Manual, *, sides: tuple[Side, Side] = (Side("a"), Side("b")),
                 unchanged: int = 0, unreadable: Sequence[Unreadable] = (),
                 titles: Callable[[set[str]], Mapping[str, str]] | None = None,
                 codes: Collection[str] = (), settings: Sequence[FieldChange] = ()) -> ManualDiff:
    """Every document that was added, removed, renamed or modified from `a` to `b` (with
    `codes`, only those documents, by their code on either side), and the `settings` changes
    (`diff_settings`, left out with `codes`).

    The models may hold only the documents that could differ (isodocs.diff.sources leaves the
    unchanged ones unread). `titles` looks up legal entries' titles; by default the models'
    registers.
    """
    settings = () if codes else tuple(settings)
    old, new = a.documents, b.documents
    pairs = match(old, new)
    docs: list[DocumentDiff] = []
    for i, j, rule in pairs:
        found = diff_documents(old[i], new[j], rule)
        if found:
            docs.append(found)
    old_free, new_free = _free(len(old), len(new), [(i, j) for i, j, _ in pairs])
    docs += [DocumentDiff(REMOVED, ref(old[i]), None, data=document_data(old[i])) for i in old_free]
    docs += [DocumentDiff(ADDED, None, ref(new[j]), data=document_data(new[j])) for j in new_free]
    if codes:
        docs = [d for d in docs if {r.code for r in (d.old, d.new) if r} & set(codes)]
    docs.sort(key=lambda d: (d.code, (d.new or d.old).path))

    people, numbers = _mentioned([c for d in docs for c in d.changes], settings)
    names = {**{p.id: p.name for p in a.config.people.values()}, **{p.id: p.name for p in b.config.people.values()}}
    if titles is None:
        titles = lambda wanted: _register_titles((b, a), wanted)
    return ManualDiff(
        a=sides[0], b=sides[1], documents=tuple(docs), unchanged=unchanged, unreadable=tuple(unreadable),
        people={pid: names[pid] for pid in sorted(people) if pid in names},
        legal=dict(sorted(titles(numbers).items())) if numbers else {},
        language=b.config.language, settings=settings,
    )


def _register_titles(manuals: Sequence[m.Manual], numbers: set[str]) -> dict[str, str]:
    found = {}
    for number in numbers:
        for manual in manuals:
            entry = manual.legal_by_key.get(m.number_key(number))
            if entry:
                found[number] = entry.title
                break
    return found


def _mentioned(changes: Sequence[FieldChange], settings: Sequence[FieldChange]) -> tuple[set[str], set[str]]:
    """Person ids and legal numbers that appear in changes, so outputs can name them."""
    people: set[str] = set()
    numbers: set[str] = set()
    for where, change in [((), c) for c in changes] + [(SETTINGS, c) for c in settings]:
        path = where + change.path
        if isinstance(change, ValueChange) and path in PEOPLE_FIELDS:
            people.update(v for v in (change.old, change.new) if v)
        elif isinstance(change, ListChange) and path in PEOPLE_FIELDS:
            people.update(v for item in change.items for v in (item.old, item.new) if isinstance(v, str))
        elif isinstance(change, ListChange) and path in LEGAL_LISTS:
            numbers.update(v for item in change.items for v in (item.old, item.new) if v)
        elif isinstance(change, ListChange):  # records naming people (a signature's person)
            for item in change.items:
                for record in (item.old, item.new):
                    if isinstance(record, Mapping):
                        people.update(v for k, v in record.items() if path + (k,) in PEOPLE_FIELDS and isinstance(v, str))
                people.update(v for inner in item.changes if isinstance(inner, ValueChange)
                              and path + inner.path in PEOPLE_FIELDS for v in (inner.old, inner.new) if v)
    return people, numbers
