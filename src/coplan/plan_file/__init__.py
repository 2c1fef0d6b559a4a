"""The plan file: versioned JSON ("coplan-plan/2", older formats converted on reading), its schema, and safe reading and writing."""

from .codec import FORMAT, PlanFileError, decode, encode
from .io import MAX_FILE_BYTES, dumps, parse_text, read_plan, write_atomically, write_plan
from .schema import PLAN_SCHEMA

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "PLAN_SCHEMA",
    "PlanFileError",
    "decode",
    "dumps",
    "encode",
    "parse_text",
    "read_plan",
    "write_atomically",
    "write_plan",
]
