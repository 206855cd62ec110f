"""Cold-build throughput with one process against two (``--jobs``), side by side in one run.

Corpus: the English, French and Arabic articles among the shipped seeds (data/articles) and the
git-ignored real-news texts (data/corpus/texts, when present), copied in turn to N distinct files
(each with one changed byte so hashes differ). Each build runs in a fresh Python process (as
``python -m timeline build`` would: loading the geoparser is part of its time) into a fresh store;
configurations alternate within each repetition so that they see the same machine load; medians
over the repetitions. CPU time (user + system, of the build process and its workers) is reported
beside wall-clock time because it does not depend on what else the machine runs; the stage's CPU
per article includes loading the pipelines, which the stage does first. Peak memory is ru_maxrss
of the build process and of its largest worker (RSS counts pages a forked worker shares with its
parent, so their sum is an upper bound). Larger corpora (``--articles 1000``) spread the fixed
costs (loading the gazetteer and the French model, about four seconds of CPU) over more articles.

What shows where a two-worker build loses time against half a one-process build: the build
process's CPU before the workers start, while they work and after they end; each worker's CPU and
minor page faults; the wall time around the pool (how long after it starts the last worker has its
first task, how long the first worker to run out of tasks waits for the last, how long the pool
takes to return); and the task CPU per article of each language in one process and in the
workers (the same batches of the same articles), which shows how much slower an article runs
when both cores work. A first build with workers writes each result to the store as it arrives
(``timeline.build._WrittenAhead``): that CPU is the build process's "while the workers work",
and what is left "after the workers end" is the merge (one share here, one in a forked process)
and the merged events' write.

Run: python benchmarks/build_parallel.py [--articles N] [--repeat R] [--schedules] [--spawn] [--dask]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kharita import config  # noqa: E402

LANGUAGES = ("en", "fr", "ar")


def base_articles() -> list[Path]:
    """Seeds and corpus texts in English, French or Arabic (corpus files are named ``LANG-...``)."""
    from kharita.articles import read_article

    texts = config.DATA_DIR / "corpus" / "texts"
    paths = sorted(config.ARTICLES_DIR.glob("*.txt")) + sorted(texts.glob("*.txt") if texts.is_dir() else [])
    return [p for p in paths if read_article(p).language in LANGUAGES]


def make_corpus(folder: Path, n: int) -> dict[str, int]:
    """N copies, the languages taken in turn so that any N is a mix."""
    from kharita.articles import read_article

    folder.mkdir(parents=True)
    by_lang: dict[str, list[Path]] = {}
    for p in base_articles():
        by_lang.setdefault(read_article(p).language, []).append(p)
    longest = max(len(v) for v in by_lang.values())
    base = [v[i] for i in range(longest) for v in by_lang.values() if i < len(v)]
    languages: dict[str, int] = {}
    for i in range(n):
        source = base[i % len(base)]
        (folder / f"{i:05d}_{source.name}").write_text(source.read_text("utf-8") + f"\n<!-- copy {i} -->\n", "utf-8")
        lang = read_article(source).language
        languages[lang] = languages.get(lang, 0) + 1
    return languages


def stolen_seconds() -> float | None:
    """CPU seconds the hypervisor gave to other guests (``steal`` in /proc/stat, all CPUs), or None
    off Linux. Why: on a shared VM the two-worker build's second core is the one most exposed to
    neighbours; a run that lost seconds to them says so, beside its ratio (round 15: paired ratios
    from 1.43 to 1.99 with the same code)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def child(args: argparse.Namespace) -> None:
    """One build in this fresh process; prints its figures as JSON."""
    started, started_cpu = time.perf_counter(), time.process_time()
    before_load = os.getloadavg()[0]
    if args.start_method:
        import timeline.parallel as parallel

        parallel.default_start_method = lambda: args.start_method
    if args.schedule == "chunks":  # round 23's schedule: every worker takes the next task of any language
        import timeline.parallel as parallel

        parallel.by_language = lambda method, jobs: False
    import timeline.build as build_module
    import timeline.parallel as parallel
    from timeline.export import to_json
    from timeline.store import EventStore

    stage = {"seconds": 0.0, "cpu": 0.0}
    run_articles = build_module.run_articles
    # the build process's own (wall, CPU) seconds per phase: before the stage (imports, reading
    # the folder and the store, the gazetteer), loading before the fork (warm), the pool at work
    # (the parent only collects), after the stage (curated tables, merge, store)
    marks: list[tuple[str, float, float]] = [("start", started, started_cpu)]

    clock: dict[str, float] = {}  # time.time() at each mark: compared with the workers' task times

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter(), time.process_time()))
        clock[name] = time.time()

    def cpu_now() -> float:
        return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))

    def timed(*a, **k):  # the per-article stage alone: what --jobs parallelises
        mark("before the stage")
        t, c = time.perf_counter(), cpu_now()
        try:
            return run_articles(*a, **k)
        finally:
            stage["seconds"] += time.perf_counter() - t
            stage["cpu"] += cpu_now() - c
            mark("stage")

    def phase(module, name: str, label: str, before: str) -> None:
        original = getattr(module, name)

        def wrapped(*a, **k):
            mark(before)
            try:
                return original(*a, **k)
            finally:
                mark(label)

        setattr(module, name, wrapped)

    build_module.run_articles = timed
    children = _watch_children(parallel, build_module)
    phase(parallel, "warm", "loading before the fork", "stage, before loading")
    phase(parallel, "_run_pool", "workers at work", "stage, between loading and the pool")
    # the merge: shared with forked processes, the build process writing the new results meanwhile
    phase(parallel, "merge_in_processes", "merge (results written meanwhile when shared)",
          "after the stage, before the merge")
    report = build_module.build(args.corpus, args.db, progress=False, jobs=args.jobs, engine=args.engine)
    seconds = time.perf_counter() - started
    mark("after the stage")
    phases: dict[str, list[float]] = {}
    for (_, w0, c0), (name, w1, c1) in zip(marks, marks[1:], strict=False):
        cell = phases.setdefault(name, [0.0, 0.0])
        cell[0] += w1 - w0
        cell[1] += c1 - c0
    pool = phases.get("workers at work", [0.0, 0.0])
    # the build process's CPU before the workers start and after they end (not overlapped with them)
    names = [name for name, _, _ in marks]
    split = names.index("workers at work") if "workers at work" in names else None
    around = {"before": 0.0, "after": 0.0}
    if split is not None:
        around["before"] = marks[split - 1][2] - marks[0][2]
        around["after"] = marks[-1][2] - marks[split][2]
    cpu = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    store = EventStore(args.db)
    export = to_json(store.load_events(include_hidden=True))
    # the whole store: articles (but the time each was processed), place mentions, raw reports
    # and merged events, so that a change that must not change the output is checked on all of it
    whole = {"articles": [{k: v for k, v in a.items() if k != "processed_at"} for a in store.articles()],
             "mentions": store.place_mentions(), "raw": [e.to_json() for e in store.raw_events()], "events": export}
    content = json.dumps(whole, ensure_ascii=False, sort_keys=True, default=str)
    # the same without the extraction fingerprint each article was processed with (a hash of the
    # code): what must not change when only how the build runs (or loads its tables) changes
    results = json.dumps({**whole, "articles": [{k: v for k, v in a.items() if k != "processed_with"}
                                                for a in whole["articles"]]},
                         ensure_ascii=False, sort_keys=True, default=str)
    print(json.dumps({"seconds": seconds, "stage_seconds": stage["seconds"], "stage_cpu_seconds": stage["cpu"],
                      "cpu_seconds": sum(u.ru_utime + u.ru_stime for u in cpu),
                      "processed": len(report.processed), "failed": len(report.failed),
                      "events": report.events, "peak_mb": own, "worker_peak_mb": workers,
                      "parent_cpu_seconds": resource.getrusage(resource.RUSAGE_SELF).ru_utime
                      + resource.getrusage(resource.RUSAGE_SELF).ru_stime,
                      "phases": phases, "serial_seconds": seconds - pool[0], "children": children(),
                      "serial_cpu_seconds": sum(c for _, c in phases.values()) - pool[1],
                      "export_sha256": hashlib.sha256(export.encode()).hexdigest(),
                      "store_sha256": hashlib.sha256(content.encode()).hexdigest(),
                      "results_sha256": hashlib.sha256(results.encode()).hexdigest(),
                      "load_before": before_load, "load_after": os.getloadavg()[0],
                      "minflt": resource.getrusage(resource.RUSAGE_SELF).ru_minflt,
                      "pool_start": clock.get("stage, between loading and the pool"),
                      "pool_end": clock.get("workers at work"),
                      "parent_cpu_before_pool": around["before"], "parent_cpu_after_pool": around["after"]}))


