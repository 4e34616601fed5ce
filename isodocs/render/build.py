"""`isodocs build`: the controlled DOCX files of a manual, rendered in memory."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Mapping

from isodocs.history.recipe import Recipe, properties, whole_marking
from isodocs.i18n import Msg
from isodocs.model import Copy, Manual, frozen_map
from isodocs.render.cache import BuildCache, context_digest, digest, part_key, seen_by
from isodocs.render.docx.rendered import Packed
from isodocs.system import parallel
from isodocs.system.files import Chunks, safe_name
from isodocs.system.progress import Stage, advance

if TYPE_CHECKING:
    from isodocs.render.docx.runs import Earlier

MANUAL_FILE = "manual.docx"


# Zip entries carry their time in two bytes of DOS date: 1980 to 2107. Earlier stamps are written
# as 1980 (the package writer clamps them); a later one cannot be written at all.
LATEST_STAMP = dt.datetime(2107, 12, 31, 23, 59, 58)
_LATEST_EPOCH = int(LATEST_STAMP.replace(tzinfo=dt.timezone.utc).timestamp())


class Undatable(Exception):
    """The date a build would carry lies after 2107: no DOCX file can record it."""

    def __init__(self, message: Msg):
        super().__init__(message)
        self.message = message


def source_date(manual: Manual, environ: Mapping[str, str] = os.environ) -> dt.datetime:
    """The date written into outputs: SOURCE_DATE_EPOCH, else the commit's, else the newest
    date in the manual itself; never the clock, so the same input builds the same bytes.
    Undatable when that date lies after 2107 (a mistyped variable, a forged commit date)."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        if len(epoch) > 12 or int(epoch) > _LATEST_EPOCH:
            raise Undatable(Msg("SOURCE_DATE_EPOCH={value} lies after 2107, the last year a DOCX file can record; "
                                "set it to the date the files should carry", value=epoch[:20]))
        return _utc(int(epoch))
    if manual.commit_time is not None:
        if manual.commit_time > _LATEST_EPOCH:
            raise Undatable(Msg("commit {commit} is dated after 2107, the last year a DOCX file can record; set "
                                "SOURCE_DATE_EPOCH to the date the files should carry", commit=manual.commit[:12]))
        return _utc(max(manual.commit_time, 0))
    # a document dated after 2107 does not load (S211): the newest date left is one a zip can carry
    dates = [d for doc in manual.documents for d in (doc.issued, doc.effective, *(c.date for c in doc.changes)) if d]
    return dt.datetime.combine(max(dates, default=dt.date(2000, 1, 1)), dt.time())


def _utc(epoch: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=epoch)


def output_names(manual: Manual) -> dict[str, str]:
    """File name of each document's DOCX, by code; codes that collide once made safe get a suffix."""
    names: dict[str, str] = {}
    taken = {MANUAL_FILE.lower(), *(copy_name(c).lower() for c in manual.config.distribution)}
    for doc in manual.documents:
        base = safe_name(doc.code)
        name, n = f"{base}.docx", 2
        while name.lower() in taken:
            name, n = f"{base}~{n}.docx", n + 1
        taken.add(name.lower())
        names[doc.code] = name
    return names


def copy_name(copy: Copy) -> str:
    return f"manual-copy-{copy.number:02d}.docx"


def options_for(manual: Manual, recipe: Recipe, markings: Mapping[str, str], code: str = "",
                copy: Copy | None = None, labels=None):
    """The render options of one output file: the manual (or a numbered copy of it), or the
    document `code`. `markings` gives each document's: controlled, draft or obsolete."""
    from isodocs.render.docx.manual import RenderOptions
    from isodocs.render.labels import labels_for

    labels = labels or labels_for(manual, recipe.lang)
    # a document's own file shows its marking alone (a province's markings each file would copy)
    shown_markings = ({code: markings[code]} if code in markings else {}) if code else markings
    texts = own_markings(labels, shown_markings, shown_markings)
    doc = manual.document(code) if code else None
    shown = [doc] if doc else manual.documents
    whole = whole_marking(markings.get(d.code, "controlled") for d in shown)
    return RenderOptions(stamp=recipe.stamp, lang=recipe.lang, marking=marking_text(labels, whole),
                         markings=frozen_map(texts), copy=copy,
                         properties=frozen_map(properties(recipe, shown, code, copy)))


def render_one(manual: Manual, recipe: Recipe, markings: Mapping[str, str], code: str = "",
               copy: Copy | None = None) -> bytes:
    """One output file: the manual (or a numbered copy of it), or the document `code`."""
    from isodocs.render.docx.manual import render_document, render_manual

    options = options_for(manual, recipe, markings, code, copy)
    return render_document(manual, manual.document(code), options) if code else render_manual(manual, options)


def render_all(manual: Manual, recipe: Recipe, markings: Mapping[str, str], copies: bool = False,
               cache: BuildCache | None = None) -> dict[str, bytes]:
    """Every output of a build by file name: the manual, each document, and with `copies` one
    numbered copy of the manual per row of the distribution list."""
    return render_outputs(manual, recipe, markings, copies, cache).files


