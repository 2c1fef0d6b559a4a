"""Export is atomic: the whole PDF or nothing, with a reason a case officer can act on."""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest
from section_j_pdf import TODAY, render

from coplan.report import ExportError, export_section_j


def export(plan, pack, path):
    export_section_j(plan, pack, path, today=TODAY, deterministic=True)


def test_export_writes_exactly_the_rendered_pdf(plan, pack, tmp_path):
    target = tmp_path / "section-j.pdf"
    export(plan, pack, target)
    assert target.read_bytes() == render(plan, pack)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["section-j.pdf"]


def test_a_missing_folder(plan, pack, tmp_path):
    target = tmp_path / "no such folder" / "section-j.pdf"
    with pytest.raises(ExportError, match="does not exist") as caught:
        export(plan, pack, target)
    assert caught.value.path == target
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_really_a_file(plan, pack, tmp_path):
    (tmp_path / "notes.txt").write_text("not a folder")
    with pytest.raises(ExportError, match="is not a folder"):
        export(plan, pack, tmp_path / "notes.txt" / "section-j.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_target_that_is_a_folder(plan, pack, tmp_path):
    (tmp_path / "section-j.pdf").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export(plan, pack, tmp_path / "section-j.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["section-j.pdf"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.EACCES, "open in another program"),
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "not enough space"),
        (errno.EBUSY, "open in another program"),
    ],
)
def test_a_failed_rename_leaves_the_old_file_and_no_partial_one(
    plan, pack, tmp_path, monkeypatch, code, expected
):
    target = tmp_path / "section-j.pdf"
    target.write_bytes(b"the earlier export")

    def refuse(source, destination):
        raise OSError(code, os.strerror(code), str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match=expected):
        export(plan, pack, target)
    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["section-j.pdf"]


def test_a_disk_that_fills_up_while_writing(plan, pack, tmp_path, monkeypatch):
    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="not enough space"):
        export(plan, pack, tmp_path / "section-j.pdf")
    assert list(tmp_path.iterdir()) == []


def test_no_permission_in_the_folder(plan, pack, tmp_path, monkeypatch):
    import tempfile

    def forbidden(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", forbidden)
    with pytest.raises(ExportError, match="permission to save files"):
        export(plan, pack, tmp_path / "section-j.pdf")
    assert list(tmp_path.iterdir()) == []


def test_output_is_byte_identical_in_deterministic_mode(plan, pack, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export(plan, pack, first)
    export(plan, pack, second)
    assert first.read_bytes() == second.read_bytes()
    assert render(plan, pack) == render(plan, pack)


def test_importing_the_report_package_does_not_load_reportlab():
    code = (
        "import sys, coplan.report; "
        "from coplan.report import render_section_j, export_section_j, ExportError; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
