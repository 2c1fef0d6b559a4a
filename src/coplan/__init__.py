"""CoPlan: co-production planning of SEND personal budgets and the draft EHC plan Section J."""

__version__ = "0.1.0"
