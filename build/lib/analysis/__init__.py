"""Arabic news analysis: themes, actor co-mentions and a dated event timeline.

The entry point is :func:`analysis.pipeline.build` (or ``python -m analysis build``).
This package never imports Streamlit; the dashboard only presents what it computes.
"""

__version__ = "0.1.0"
