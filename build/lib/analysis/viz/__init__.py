"""Charts: functions from the pipeline's tables (and display options) to Plotly figures.

One module per chart family; none reads files or imports streamlit:

- :mod:`analysis.viz.bars`     top entities, top terms, article counts
- :mod:`analysis.viz.heatmap`  co-mention heatmap, actor × region matrix
- :mod:`analysis.viz.network`  actor network
- :mod:`analysis.viz.timeline` event timeline, mentions over time, theme shares over time
- :mod:`analysis.viz.themes`   top terms per theme, article × theme weights
- :mod:`analysis.viz.style`    font, colours, RTL-safe and markup-safe labels, base layout
"""
