"""Help → About CoPlan, the user guide and the licences: what a case officer or IT support needs
to know about this copy of CoPlan (its version, licence, where its data and log are, which
policy pack new plans use)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from coplan import __version__, paths

from .forms_compiled.ui_about import Ui_AboutDialog
from .forms_compiled.ui_text_viewer import Ui_TextViewer

LICENCE_NAME = "MIT licence (free and open source software)"


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    folder: Path | None = None  # shown as a link that opens the folder


def about_facts(
    *, data_folder: Path | None, database: str, log_folder: Path | None, pack, pack_path
) -> list[Fact]:
    from coplan.policy.loader import pack_origin

    pack_text = "none can be used (Settings → Choose the policy pack says why)"
    pack_folder = None
    if pack is not None:
        pack_text = f"{pack.council}, version {pack.version} (id {pack.id})"
        if pack_path is not None:
            pack_text += f", {pack_origin(pack_path)}"
            pack_folder = pack_path.parent
    python = ".".join(str(part) for part in sys.version_info[:3])
    return [
        Fact("Version", __version__),
        Fact("Licence", LICENCE_NAME),
        Fact("Data folder", str(data_folder) if data_folder else "(none)", data_folder),
        Fact("Database", database),
        Fact("Log folder", str(log_folder) if log_folder else "(not started)", log_folder),
        Fact("Policy pack for new plans", pack_text, pack_folder),
        Fact("Built with", f"Python {python}, Qt {qVersion()}"),
    ]


def open_folder(folder: Path | None) -> bool:
    if folder is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(self, facts: list[Fact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.facts = facts
        self.ui.titleLabel.setText(f"CoPlan {__version__}")
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.summaryLabel.setText(
            "Plan a SEND personal budget with the family and the school, and draft the EHC "
            "plan's Section J."
        )
        icon = paths.resources_dir() / "icons" / "coplan.png"
        if icon.is_file():
            self.ui.iconLabel.setPixmap(QPixmap(str(icon)))
        for fact in facts:
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setText(fact.value)
            value.setAccessibleName(fact.label)
            self.ui.factsForm.addRow(f"{fact.label}:", value)
        self.log_folder = next((f.folder for f in facts if f.label == "Log folder"), None)
        self.resize(self.width(), self.sizeHint().height())
        self.ui.userGuideButton.clicked.connect(lambda: show_user_guide(self))
        self.ui.licencesButton.clicked.connect(lambda: show_licences(self))
        self.ui.logFolderButton.clicked.connect(lambda: open_folder(self.log_folder))
        self.ui.logFolderButton.setEnabled(self.log_folder is not None)

    def text(self) -> str:
        """Everything the dialog says, as plain text (what a screen reader reads, tests)."""
        lines = [self.ui.titleLabel.text(), self.ui.summaryLabel.text()]
        lines += [f"{fact.label}: {fact.value}" for fact in self.facts]
        return "\n".join(lines)


class TextViewer(QDialog):
    """A Markdown document (the user guide, the licences) in a window of its own."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TextViewer()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.textView.setAccessibleName(title)


def user_guide_path() -> Path:
    return paths.help_dir() / "user-guide.md"


def show_user_guide(parent: QWidget | None = None, *, modal: bool = False) -> TextViewer:
    """The user guide, with its screenshots, in CoPlan's own window (no browser needed)."""
    viewer = TextViewer("CoPlan user guide", parent)
    guide = user_guide_path()
    view = viewer.ui.textView
    view.setSearchPaths([str(guide.parent)])
    view.setSource(QUrl.fromLocalFile(str(guide)))
    _show(viewer, modal)
    return viewer


def licences_markdown() -> str:
    own = paths.licence_file().read_text(encoding="utf-8")
    third = (paths.resources_dir() / "licences" / "THIRD-PARTY.md").read_text(encoding="utf-8")
    folder = paths.resources_dir() / "licences"
    installed = Path(sys.executable).parent / "licences"  # the installers' bundle
    every = (
        f"\nThe licence of every package in this installation is in {installed}.\n"
        if getattr(sys, "frozen", False) and installed.is_dir()
        else ""
    )
    return (
        f"# CoPlan's licence\n\n```\n{own}\n```\n\n{third}\n\n"
        f"The full texts of the GNU licences are in {folder} (`LGPL-3.0.txt`, `GPL-3.0.txt`); "
        f"the DejaVu fonts' licence is in {paths.resources_dir() / 'fonts'}.\n{every}"
    )


def show_licences(parent: QWidget | None = None, *, modal: bool = False) -> TextViewer:
    viewer = TextViewer("CoPlan: licences", parent)
    viewer.ui.textView.setMarkdown(licences_markdown())
    _show(viewer, modal)
    return viewer


def _show(viewer: QDialog, modal: bool) -> None:
    if modal:
        viewer.exec()
    else:
        viewer.setModal(False)
        viewer.show()
