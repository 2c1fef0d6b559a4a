"""Keep settings' names out of every part of the draft except the premises agreements.

A draft EHC plan must not name a school (Section I stays blank until the family has said which
school they would like). People naturally type a school's name into free text — "Oakfield
Primary School teaching assistant", "the school holds the money" — so the report prints a copy
of the plan in which every setting's name, wherever it appears in text, reads "the
school", "the college" or "the nursery" (`domain.naming.UNNAMED_WORDS`). The settings themselves and the premises agreements are left as they are:
they are the one part allowed to name a setting (and the policy pack can switch that off too).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date
from decimal import Decimal
from enum import Enum

from coplan.domain.model import Plan
from coplan.domain.money import Money
from coplan.domain.naming import UNNAMED_ANY, setting_name_pattern, setting_name_replacer

UNNAMED_SETTING = UNNAMED_ANY
# People's names are never rewritten: a school called "Rose" must not turn "Rose Smith" into
# "the school Smith".
_LEFT_AS_THEY_ARE = {"settings", "premises_agreements", "child", "meeting", "direct_payment"}


def without_setting_names(plan: Plan) -> Plan:
    """A copy of the plan to print: setting names in free text replaced by 'the school' (or
    the college, the nursery: each by its kind)."""
    pattern = setting_name_pattern(plan)
    printed = copy.deepcopy(plan)
    if pattern is not None:
        _redact(printed, pattern, setting_name_replacer(plan), top=True)
    return printed


def _redact(node: object, pattern: re.Pattern[str], replace, *, top: bool = False) -> object:
    if isinstance(node, Enum | date | Decimal | Money | int | float | bool) or node is None:
        return node
    if isinstance(node, str):
        return _capitalised_at_start(pattern, replace, node)
    if isinstance(node, list):
        node[:] = [_redact(value, pattern, replace) for value in node]
        return node
    if isinstance(node, dict):
        for key, value in node.items():
            node[key] = _redact(value, pattern, replace)
        return node
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for field in dataclasses.fields(node):
            if top and field.name in _LEFT_AS_THEY_ARE:
                continue
            setattr(node, field.name, _redact(getattr(node, field.name), pattern, replace))
    return node


def _capitalised_at_start(pattern: re.Pattern[str], replace, text: str) -> str:
    """Names replaced; "The school" where the name began the text or a sentence."""

    def words(match: re.Match[str]) -> str:
        said = replace(match)
        before = text[: match.start()].rstrip()
        if not before or before[-1] in ".!?:":
            return said[:1].upper() + said[1:]
        return said

    return pattern.sub(words, text)
