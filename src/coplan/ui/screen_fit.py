"""Windows that fit the screen they are on, title bar and taskbar included.

A council laptop is often 1366×768 with a 40-pixel taskbar, or 1920×1080 at 150 % (1280×720 in
Qt's units). A window as tall as the screen has its title bar added above and its lowest row
(Back, Next, Done) under the taskbar. So a window is sized to the screen's *available* area (the
taskbar left out) less room for the window manager's frame; once it is shown and the frame is
real, it is moved and shrunk again if the frame still leaves that area.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

# Room for a frame not drawn yet: Windows 11's title bar is about 31 pixels at 100 %, GNOME's
# and openbox's about 25-37; borders a few pixels.
FRAME_ALLOWANCE = QMargins(8, 38, 8, 8)


def available_area(window: QWidget) -> QRect | None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fitted_size(preferred: QSize, available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QSize:
    """The preferred size, made small enough that it and its frame fit `available`."""
    return QSize(
        min(preferred.width(), available.width() - frame.left() - frame.right()),
        min(preferred.height(), available.height() - frame.top() - frame.bottom()),
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window not shown yet, and keep it on the screen once it is."""
    available = available_area(window)
    if available is not None:
        window.resize(fitted_size(QSize(width, height), available))


def keep_on_screen(window: QWidget) -> None:
    """Once shown: move and shrink the window until its frame is inside the available area.

    The window manager adds the frame after the window is mapped, so this runs now and twice
    more shortly after (a window that fits is left alone). Not on the offscreen platform: it
    has no window manager, and its made-up screen is one that tests size windows past."""
    if QGuiApplication.platformName() == "offscreen":
        return

    def fit() -> None:
        if not window.isVisible() or window.isFullScreen() or window.isMaximized():
            return
        available = available_area(window)
        if available is None:
            return
        frame = window.frameGeometry()
        if available.contains(frame):
            return
        inner = window.geometry()
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        size = fitted_size(inner.size(), available, margins)
        size = size.expandedTo(window.minimumSize())
        window.resize(size)
        outer_width = size.width() + margins.left() + margins.right()
        outer_height = size.height() + margins.top() + margins.bottom()
        x = min(max(frame.left(), available.left()), available.right() + 1 - outer_width)
        y = min(max(frame.top(), available.top()), available.bottom() + 1 - outer_height)
        window.move(max(x, available.left()), max(y, available.top()))

    for delay in (0, 150, 600):
        QTimer.singleShot(delay, window, fit)


def scroll_focus_into_view(old: QWidget | None, new: QWidget | None) -> None:
    """QApplication.focusChanged: whatever takes the focus is scrolled into sight in every
    scroll area around it (Tab does this by itself; a jump to a finding, a new item's first
    field or a shortcut does not)."""
    if new is None:
        return
    parent = new.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inside = parent.widget()
            if inside is not None and inside.isAncestorOf(new):
                parent.ensureWidgetVisible(new, 16, 16)
        parent = parent.parentWidget()


_installed = False


def follow_focus_in_scroll_areas() -> None:
    """Install `scroll_focus_into_view` once for the application."""
    global _installed
    app = QApplication.instance()
    if app is None or _installed:
        return
    app.focusChanged.connect(scroll_focus_into_view)
    _installed = True
