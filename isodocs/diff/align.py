"""Pairing the items of two lists: which old item became which new one, and which moved.

Every rule here is symmetric, so comparing B with A pairs exactly what comparing A with B
paired, mirrored (a property test holds the engine to it):

1. Items with the same key pair up, the k-th of a key on one side with the k-th on the other.
2. Of the rest, an old and a new item pair up when each is the other's single most similar
   item and they are similar enough (`similarity`, symmetric by construction). Repeated until
   nothing more pairs: a step whose action was reworded is the same step, changed.
3. Pairs that cross other pairs moved. The pair crossing most others is taken as moved first,
   until none cross; ties go to content, then place, never to which side is "old".
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Callable, Hashable, Sequence

from isodocs.diff.words import tokens

SIMILAR_ENOUGH = 0.6


def similarity(a: Sequence, b: Sequence, floor: float = 0.0) -> float:
    """difflib's ratio, averaged both ways (it depends on argument order; this does not), or 0
    when even its order-free upper bounds stay under `floor`. Texts compare best as words."""
    if a == b:
        return 1.0
    forward = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if forward.real_quick_ratio() < floor or forward.quick_ratio() < floor:
        return 0.0
    return (forward.ratio() + difflib.SequenceMatcher(None, b, a, autojunk=False).ratio()) / 2


def pair_by_key(old: Sequence, new: Sequence, key: Callable[[object], Hashable],
                only_unique: bool = False) -> list[tuple[int, int]]:
    """Rule 1. With `only_unique`, a key shared by several items on a side pairs nothing."""
    olds, news = defaultdict(list), defaultdict(list)
    for i, item in enumerate(old):
        olds[key(item)].append(i)
    for j, item in enumerate(new):
        news[key(item)].append(j)
    pairs = []
    for k, old_indices in olds.items():
        new_indices = news.get(k, [])
        if only_unique and (len(old_indices) > 1 or len(new_indices) > 1):
            continue
        pairs += zip(old_indices, new_indices)
    return sorted(pairs)


def pair_by_similarity(old: Sequence[str], new: Sequence[str], old_free: Sequence[int],
                       new_free: Sequence[int], threshold: float = SIMILAR_ENOUGH) -> list[tuple[int, int]]:
    """Rule 2, over the texts of the items not paired yet (compared word by word)."""
    words_old = {i: tuple(tokens(old[i])) for i in old_free}
    words_new = {j: tuple(tokens(new[j])) for j in new_free}
    scores = {(i, j): similarity(words_old[i], words_new[j], threshold) for i in old_free for j in new_free}
    scores = {pair: s for pair, s in scores.items() if s >= threshold}
    pairs: list[tuple[int, int]] = []
    while scores:
        best_old: dict[int, list] = defaultdict(list)
        best_new: dict[int, list] = defaultdict(list)
        for (i, j), s in scores.items():
            best_old[i].append((s, j))
            best_new[j].append((s, i))
        mutual = [(i, j) for (i, j), s in scores.items()
                  if _single_best(best_old[i], s, j) and _single_best(best_new[j], s, i)]
        if not mutual:
            break
        pairs += mutual
        done_old, done_new = {i for i, _ in mutual}, {j for _, j in mutual}
        scores = {(i, j): s for (i, j), s in scores.items() if i not in done_old and j not in done_new}
    return sorted(pairs)


def _single_best(candidates: list, score: float, other: int) -> bool:
    best = max(s for s, _ in candidates)
    return score == best and [o for s, o in candidates if s == best] == [other]


def moved(pairs: Sequence[tuple[int, int]], old: Sequence[str], new: Sequence[str]) -> set[tuple[int, int]]:
    """Rule 3: the pairs taken as moved, so the others keep their order. `old` and `new` are
    the items' texts, for the tie-break."""
    remaining = set(pairs)
    out: set[tuple[int, int]] = set()
    while True:
        crossings = {p: sum(1 for q in remaining if (p[0] - q[0]) * (p[1] - q[1]) < 0) for p in remaining}
        worst = max(crossings.values(), default=0)
        if worst == 0:
            return out
        # Mirror-proof tie-break: the pair's two texts as an unordered couple, then its places.
        pick = max((p for p, c in crossings.items() if c == worst),
                   key=lambda p: (sorted((old[p[0]], new[p[1]])), min(p), max(p)))
        remaining.discard(pick)
        out.add(pick)
