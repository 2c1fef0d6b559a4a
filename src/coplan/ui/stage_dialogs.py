"""The three steps of a plan's timeline, each a small dialog: send the draft for consultation
(when, to whom, how), record a response to it, issue the final plan.

Each dialog applies its step through `domain.lifecycle` when OK is pressed; a refusal is shown
in the dialog, where the officer can act on it, and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coplan.domain import dates
from coplan.domain.lifecycle import (
    LifecycleError,
    issue_final_plan,
    record_response,
    serve_draft,
)
from coplan.domain.model import (
    AttendeeRole,
    ConsultationResponse,
    Consultee,
    ConsulteeRole,
    Plan,
    ServiceMethod,
)
from coplan.domain.policy import PolicyPack
from coplan.domain.stages import CONSULTEE_WORDS, SERVICE_METHOD_WORDS
from coplan.plan_file.limits import max_length, max_rows

from .fields import TextLimit, over_message, parse_uk_date, show_date

_ROLE_FROM_ATTENDEE = {
    AttendeeRole.PARENT: ConsulteeRole.FAMILY,
    AttendeeRole.HEALTH: ConsulteeRole.HEALTH,
    AttendeeRole.SOCIAL_CARE: ConsulteeRole.SOCIAL_CARE,
}


def _combo(parent: QWidget, words: dict, chosen) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in words.items():
        combo.addItem(text[:1].upper() + text[1:], value.value)
    combo.setCurrentIndex(max(0, combo.findData(chosen.value)))
    return combo


def _parse_date(edit: QLineEdit, what: str) -> date:
    try:
        value = parse_uk_date(edit.text())
    except ValueError as error:
        raise LifecycleError(f"{what}: {error}") from None
    if value is None:
        raise LifecycleError(f"Enter {what.lower()}.")
    return value


class _StepDialog(QDialog):
    """A form, a line for the reason a step was refused, and OK / Cancel."""

    def __init__(self, parent: QWidget | None, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = QLabel("", self)
        self.message.setObjectName("stepMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def _try(self) -> None:
        try:
            self.apply()
        except LifecycleError as refused:
            self.message.setText(str(refused))
            return
        self.accept()

    def apply(self) -> None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError


class SendDraftDialog(_StepDialog):
    """When the draft is sent, to whom and how; the last day for comments from the pack."""

    COLUMNS = ("Name", "Who", "How it is sent")
    # What the plan file keeps for each person sent the draft: a longer name would save here and
    # then be refused by `coplan import`.
    NAME_LIMIT = max_length("consultation.served_to.name")
    ROW_LIMIT = max_rows("consultation.served_to")

    def __init__(self, parent: QWidget | None, plan: Plan, pack: PolicyPack, *, today: date):
        super().__init__(parent, "Send the draft for consultation", "&Send the draft")
        self.setObjectName("sendDraftDialog")
        self.plan, self.pack = plan, pack
        self.sent_on = QLineEdit(show_date(today), self)
        self.sent_on.setObjectName("sentOn")
        self.last_day = QLineEdit(self)
        self.last_day.setObjectName("lastDay")
        self.form.addRow("Date &sent", self.sent_on)
        self.form.addRow("&Last day for comments", self.last_day)
        self.sent_on.textChanged.connect(self._show_earliest)
        self._show_earliest()
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("consulteesTable")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, longest in (
            (1, "School or setting consulted"),
            (2, "Through the council's portal"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(longest) + 48)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Who the draft is sent to (untick anyone it is not sent to)")
        label = QLabel("&Who it is sent to (untick anyone it is not sent to)", self)
        label.setBuddy(self.table)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.table)
        add = QPushButton("&Add someone", self)
        add.setObjectName("addConsultee")
        add.clicked.connect(lambda: self.add_row(Consultee("", ConsulteeRole.OTHER)))
        self.add_button = add
        self.layout_.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        for consultee in self.suggested():
            self.add_row(consultee)
        # A name over the limit is kept as typed (nothing entered is lost) and said at once.
        self.table.itemChanged.connect(lambda _item: self._show_name_problem())
        self.finish_layout()
        self.resize(760, 460)

    def suggested(self) -> list[Consultee]:
        """The family and every setting and service at the meeting, ready to tick."""
        found = [
            Consultee(a.name.strip(), _ROLE_FROM_ATTENDEE[a.role])
            for a in self.plan.meeting.attendees
            if a.role in _ROLE_FROM_ATTENDEE and a.name.strip()
        ]
        found += [
            Consultee(s.name.strip(), ConsulteeRole.SETTING, setting_id=s.id)
            for s in self.plan.settings
            if s.name.strip()
        ]
        return found

    def _show_earliest(self) -> None:
        try:
            sent = parse_uk_date(self.sent_on.text())
        except ValueError:
            sent = None
        days = self.pack.timescales.comment_period_days
        self.last_day.setPlaceholderText(
            f"{show_date(dates.comment_deadline(sent, days))} at the earliest ({days} days, "
            "beginning with the day sent)"
            if sent
            else f"{days} days, beginning with the day sent"
        )

    def name_problem(self) -> str:
        """What is wrong with the names as typed, in words, or "" when they fit the plan file."""
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            length = len(name.text().strip()) if name is not None else 0
            if length > self.NAME_LIMIT:
                return f"The name in row {row + 1}: {over_message(length, self.NAME_LIMIT)}"
        return ""

    def _show_name_problem(self) -> None:
        self.message.setText(self.name_problem())

    def add_row(self, consultee: Consultee) -> None:
        row = self.table.rowCount()
        if row >= self.ROW_LIMIT:
            self.message.setText(f"A draft can be sent to up to {self.ROW_LIMIT} people here.")
            return
        self.table.insertRow(row)
        name = QTableWidgetItem(consultee.name)
        name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        name.setCheckState(Qt.CheckState.Checked)
        name.setData(Qt.ItemDataRole.UserRole, consultee.setting_id)
        self.table.setItem(row, 0, name)
        self.table.setCellWidget(row, 1, _combo(self.table, CONSULTEE_WORDS, consultee.role))
        self.table.setCellWidget(row, 2, _combo(self.table, SERVICE_METHOD_WORDS, consultee.method))
        if not consultee.name:
            self.table.editItem(name)

    def consultees(self) -> list[Consultee]:
        chosen = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            if name is None or name.checkState() != Qt.CheckState.Checked:
                continue
            chosen.append(
                Consultee(
                    name.text().strip(),
                    ConsulteeRole(self.table.cellWidget(row, 1).currentData()),
                    ServiceMethod(self.table.cellWidget(row, 2).currentData()),
                    name.data(Qt.ItemDataRole.UserRole),
                )
            )
        return chosen

    def apply(self) -> None:
        if problem := self.name_problem():
            raise LifecycleError(problem)
        sent = _parse_date(self.sent_on, "The date sent")
        last_day = None
        if self.last_day.text().strip():
            last_day = _parse_date(self.last_day, "The last day for comments")
        serve_draft(self.plan, self.pack, on=sent, served_to=self.consultees(), last_day=last_day)


class ResponseDialog(_StepDialog):
    """A response to the draft: when, from whom, what they asked for or said."""

    def __init__(self, parent: QWidget | None, plan: Plan, *, today: date) -> None:
        super().__init__(parent, "Record a response to the draft", "&Record the response")
        self.setObjectName("responseDialog")
        self.plan = plan
        self.response: ConsultationResponse | None = None
        self.received_on = QLineEdit(show_date(today), self)
        self.received_on.setObjectName("receivedOn")
        self.from_name = QLineEdit(self)
        self.from_name.setObjectName("fromName")
        self.role = _combo(self, CONSULTEE_WORDS, ConsulteeRole.FAMILY)
        self.role.setObjectName("responseRole")
        self.setting = QComboBox(self)
        self.setting.setObjectName("responseSetting")
        self.setting.addItem("(not a setting)", None)
        for setting in plan.settings:
            self.setting.addItem(setting.name or setting.id, setting.id)
        self.can_meet = QComboBox(self)
        self.can_meet.setObjectName("canMeetNeeds")
        for text, value in (("Not said", None), ("Yes", True), ("No", False)):
            self.can_meet.addItem(text, value)
        self.said = QPlainTextEdit(self)
        self.said.setObjectName("responseSaid")
        self.said.setTabChangesFocus(True)
        self.form.addRow("&Received on", self.received_on)
        self.form.addRow("&From", self.from_name)
        self.form.addRow("&Who they are", self.role)
        self.form.addRow("Setting &answering", self.setting)
        self.form.addRow("The setting can &meet the needs", self.can_meet)
        self.form.addRow("What they asked for or &said", self.said)
        TextLimit(self.from_name, max_length("consultation.responses.from_name"))
        TextLimit(self.said, max_length("consultation.responses.summary"))
        self.finish_layout()
        self.resize(560, 380)

    def apply(self) -> None:
        self.response = record_response(
            self.plan,
            received_on=_parse_date(self.received_on, "The date received"),
            from_name=self.from_name.text(),
            role=ConsulteeRole(self.role.currentData()),
            summary=self.said.toPlainText(),
            setting_id=self.setting.currentData(),
            setting_can_meet_needs=self.can_meet.currentData()
            if self.setting.currentData()
            else None,
        )


class IssueFinalDialog(_StepDialog):
    """The issue date and Section I; refused, with the reasons, while anything stops it."""

    def __init__(self, parent: QWidget | None, plan: Plan, pack: PolicyPack, *, today: date):
        super().__init__(parent, "Issue the final plan", "&Issue the final plan")
        self.setObjectName("issueFinalDialog")
        self.plan, self.pack = plan, pack
        self.issued_on = QLineEdit(show_date(today), self)
        self.issued_on.setObjectName("issuedOn")
        self.section_i = QLineEdit(plan.section_i, self)
        self.section_i.setObjectName("sectionIName")
        if not plan.section_i and len(plan.settings) == 1:
            self.section_i.setText(plan.settings[0].name)
        self.form.addRow("&Issue date", self.issued_on)
        self.form.addRow("Section I: the school or &college named", self.section_i)
        TextLimit(self.section_i, max_length("section_i"))
        note = QLabel(
            "The final plan is the council's plan: once issued it is not edited. Changes need "
            "a new version (an annual review or an amendment).",
            self,
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()
        self.resize(560, 260)

    def apply(self) -> None:
        issued = _parse_date(self.issued_on, "The issue date")
        before = self.plan.section_i
        self.plan.section_i = self.section_i.text().strip()
        try:
            issue_final_plan(self.plan, self.pack, on=issued)
        except LifecycleError:
            self.plan.section_i = before
            raise