def _watch_children(parallel, build_module) -> Callable[[], dict[str, dict[str, Any]]]:
    """Per-process CPU of the build's children, read back after the build: each worker and merging
    process writes its own rusage to a file as it finishes each task. Returns the function that
    reads them: {role-pid: {"cpu": user + system s, "task_cpu": s inside the tasks, "minflt": minor
    page faults (copy-on-write copies of the parent's pages among them), "tasks": n, "first_start"
    and "last_end": time.time() of the start of its first task and the end of its last, "by_lang":
    {language: [task CPU s, articles]}}. What a worker spends outside its tasks is its start,
    receiving tasks and sending results back. The batches a one-process build runs in itself are
    recorded the same way (role "inline"), so that a worker's CPU per article of each language can
    be set beside one process's: the same batches of the same articles."""
    folder = Path(tempfile.mkdtemp(prefix="kharita-children-"))

    def watched(role: str, original):
        @functools.wraps(original)  # sent to the workers by name: it must pass for the original
        def task(*a, **k):
            started, before = time.time(), time.process_time()
            try:
                return original(*a, **k)
            finally:
                me = folder / f"{role}-{os.getpid()}.json"
                seen = (json.loads(me.read_text()) if me.exists()
                        else {"task_cpu": 0.0, "tasks": 0, "first_start": started, "by_lang": {}})
                spent = time.process_time() - before
                if role != "merger" and a and a[0]:  # a batch of articles of one language
                    cell = seen["by_lang"].setdefault(a[0][0].language or "xx", [0.0, 0])
                    cell[0] += spent
                    cell[1] += len(a[0])
                usage = resource.getrusage(resource.RUSAGE_SELF)
                me.write_text(json.dumps({"cpu": usage.ru_utime + usage.ru_stime, "minflt": usage.ru_minflt,
                                          "task_cpu": seen["task_cpu"] + spent, "tasks": seen["tasks"] + 1,
                                          "first_start": seen["first_start"], "last_end": time.time(),
                                          "by_lang": seen["by_lang"]}))
        return task

    for role, module, name in (("worker", parallel, "_work_batch"), ("merger", parallel, "_merge_part"),
                               ("inline", build_module, "process_batch")):
        if hasattr(module, name):
            setattr(module, name, watched(role, getattr(module, name)))

    def read() -> dict[str, dict[str, Any]]:
        found = {p.stem: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}
        shutil.rmtree(folder, ignore_errors=True)
        return found

    return read


