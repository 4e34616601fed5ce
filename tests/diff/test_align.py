"""Pairing list items (isodocs/diff/align.py): by key, by similarity, and what moved."""

from __future__ import annotations

from isodocs.diff import align


def test_pairs_by_key_kth_with_kth():
    assert align.pair_by_key(list("abca"), list("aacb"), lambda x: x) == [(0, 0), (1, 3), (2, 2), (3, 1)]


def test_only_unique_keys_pair_when_asked():
    assert align.pair_by_key(list("aab"), list("ab"), lambda x: x, only_unique=True) == [(2, 1)]


def test_similar_items_pair_when_each_is_the_others_single_best():
    old = ["Tiếp nhận hồ sơ", "Trả kết quả"]
    new = ["Trả kết quả cho người dân", "Tiếp nhận và kiểm tra hồ sơ"]
    assert align.pair_by_similarity(old, new, [0, 1], [0, 1]) == [(0, 1), (1, 0)]
    assert align.pair_by_similarity(["abc"], ["xyz"], [0], [0]) == []
    # two equally good candidates: neither is chosen
    assert align.pair_by_similarity(["ab"], ["abx", "aby"], [0], [0, 1]) == []


def test_similarity_does_not_depend_on_argument_order():
    a, b = "Thẩm định hồ sơ", "Thẩm tra, xác minh hồ sơ"
    assert 0 < align.similarity(a, b) == align.similarity(b, a) < 1
    assert align.similarity(a, b, floor=0.99) == 0


def test_the_pair_crossing_most_others_moved():
    # [a b c d] -> [b c d a]: a crossed three others
    pairs = [(0, 3), (1, 0), (2, 1), (3, 2)]
    assert align.moved(pairs, list("abcd"), list("bcda")) == {(0, 3)}
    assert align.moved([(0, 0), (1, 1)], list("ab"), list("ab")) == set()


def test_a_swap_is_decided_the_same_way_in_both_directions():
    forward = align.moved([(0, 1), (1, 0)], list("ab"), list("ba"))
    backward = align.moved([(0, 1), (1, 0)], list("ba"), list("ab"))
    assert {tuple(reversed(p)) for p in backward} == forward
