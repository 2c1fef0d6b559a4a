"""`python -m coplan` is the `coplan` command."""

import sys

from coplan.cli import main

sys.exit(main())
