"""Gazetteer edits made at once by two processes are all kept (issue 14: 29 of 100 were)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from repo_paths import ROOT

from analysis.store.overlay import read_overlay

# Each process adds 50 aliases to Russia. The gazetteer's validation is replaced by a stub in the
# children: what is under test is the read-change-write of the file, which takes milliseconds
# then, so two unlocked processes would overwrite each other's edits.
EDITOR = textwrap.dedent(
    """
    import sys
    from analysis.store import overlay
    overlay.load_gazetteer = lambda overlay=None: None
    data_dir, who = sys.argv[1], sys.argv[2]
    for i in range(50):
        overlay.add_alias("russia", f"الاسم الروسي {who} رقم {i}", data_dir=data_dir)
    """
)


def test_two_processes_making_50_edits_each_save_100(tmp_path):
    editors = [
        subprocess.Popen([sys.executable, "-c", EDITOR, str(tmp_path), who], cwd=ROOT, stderr=subprocess.PIPE)
        for who in ("أ", "ب")
    ]
    for editor in editors:
        _, err = editor.communicate(timeout=300)
        assert editor.returncode == 0, err.decode()
    aliases = read_overlay(tmp_path)["extend"][0]["aliases"]
    assert len(aliases) == len(set(aliases)) == 100
