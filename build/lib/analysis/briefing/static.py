"""Static export of any chart (PNG, SVG, PDF) through kaleido and Debian's Chromium.

One Chromium serves the whole process: :func:`ensure_server` starts kaleido's sync server
the first time it is needed (about 2 s) and every later export reuses it (about 0.2 s).
Before starting it we check that a Chromium and the charts' Arabic font exist, because a
kaleido server whose browser failed to start would otherwise wait forever: failures are
:class:`ExportError` with the missing piece and the install command.

    png = export_figure(fig, "png", width=1200, scale=2, footer=Provenance.of(tables, spec))

Text reaches Chromium in logical order (RLE-wrapped by :mod:`analysis.viz.style`) and
Chromium shapes it; PDFs embed the subset fonts (Chromium's print-to-PDF).
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import plotly.graph_objects as go

from analysis.briefing.provenance import Provenance, with_footer
from analysis.viz.errors import ExportError
from analysis.viz.fonts import check_chart_fonts

FORMATS = ("png", "svg", "pdf")
DEFAULT_WIDTH = 1200
DEFAULT_SCALE = 2  # 1200 px × 2 = 2400 px wide: print quality at A4 width (≈ 300 dpi)
#: Seconds one export may take before we give up (Chromium hung or died).
EXPORT_TIMEOUT = 90

_lock = threading.Lock()
_caller = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-export")
_started = False


def chromium_path() -> str:
    """The Chromium kaleido will drive (``$BROWSER_PATH`` first), or :class:`ExportError`."""
    explicit = os.environ.get("BROWSER_PATH")
    if explicit:
        if os.path.isfile(explicit) and os.access(explicit, os.X_OK):
            return explicit
        raise ExportError(
            f"Chromium not found at BROWSER_PATH={explicit!r}: unset it, or run `make setup` or `apt-get install chromium`",
            missing="chromium",
            install="apt-get install chromium",
        )
    try:
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
    except Exception:
        import shutil

        found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        raise ExportError(
            "Chromium not found: run `make setup` or `apt-get install chromium`",
            missing="chromium",
            install="apt-get install chromium",
        )
    return found


def _kaleido():
    try:
        import kaleido
    except ImportError:
        raise ExportError(
            "kaleido missing: run `make setup` or `pip install kaleido==1.5.0`",
            missing="kaleido",
            install="pip install kaleido==1.5.0",
        ) from None
    return kaleido


def _server_thread_alive(kaleido) -> bool:
    server = getattr(kaleido, "_global_server", None)
    thread = getattr(server, "_thread", None)
    return thread is None or thread.is_alive()


def ensure_server() -> float:
    """Start the shared kaleido server if it is not running; returns the seconds it took (0 if running)."""
    global _started
    kaleido = _kaleido()
    with _lock:
        if _started and _server_thread_alive(kaleido):
            return 0.0
        if _started:  # the server died (Chromium crashed): start a fresh one
            kaleido.stop_sync_server(silence_warnings=True)
        chromium_path()
        check_chart_fonts()
        began = time.perf_counter()
        # mathjax=False: no CDN fetch (machines here have no network) and nothing of ours uses LaTeX.
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        _started = True
        return time.perf_counter() - began


def stop_server() -> None:
    """Stop the shared server (tests, or a process that wants its memory back)."""
    global _started
    kaleido = _kaleido()
    with _lock:
        if _started:
            kaleido.stop_sync_server(silence_warnings=True)
        _started = False


def _render(fig_dict: dict, opts: dict) -> bytes:
    kaleido = _kaleido()
    future = _caller.submit(kaleido.calc_fig_sync, fig_dict, opts=opts)
    waited = 0.0
    while True:
        try:
            return future.result(timeout=0.5)
        except FutureTimeout:
            waited += 0.5
            if not _server_thread_alive(kaleido):
                raise ExportError(
                    "Chromium failed to start or crashed: check `chromium --version`, then run `make setup` "
                    "or `apt-get install chromium`",
                    missing="chromium",
                    install="apt-get install chromium",
                ) from None
            if waited >= EXPORT_TIMEOUT:
                raise ExportError(f"export timed out after {EXPORT_TIMEOUT} s (Chromium busy or hung)") from None
        except ExportError:
            raise
        except Exception as error:
            name = type(error).__name__
            if "ChromeNotFound" in name or "BrowserFailed" in name or "BrowserClosed" in name:
                raise ExportError(
                    f"Chromium could not be used ({name}): run `make setup` or `apt-get install chromium`",
                    missing="chromium",
                    install="apt-get install chromium",
                ) from error
            raise ExportError(f"export failed: {name}: {str(error).splitlines()[0] if str(error) else ''}") from error


def figure_height(fig: go.Figure, default: int = 560) -> int:
    return int(fig.layout.height or default)


def print_layout(fig: go.Figure) -> go.Figure:
    """``fig`` adjusted for paper: a horizontal legend (on screen: a strip at the bottom of the
    figure, where the provenance footer goes on paper) becomes a vertical one beside the plot,
    its top level with the plot's top: on the right, or on the left when the category axis is
    on the right (a chart mirrored for Arabic readers). Changes ``fig`` in place and returns it."""
    legend = fig.layout.legend
    if fig.layout.showlegend and legend.orientation == "h":
        x, anchor = (-0.02, "right") if fig.layout.yaxis.side == "right" else (1.02, "left")
        fig.update_layout(
            legend=dict(orientation="v", xref="paper", yref="paper", x=x, xanchor=anchor, y=1, yanchor="top")
        )
    return fig


def export_figure(
    fig: go.Figure,
    fmt: str = "png",
    *,
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
    scale: float = DEFAULT_SCALE,
    footer: Provenance | None = None,
    footer_lang: str = "en",
) -> bytes:
    """``fig`` as PNG, SVG or PDF bytes, with the provenance footer when ``footer`` is given.

    ``width``/``height`` are CSS pixels (``height`` defaults to the figure's own); ``scale``
    multiplies the PNG's pixels (2 → 2400 px wide by default). ``fig`` itself is not changed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if width < 200 or (height is not None and height < 150):
        raise ValueError("width must be at least 200 px and height at least 150 px")
    if not 0.25 <= scale <= 8:
        raise ValueError("scale must be between 0.25 and 8")
    fig = print_layout(go.Figure(fig))  # a copy: the caller's figure stays as it is
    if footer is not None:
        fig = with_footer(fig.update_layout(height=height or figure_height(fig)), footer, lang=footer_lang, width=width)
        height = figure_height(fig)
    height = height or figure_height(fig)
    ensure_server()
    fig_dict = fig.to_dict()
    fig_dict.setdefault("layout", {}).update(width=width, height=height)
    return _render(fig_dict, dict(format=fmt, width=width, height=height, scale=scale))


def export_figures(figures: dict[str, go.Figure], fmt: str = "png", **options) -> dict[str, bytes]:
    """Several figures through the same server: ``{name: bytes}``."""
    return {name: export_figure(fig, fmt, **options) for name, fig in figures.items()}
