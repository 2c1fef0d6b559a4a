"""Copy the licence files of every Python distribution in this environment into a folder.

Used by build-linux and windows/build.ps1 to ship each bundled package's licence with the bundle:
    python packaging/collect_licences.py BUNDLE/licences
Each distribution gets a folder NAME-VERSION with its licence files and the licence it declares.
"""

from __future__ import annotations

import shutil
import sys
from importlib.metadata import distributions
from pathlib import Path

# Build tools: in the build environment, not in the bundle.
SKIP = {"pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph"}
WORDS = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")


def main(target: Path) -> int:
    for dist in distributions():
        name = dist.metadata["Name"]
        if not name or name.lower() in SKIP:
            continue
        folder = target / f"{name}-{dist.version}"
        folder.mkdir(parents=True, exist_ok=True)
        for file in dist.files or []:
            if any(word in file.name.upper() for word in WORDS):
                source = Path(dist.locate_file(file))
                if source.is_file():
                    shutil.copy(source, folder / source.name)
        declared = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        classifiers = [c for c in dist.metadata.get_all("Classifier") or [] if "License" in c]
        (folder / "declared-licence.txt").write_text(
            f"{name} {dist.version}\n{declared}\n" + "\n".join(classifiers) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
