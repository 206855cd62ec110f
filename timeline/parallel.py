"""The per-article stage of a build in N worker processes, each loading the geoparser once.

Why processes: geoparsing and extraction are pure Python and spaCy calls that hold the GIL, so
threads do not help; the stage has no shared state, so processes scale with cores.

Start method: ``fork`` where the platform has it. The parent loads the geoparser (the build needs
its gazetteer for the curated tables anyway) and the pipelines of the languages to process, and
the workers inherit them copy-on-write: no second load, so two workers pay nothing to start.
Nothing in the parent runs threads at that point (the pool forks its workers before its own
manager thread starts, and the progress bar is opened afterwards). Elsewhere (``spawn``) each
worker loads :func:`geo.load_geoparser` in its initialiser; a custom geoparser object cannot be
sent to such workers and is refused.

Tasks hold up to :data:`CHUNK` articles of one language, which a worker geoparses together
(spaCy's ``nlp.pipe``, :func:`timeline.article_stage.process_batch`). Before forking, the parent
runs a sample sentence of its own through the stage (:func:`warm`), so that the tables built on
first use are built once, and freezes what it loaded out of the garbage collector's reach.

Forked workers take the tasks language by language (:func:`language_queues`, :class:`_Queues`):
a worker keeps to its language until it has no task left, then moves to the dearest language no
worker is on, or, when every language left has one, joins the one with the most left per worker.
Why: what a worker caches as it goes (spaCy's lexemes and tokenizer splits of each language, the
geoparser's memoised name keys) is built again by every other worker that runs the same language;
with tasks dealt to whichever worker is free, two workers each ran all three languages, and a task
cost about 6 % more CPU in a worker than in one process (round 19, BENCHMARKS.md). The tasks stay
in the build process's memory, inherited by the workers: the pool runs one :func:`_next_task` call
per task, each taking the next task under a shared lock. Spawned workers inherit nothing, so they
take the tasks of :func:`chunks` in order, as any free worker.

Before the stage, a first build with workers (one whose every article read will be processed)
reads the corpus in a forked process while this one loads the geoparser and what every language
uses (:func:`read_corpus_meanwhile`, :func:`load_for_workers`): the two are independent, and
done one after the other they would leave the other core idle before the workers start.

After the stage, the merge's blocks are shared out between ``jobs`` forked processes while the
build process writes the new results to the store (:func:`merge_in_processes`, ``meanwhile``; or
between the build process and ``jobs - 1`` forked ones): the blocks never merge with each other,
so the events are those of the merge in one process.

Results come back in the order of the input, so a parallel build stores exactly what a one-process
build stores; a worker sends an article's result back without the article's text, which the
build process puts back (:func:`without_text`, :func:`with_article`). A worker that dies (out
of memory, a crash in a native library) breaks the pool: the articles it left unfinished are
then run again one at a time in a fresh one-worker pool, so the one that kills its worker is
named in the report as failed and the others go through.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar

from kharita.articles import Article, CorpusReadResult, KnownArticle, read_corpus
from timeline.article_stage import Failed, Outcome, Processed, process, process_batch

log = logging.getLogger(__name__)

#: Why an article is failed when its worker process died under it.
WORKER_DIED = ("its worker process died while processing it (out of memory, or a crash in a native "
               "library); previous results kept")

# The geoparser of this worker process: inherited from the parent (fork) or loaded by _init_worker.
_geoparser: Any = None


def default_jobs() -> int:
    """All cores (the default of ``--jobs``)."""
    return os.cpu_count() or 1


def default_start_method() -> str:
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _die_with_parent(parent: int) -> None:
    """End this worker when the build that started it ends, even by SIGKILL.

    Why: a forked worker shares the build's open files, the store's build lock among them (a
    ``flock`` held by the open file, or a PostgreSQL connection holding an advisory lock). An
    orphaned worker idling on its queue would keep that lock forever, and the next build would
    wait for a build that no longer runs. On Linux the kernel kills the worker when its parent
    dies (``PR_SET_PDEATHSIG``); elsewhere a watchdog thread notices the new parent within a second.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            log.debug("prctl(PR_SET_PDEATHSIG) unavailable; the watchdog alone guards", exc_info=True)
    if os.getppid() != parent:  # the parent died before the guard was set
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="kharita-parent-watch", daemon=True).start()


