"""Policy packs: each council's local rules as data (see docs/policy-packs.md)."""

from .loader import (
    DEFAULT_PACK_ID,
    PolicyPackError,
    available_packs,
    load_pack,
    load_pack_by_id,
    parse_pack,
)

__all__ = [
    "DEFAULT_PACK_ID",
    "PolicyPackError",
    "available_packs",
    "load_pack",
    "load_pack_by_id",
    "parse_pack",
]