def run_one(corpus: Path, db: Path, jobs: int, engine: str = "local", start_method: str = "",
            schedule: str = "") -> dict:
    cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--db", str(db), "--jobs", str(jobs),
           "--engine", engine]
    if start_method:
        cmd += ["--start-method", start_method]
    if schedule:
        cmd += ["--schedule", schedule]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def machine() -> str:
    import dask
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, {platform.platform()}, "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, dask {dask.__version__}")


def print_phases(configs: list[tuple], runs: dict[str, list[dict]]) -> None:
    """The build process's own time per phase (medians, wall / CPU s): what runs in it alone
    (everything but "workers at work") caps the speed-up from one process to two."""
    names: list[str] = []
    for rs in runs.values():
        names += [n for n in rs[0]["phases"] if n not in names]
    print("\n| build process, median wall s / CPU s | " + " | ".join(name for name, *_ in configs) + " |")
    print("|---|" + "---|" * len(configs))

    def cell(rs: list[dict], get) -> str:
        values = [get(r) for r in rs]
        if any(v is None for v in values):
            return "-"
        return f"{statistics.median(w for w, _ in values):.2f} / {statistics.median(c for _, c in values):.2f}"

    for phase in names:
        print(f"| {phase} | " + " | ".join(cell(runs[name], lambda r, p=phase: r["phases"].get(p))
                                          for name, *_ in configs) + " |")
    print("| **alone (all but the workers at work)** | "
          + " | ".join(cell(runs[name], lambda r: (r["serial_seconds"], r["serial_cpu_seconds"]))
                       for name, *_ in configs) + " |")


def kids(r: dict, role: str) -> list[dict]:
    """A build's child processes of one role ("worker", "inline", "merger"), in name order."""
    return [v for k, v in sorted(r.get("children", {}).items()) if k.startswith(role)]


def per_language(r: dict) -> dict[str, tuple[float, int]]:
    """A build's task CPU seconds and articles per language, over its workers (or the build process
    itself, "inline", in one process)."""
    out: dict[str, list[float]] = {}
    for w in [*kids(r, "worker"), *kids(r, "inline")]:
        for lang, (cpu, n) in w.get("by_lang", {}).items():
            cell = out.setdefault(lang, [0.0, 0])
            cell[0] += cpu
            cell[1] += n
    return {lang: (cpu, n) for lang, (cpu, n) in out.items()}


