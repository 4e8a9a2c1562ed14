"""Where the repository and its seed corpus are, for tests at any depth of ``tests/``."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "analysis" / "data"