@dataclass(frozen=True)
class Outputs:
    files: dict[str, bytes | Chunks]  # the outputs made, by file name (Chunks: copied in part from the last)
    keys: dict[str, str]  # the key of every output (made or kept): a digest of all that decides its bytes
    kept: tuple[str, ...] = ()  # outputs already right where they are: not made again
    laid: dict[str, list] = dataclasses.field(default_factory=dict)  # where the runs of the manual lie (render_manual)


def render_outputs(manual: Manual, recipe: Recipe, markings: Mapping[str, str], copies: bool = False,
                   cache: BuildCache | None = None, kept: Callable[[str, str], bool] = lambda name, key: False,
                   ready: Callable[[int], None] = lambda count: None, earlier: Earlier | None = None) -> Outputs:
    """`render_all`, each document's pages rendered once for its own file and the manual alike
    (or taken from the `cache`); an output for which `kept(name, key)` says its file is already
    right is not made. `ready(count)` is told how many pages are to be rendered before they are
    (it may stop the build: an exception it raises goes through). `earlier`: the manual's file
    the last build wrote, whose runs a manual made now takes as they lie there (runs.Earlier)."""
    from isodocs.render.docx.manual import render_document, render_manual
    from isodocs.render.docx.reference import kept_template
    from isodocs.render.docx.writer import language_tag
    from isodocs.render.labels import labels_for

    store = cache or BuildCache(None)
    kept_template(manual, language_tag(recipe.lang or manual.config.language), store)  # what every output starts from
    labels = labels_for(manual, recipe.lang)
    whole = options_for(manual, recipe, markings, labels=labels)
    # each document's own file: its options are made only for the files made (a province has
    # 5,000), its key from what they are made of (own_key)
    own = functools.cache(lambda code: options_for(manual, recipe, markings, code, labels=labels))
    own_marking = own_markings(labels, markings, [doc.code for doc in manual.documents])
    # a document's marking in the manual is its own, unless the build left it unmarked
    wanted = [(doc, whole) for doc in manual.documents]
    wanted += [(doc, own(doc.code)) for doc in manual.documents if own_marking[doc.code] != whole.marking_of(doc)]
    names = output_names(manual)
    keyed, settings = _keyed(manual, wanted)
    key_of = {(wanted[n][0].code, wanted[n][1].marking_of(wanted[n][0])): key for n, _, key in keyed}
    keys = {MANUAL_FILE: digest("manual", options_digest(whole), *(key for _, _, key in keyed[:len(manual.documents)]))}
    recipe_key = repr(recipe)
    for doc in manual.documents:
        keys[names[doc.code]] = own_key(recipe_key, markings.get(doc.code, ""), key_of[doc.code, own_marking[doc.code]])
    done = {name for name, key in keys.items() if kept(name, key)}
    for _, _, key in keyed:  # pages of outputs kept stay in the cache for the next change
        store.keep(key)
    needed = [(n, s, key) for n, s, key in keyed
              if names[wanted[n][0].code] not in done or (wanted[n][1] is whole and MANUAL_FILE not in done)]
    parts = rendered(manual, wanted, needed, settings, store, ready)
    files = {}
    copied = manual.config.distribution if copies else ()
    total, finished = 1 + len(manual.documents) + len(copied), 0

    def advanced() -> None:
        nonlocal finished
        finished += 1
        advance(Stage.RENDER, finished, total)

    laid: list[tuple[str, int, int, list[int]]] = []
    if MANUAL_FILE not in done:
        context = settings[keyed[0][1]][2] if keyed else ""  # the manual's documents come first, with `whole`
        files[MANUAL_FILE] = render_manual(manual, whole, {doc.code: parts[doc.code, whole.marking_of(doc)]
                                                           for doc in manual.documents}, store, context, earlier, laid)
    advanced()
    for doc in manual.documents:
        if names[doc.code] not in done:
            options = own(doc.code)
            files[names[doc.code]] = render_document(manual, doc, options, parts[doc.code, options.marking_of(doc)],
                                                     store)
        advanced()
    for copy in copied:
        files[copy_name(copy)] = render_one(manual, recipe, markings, copy=copy)
        advanced()
    return Outputs(files, keys, tuple(sorted(done)), {MANUAL_FILE: laid})


def own_markings(labels, markings: Mapping[str, str], codes: Iterable[str]) -> dict[str, str]:
    """The marking on the pages of each document's own file, by code: its own kind's (what
    options_for with its code gives), without making the options; each kind's text made once
    (three kinds, a province's 5,000 codes)."""
    texts = {kind: marking_text(labels, kind) for kind in {*markings.values(), "controlled"}}
    return {code: texts[markings.get(code, "controlled")] for code in codes}


def marking_text(labels, kind: str) -> str:
    """The text of a marking of `kind`: controlled, draft or obsolete."""
    return getattr(labels, f"marking_{kind}")


def own_key(recipe: str, marking: str, pages: str) -> str:
    """The key of a document's own file: a digest of what its options are made of (the build's
    recipe, the document's marking) and of its pages' key, which names the document, the labels,
    the reference document, the configuration and isodocs (render.cache.part_key)."""
    return digest("document", recipe, marking, pages)


