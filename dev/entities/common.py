"""What the entity dev-set scripts share: where the corpus is, reading the annotation files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles.jsonl"
MENTIONS_JUDGED = HERE / "mentions_judged.jsonl"
#: spans of judged samples that a later round changed (a name read longer or shorter; a discovered name now a curated
#: entity's), read again in their sentence with the rules of their day: (doc_id, start, end, entity_id) and the verdict
#: on the new span
SPANS_REJUDGED = HERE / "spans_rejudged.jsonl"
METONYMY_JUDGED = HERE / "metonymy_judged.jsonl"
MAPPING_REVIEW = HERE / "mapping_review.tsv"


def default_data() -> str:
    """``../shared/data/saudinewsnet`` beside the repository (or beside its main checkout, from a worktree)."""
    candidates = [ROOT.parent / "shared" / "data" / "saudinewsnet"]
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
        candidates.append(Path(common).parent.parent / "shared" / "data" / "saudinewsnet")
    except (OSError, subprocess.CalledProcessError):
        pass
    return str(next((c for c in candidates if c.exists()), candidates[0]))


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
