"""The chart catalogue: every chart by id, with its Arabic caption and the sentences behind it,
shared by the dashboard, the briefing pack and the ``brief`` command."""
