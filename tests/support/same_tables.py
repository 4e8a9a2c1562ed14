"""Two builds' output tables compared as issue 13 asks: "equal (themes within a stated tolerance)".

Every table must be equal, value for value, except the themes' NMF weights (``themes.weight``,
``doc_themes.weight``), which must agree within :data:`THEME_WEIGHT_TOLERANCE`: the corpus-wide task runs
with one BLAS thread wherever it runs, yet its NMF on a worker process now and then differs from the same
fit in this process in the sixth decimal (0.184617 against 0.184619 on 120 articles of a SaudiNewsNet day,
seen on 2026-12-06; the same process gives the same figures under every hash seed, so it is the float sums'
order in the BLAS kernels of another process, not the data). The themes' terms, ranks and coherence, and
every other table, stay exact.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analysis import schema

#: The largest difference allowed between two builds' theme weights (absolute; weights are 0..1).
THEME_WEIGHT_TOLERANCE = 1e-5

#: Tables whose ``weight`` column is an NMF output.
NMF_TABLES = ("themes", "doc_themes")


def _frames(tables: schema.CorpusTables | Mapping[str, pd.DataFrame]) -> Mapping[str, pd.DataFrame]:
    return tables if isinstance(tables, Mapping) else {name: getattr(tables, name) for name in schema.OUTPUT_TABLES}


def assert_same_table(name: str, one: pd.DataFrame, other: pd.DataFrame, *, label: str = "") -> None:
    """``one`` and ``other`` equal as one table (``name``) of two builds; see the module's docstring."""
    obj = f"{name} ({label})" if label else name
    if name in NMF_TABLES:
        rest = [c for c in one.columns if c != "weight"]
        pd.testing.assert_frame_equal(one[rest], other[rest], obj=obj)
        pd.testing.assert_series_equal(
            one["weight"], other["weight"], check_exact=False, rtol=0, atol=THEME_WEIGHT_TOLERANCE, obj=obj
        )
    else:
        pd.testing.assert_frame_equal(one, other, obj=obj)


def assert_same_tables(one, other, *, label: str = "") -> None:
    """Every output table of two builds (:class:`analysis.schema.CorpusTables` or name → DataFrame) the same."""
    a, b = _frames(one), _frames(other)
    for name in schema.OUTPUT_TABLES:
        assert_same_table(name, a[name], b[name], label=label)
