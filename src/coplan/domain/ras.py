"""Scoring a council's resource allocation system (RAS): answers → points → band → £.

The result is a suggestion for the people at the table; a human decides, and a panel may
override it with a recorded reason (see `IndicativeBudget.override`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import FundingStream
from .money import Money
from .policy import Ras, RasBand


@dataclass(frozen=True)
class RasResult:
    score: int
    band: RasBand | None
    unanswered: tuple[str, ...]  # question ids not yet answered
    unknown_answers: tuple[str, ...]  # question ids whose answer is not in the pack

    @property
    def complete(self) -> bool:
        return not self.unanswered and not self.unknown_answers

    @property
    def amounts(self) -> dict[FundingStream, Money]:
        return dict(self.band.amounts) if self.band else {}


def band_for(ras: Ras, score: int) -> RasBand | None:
    return next((b for b in ras.bands if b.min_points <= score <= b.max_points), None)


def score(ras: Ras, answers: dict[str, str]) -> RasResult:
    points = 0
    unanswered: list[str] = []
    unknown: list[str] = []
    for question in ras.questions:
        answer_id = answers.get(question.id)
        if not answer_id:
            unanswered.append(question.id)
            continue
        answer = question.answer(answer_id)
        if answer is None:
            unknown.append(question.id)
            continue
        points += answer.points
    return RasResult(points, band_for(ras, points), tuple(unanswered), tuple(unknown))
