"""Build step: copy the repository's resources into the package, so the wheel is the product.

`resources/`, `examples/` and `docs/` stay at the top of the repository as the one source; a
wheel (and the PyInstaller bundle made from it) carries copies inside `coplan/`, where
`coplan.paths` finds them with `importlib.resources`. An editable install skips the copy: it
finds the originals in the checkout. Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent

# (source in the repository, destination inside the package, files to copy)
COPIES = [
    ("resources", "resources", ["**/*"]),
    ("examples", "examples", ["*.json", "README.md"]),
    ("docs", "help", ["user-guide.md", "images/*.png"]),
    (".", "help", ["LICENSE", "CHANGELOG.md"]),
]


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "coplan"
        # A file removed from the repository must not live on in an earlier build's copy.
        for destination in {destination for _source, destination, _patterns in COPIES}:
            shutil.rmtree(package / destination, ignore_errors=True)
        for source, destination, patterns in COPIES:
            for pattern in patterns:
                for path in sorted((ROOT / source).glob(pattern)):
                    if not path.is_file() or "__pycache__" in path.parts:
                        continue
                    target = package / destination / path.relative_to(ROOT / source)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(path, target)


setup(cmdclass={"build_py": BuildWithResources})
