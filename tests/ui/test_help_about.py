"""Help → About CoPlan, the user guide, the log folder; choosing a pack when none can be used."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from coplan import __version__
from coplan.policy import loader
from coplan.support import logs
from coplan.ui import about


@pytest.fixture
def logging_to(data_folder):
    folder = logs.start_logging(data_folder)
    yield folder
    logs.stop_logging()


def test_the_help_menu_holds_the_guide_the_log_folder_and_about(main_window):
    ui = main_window.ui
    titles = [action.text() for action in ui.menuHelp.actions() if not action.isSeparator()]
    assert titles == ["&User guide", "Open the &log folder", "&About CoPlan"]
    assert ui.actionUserGuide.shortcut().toString() == "F1"


def test_about_says_version_licence_folders_and_pack(qtbot, main_window, data_folder, logging_to):
    dialog = main_window.about_dialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert f"CoPlan {__version__}" in text
    assert "Licence: MIT licence" in text
    assert f"Data folder: {data_folder}" in text
    assert f"Log folder: {logging_to}" in text
    assert "Policy pack for new plans: Example Shire Council, version" in text
    assert "(id example-shire), installed with CoPlan" in text
    assert "Database: on this computer" in text


def test_about_opens_the_log_folder_and_the_licences(qtbot, main_window, logging_to, monkeypatch):
    opened = []
    monkeypatch.setattr(about, "open_folder", lambda folder: opened.append(folder) or True)
    dialog = main_window.about_dialog()
    qtbot.addWidget(dialog)
    dialog.ui.logFolderButton.click()
    assert opened == [logging_to]
    shown = about.show_licences(dialog)
    qtbot.addWidget(shown)
    licences = shown.ui.textView.toPlainText()
    assert "MIT License" in licences
    assert "GNU LGPL 3.0" in licences and "DejaVu" in licences
    shown.close()


def test_the_user_guide_opens_in_coplan_with_its_pictures(qtbot, main_window):
    viewer = main_window.show_user_guide()
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    text = viewer.ui.textView.toPlainText()
    assert "CoPlan user guide" in viewer.windowTitle()
    assert "Installing CoPlan" in text
    assert "forgotten" in text.casefold()
    # Every picture the guide shows is found and drawn.
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    guide = about.user_guide_path().read_text(encoding="utf-8")
    pictures = re.findall(r"\]\((images/[^)]+\.png)\)", guide)
    assert len(pictures) >= 8
    for picture in pictures:
        image = viewer.ui.textView.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(picture)
        )
        assert image is not None and not image.isNull(), picture
    viewer.close()


def test_choosing_a_pack_when_none_can_be_used_says_why(main_window, tmp_path, monkeypatch):
    broken = tmp_path / "policies"
    broken.mkdir()
    (broken / "bad-council.toml").write_text("[pack]\nformat = 9\n", encoding="utf-8")
    monkeypatch.setattr(loader, "packs_dir", lambda: broken)
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, title, text: warned.append(text))
    )
    assert not main_window.choose_pack()
    (message,) = warned
    assert "bad-council.toml: pack.format" in message
    assert str(broken) in message
    assert "coplan pack check" in message


def test_a_new_plan_without_a_usable_pack_says_why(main_window, tmp_path, monkeypatch, store):
    empty = tmp_path / "none"
    empty.mkdir()
    monkeypatch.setattr(loader, "packs_dir", lambda: empty)
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, title, text: warned.append(title))
    )
    assert main_window.new_plan() is None
    assert warned == ["A new plan needs a policy pack"]
    assert not store.list_plans()


def test_in_an_installed_bundle_the_licences_name_the_folder_of_every_licence(
    tmp_path, monkeypatch
):
    import sys

    (tmp_path / "licences").mkdir()
    assert str(tmp_path / "licences") not in about.licences_markdown()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "coplan"))
    assert f"every package in this installation is in {tmp_path / 'licences'}" in (
        about.licences_markdown()
    )
