"""Entry script for the frozen bundle: the same as the `coplan` command."""

import sys

from coplan.cli import main

sys.exit(main())
