"""Move the judged rows of ``dev/`` onto the corpus text as it is read since Arabic presentation forms are
read as letters at ingest (:func:`analysis.ingest.fields.letters_for_shapes`).

    PYTHONPATH=. .venv/bin/python dev/migrate_shapes.py            # rewrite the judged files in place, say what moved
    PYTHONPATH=. .venv/bin/python dev/migrate_shapes.py --check    # only say what would move (exit 1 if anything)

SaudiNewsNet has about 200 articles written in presentation forms (``قال مصدر مسؤول (in presentation forms)``) or with the ligature
``U+FEFB``/``U+FEF7``/``U+FEF9`` among ordinary letters. Read as letters, a ligature is two characters (``U+FEFB`` → ``لا``), so every
offset after one moves, and every judged string that holds one (a mention's sentence, a date's sentence) is no
longer in the text. The scorers locate a judged row by its article's text: a mention by its offsets (``start``,
``end``; ``score_entities.py``), a date by its sentence and its text in it, a gold line by its quote and its
occurrence (``score_dates.py``), a Hijri pair by its offsets (``score_hijri.py``).

The corpus is read twice, as the ingest reads it and with the presentation forms kept (the ingest as it was
before), and each article that differs gives a map of offsets, character by character (the letters of a
presentation form are its Unicode compatibility decomposition, whatever stands around it). In every ``*.jsonl``
under ``dev/``, a row of such an article gets:

- its offsets (``start``/``end``, ``hijri``) moved by the map, when they hold its ``surface`` (or ``quote``) in
  the text as it was; a row already on the new text (the file moved before) is left as it is;
- the strings the scorers look for in the text (``surface``, ``sentence``, ``date_text``, ``quote``) read as
  letters; a gold line's occurrence ``n`` counted again in the new text;

and nothing else: verdicts, types, notes (the readers' words, quoting the text as they read it) and the drawn
readings are kept as judged. A row that cannot be located either way is listed and left. Lines that do not change
are kept byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.ingest.fields import letters_for_shapes  # noqa: E402
from dev.entities.common import default_data  # noqa: E402

DEV = ROOT / "dev"
#: what the scorers look for in an article's text: read as letters
TEXT_FIELDS = ("surface", "sentence", "date_text", "quote")


def texts(data: str, shapes_kept: bool) -> dict[str, str]:
    """doc_id → text as the ingest reads it, or with the presentation forms kept (the ingest before)."""
    if not shapes_kept:
        return dict(zip(*load_corpus(data).documents[["doc_id", "text"]].T.values))
    with mock.patch("analysis.ingest.report.letters_for_shapes", lambda text: text):
        return dict(zip(*load_corpus(data).documents[["doc_id", "text"]].T.values))


def offset_map(old: str, new: str) -> list[int]:
    """Offset in ``old`` (0 … len) → the offset in ``new``, ``new`` being ``old`` with each presentation form
    read as its letters (checked)."""
    at, pos = [], 0
    for c in old:
        at.append(pos)
        pos += len(letters_for_shapes(c))
    at.append(pos)
    if letters_for_shapes(old) != new or pos != len(new):
        raise ValueError("the new text is not the old one with its presentation forms read as letters")
    return at


def occurrence(text: str, needle: str, start: int) -> int:
    """Which occurrence of ``needle`` in ``text`` starts at ``start`` (1-based), as ``score_dates.locate`` counts."""
    n, at = 0, -1
    while True:
        at = text.find(needle, at + 1)
        if at < 0 or at > start:
            return n
        n += 1


def locate(text: str, quote: str, n: int) -> int | None:
    at = -1
    for _ in range(max(n, 1)):
        at = text.find(quote, at + 1)
        if at < 0:
            return None
    return at


def move_row(row: dict, old: str, new: str, at: list[int]) -> tuple[dict, str]:
    """The row on the new text, and what was done (``""``: nothing to do; ``"moved"``; ``"lost: …"``)."""
    out = dict(row)
    for key in TEXT_FIELDS:
        if isinstance(row.get(key), str):
            out[key] = letters_for_shapes(row[key])
    if "start" in row and "end" in row and isinstance(row.get("surface"), str):
        a, b = row["start"], row["end"]
        on_old, on_new = old[a:b] == row["surface"], new[a:b] == out["surface"]
        if on_old and on_new and at[a] != a:  # the surface stands at both: the words before it in its sentence tell
            on_old = _in_context(old, a, row.get("sentence"))
            on_new = _in_context(new, a, out.get("sentence"))
            if on_old == on_new:
                return row, f"lost: {row['surface']!r} at {a}-{b} stands in both texts there"
        if not on_old and not on_new:
            return row, f"lost: {old[a:b]!r} at {a}-{b} is not the surface {row['surface']!r}"
        if on_old:
            out["start"], out["end"] = at[a], at[b]
    if isinstance(row.get("hijri"), list) and len(row["hijri"]) == 2 and isinstance(row.get("quote"), str):
        a, b = row["hijri"]
        if not (new[a:b] == out["quote"] and old[a:b] != row["quote"]):
            if old[a:b] != row["quote"]:
                return row, f"lost: {old[a:b]!r} at {a}-{b} is not the quote {row['quote']!r}"
            out["hijri"] = [at[a], at[b]]
    elif isinstance(row.get("quote"), str) and "n" in row:
        a = locate(old, row["quote"], row["n"])
        if a is not None:  # the same occurrence, counted in the new text
            out["n"] = occurrence(new, out["quote"], at[a])
        elif locate(new, out["quote"], row["n"]) is None:
            return row, f"lost: the quote {row['quote']!r} #{row['n']} is in neither text"
    return out, ("moved" if out != row else "")


def _in_context(text: str, start: int, sentence: str | None) -> bool:
    """The words before a mention in its judged sentence (``… ⟦surface⟧ …``, line breaks as spaces) end the
    text at ``start``: tells the text a row's offsets are on when the surface alone stands in both."""
    if not sentence or "⟦" not in sentence:
        return True
    before = sentence.split("⟦", 1)[0]
    return text[max(start - len(before), 0) : start].replace("\n", " ") == before


