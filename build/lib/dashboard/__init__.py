"""The Streamlit dashboard: a thin face on :mod:`analysis` (run ``streamlit run dashboard/app.py``)."""