def print_children(configs: list[tuple], runs: dict[str, list[dict]]) -> None:
    """CPU seconds per process (medians): the build process (before the stage, during it, after
    it), each worker (in its tasks and outside them: start, receiving tasks, sending results),
    the merging processes, and the total of all processes; what a two-process build spends beyond
    a one-process build is in these differences."""
    def med(rs: list[dict], get) -> str:
        return f"{statistics.median(get(r) for r in rs):.2f}"

    def pool_cpu(r: dict) -> float:
        return r["phases"].get("workers at work", [0.0, 0.0])[1]

    print("\n| CPU s, median | " + " | ".join(name for name, *_ in configs) + " |")
    print("|---|" + "---|" * len(configs))
    rows = [
        ("build process, alone (serial)", lambda r: r["serial_cpu_seconds"]),
        ("build process, before the workers start (serial)", lambda r: r.get("parent_cpu_before_pool", 0.0)),
        ("build process, while the workers work (overlapped)", pool_cpu),
        ("build process, after the workers end (serial)", lambda r: r.get("parent_cpu_after_pool", 0.0)),
        ("workers, sum", lambda r: sum(w["cpu"] for w in kids(r, "worker"))),
        ("workers, largest", lambda r: max((w["cpu"] for w in kids(r, "worker")), default=0.0)),
        ("workers, outside their tasks (start, sending)", lambda r: sum(w["cpu"] - w["task_cpu"]
                                                                        for w in kids(r, "worker"))),
        ("workers' languages (a worker's each language it ran)",
         lambda r: sum(len(w.get("by_lang", {})) for w in kids(r, "worker"))),
        ("workers, minor page faults (thousands)", lambda r: sum(w["minflt"] for w in kids(r, "worker")) / 1000),
        ("merging processes", lambda r: sum(w["cpu"] for w in kids(r, "merger"))),
        ("all processes", lambda r: r["cpu_seconds"]),
        ("build process, minor page faults (thousands)", lambda r: r.get("minflt", 0) / 1000),
    ]
    for label, get in rows:
        print(f"| {label} | " + " | ".join(med(runs[name], get) for name, *_ in configs) + " |")
    print_overlap(configs, runs)
    print_languages(configs, runs)


def print_overlap(configs: list[tuple], runs: dict[str, list[dict]]) -> None:
    """Wall seconds around the pool (medians): how long after the pool starts every worker has its
    first task, how long the first worker to finish waits for the last one, and how long the pool
    takes to return after the last task ends. With the build process's serial CPU, these are the
    two-worker build's time that is not two workers working."""
    def pooled(r: dict) -> bool:
        return bool(kids(r, "worker")) and r.get("pool_start") is not None and r.get("pool_end") is not None

    rows = [
        ("pool, wall s", lambda r: r["pool_end"] - r["pool_start"]),
        ("last worker's first task starts, s after the pool starts",
         lambda r: max(w["first_start"] for w in kids(r, "worker")) - r["pool_start"]),
        ("first worker done to last worker done (idle tail), s",
         lambda r: max(w["last_end"] for w in kids(r, "worker")) - min(w["last_end"] for w in kids(r, "worker"))),
        ("last task's end to the pool's return, s",
         lambda r: r["pool_end"] - max(w["last_end"] for w in kids(r, "worker"))),
    ]
    shown = [(name, runs[name]) for name, *_ in configs if all(pooled(r) for r in runs[name])]
    if not shown:
        return
    print("\n| around the pool, median | " + " | ".join(name for name, _ in shown) + " |")
    print("|---|" + "---|" * len(shown))
    for label, get in rows:
        print(f"| {label} | " + " | ".join(f"{statistics.median(get(r) for r in rs):.2f}" for _, rs in shown) + " |")


def print_languages(configs: list[tuple], runs: dict[str, list[dict]]) -> None:
    """Task CPU per article of each language (ms, medians; the same batches of the same articles
    in every configuration): what a worker spends on an article beside what one process spends."""
    languages = sorted({lang for rs in runs.values() for r in rs for lang in per_language(r)})
    if not languages:
        return
    print("\n| task CPU ms/article, median | " + " | ".join(name for name, *_ in configs) + " |")
    print("|---|" + "---|" * len(configs))
    for lang in [*languages, "all"]:
        cells = []
        for name, *_ in configs:
            values = []
            for r in runs[name]:
                found = per_language(r)
                cpu, n = (found.get(lang, (0.0, 0)) if lang != "all"
                          else (sum(c for c, _ in found.values()), sum(k for _, k in found.values())))
                if n:
                    values.append(cpu / n * 1000)
            cells.append(f"{statistics.median(values):.1f}" if values else "-")
        print(f"| {lang} | " + " | ".join(cells) + " |")


