"""Keep settings' names out of every part of the draft except the premises agreements.

A draft EHC plan must not name a school (Section I stays blank until the family has said which
school they would like). People naturally type a school's name into free text — "Oakfield
Primary School teaching assistant", "the school holds the money" — so the report prints a copy
of the plan in which every setting's name, wherever it appears in text, reads "the
school/setting". The settings themselves and the premises agreements are left as they are:
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
from coplan.domain.naming import setting_name_pattern

UNNAMED_SETTING = "the school/setting"
# People's names are never rewritten: a school called "Rose" must not turn "Rose Smith" into
# "the school/setting Smith".
_LEFT_AS_THEY_ARE = {"settings", "premises_agreements", "child", "meeting", "direct_payment"}


def without_setting_names(plan: Plan) -> Plan:
    """A copy of the plan to print: setting names in free text replaced by 'the school/setting'."""
    pattern = setting_name_pattern(plan)
    printed = copy.deepcopy(plan)
    if pattern is not None:
        _redact(printed, pattern, top=True)
    return printed


def _redact(node: object, pattern: re.Pattern[str], *, top: bool = False) -> object:
    if isinstance(node, Enum | date | Decimal | Money | int | float | bool) or node is None:
        return node
    if isinstance(node, str):
        return pattern.sub(UNNAMED_SETTING, node)
    if isinstance(node, list):
        node[:] = [_redact(value, pattern) for value in node]
        return node
    if isinstance(node, dict):
        for key, value in node.items():
            node[key] = _redact(value, pattern)
        return node
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for field in dataclasses.fields(node):
            if top and field.name in _LEFT_AS_THEY_ARE:
                continue
            setattr(node, field.name, _redact(getattr(node, field.name), pattern))
    return node