def _init_worker(parent: int | None = None) -> None:
    global _geoparser
    if parent is not None:
        _die_with_parent(parent)
    if _geoparser is None:
        from geo import load_geoparser

        _geoparser = load_geoparser()


#: Most articles per task: a worker geoparses the articles of a task together (spaCy's
#: ``nlp.pipe``), and fewer, larger tasks cost the pool less; small enough that the last tasks
#: leave no worker idle for long.
CHUNK = 8


def _work_batch(articles: list[Article]) -> tuple[list[Outcome], dict[Any, Any]]:
    """The outcomes of a task, and the regex patterns this worker compiled for it that the build's
    pattern bundle lacked (:func:`geo.pattern_cache.learned`: the build process keeps them)."""
    from geo.pattern_cache import learned

    return [without_text(outcome) for outcome in process_batch(articles, _geoparser)], learned()


def without_text(outcome: Outcome) -> Outcome:
    """The outcome as a worker sends it back: its article without the text, which the build
    process has already (the text is a fifth of what a result weighs, pickled twice on its way),
    and its events as stored only (``events`` is then the same list as ``stored``, which pickle
    sends once: the two are equal, as the store gives them back, and half of a result)."""
    if isinstance(outcome, Processed):
        events = outcome.stored if outcome.stored is not None else outcome.events
        return replace(outcome, article=replace(outcome.article, text=""), events=events)
    return outcome


def with_article(outcome: Outcome, article: Article) -> Outcome:
    """The outcome sent back by :func:`without_text` for ``article``, with the article again: the
    one the build process read, with the warnings geoparsing added in the worker."""
    if isinstance(outcome, Processed):
        return replace(outcome, article=replace(article, warnings=outcome.article.warnings))
    return outcome


def _longest_first(tasks: Iterable[list[int]], articles: Sequence[Article]) -> list[list[int]]:
    """``tasks`` the longest texts first (a stable sort: tasks of one length keep their order)."""
    return sorted(tasks, key=lambda chunk: -sum(len(articles[i].text) for i in chunk))


