"""The data folder: permissions only on folders CoPlan creates, never on one it is pointed at."""

from __future__ import annotations

import os
import stat

import pytest

from coplan import paths
from coplan.store import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_folder_coplan_creates_is_private_and_parents_are_ordinary(tmp_path):
    wanted = tmp_path / "new" / "deeper" / "coplan-data"
    assert paths.data_dir(wanted) == wanted
    assert mode(wanted) == 0o700
    assert mode(wanted.parent) != 0o700  # only CoPlan's own folder is made private
    assert paths.data_dir(wanted) == wanted  # recognised again before any database exists


def test_an_existing_folder_is_left_as_it_is_and_gets_a_coplan_subfolder(tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    os.chmod(documents, 0o755)
    (documents / "letter.txt").write_text("hello", encoding="utf-8")

    folder = paths.data_dir(documents)
    assert folder == documents / "CoPlan"
    assert mode(documents) == 0o755
    assert mode(folder) == 0o700
    with open_store(documents) as store:  # the store resolves the same way
        assert store.url.endswith("Documents/CoPlan/coplan.db")
    assert (folder / "coplan.db").is_file() and not (documents / "coplan.db").exists()
    assert paths.data_dir(documents) == folder and paths.data_dir(folder) == folder


def test_an_empty_existing_folder_is_not_chmodded_either(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o775)
    assert paths.data_dir(shared) == shared / "CoPlan"
    assert mode(shared) == 0o775


def test_a_folder_an_earlier_coplan_made_keeps_working(tmp_path, plan_for_paths):
    """Backwards compatible: a folder holding coplan.db (and no mark) is used as it is."""
    earlier = tmp_path / "earlier"
    with open_store(earlier) as store:
        store.save(plan_for_paths, actor="a")
    (earlier / paths.OWN_FOLDER_MARK).unlink()  # an older CoPlan wrote no mark
    os.chmod(earlier, 0o750)

    assert paths.data_dir(earlier) == earlier
    assert mode(earlier) == 0o750  # not touched
    with open_store(earlier) as store:
        assert store.load(plan_for_paths.id).child.full_name == "Amira Khan"
    assert not (earlier / "CoPlan").exists()


def test_a_file_is_refused(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        paths.data_dir(tmp_path / "file")


@pytest.fixture
def plan_for_paths():
    from coplan.domain.model import Child, Plan

    return Plan(policy_pack="example-shire", child=Child("Amira Khan"))