def task_cpu(r: dict) -> str:
    """One build's task CPU per article and, with workers, how many languages they ran in all:
    per build, so that schedules alternated in one run can be compared pair by pair."""
    found = per_language(r)
    cpu, n = sum(c for c, _ in found.values()), sum(k for _, k in found.values())
    pairs = sum(len(w.get("by_lang", {})) for w in [*kids(r, "worker"), *kids(r, "inline")])
    return f"task CPU {cpu / max(n, 1) * 1000:.1f} ms/article, {pairs} process-language pairs"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spawn", action="store_true", help="also two workers started with 'spawn'")
    parser.add_argument("--dask", action="store_true", help="also the Dask engine (LocalCluster of 2 workers)")
    parser.add_argument("--schedules", action="store_true",
                        help="also two forked workers taking the tasks in the order of timeline.parallel.chunks, "
                             "any language (round 23's schedule), beside the language by language one")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--schedule", default="", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--start-method", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args)
        return

    configs = [("one process (--jobs 1)", 1, "local", "", ""), ("two workers (--jobs 2, fork)", 2, "local", "", "")]
    if args.schedules:
        configs.append(("two workers, chunks order", 2, "local", "", "chunks"))
    if args.spawn:
        configs.append(("two workers (--jobs 2, spawn)", 2, "local", "spawn", ""))
    if args.dask:
        configs.append(("Dask LocalCluster, 2 workers", 2, "dask", "", ""))
    print(f"machine: {machine()}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    runs: dict[str, list[dict]] = {name: [] for name, *_ in configs}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "articles"
        languages = make_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles ({', '.join(f'{v} {k}' for k, v in sorted(languages.items()))}) "
              f"copied from {len(base_articles())} distinct en/fr/ar articles")
        for r in range(args.repeat):
            for name, jobs, engine, method, schedule in configs:
                db = Path(tmp) / f"{r}-{jobs}-{engine}-{method}-{schedule}.db"
                stolen = stolen_seconds()
                runs[name].append(run_one(corpus, db, jobs, engine, method, schedule))
                done = runs[name][-1]
                after = stolen_seconds()
                done["stolen"] = after - stolen if stolen is not None and after is not None else None
                steal = f", {done['stolen']:.2f} s stolen by the host" if done["stolen"] is not None else ""
                print(f"  repetition {r + 1}, {name}: {done['seconds']:.1f} s (load average "
                      f"{done['load_before']:.1f} before, {done['load_after']:.1f} after{steal}; "
                      f"{task_cpu(done)})", flush=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    one = runs[configs[0][0]]
    print("\n| build | articles | whole build: median s | articles/s | speed-up | per-article stage: median s "
          "| articles/s | speed-up | CPU s (all processes) | stage CPU ms/article | peak RSS, build process "
          "| peak RSS, largest worker |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, *_ in configs:
        rs = runs[name]
        n = rs[0]["processed"]
        cells = []
        for key in ("seconds", "stage_seconds"):
            median = statistics.median(r[key] for r in rs)
            # ratio per repetition (measured side by side), then the median of those ratios
            speedup = statistics.median(a[key] / b[key] for a, b in zip(one, rs, strict=True))
            cells += [f"{median:.1f}", f"{n / median:.1f}", f"{speedup:.2f}×"]
        worker = max(r["worker_peak_mb"] for r in rs)
        stage_ms = statistics.median(r["stage_cpu_seconds"] for r in rs) / max(n, 1) * 1000
        print(f"| {name} | {n} | {' | '.join(cells)} | {statistics.median(r['cpu_seconds'] for r in rs):.1f} | "
              f"{stage_ms:.1f} | "
              f"{max(r['peak_mb'] for r in rs):.0f} MB | {f'{worker:.0f} MB' if worker > 1 else '-'} |")
    print_phases(configs, runs)
    print_children(configs, runs)
    hashes = {r["export_sha256"] for rs in runs.values() for r in rs}
    failed = sum(r["failed"] for rs in runs.values() for r in rs)
    stores = {r["store_sha256"] for rs in runs.values() for r in rs}
    results = {r["results_sha256"] for rs in runs.values() for r in rs}
    print(f"\nwhole stores identical across every build: {len(stores) == 1} (sha256 {min(stores)[:16]}; "
          f"without the code fingerprint: {len(results) == 1}, sha256 {min(results)[:16]}); "
          f"exports identical across every build: {len(hashes) == 1}; failed articles: {failed}; "
          f"events: {one[0]['events']}; seconds per repetition: "
          + "; ".join(f"{name}: " + ", ".join(f"{r['seconds']:.1f}" for r in rs) for name, rs in runs.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