def migrate(data: str, write: bool) -> int:
    before, after = texts(data, shapes_kept=True), texts(data, shapes_kept=False)
    changed = {d for d in before if d in after and before[d] != after[d]}
    gone = sorted(set(before) - set(after))
    maps = {d: offset_map(before[d], after[d]) for d in changed}
    print(f"{len(changed)} articles read differently since presentation forms are letters; "
          f"{len(gone)} no longer read (a duplicate now){': ' + ', '.join(gone) if gone else ''}")  # fmt: skip
    todo, wanted = 0, changed | set(gone)
    for path in sorted(DEV.rglob("*.jsonl")):
        lines = path.read_text("utf-8").splitlines(keepends=True)
        moved, lost = 0, []
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row, dict) or row.get("doc_id") not in wanted:
                continue
            doc = row["doc_id"]
            if doc in gone:
                lost.append(f"line {i + 1}: {doc} is no longer read (a duplicate of another article now)")
                continue
            new_row, what = move_row(row, before[doc], after[doc], maps[doc])
            if what == "moved":
                moved += 1
                lines[i] = json.dumps(new_row, ensure_ascii=False) + ("\n" if line.endswith("\n") else "")
            elif what:
                lost.append(f"line {i + 1}: {doc} {what}")
        if moved or lost:
            print(f"{path.relative_to(ROOT)}: {moved} rows moved" + "".join(f"\n  {x}" for x in lost))
        todo += moved
        if moved and write:
            path.write_text("".join(lines), "utf-8")
    print(f"{todo} rows {'moved' if write else 'to move'}")
    return 1 if todo and not write else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--check", action="store_true", help="only say what would move; exit 1 if anything would")
    args = parser.parse_args()
    return migrate(args.data, write=not args.check)


if __name__ == "__main__":
    raise SystemExit(main())
