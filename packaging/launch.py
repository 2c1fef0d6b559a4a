"""Entry script for the frozen bundle: the same as the `coplan` command."""

import os
import sys

# A windowed Windows program has no console: sys.stdout and sys.stderr are None, and a print
# would fail. CoPlan's own record of what happened is its log (logs/ in the data folder).
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from coplan.cli import main  # noqa: E402

sys.exit(main())
