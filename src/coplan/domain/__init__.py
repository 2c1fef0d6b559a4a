"""The plan and its rules. Pure Python: imports no Qt, no SQL and no PDF library."""
