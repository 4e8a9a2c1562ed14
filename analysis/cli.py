"""Command line: ``python -m analysis build CORPUS --out DIR``, ``brief``, ``import``, ``corpora``, ``store`` and ``discover``.

Turns options into one call of :func:`analysis.pipeline.build` (or, for a large corpus or with
``--stream``, :func:`analysis.streaming.stream_build`) and the library's errors
into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

from tqdm import tqdm

from analysis import __version__

#: Corpora with more articles than this get a progress bar.
PROGRESS_BAR_FROM = 200
#: ``build`` writes CSV (beside the Parquet) for corpora of up to this many articles, unless told.
CSV_UP_TO = 100_000


class _ProgressBars:
    """One tqdm bar per stage, created lazily so small corpora print nothing."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bars: dict[str, tqdm] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total < PROGRESS_BAR_FROM:
            return
        bar = self.bars.get(stage)
        if bar is None:
            bar = self.bars[stage] = tqdm(total=total, desc=stage, unit="doc", file=sys.stderr, leave=False)
        if total != bar.total:  # a streamed build learns the corpus's size as it reads it
            bar.total = total
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"analysis {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="analyse a corpus and write its tables as partitioned Parquet and CSV")
    build.add_argument("corpus", help="a folder of .txt articles (+ metadata.csv), a JSON/JSONL file, or a ZIP")
    build.add_argument("--out", required=True, help="output folder (created if missing; Parquet: any fsspec path)")
    build.add_argument("--themes", type=int, default=None, help="number of NMF themes (default: by corpus size)")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="a Dask scheduler (tcp://HOST:8786), 'local' (a LocalCluster) or 'synchronous' "
                            "(default: $DASK_SCHEDULER_ADDRESS, else by corpus size)")  # fmt: skip
    build.add_argument("--no-parquet", action="store_true", help="write CSV only")
    build.add_argument("--csv", action=argparse.BooleanOptionalAction, default=None,
                       help=f"write CSV too (default: for corpora of up to {CSV_UP_TO:,} articles)")  # fmt: skip
    build.add_argument("--stream", action=argparse.BooleanOptionalAction, default=None,
                       help="build partition by partition, the corpus and the tables never held whole "
                            "(Parquet only; default: for corpora of about 100,000 articles or more)")  # fmt: skip
    build.add_argument("--quiet", action="store_true", help="no progress bar, no summary")

    brief = commands.add_parser(
        "brief", help="build a briefing pack (PDF, PPTX, chart images) from a corpus, or a briefing of the store"
    )
    brief.add_argument("corpus", nargs="?", default=None,
                       help="a corpus as for `build` (analysed once, then cached); not needed with --briefing")  # fmt: skip
    brief.add_argument("--briefing", default=None, metavar="NAME",
                       help="build the briefing of this name kept in the article store (each chart from its corpus)")  # fmt: skip
    brief.add_argument("--data", default=None, help="data folder of the store (default $ARABIC_NEWS_DATA or data/)")
    brief.add_argument("--out", required=True, help="output folder (created if missing)")
    brief.add_argument("--title", default="", help="the pack's title (Arabic or English; required)")
    brief.add_argument("--notes", default="", help="notes for the cover page (\\n for a new paragraph)")
    brief.add_argument("--chart", action="append", default=[], metavar="ID",
                       help="a chart id, repeatable, in pack order (see --list-charts)")  # fmt: skip
    brief.add_argument("--list-charts", action="store_true", help="print the chart ids and exit")
    brief.add_argument("--actors", default="", help="actor ids, comma-separated")
    brief.add_argument("--mode", default="any", choices=["any", "all"], help="articles naming any or all actors")
    brief.add_argument("--regions", default="", help="region ids, comma-separated")
    brief.add_argument("--from", dest="date_from", default=None, help="published on or after YYYY-MM-DD")
    brief.add_argument("--to", dest="date_to", default=None, help="published on or before YYYY-MM-DD")
    brief.add_argument("--sources", default="", help="sources, comma-separated")
    brief.add_argument("--types", default="", help="event types, comma-separated")
    brief.add_argument("--lang", default="ar", choices=["ar", "en", "both"], help="chart labels (default ar)")
    brief.add_argument(
        "--formats",
        default="pdf,pptx",
        help="any of pdf,pptx (the pack), png,svg,chart-pdf (one file per chart); default pdf,pptx",
    )
    brief.add_argument("--width", type=int, default=1200, help="chart width in CSS px (default 1200)")
    brief.add_argument("--scale", type=float, default=2, help="PNG pixel scale (default 2)")
    brief.add_argument("--no-cache", action="store_true", help="analyse the corpus afresh, do not use the cache")
    brief.add_argument("--quiet", action="store_true", help="no progress lines")

    disc = commands.add_parser("discover", help="list people, organisations and places the gazetteer does not know")
    disc.add_argument("corpus", help="a corpus as for `build` (analysed once, then cached)")
    disc.add_argument("--top", type=int, default=30, help="candidates shown (default 30)")
    disc.add_argument("--out", default=None, help="write every candidate to this CSV file")
    disc.add_argument("--min-articles", type=int, default=2, help="fewest articles a candidate is seen in")
    disc.add_argument("--ngrams", action="store_true", help="also frequent 2-3 word names no trigger marks (slower)")

    imp = commands.add_parser("import", help="import articles into a corpus of the article store, then analyse it; "
                              "or, with --from-build, make a corpus analysed elsewhere browsable")  # fmt: skip
    imp.add_argument("files", nargs="*", help=".txt/.csv/.json/.jsonl/.html files, folders or ZIPs")
    imp.add_argument("--corpus", default=None, help="the corpus to add to (created when new; required with files)")
    imp.add_argument("--from-build", default=None, metavar="DIR",
                     help="the --out folder of `build` (run here or on a cluster): the store reads its Parquet "
                          "tables where they are, nothing is analysed again")  # fmt: skip
    imp.add_argument("--name", default=None, help="with --from-build: the corpus' name (default: the build's)")
    imp.add_argument("--map", default=None, metavar="COL=NAME,...",
                     help="field names in CSV/JSON: text=body,title=headline,date=pub_date,source=paper,url=link")  # fmt: skip
    imp.add_argument("--max-mb", type=float, default=20, help="largest file read, in MB (default 20)")
    imp.add_argument("--data", default=None, help="data folder of the store (default $ARABIC_NEWS_DATA or data/)")
    imp.add_argument("--problems", default=None, metavar="FILE",
                     help="CSV of this import's problems (default <data>/problems/import-<corpus>-<time>.csv)")  # fmt: skip
    imp.add_argument("--no-analyse", action="store_true", help="import only; analyse later")
    imp.add_argument("--quiet", action="store_true", help="no progress bar, no report")

    corpora = commands.add_parser("corpora", help="list, rename, delete or export the corpora of the article store")
    corpora.add_argument("--data", default=None, help="data folder of the store (default $ARABIC_NEWS_DATA or data/)")
    actions = corpora.add_subparsers(dest="action")
    actions.add_parser("list", help="one line per corpus (the default)")
    rename = actions.add_parser("rename", help="rename a corpus")
    rename.add_argument("old")
    rename.add_argument("new")
    delete = actions.add_parser("delete", help="delete a corpus and its articles")
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="confirm the deletion (required)")
    export = actions.add_parser("export", help="write a corpus as JSON Lines with its metadata")
    export.add_argument("name")
    export.add_argument("--out", required=True, help="the .jsonl file to write")
    set_date = actions.add_parser("set-date", help="set an article's publication date")
    set_date.add_argument("name")
    set_date.add_argument("doc_id")
    set_date.add_argument("date", help="YYYY-MM-DD, or '' to clear")

    store = commands.add_parser("store", help="check the article store's file and tables (and repair what can be)")
    store.add_argument("--data", default=None, help="data folder of the store (default $ARABIC_NEWS_DATA or data/)")
    store_actions = store.add_subparsers(dest="action", required=True)
    check = store_actions.add_parser("check", help="read every table and row; report damage naming the file")
    check.add_argument("--repair", action="store_true",
                       help="then repair what can be without losing an article (the extraction cache, unfinished snapshots)")  # fmt: skip
    return parser


