"""The parts of the Section J PDF, in the order they are printed.

Each module has `story(context) -> list of flowables`; `document.py` puts them together.
"""