def _language_tasks(articles: Sequence[Article], indices: Sequence[int],
                    jobs: int) -> tuple[int, dict[str, list[list[int]]]]:
    """The task size (at most :data:`CHUNK` articles and at most a quarter of a worker's share) and
    ``indices`` in tasks of that many articles of one language (what ``nlp.pipe`` batches), each
    language's the longest texts first: what :func:`chunks` and :func:`language_queues` both deal."""
    size = max(1, min(CHUNK, len(indices) // (4 * max(1, jobs))))
    groups: dict[str, list[int]] = {}
    for i in indices:
        groups.setdefault((articles[i].language or "xx").lower(), []).append(i)
    return size, {language: _longest_first((group[k: k + size] for k in range(0, len(group), size)), articles)
                  for language, group in groups.items()}


def _single_tail(tasks: list[list[int]], count: int, articles: Sequence[Article]) -> list[list[int]]:
    """``tasks`` with the last ``count`` split into tasks of one article, the longest first: the
    workers run out of work at most one short article apart, not one task of several apart (the
    first to finish would wait idle)."""
    tail = sorted((i for chunk in tasks[-count:] for i in chunk), key=lambda i: -len(articles[i].text))
    return [*tasks[:-count], *([i] for i in tail)]


def chunks(articles: Sequence[Article], indices: Sequence[int], jobs: int) -> list[list[int]]:
    """``indices`` in tasks of articles of one language (:func:`_language_tasks`), the longest
    texts first whatever their language, so that the short tasks fill the end of the build; the
    last ``jobs`` tasks are split into tasks of one article (:func:`_single_tail`)."""
    size, by_language = _language_tasks(articles, indices, jobs)
    out = _longest_first((task for tasks in by_language.values() for task in tasks), articles)
    if size > 1 and len(out) > jobs:
        out = _single_tail(out, jobs, articles)
    return out


# --- tasks taken language by language (fork) -----------------------------------------------------

def language_queues(articles: Sequence[Article], indices: Sequence[int], jobs: int) -> dict[str, list[list[int]]]:
    """``indices`` in tasks as :func:`chunks` makes them, queued by language: each language's
    tasks the longest texts first, its last ``jobs`` tasks split into tasks of one article.

    Why the split per language: workers take a language's tasks largest first and end the build
    on whichever language is left, so every language ends with tasks of one article (the workers
    then run out of work at most one short article apart)."""
    size, queues = _language_tasks(articles, indices, jobs)
    if size > 1:
        queues = {language: _single_tail(tasks, min(len(tasks), max(1, jobs)), articles)
                  for language, tasks in queues.items()}
    return queues


def choose_language(left: Sequence[int], cost: Sequence[int], workers: Sequence[int]) -> int:
    """The language a worker whose own language has no task left moves to: of those with tasks
    left (``left``), one no worker is on, the dearest (``cost``: the texts' length left);
    failing that, the one with the most cost left per worker already on it. -1 when none is left.

    Why: a worker that keeps to few languages builds few languages' caches (spaCy's lexemes and
    tokenizer splits, the geoparser's memoised name keys), which a worker on every language builds
    again for each; the dearest first, so that the languages shared at the end are those left."""
    best, key = -1, (False, -1.0)
    for lang, n in enumerate(left):
        if n <= 0:
            continue
        candidate = (workers[lang] == 0, cost[lang] / (workers[lang] + 1))
        if candidate > key:
            best, key = lang, candidate
    return best


class _Queues:
    """The tasks of a pool whose workers take them language by language (:func:`_next_task`):
    made in the build process before the workers fork, which inherit it (the articles with it,
    so tasks are sent as numbers); the cursors and counts are shared memory under one lock."""

    def __init__(self, articles: Sequence[Article], queues: Mapping[str, list[list[int]]], context: Any) -> None:
        self.articles = articles
        self.tasks = [task for tasks in queues.values() for task in tasks]
        self.by_language: list[list[int]] = []  # task numbers of each language, in order
        self.cost_from: list[list[int]] = []  # the texts' length from each position to the end
        for tasks in queues.values():
            first = sum(len(q) for q in self.by_language)
            self.by_language.append(list(range(first, first + len(tasks))))
            lengths = [sum(len(articles[i].text) for i in task) for task in tasks]
            self.cost_from.append([*reversed(list(accumulate(reversed(lengths), initial=0)))])
        self.next = context.RawArray("i", len(self.by_language))  # the next task of each language
        self.workers = context.RawArray("i", len(self.by_language))  # workers on each language
        self.lock = context.Lock()

    def take(self, current: int) -> tuple[int, int]:
        """(the language, the task) a worker on ``current`` (-1: none yet) takes next: the next
        task of its language, else the first of the language :func:`choose_language` gives;
        (-1, -1) when every task is taken."""
        with self.lock:
            n = len(self.by_language)
            if current < 0 or self.next[current] >= len(self.by_language[current]):
                if current >= 0:
                    self.workers[current] -= 1
                left = [len(self.by_language[k]) - self.next[k] for k in range(n)]
                current = choose_language(left, [self.cost_from[k][self.next[k]] for k in range(n)],
                                          list(self.workers))
                if current < 0:
                    return -1, -1
                self.workers[current] += 1
            task = self.by_language[current][self.next[current]]
            self.next[current] += 1
            return current, task


# The tasks of the pool, inherited by its forked workers; and, in a worker, the language it is on.
_queues: _Queues | None = None
_language = -1


def _next_task() -> tuple[int, list[Outcome], dict[Any, Any]]:
    """In a worker: take the next task of its language (:meth:`_Queues.take`) and run it; its
    number, outcomes and learned patterns (as :func:`_work_batch`). The pool gets one such call
    per task, so every call finds one."""
    global _language
    assert _queues is not None
    _language, task = _queues.take(_language)
    if task < 0:
        return -1, [], {}
    outcomes, patterns = _work_batch([_queues.articles[i] for i in _queues.tasks[task]])
    return task, outcomes, patterns


def by_language(method: str, jobs: int) -> bool:
    """Whether a pool's workers take their tasks language by language (:func:`_next_task`):
    with two workers or more forked (spawned workers would need the tasks and the shared cursors
    sent to them; they take the tasks in the order of :func:`chunks`)."""
    return method == "fork" and jobs > 1


#: A sentence of our own in the scripts of the corpus, run once per language by :func:`warm`:
#: a date, an actor, a demonym, known and misspelt place names, so that every lazily built table
#: (date rules, actor patterns, demonym tables, the gazetteer's fuzzy index) is built before the
#: workers fork rather than once in each of them.
WARM_TEXT = ("On Monday 2 December 2024 the Syrian army said its troops had left Aleppo and "
             "Maarat al-Nomaan. قال الجيش السوري يوم الاثنين إن قواته انسحبت من حلب.")


def warm(geoparser: Any, articles: Sequence[Article]) -> None:
    """Load, in this process, what every worker would otherwise load again: the pipelines of the
    languages to process, the actor registry and the tables built on first use (forked workers
    inherit them). No article of the corpus runs here: one that kills its process must kill a
    worker, not the build."""
    from timeline.actors import load_actor_registry

    load_actor_registry()
    pipeline = getattr(geoparser, "pipeline", None)
    if pipeline is None:
        return
    languages = sorted({(a.language or "xx").lower() for a in articles})
    for lang in languages:
        try:
            pipeline(lang)
        except Exception:  # an untokenisable language: the article falls back to "xx" when processed
            log.debug("no pipeline for %s", lang, exc_info=True)
    if any(not a.language for a in articles):
        pipeline("xx")
    for lang in languages:
        sample = Article(id=f"warm-{lang}", path=Path(f"warm-{lang}"), text=WARM_TEXT,
                         language=None if lang == "xx" else lang, published=date(2024, 12, 2))
        try:
            process(sample, geoparser)
        except Exception:  # warming is an optimisation: the articles themselves report failures
            log.debug("warming %s failed", lang, exc_info=True)


def run_in_processes(articles: Sequence[Article], jobs: int, geoparser: Any = None, *,
                     on_done: Callable[[Article], None] | None = None,
                     start_method: str | None = None,
                     on_outcome: Callable[[Outcome], None] | None = None,
                     on_loaded: Callable[[], None] | None = None) -> list[Outcome]:
    """The outcome of every article, in the order of ``articles``, computed by ``jobs`` workers.

    ``on_done`` is called in this process as each article's outcome arrives (in completion order),
    and ``on_outcome`` with that outcome just before (once per article: the build writes it to the
    store while the workers go on, :func:`timeline.build._build`). ``on_loaded`` is called once
    what the workers inherit is loaded and frozen, before they fork (the build resumes the garbage
    collector it paused while loading: ``timeline.build.CollectorPause``).
    """
    global _geoparser
    method = start_method or default_start_method()
    if method == "fork":
        if geoparser is None:
            from geo import load_geoparser

            geoparser = load_geoparser()
        warm(geoparser, articles)
        gc.freeze()  # what the workers inherit stays out of their collections (and unshared pages)
    elif geoparser is not None:
        from geo import load_geoparser

        if geoparser is not load_geoparser():
            raise ValueError(f"a custom geoparser cannot be sent to {method!r} workers; use jobs=1 or fork")
        geoparser = None  # each worker loads its own
    if on_loaded:
        on_loaded()
    context = multiprocessing.get_context(method)
    outcomes: dict[int, Outcome] = {}
    previous, _geoparser = _geoparser, geoparser  # what forked workers inherit
    try:
        unfinished = _run_pool(articles, range(len(articles)), jobs, context, outcomes, on_done, on_outcome)
        if unfinished:
            log.warning("a worker process died; running the %d unfinished articles one at a time",
                        len(unfinished))
            _run_isolated(articles, unfinished, context, outcomes, on_done, on_outcome)
    finally:
        _geoparser = previous
    return [outcomes[i] for i in range(len(articles))]


def _collect_batch(future: Future, batch: list[Article]) -> list[Outcome] | None:
    """The outcomes of a task; None when a task of several articles failed as a whole (its
    articles are then sent again one per task, so that the failure is one article's). A task of
    one article always has its outcome: a failure to send it back is that article's."""
    from geo.pattern_cache import adopt

    try:
        outcomes, patterns = future.result()
        adopt(patterns)
        return outcomes
    except BrokenProcessPool:
        raise
    except Exception as err:  # e.g. a result that cannot be sent back
        if len(batch) > 1:
            log.debug("a task of %d articles failed; sending them one by one", len(batch), exc_info=True)
            return None
        log.warning("processing %s failed: %s: %s", batch[0].id, type(err).__name__, err)
        return [Failed(batch[0].id, f"{type(err).__name__}: {err}")]


def _run_pool(articles: Sequence[Article], indices: Sequence[int], jobs: int, context: Any,
              outcomes: dict[int, Outcome], on_done: Callable[[Article], None] | None,
              on_outcome: Callable[[Outcome], None] | None = None) -> list[int]:
    """Run ``indices`` in one pool; return those left unfinished because a worker died.

    Forked workers take the tasks language by language (:func:`_next_task`); others take the
    tasks of :func:`chunks` in order. A task whose results could not come back is run again one
    article per task (a failure is then that article's)."""
    global _queues
    queues = (_Queues(articles, language_queues(articles, indices, jobs), context)
              if by_language(context.get_start_method(), jobs) else None)
    previous, _queues = _queues, queues  # what the forked workers inherit
    pool = ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=context, initializer=_init_worker,
                               initargs=(os.getpid(),))
    futures: dict[Future, list[int] | None] = {}  # None: a call of _next_task
    broken = False

    def store(chunk: list[int], results: list[Outcome]) -> None:
        for i, outcome in zip(chunk, results, strict=True):
            outcomes[i] = with_article(outcome, articles[i])
            if on_outcome:
                on_outcome(outcomes[i])
            if on_done:
                on_done(articles[i])

    try:
        try:
            if queues is not None:
                for _ in queues.tasks:
                    futures[pool.submit(_next_task)] = None
            else:
                for chunk in chunks(articles, indices, jobs):
                    futures[pool.submit(_work_batch, [articles[i] for i in chunk])] = chunk
        except BrokenProcessPool:
            broken = True
        while futures:
            done, _ = wait(futures, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = futures.pop(future)
                try:
                    found = _collect_task(future, chunk, articles, queues)
                except BrokenProcessPool:
                    broken = True
                    continue
                if found is not None:
                    store(*found)
            if not futures and not broken:  # the tasks whose results could not come back
                for i in (i for i in indices if i not in outcomes):
                    try:
                        futures[pool.submit(_work_batch, [articles[i]])] = [i]
                    except BrokenProcessPool:
                        broken = True
                        break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _queues = previous
    return [i for i in sorted(indices) if i not in outcomes]


def _collect_task(future: Future, chunk: list[int] | None, articles: Sequence[Article],
                  queues: _Queues | None) -> tuple[list[int], list[Outcome]] | None:
    """The article indices and outcomes of a finished task (``chunk`` None: a call of
    :func:`_next_task`, which says which task it ran); None when its results could not come back
    and it held several articles, or it is a call of :func:`_next_task` (which task it took is
    then unknown: its articles are those without an outcome once every task is done)."""
    if chunk is not None:
        results = _collect_batch(future, [articles[i] for i in chunk])
        return None if results is None else (chunk, results)
    from geo.pattern_cache import adopt

    assert queues is not None
    try:
        task, results, patterns = future.result()
    except BrokenProcessPool:
        raise
    except Exception:  # e.g. a result that cannot be sent back
        log.debug("a task failed; its articles will be sent one by one", exc_info=True)
        return None
    adopt(patterns)
    return (queues.tasks[task], results) if task >= 0 else None


def _run_isolated(articles: Sequence[Article], indices: Sequence[int], context: Any,
                  outcomes: dict[int, Outcome], on_done: Callable[[Article], None] | None,
                  on_outcome: Callable[[Outcome], None] | None = None) -> None:
    """One article at a time in a one-worker pool: a death is then that article's."""
    pool: ProcessPoolExecutor | None = None
    try:
        for i in indices:
            if pool is None:
                pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_init_worker,
                                           initargs=(os.getpid(),))
            try:
                outcomes[i] = with_article(_collect_batch(pool.submit(_work_batch, [articles[i]]), [articles[i]])[0],
                                           articles[i])
            except BrokenProcessPool:
                log.warning("processing %s killed its worker process", articles[i].id)
                outcomes[i] = Failed(articles[i].id, WORKER_DIED)
                pool.shutdown(wait=True, cancel_futures=True)
                pool = None
            if on_outcome:
                on_outcome(outcomes[i])
            if on_done:
                on_done(articles[i])
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


# --- reading the corpus in a forked process while this one loads ---------------------------------

T = TypeVar("T")


class _Collected(logging.Handler):
    """Every log record of the reading process, kept to be handled again in the build process."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        # as logging.handlers.QueueHandler.prepare: the message made, no traceback object to pickle
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)


def _read_logged(directory: str | Path, known: Mapping[str, KnownArticle] | None
                 ) -> tuple[CorpusReadResult, list[logging.LogRecord]]:
    """:func:`kharita.articles.read_corpus` in the reading process, with its log records: they go
    back to the build process, which handles them as its own (no line is written here)."""
    collected = _Collected()
    root = logging.getLogger()
    root.handlers = [collected]  # this process only reads: the build process's handlers write
    return read_corpus(directory, known=known), collected.records


def load_for_workers() -> Any:
    """The process-wide geoparser, with what the articles of every language use loaded now: the
    actor registry and the indexes derived from the gazetteer (the rest, which depends on the
    languages of the articles, is :func:`warm`'s). What :func:`read_corpus_meanwhile` does while
    the corpus is read, in a build with workers."""
    from geo import load_geoparser
    from geo.derived_cache import load_derived_indexes
    from timeline.actors import load_actor_registry

    geoparser = load_geoparser()
    load_actor_registry()
    load_derived_indexes(geoparser.gazetteer)
    return geoparser


def read_corpus_meanwhile(directory: str | Path, known: Mapping[str, KnownArticle] | None,
                          meanwhile: Callable[[], T]) -> tuple[CorpusReadResult, T]:
    """:func:`kharita.articles.read_corpus` of ``directory`` (the same result, and the same log
    records, handled here), read in a forked process while this one runs ``meanwhile``.

    Why: before a build with workers can fork them, this process reads, hashes and parses every
    file and loads the geoparser, one after the other, while the other core waits; the two do not
    depend on each other, so the reading takes the other core. ``meanwhile`` runs here whatever
    happens; should the reading process fail or die, the corpus is read here after it (a file
    never fails there that would not fail here: every file's failure is its refusal).
    """
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_merger, initargs=(os.getpid(),))
    try:
        future = pool.submit(_read_logged, directory, dict(known or {}))
    except Exception:  # e.g. no process can be forked: read here, after
        log.debug("cannot read the corpus in a forked process", exc_info=True)
        pool.shutdown(wait=True, cancel_futures=True)
        value = meanwhile()
        return read_corpus(directory, known=known), value
    try:
        value = meanwhile()
        try:
            corpus, records = future.result()
        except Exception:  # the reading process died, or its result could not come back
            log.warning("reading the corpus in a forked process failed; reading it in the build process")
            log.debug("reading in a forked process failed", exc_info=True)
            return read_corpus(directory, known=known), value
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # no thread of it is left when the workers fork
    for record in records:
        logging.getLogger(record.name).handle(record)
    return corpus, value


# --- the merge, block by block, in forked processes ---------------------------------------------

#: The parts of the merge the forked processes take (set just before they fork; read by index).
_MERGE_PARTS: list[tuple[list[Any], list[Any]]] = []


def _merge_part(k: int) -> list[Any]:
    from timeline.merge import merge_in_blocks

    reports, rows = _MERGE_PARTS[k]
    return merge_in_blocks(reports, rows)


def share_blocks(sizes: Sequence[int], shares: int) -> list[list[int]]:
    """Block numbers dealt into ``shares`` groups of about equal merge work: the largest blocks
    first, each to the group with the least work so far, a block's work taken as the square of
    its items (the merge compares a block's reports pairwise). Empty groups are dropped."""
    groups: list[list[int]] = [[] for _ in range(max(1, shares))]
    work = [0] * len(groups)
    for block in sorted(range(len(sizes)), key=lambda b: (-sizes[b], b)):
        k = work.index(min(work))
        groups[k].append(block)
        work[k] += sizes[block] ** 2
    return [sorted(g) for g in groups if g]


def merge_in_processes(raw: list[Any], curated: list[Any], jobs: int,
                       meanwhile: Callable[[], None] | None = None) -> list[Any]:
    """:func:`timeline.merge.merge_in_blocks` of ``raw`` and ``curated``, the same events in the
    same order, with the blocks shared out between this process and ``jobs - 1`` forked ones.

    ``meanwhile``: work of this process to do while the shares are merged (the build writes the
    new results to the store); this process then merges no share and all ``jobs`` shares go to
    forked processes. It is called only when the merge is shared out (the caller does that work
    itself otherwise).

    Why: the merge runs in the build process alone after the workers are done, and most of its
    time goes to a few large blocks, which never merge with each other (:mod:`timeline.merge`);
    merging each share of whole blocks on its own gives exactly those blocks' events. The shares
    fork from the build process as the workers do; they only merge (no store, no lock) and end
    with it. Runs in this process alone where the platform cannot fork, with fewer than
    :data:`kharita.config.PARALLEL_MERGE_MIN_REPORTS` reports, or when two events would sort
    equal (their order would then depend on the shares). An exception of the merge is raised
    here as it would be by ``merge_in_blocks`` (the build's guard then finds the article).
    """
    from kharita import config
    from timeline.merge import Blocks, _mergeable, merge_in_blocks, merged_order

    mergeable = [e for e in raw if _mergeable(e)]
    if jobs < 2 or len(mergeable) < config.PARALLEL_MERGE_MIN_REPORTS or default_start_method() != "fork":
        return merge_in_blocks(raw, curated)
    items = [*mergeable, *curated]
    blocks = Blocks(items)
    sizes = [0] * len(blocks)
    for i in range(len(items)):
        sizes[blocks.block_of[i]] += 1
    groups = share_blocks(sizes, jobs)
    if len(groups) < 2:
        return merge_in_blocks(raw, curated)
    group_of = {b: k for k, group in enumerate(groups) for b in group}
    parts: list[tuple[list[Any], list[Any]]] = [([], []) for _ in groups]
    for i, event in enumerate(mergeable):
        parts[group_of[blocks.block_of[i]]][0].append(event)
    for j, row in enumerate(curated):
        parts[group_of[blocks.block_of[len(mergeable) + j]]][1].append(row)
    global _MERGE_PARTS
    _MERGE_PARTS = parts
    try:
        here = 0 if meanwhile is not None else 1  # shares merged in this process
        with ProcessPoolExecutor(max_workers=len(parts) - here, mp_context=multiprocessing.get_context("fork"),
                                 initializer=_init_merger, initargs=(os.getpid(),)) as pool:
            futures = [pool.submit(_merge_part, k) for k in range(here, len(parts))]
            if meanwhile is not None:
                meanwhile()
                merged = []
            else:
                merged = merge_in_blocks(*parts[0])
            for future in futures:
                merged += future.result()
    except BrokenProcessPool:  # a share's process died (not the merge raising): merge here
        log.warning("a merging process died; merging in the build process")
        return merge_in_blocks(raw, curated)
    finally:
        _MERGE_PARTS = []
    if len({merged_order(e) for e in merged}) < len(merged):  # ties: keep merge_in_blocks' own order
        return merge_in_blocks(raw, curated)
    return sorted(merged, key=merged_order)


def _init_merger(parent: int) -> None:
    _die_with_parent(parent)