def options_digest(options) -> str:
    """What of a file's render options decides its bytes beyond its documents' pages (each
    document's marking is in its pages' key)."""
    return digest("options", repr((options.stamp, options.lang, options.marking, options.copy,
                                   tuple(options.properties.items()))))


PARALLEL_FROM = 200  # documents to render worth starting worker processes for


def _keyed(manual: Manual, wanted: list) -> tuple[list[tuple[int, int, str]], list]:
    """(wanted, options, key) of each wanted, and each options' (options, page, context)."""
    from isodocs.render.docx.writer import Writer

    settings: list = []
    keyed = []
    for n, (doc, options) in enumerate(wanted):
        if not settings or settings[-1][0] is not options:
            page = Writer(manual, options).ctx
            settings.append((options, page, context_digest(manual, _template_digest(manual, options), page.lang)))
        _, page, context = settings[-1]
        keyed.append((n, len(settings) - 1, part_key(context, seen_by(manual, doc), doc, options.marking_of(doc),
                                                     page.copy)))
    return keyed, settings


def rendered(manual: Manual, wanted: list, keyed: list, settings: list, store: BuildCache,
             ready: Callable[[int], None] = lambda count: None) -> dict[tuple[str, str], Packed]:
    """The pages of the (document, options) wanted that `keyed` names (see _keyed), by (code,
    marking): those the cache holds (`store.held`: known without reading them), read when
    first asked for; the others rendered (in worker processes when many) and kept there."""
    found: dict[tuple[str, str], Packed] = {}
    todo: list[tuple[int, int, str]] = []  # (document, options, key) still to render
    held = store.held() if keyed else frozenset()
    for n, s, key in keyed:
        doc, options = wanted[n]
        marking = options.marking_of(doc)
        if key in held:
            page = settings[s][1]
            found[doc.code, marking] = Packed.kept(key, functools.partial(_kept_placing, store, key, page, doc, marking),
                                                   functools.partial(_kept_pages, store, key, page, doc, marking))
        else:
            todo.append((n, s, key))
    ready(len(todo))
    keys = {(n, s): k for n, s, k in todo}
    for key, packed in _render(manual, wanted, [(n, s) for n, s, _ in todo], [(o, p) for o, p, _ in settings]):
        doc, options = wanted[key[0]]
        _keep(store, keys[key], packed)
        packed.key = keys[key]
        found[doc.code, options.marking_of(doc)] = packed
    return found


def _keep(store: BuildCache, key: str, packed: Packed) -> None:
    store.put(key, packed.placing())
    store.put_page(key, packed.data)


def _kept_placing(store: BuildCache, key: str, page, doc, marking: str) -> tuple[tuple, tuple]:
    """What placing the pages kept under `key` asks (their lists and links); the pages rendered
    again (the same: they are a function of the key) when the cache lost it or it is damaged."""
    from isodocs.render.docx import rendered as pieces

    try:
        return pieces.placing_of(store.get(key))
    except ValueError:
        packed = pieces.Packed.of(pieces.render(page, doc, marking))
        _keep(store, key, packed)
        return packed.lists, packed.links


def _kept_pages(store: BuildCache, key: str, page, doc, marking: str) -> bytes:
    """The compressed pages kept under `key`; rendered again (the same bytes: they are a
    function of the key) when the cache of pages lost them."""
    from isodocs.render.docx import rendered as pieces

    kept = store.page(key)
    if type(kept) is bytes:
        return kept
    data = pieces.Packed.of(pieces.render(page, doc, marking)).data
    store.put_page(key, data)
    return data


def _template_digest(manual: Manual, options) -> str:
    from isodocs.render.docx.reference import template
    from isodocs.render.docx.writer import language_tag

    return template(manual, language_tag(options.lang or manual.config.language)).digest


_WORK: tuple = ()  # what forked workers render from: the manual, what is wanted, the pages


def _render(manual: Manual, wanted: list, jobs: list[tuple[int, int]], settings: list):
    """(job, packed pages) of each job, in worker processes when many (forked: they inherit the
    manual, which could not be sent to a spawned one)."""
    global _WORK
    count = parallel.workers()
    if count < 2 or len(jobs) < PARALLEL_FROM or parallel.START_METHOD != "fork":
        yield from _rendered_run(jobs, (manual, wanted, settings))
        return
    _WORK = (manual, wanted, settings)
    try:
        for done in parallel.over_workers(_rendered_in_worker, parallel.dealt(jobs, count)):
            yield from done
    finally:
        _WORK = ()


def _rendered_in_worker(jobs) -> list:
    return list(_rendered_run(jobs, _WORK))


def _rendered_run(jobs, work):
    from isodocs.render.docx import rendered as pieces

    manual, wanted, settings = work
    for n, s in jobs:
        doc, options = wanted[n]
        _, page = settings[s][:2]
        yield (n, s), pieces.Packed.of(pieces.render(page, doc, options.marking_of(doc)))
