"""The Qt user interface. Imports the domain, never the other way round."""

from .qt_workarounds import protect_singletons

# Before any Qt call: see qt_workarounds for the PySide6 6.12 / CPython 3.11 reference bug.
protect_singletons()