def _import_build(args) -> int:
    from analysis.store.builds import BuildError
    from analysis.store.database import Store, StoreError

    if args.files or args.corpus:
        print("error: --from-build takes no files and no --corpus (name the corpus with --name)", file=sys.stderr)
        return 2
    try:
        info = Store(args.data).link_build(args.from_build, args.name)
    except (BuildError, StoreError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"corpus {info.name}: {info.articles} articles analysed elsewhere, read from {info.location}")
    return 0


def _import(args) -> int:
    if args.from_build is not None:
        return _import_build(args)
    if not args.files or not args.corpus:
        print("error: import needs files and --corpus (or --from-build DIR)", file=sys.stderr)
        return 2
    from analysis.extract.gazetteer import GazetteerError
    from analysis.ingest.corpus import CorpusError
    from analysis.ingest.importing import MappingError
    from analysis.store.database import Store, StoreError
    from analysis.text.plurals import count_phrase

    bars = _ProgressBars(enabled=not args.quiet)
    try:
        store = Store(args.data)
        result = store.import_files(args.corpus, args.files, mapping=args.map,
                                    max_bytes=int(args.max_mb * 1e6), progress=bars)  # fmt: skip
        bars.close()
        problems = result.report[result.report["status"] != "imported"]
        # One line per problem drowned the summary (1,100 lines for SaudiNewsNet): they go to a file.
        try:
            written = _write_problems(problems, args.problems or _problems_path(store.data_dir, result.corpus))
        except OSError as error:  # the import is committed: a full disk must not make it look failed
            written = None
            print(f"warning: the problems of this import could not be written to a file: {error}", file=sys.stderr)
        if not args.quiet:
            print(f"corpus {result.corpus}: {result.summary()}")
            if len(problems) and written:
                print(f"  {count_phrase(len(problems), 'problem', 'en')} listed in {written}")
        if result.imported and not args.no_analyse:
            from analysis.store.snapshots import wait_for_snapshots

            started = time.perf_counter()
            try:
                tables = store.tables(result.corpus, progress=bars)
            except (StoreError, OSError) as error:
                # The articles are committed: say so, whatever stopped the analysis (a full disk).
                bars.close()
                print(f"error: the import is saved ({result.imported} articles in corpus {result.corpus}), "
                      f"but their analysis could not be: {error}", file=sys.stderr)  # fmt: skip
                return 1
            bars.close()
            # The snapshot is written in a thread: the next start of the dashboard reads it (5 s for
            # 31k articles instead of 20), so the command ends only once it is on disk.
            wait_for_snapshots()
            if not args.quiet:
                print(_summary(tables, time.perf_counter() - started, problems=None))
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (StoreError, MappingError, CorpusError, GazetteerError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        bars.close()
    return 0 if result.imported or not len(result.report) or (result.report["status"] != "error").any() else 1


def _corpora(args) -> int:
    from analysis.store.database import Store, StoreError

    try:
        store = Store(args.data)
        action = args.action or "list"
        if action == "list":
            for row in store.list_corpora().itertuples(index=False):
                span = f"{row.first} → {row.last}" if row.dated else "no dates"
                seed = " (seed)" if row.is_seed else ""
                print(f"{row.name}{seed}: {row.articles} articles, {row.dated} dated ({span})")
        elif action == "rename":
            print(f"renamed {args.old!r} to {store.rename(args.old, args.new)!r}")
        elif action == "delete":
            if not args.yes:
                print(
                    f"error: deleting {args.name!r} removes its articles for good; add --yes to confirm",
                    file=sys.stderr,
                )
                return 2
            print(f"deleted {args.name!r} ({store.delete(args.name, confirm=args.name)} articles)")
        elif action == "export":
            from pathlib import Path

            data = store.export_jsonl(args.name)
            Path(args.out).write_bytes(data)
            lines = data.count(b"\n")
            print(f"wrote {lines} articles to {args.out}")
        elif action == "set-date":
            date = store.set_date(args.name, args.doc_id, args.date)
            print(f"{args.doc_id}: published {date.isoformat() if date else '(no date)'}")
    except (StoreError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def _store(args) -> int:
    """``store check [--repair]``: exit 0 when the store is sound (after the repair, if asked), 1 when not."""
    from analysis.store.check import check_store, repair_store

    found = check_store(args.data)
    print(found.report())
    if args.repair and not found.ok:
        done = repair_store(args.data)
        for line in done or ["nothing could be repaired without losing articles"]:
            print(f"repair: {line}")
        found = check_store(args.data)
        print(found.report())
    return 0 if found.ok else 1


def _discover(args) -> int:
    from analysis import config
    from analysis.extract.discover import discover, write_csv
    from analysis.extract.gazetteer import GazetteerError
    from analysis.ingest.corpus import CorpusError
    from analysis.store.cache import load_or_build

    if args.top < 1:
        print("error: --top must be at least 1", file=sys.stderr)
        return 2
    try:
        gazetteer = config.gazetteer()
        tables = load_or_build(args.corpus, gazetteer=gazetteer)
    except (CorpusError, GazetteerError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    table = discover(tables.sentences, tables.mentions, gazetteer, min_articles=args.min_articles, ngrams=args.ngrams)
    seconds = time.perf_counter() - started
    if args.out:
        try:
            write_csv(table, args.out)
        except OSError as error:
            print(f"error: cannot write to {args.out}: {error}", file=sys.stderr)
            return 1
    print(
        f"{len(table)} candidates in {len(tables.documents)} articles ({seconds:.1f} s); the first {min(args.top, len(table))}:"
    )
    print(f"{'#':>3}  {'articles':>8} {'mentions':>8} {'keyness':>8}  {'kind':6} {'type':13} {'guess':14} name")
    for rank, row in enumerate(table.head(args.top).itertuples(index=False), 1):
        guess = row.affiliation if row.kind == "actor" else row.parent
        print(f"{rank:>3}  {row.articles:>8} {row.mentions:>8} {row.keyness:>8.1f}  {row.kind:6} {row.type:13} "
              f"{(guess or '-')[:14]:14} {row.name_ar} ({row.name_en})")  # fmt: skip
    if args.out:
        print(f"  every candidate written to {args.out}")
    return 0


_UNSAFE_IN_FILE_NAMES = re.compile(r"[^\w-]+")


def _problems_path(data_dir: Path, corpus: str) -> Path:
    """``<data>/problems/import-<corpus>-<UTC time>.csv``: one file per import, none overwritten."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    slug = _UNSAFE_IN_FILE_NAMES.sub("_", corpus)
    return data_dir / "problems" / f"import-{slug}-{stamp}.csv"


def _write_problems(problems, path: str | Path) -> Path | None:
    """The report rows that are not ``imported`` as CSV at ``path`` (nothing written when there are none)."""
    if not len(problems):
        return None
    from analysis.briefing.csv_export import csv_bytes

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(csv_bytes(problems))
    return path


def _summary(tables, seconds: float, *, problems: Path | None) -> str:
    """What a build made; ``problems`` is the file its problems were written to (None: not a build's)."""
    docs = tables.documents
    dated = docs["published"].dropna()
    span = f"{dated.min()} → {dated.max()}" if len(dated) else "no publication dates"
    lines = [
        f"corpus {tables.name}: {len(docs)} articles ({span}), {len(tables.sentences)} sentences",
        f"  {len(tables.mentions)} mentions of {tables.mentions['entity_id'].nunique()} entities, "
        f"{len(tables.comentions)} co-mention rows",
        f"  {len(tables.events)} dated expressions, {tables.themes['theme_id'].nunique()} themes",
    ]
    if problems is not None:
        errors = int((tables.problems["severity"] == "error").sum()) if len(tables.problems) else 0
        warnings = len(tables.problems) - errors
        lines.append(f"  problems: {errors} errors, {warnings} warnings (listed in {problems})")
    lines.append(f"  built in {seconds:.1f} s ({len(docs) / max(seconds, 1e-9):.0f} articles/s)")
    return "\n".join(lines)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


#: The options that choose charts and filters on the command line; a stored briefing has its own.
_PACK_OPTIONS = {"chart": "--chart", "actors": "--actors", "regions": "--regions", "date_from": "--from",
                 "date_to": "--to", "sources": "--sources", "types": "--types"}  # fmt: skip


def _brief(args) -> int:
    from analysis.aggregate.filters import FilterSpec
    from analysis.briefing import BriefingPack, PackItem
    from analysis.charts import registry

    if args.list_charts:
        for chart_id, chart in registry.CHARTS.items():
            print(f"{chart_id:20} {chart.title_en} · {chart.title_ar}")
        return 0
    if args.briefing is not None:
        return _brief_stored(args)
    if args.corpus is None:
        print("error: name a corpus, or a stored briefing with --briefing NAME", file=sys.stderr)
        return 2
    if not args.title.strip():
        print("error: give the pack a --title", file=sys.stderr)
        return 2
    if not args.chart:
        print("error: name at least one --chart (see --list-charts)", file=sys.stderr)
        return 2
    try:
        for chart_id in args.chart:
            registry.get_chart(chart_id)
        dates = [dt.date.fromisoformat(d) if d else None for d in (args.date_from, args.date_to)]
        spec = FilterSpec(actors=_split(args.actors), actor_mode=args.mode, regions=_split(args.regions),
                          date_from=dates[0], date_to=dates[1], sources=_split(args.sources),
                          event_types=_split(args.types))  # fmt: skip
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    pack = BriefingPack(
        title=args.title,
        notes=args.notes.replace("\\n", "\n"),
        items=[PackItem(chart_id, filters=spec, lang=args.lang) for chart_id in args.chart],
    )
    return _write_pack(args, pack)


def _brief_stored(args) -> int:
    """``brief --briefing NAME``: the pack the dashboard's Briefing page keeps under that name, each
    chart with its own options, filters and corpus (a corpus of the store; an item stored without
    one is drawn from the CORPUS argument). --title and --notes replace the stored ones."""
    from analysis.briefing.stored import read_pack
    from analysis.store.briefings import Briefings
    from analysis.store.database import Store, StoreError

    given = [flag for option, flag in _PACK_OPTIONS.items() if getattr(args, option)]
    if given:
        print(f"error: a stored briefing has its own charts and filters: leave out {', '.join(given)}", file=sys.stderr)
        return 2
    try:
        store = Store(args.data)
        briefing = Briefings(store).get(args.briefing)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    pack, _, damaged = read_pack(briefing, default_title=briefing.name)
    for item in damaged:
        print(f"warning: item {item.item_id} of the briefing {briefing.name!r} left out: {item.error}", file=sys.stderr)
    if not pack.items:
        print(f"error: the briefing {briefing.name!r} has no chart to build", file=sys.stderr)
        return 2
    if args.title.strip():
        pack.title = args.title
    if args.notes:
        pack.notes = args.notes.replace("\\n", "\n")
    if any(item.corpus is None for item in pack.items) and args.corpus is None:
        print(
            f"error: the briefing {briefing.name!r} has charts stored without their corpus: name the corpus to "
            "draw them from",
            file=sys.stderr,
        )
        return 2
    known = set(store.corpus_names())
    drawn = [item for item in pack.items if item.snapshot is None]  # the others are kept as drawn: no corpus read
    missing = sorted({item.corpus for item in drawn if item.corpus is not None and item.corpus not in known})
    if missing:
        print(
            f"error: the briefing {briefing.name!r} was made on corpora this store does not have: "
            f"{', '.join(missing)} (store: {store.data_dir})",
            file=sys.stderr,
        )
        return 2
    return _write_pack(args, pack, store=store)


def _write_pack(args, pack, *, store=None) -> int:
    """Analyse (or read from the cache) the corpora of ``pack``, build it and write its files to --out.
    Items with a corpus are drawn from that corpus of ``store``; the others from the CORPUS argument."""
    import dataclasses

    from analysis import config
    from analysis.aggregate.filters import apply_filters
    from analysis.briefing import ExportError, build_pack
    from analysis.briefing.provenance import describe_filters
    from analysis.extract.discovered import entities_with_discovered
    from analysis.extract.gazetteer import GazetteerError
    from analysis.ingest.corpus import CorpusError
    from analysis.store.database import StoreError

    def say(stage: str, done: int, total: int) -> None:
        if not args.quiet:
            print(f"  [{done}/{total}] {stage}", file=sys.stderr)

    loaded: dict = {}
    try:
        gazetteer = store.gazetteer() if store is not None else config.gazetteer()
        if args.corpus is not None and any(item.corpus is None for item in pack.items):
            if args.no_cache:
                from analysis.pipeline import build

                tables = build(args.corpus, gazetteer=gazetteer)
            else:
                from analysis.store.cache import load_or_build

                tables = load_or_build(args.corpus, gazetteer=gazetteer)
            loaded[tables.name] = tables
            items = [item if item.corpus else dataclasses.replace(item, corpus=tables.name) for item in pack.items]
            pack = dataclasses.replace(pack, items=items)

        def corpus(name: str):
            if name not in loaded:  # with the theme names analysts gave in the dashboard
                from analysis.aggregate.theme_names import match_names, named_tables
                from analysis.store.theme_names import ThemeNames

                tables = store.tables(name, gazetteer=gazetteer)
                loaded[name] = named_tables(tables, match_names(tables.themes, ThemeNames(store).stored(name)))
            return loaded[name]

        # the corpora charts are drawn from (a chart kept as drawn, of a build too large to load, needs none)
        drawn = list(dict.fromkeys(item.corpus for item in pack.items if item.snapshot is None))
        home = corpus(drawn[0]) if drawn else None
        pack = dataclasses.replace(pack, corpus=home.name if home is not None else pack.items[0].corpus)
        # the gazetteer's entities and those the pack's corpora discovered, by the names the screen gave them
        entities = entities_with_discovered(gazetteer.entities_table(), *(corpus(name).mentions for name in drawn))
        result = build_pack(
            pack, home, formats=_split(args.formats), progress=say, width=args.width, scale=args.scale,
            entities=entities,
            filtered=(lambda spec: apply_filters(home, spec, below=gazetteer.descendants)) if home is not None else None,
            views=lambda name, spec: apply_filters(corpus(name), spec, below=gazetteer.descendants),
        )  # fmt: skip
    except (CorpusError, GazetteerError, StoreError, ExportError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2 if not isinstance(error, ExportError) else 3
    finally:
        if store is not None:
            from analysis.store.snapshots import wait_for_snapshots

            wait_for_snapshots()  # a corpus analysed here is read from its snapshot next time
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, data in result.file_names().items():
            (out / name).write_bytes(data)
    except OSError as error:
        print(f"error: cannot write to {args.out}: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"briefing pack: {len(pack.items)} charts")
        for number, item in enumerate(pack.items, 1):
            print(f"  {number}. {item.chart} · {item.corpus} · {describe_filters(item.filters, 'en', entities)}")
        for name in result.file_names():
            print(f"  {out / name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "brief":
        return _brief(args)
    if args.command == "import":
        return _import(args)
    if args.command == "corpora":
        return _corpora(args)
    if args.command == "store":
        return _store(args)
    if args.command == "discover":
        return _discover(args)
    # Imported here so that --help and --version answer at once.
    from analysis import config
    from analysis.engine import EngineError
    from analysis.extract.gazetteer import GazetteerError
    from analysis.ingest.corpus import CorpusError
    from analysis.pipeline import build

    if args.themes is not None and args.themes < 1:
        print("error: --themes must be at least 1", file=sys.stderr)
        return 2
    if _streams(args):
        return _stream(args)
    bars = _ProgressBars(enabled=not args.quiet)
    started = time.perf_counter()
    try:
        # The gazetteer every entry point uses: the built-in files with the analyst's edits.
        tables = build(args.corpus, gazetteer=config.gazetteer(), n_themes=args.themes, progress=bars,
                       scheduler=args.scheduler)  # fmt: skip
    except (CorpusError, GazetteerError, EngineError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        bars.close()
    if tables.documents.empty:
        print(f"error: {args.corpus}: no article could be loaded (see the problems above)", file=sys.stderr)
        for row in tables.problems.itertuples(index=False):
            print(f"  {row.severity}: {row.problem}", file=sys.stderr)
        return 1
    csv = args.csv if args.csv is not None else (args.no_parquet or len(tables.documents) <= CSV_UP_TO)
    try:
        _write_build(tables, args.out, csv=csv, parquet=not args.no_parquet)
    except OSError as error:
        print(f"error: cannot write to {args.out}: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        problems = Path(args.out) / ("problems.csv" if csv else "problems")
        print(_summary(tables, time.perf_counter() - started, problems=problems))
        print(
            f"  tables written to {args.out} ({' and '.join(w for w, on in (('Parquet', not args.no_parquet), ('CSV', csv)) if on)})"
        )
    return 0


def _streams(args) -> bool:
    """Whether ``build`` streams (:mod:`analysis.streaming`): ``--stream``, or a corpus whose files hold
    about :data:`~analysis.streaming.STREAM_FROM` articles or more, unless CSV is asked for."""
    if args.stream is not None:
        return args.stream
    if args.csv or args.no_parquet:
        return False
    from analysis.engine import guess_articles
    from analysis.streaming import STREAM_FROM

    return guess_articles(args.corpus) >= STREAM_FROM


def _stream(args) -> int:
    from analysis import config
    from analysis.engine import EngineError
    from analysis.extract.gazetteer import GazetteerError
    from analysis.ingest.corpus import CorpusError
    from analysis.streaming import stream_build

    if args.csv or args.no_parquet:
        print("error: a streamed build (--stream) writes Parquet only; read its tables with DuckDB, or build "
              "without --stream for CSV", file=sys.stderr)  # fmt: skip
        return 2
    bars = _ProgressBars(enabled=not args.quiet)
    started = time.perf_counter()
    try:
        built = stream_build(args.corpus, args.out, gazetteer=config.gazetteer(), n_themes=args.themes,
                             progress=bars, scheduler=args.scheduler)  # fmt: skip
    except (CorpusError, GazetteerError, EngineError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot write to {args.out}: {error}", file=sys.stderr)
        return 1
    finally:
        bars.close()
    if built.articles == 0:
        print(f"error: {args.corpus}: no article could be loaded", file=sys.stderr)
        for row in built.problems.itertuples(index=False):
            print(f"  {row.severity}: {row.problem}", file=sys.stderr)
        return 1
    if not args.quiet:
        seconds = time.perf_counter() - started
        errors = int((built.problems["severity"] == "error").sum()) if len(built.problems) else 0
        n = built.counts
        print(f"corpus {built.name}: {built.articles} articles in {built.partitions} partitions, "
              f"{n['sentences']} sentences\n  {n['mentions']} mentions, {n['comentions']} co-mention rows\n"
              f"  {n['events']} dated expressions, {n['themes']} themes\n"
              f"  problems: {errors} errors, {len(built.problems) - errors} warnings (listed in {args.out}/problems)\n"
              f"  built in {seconds:.1f} s ({built.articles / max(seconds, 1e-9):.0f} articles/s), streamed\n"
              f"  tables written to {args.out} (Parquet)")  # fmt: skip
    return 0


def _write_build(tables, out: str, *, csv: bool, parquet: bool) -> None:
    """The build's outputs: ``<table>/part.N.parquet`` partitioned as the build extracted the articles
    (:mod:`analysis.partitioned`), ``build.json`` (:mod:`analysis.store.builds`) last, and ``<table>.csv``."""
    from analysis.store.builds import remove_manifest, write_manifest

    remove_manifest(out)  # until the new tables are all written, the folder is no finished build
    if csv:
        tables.write(out, csv=True, parquet=False)
    if parquet:
        from analysis.partitioned import write_partitioned
        from analysis.pipeline import PARTITION_SIZE

        partition_of = {doc_id: i // PARTITION_SIZE for i, doc_id in enumerate(tables.documents["doc_id"])}
        write_partitioned(tables.frames(), out, partition_of, texts=tables.texts)
        if tables.term_matrix is not None:  # what a linked corpus's Compare page reads (import --from-build)
            from analysis.store.term_cache import write_build_terms

            write_build_terms(tables.term_matrix, out)
        write_manifest(out, name=tables.name, articles=len(tables.documents))  # last: the build is complete
