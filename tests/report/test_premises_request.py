"""The one-page request for premises agreement: exactly one setting's direct-payment items on its
premises, nothing else of the family's file, hostile text printed literally, one page, atomic."""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from section_j_pdf import TODAY, example_paths, flat, pdf_pages
from section_j_plans import typical_plan
from test_section_j_layout import words_outside_the_page

from coplan.domain import shown_words
from coplan.domain.fingerprint import fingerprint, shown_item, shown_to_head
from coplan.domain.model import (
    Location,
    ManagementOption,
    Plan,
    ProvisionItem,
    Setting,
    SettingKind,
)
from coplan.domain.money import Money
from coplan.domain.policy import Condition
from coplan.plan_file import read_plan
from coplan.policy import load_pack_by_id
from coplan.report import ExportError, export_premises_request, render_premises_request
from coplan.report import styles as report_styles

COLLEGE_ITEM = "Job coach for the college's workshop sessions"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def render(plan, setting_id, pack, **kwargs) -> bytes:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("deterministic", True)
    return render_premises_request(plan, setting_id, pack, **kwargs)


def text_of(data: bytes) -> str:
    return flat("".join(pdf_pages(data)))


@pytest.fixture
def two_settings() -> Plan:
    """The typical plan (tutor and tablet by direct payment at the school, teaching assistant
    organised at the school, a Saturday club by direct payment in the community) with a second
    setting whose own direct-payment item must never reach the school's request."""
    plan = typical_plan(items=6)
    plan.settings.append(
        Setting(
            "s2",
            "Riverside College",
            kind=SettingKind.COLLEGE,
            head_name="Aidan Brooks",
            head_role="Principal",
        )
    )
    plan.items.append(
        ProvisionItem(
            id="p7",
            description=COLLEGE_ITEM,
            management=ManagementOption.DIRECT_PAYMENT,
            unit_cost=Money.from_pounds("30.00"),
            units_per_period=Decimal(3),
            periods_per_year=Decimal(36),
            delivered_by="Supported employment service",
            when="Fridays, 13:00 to 16:00",
            location=Location.SETTING_PREMISES,
            setting_id="s2",
            on_site_requirements=["supervision"],
        )
    )
    return plan


# -- what the page shows ----------------------------------------------------------------------
def test_only_that_settings_direct_payment_items_on_its_premises(two_settings, pack):
    text = text_of(render(two_settings, "s1", pack))
    for item_id in ("p1", "p2"):
        assert flat(two_settings.item(item_id).description) in text
    for item_id in ("p3", "p4", "p5", "p6", "p7"):  # organised, third party, community, s2
        assert flat(two_settings.item(item_id).description) not in text
    for other in ("Riverside College", "Aidan Brooks", "Supported employment service"):
        assert flat(other) not in text


def test_nothing_else_of_the_familys_file(two_settings, pack):
    text = text_of(render(two_settings, "s1", pack))
    plan = two_settings
    for outcome in plan.outcomes:
        assert flat(outcome.text) not in text
    for need in plan.needs:
        assert flat(need.summary) not in text
    private = [
        plan.direct_payment.recipient_name,  # Siobhán Ní Bhriain, who receives the payments
        "Łukasz Kowalczyk",
        plan.third_party.organisation,
        plan.third_party.contact,
        *plan.over_budget_reasons.values(),
        plan.refusals[0].reasons,
        plan.indicative.override.reason,
        *plan.what_matters,
    ]
    for words in private:
        assert flat(words) not in text


def test_the_items_are_shown_exactly_as_the_head_would_see_them(two_settings, pack):
    text = text_of(render(two_settings, "s1", pack))
    shown = shown_to_head(two_settings, "s1")
    assert [i["id"] for i in shown["items"]] == ["p1", "p2"]
    for number, item in enumerate(shown["items"], 1):
        assert flat(f"{number}. {item['description']}") in text
        assert flat(item["delivered_by"]) in text
        assert flat(item["when"] or "Not stated yet") in text
    assert flat("2 hours a week, 39 weeks a year") in text
    assert flat("Once (a one-off purchase)") in text
    assert flat("On site they need: a DBS check and their own insurance") in text
    assert flat("On site they need: nothing extra") in text


def test_the_costs(two_settings, pack):
    text = text_of(render(two_settings, "s1", pack))
    assert flat("£3,510.00 a year £45.00 an hour Education budget") in text  # 45 × 2 × 39
    assert flat("£649.00 once (one-off) Education budget") in text
    assert "£649.00 a year" not in " ".join(text.split())
    college = text_of(render(two_settings, "s2", pack))
    assert flat("£3,240.00 a year £30.00 an hour") in college  # 30 × 3 × 36
    assert flat("supervision by your staff") in college


def test_addressed_to_the_head_at_the_setting_about_the_child(two_settings, pack):
    pages = pdf_pages(render(two_settings, "s1", pack))
    text = flat("".join(pages))
    assert flat("Example Shire Council") in text
    assert flat("Request for agreement to direct payments used on your premises") in text
    assert flat("To Ada Okafor, Head teacher, Oakfield Primary School") in text
    assert flat("About Zoë Ní Bhriain-Kowalczyk") in text
    assert flat("the law needs the written agreement") in text
    assert flat("Nothing else from the family’s file is shared with you") in text
    assert flat("Return this page to Sam Patel, case officer, Example Shire Council") in text
    college = text_of(render(two_settings, "s2", pack))
    assert flat("To Aidan Brooks, Principal, Riverside College") in college


def test_a_college_left_with_the_default_role_is_addressed_to_its_principal(two_settings, pack):
    two_settings.settings[1].head_role = "Head teacher"  # the model's default, as on screen
    college = text_of(render(two_settings, "s2", pack))
    assert flat("To Aidan Brooks, Principal, Riverside College") in college
    assert flat("Head teacher") not in college


def test_a_head_with_no_name_recorded(two_settings, pack):
    two_settings.settings[0].head_name = ""
    two_settings.settings[0].head_role = ""
    two_settings.meeting.attendees = []
    text = text_of(render(two_settings, "s1", pack))
    assert flat("To the head teacher, Oakfield Primary School") in text
    assert flat("Return this page to your case officer at Example Shire Council") in text


def test_the_reference_is_the_fingerprint_and_says_what_it_covers(two_settings, pack):
    text = text_of(render(two_settings, "s1", pack, today=date(2026, 12, 1)))
    reference = fingerprint(two_settings, "s1")[:12]
    assert re.fullmatch(r"[0-9a-f]{12}", reference)
    assert flat(f"Reference {reference}, prepared on 1 December 2026") in text
    assert flat("Your decision covers exactly the 2 items above") in text
    assert flat("your decision will no longer count and we will ask you again") in text
    assert flat(f"quoting reference {reference}") in text
    # A change to what the head would agree to gives another reference.
    changed = copy.deepcopy(two_settings)
    changed.item("p1").units_per_period = Decimal(3)
    assert fingerprint(changed, "s1")[:12] not in text
    assert fingerprint(changed, "s1")[:12] in text_of(render(changed, "s1", pack))
    # A change elsewhere in the plan does not.
    changed = copy.deepcopy(two_settings)
    changed.item("p7").units_per_period = Decimal(4)
    changed.outcomes[0].text = "Something else"
    assert flat(f"Reference {reference}") in text_of(render(changed, "s1", pack))


def test_the_decision_form(two_settings, pack):
    text = text_of(render(two_settings, "s1", pack))
    for words in (
        "Your decision: tick one",
        "I agree to these direct payments for the items above, as described.",
        "I agree, with these conditions (tick all that apply):",
        "Other conditions:",
        "I do not agree. My reasons (needed):",
        "Name",
        "Role (if delegated: your job title and who delegated it)",
        "Signature",
        "Date",
    ):
        assert flat(words) in text
    for condition in pack.premises_conditions:
        assert flat(condition.label) in text


def test_the_conditions_come_from_the_pack(two_settings, strict_pack):
    text = text_of(render(two_settings, "s1", strict_pack))
    assert flat(strict_pack.council) in text
    for condition in strict_pack.premises_conditions:
        assert flat(condition.label) in text


def test_a_pack_with_no_ready_made_conditions(two_settings, pack):
    bare = dataclasses.replace(pack, premises_conditions=())
    text = text_of(render(two_settings, "s1", bare))
    assert flat("I agree, with these conditions: Other conditions:") in text
    assert flat("DBS check seen") not in text


def test_metadata(two_settings, pack):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render(two_settings, "s1", pack)))
    assert reader.metadata.author == "Example Shire Council"
    assert reader.metadata.title == (
        "Request for premises agreement: Oakfield Primary School, for Zoë Ní Bhriain-Kowalczyk"
    )
    assert reader.metadata.creator == "CoPlan"
    assert fingerprint(two_settings, "s1")[:12] in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_the_text_reads_in_the_order_it_is_seen(two_settings, pack):
    """Header left to right, the page top to bottom, then the footer: a screen reader's order."""
    pages = pdf_pages(render(two_settings, "s1", pack))
    for number, page in enumerate(pages, 1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0].startswith("Example Shire Council"), lines[0]
        assert lines[-1].endswith(f"Page {number} of {len(pages)}"), lines[-1]


def test_only_the_bundled_font_family(two_settings, pack):
    from pypdf import PdfReader

    two_settings.child.full_name = "Łukasz <b>Σοφία</b> Алексей"
    reader = PdfReader(io.BytesIO(render(two_settings, "s1", pack)))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    assert flat("Łukasz <b>Σοφία</b> Алексей") in text_of(render(two_settings, "s1", pack))


# -- hostile text -------------------------------------------------------------------------------
HOSTILE = ["<b>bold</b>", "S&P", '<img src="/etc/passwd">', "</para>", "&amp; &lt;"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_prints_literally(two_settings, pack, hostile):
    plan = two_settings
    plan.child.full_name = f"Child {hostile}"
    plan.settings[0].name = f"School {hostile}"
    plan.settings[0].head_name = f"Head {hostile}"
    plan.meeting.attendees[-1].name = f"Officer {hostile}"
    tutor = plan.item("p1")
    tutor.description = f"Tutor {hostile}"
    tutor.delivered_by = f"Tutor service {hostile}"
    tutor.when = f"Mondays {hostile}"
    hostile_pack = dataclasses.replace(
        pack,
        council=f"Council {hostile}",
        premises_conditions=(Condition("odd", f"Condition {hostile}", ""),),
    )
    data = render(plan, "s1", hostile_pack)
    text = text_of(data)
    for shown in (
        f"About Child {hostile}",
        f"To Head {hostile}, Head teacher, School {hostile}",
        f"1. Tutor {hostile}",
        f"Tutor service {hostile}",
        f"Mondays {hostile}",
        f"Condition {hostile}",
        f"Officer {hostile}, case officer, Council {hostile}",
    ):
        assert flat(shown) in text
    assert b"/Subtype /Image" not in data
    assert b"root:" not in data


# -- one page -----------------------------------------------------------------------------------
EXAMPLES = [
    (path, setting.id)
    for path in example_paths()
    for setting in read_plan(path).settings_needing_agreement()
]


def test_an_example_has_a_school_with_direct_payments_on_its_premises():
    assert any(path.stem == "ipad-communication" for path, _ in EXAMPLES)


@pytest.mark.parametrize(
    ("path", "setting_id"), EXAMPLES, ids=[f"{p.stem}-{s}" for p, s in EXAMPLES]
)
def test_every_example_request_is_one_page(path, setting_id):
    plan = read_plan(path)
    pack = load_pack_by_id(plan.policy_pack or None)
    pages = pdf_pages(render(plan, setting_id, pack))
    assert len(pages) == 1
    text = flat(pages[0])
    for item in plan.premises_dp_items(setting_id):
        assert flat(item.description) in text
        assert flat(shown_words.cost_amount(shown_item(item))) in text
    assert flat("Page 1 of 1") in text
    assert flat("Please reply by") in text  # the end of the form is on the page


def test_the_typical_plan_and_the_strict_pack_are_one_page(two_settings, pack, strict_pack):
    for chosen in (pack, strict_pack):
        for setting_id in ("s1", "s2"):
            assert len(pdf_pages(render(two_settings, setting_id, chosen))) == 1


def test_a_little_too_much_is_shrunk_onto_one_page(two_settings, pack):
    from coplan.report import premises_request
    from coplan.report.sections.premises_request import prepare, story

    two_settings.item("p1").delivered_by = "An independent specialist teacher " * 10
    request = prepare(two_settings, "s1", pack, TODAY)
    height = premises_request._height(story(request), premises_request.CONTENT_WIDTH)
    assert premises_request.FRAME_HEIGHT < height < premises_request.FRAME_HEIGHT / 0.9
    pages = pdf_pages(render(two_settings, "s1", pack))
    assert len(pages) == 1
    assert flat(two_settings.item("p1").delivered_by) in flat(pages[0])
    assert flat("Please reply by") in flat(pages[0])


def test_many_items_flow_on_to_a_second_page_with_the_header_and_page_numbers(two_settings, pack):
    template = two_settings.item("p1")
    for number in range(10, 17):
        item = copy.deepcopy(template)
        item.id = f"p{number}"
        item.description = f"Extra tutoring session {number} with a specialist teacher"
        two_settings.items.append(item)
    pages = pdf_pages(render(two_settings, "s1", pack))
    assert len(pages) == 2
    reference = fingerprint(two_settings, "s1")[:12]
    for number, page in enumerate(pages, 1):
        text = flat(page)
        assert flat("Example Shire Council") in text
        assert flat("Request for premises agreement") in text
        assert flat(f"Reference {reference}") in text
        assert flat(f"Page {number} of 2") in text
    # The items start on the first page, under their heading and the table's header row.
    assert flat("What would happen on your premises What it is") in flat(pages[0])
    assert flat("1. Specialist dyslexia tutor in class") in flat(pages[0])
    whole = flat("".join(pages))
    for number in range(10, 17):
        assert flat(f"Extra tutoring session {number} with a specialist teacher") in whole
    # The form is kept whole: the decision, the signature and how to return it together.
    last = flat(pages[-1])
    for words in ("Your decision: tick one", "Signature", "Please reply by"):
        assert flat(words) in last


@needs_pdftotext
def test_long_text_and_long_words_stay_inside_the_page(two_settings, pack, tmp_path):
    tutor = two_settings.item("p1")
    tutor.description = "A very detailed description of the tutoring " * 30
    tutor.delivered_by = "x" * 300  # one word far wider than its column
    two_settings.child.full_name = "Anna-Maria Konstantinopoulou-Featherstonehaugh " * 4
    two_settings.settings[0].name = "The Very Long Name Church of England Academy " * 4
    data = render(two_settings, "s1", pack)
    assert words_outside_the_page(data, tmp_path) == []
    text = text_of(data)
    assert flat(tutor.description) in text
    assert "x" * 300 in text


def test_text_longer_than_a_page_in_one_field_still_exports(two_settings, pack):
    two_settings.item("p1").description = " ".join(f"word{n}" for n in range(3000))
    text = text_of(render(two_settings, "s1", pack))
    assert "word0word1" in text and "word2998word2999" in text
    assert not report_styles.SPLIT_LONG_ROWS.get()  # set only while rebuilding


# -- nothing to agree -------------------------------------------------------------------------
def test_a_setting_with_nothing_to_agree_is_refused_plainly(pack):
    plan = read_plan(next(p for p in example_paths() if p.stem == "joint-school-managed"))
    assert plan.settings and not plan.premises_dp_items(plan.settings[0].id)
    with pytest.raises(ValueError, match=r"nothing paid by direct payment \(or by a third party\)"):
        render(plan, plan.settings[0].id, pack)


def test_a_college_with_nothing_to_agree_names_its_principal(pack):
    plan = read_plan(next(p for p in example_paths() if p.stem == "work-experience-16"))
    college = plan.settings[0]
    for item in plan.premises_dp_items(college.id):
        item.location = Location.HOME
        item.setting_id = None
    with pytest.raises(ValueError, match="nothing for its principal to agree to"):
        render(plan, college.id, pack)


def test_a_setting_not_in_the_plan_is_refused_plainly(two_settings, pack):
    with pytest.raises(ValueError, match="not in the plan"):
        render(two_settings, "s9", pack)


def test_nothing_is_written_when_there_is_nothing_to_agree(two_settings, pack, tmp_path):
    for item in two_settings.premises_dp_items("s1"):
        item.location = Location.HOME
    with pytest.raises(ValueError):
        export_premises_request(two_settings, "s1", pack, tmp_path / "request.pdf")
    assert list(tmp_path.iterdir()) == []


# -- export -----------------------------------------------------------------------------------
def export(plan, setting_id, pack, path):
    export_premises_request(plan, setting_id, pack, path, today=TODAY, deterministic=True)


def test_export_writes_exactly_the_rendered_pdf(two_settings, pack, tmp_path):
    target = tmp_path / "request.pdf"
    export(two_settings, "s1", pack, target)
    assert target.read_bytes() == render(two_settings, "s1", pack)
    assert [p.name for p in tmp_path.iterdir()] == ["request.pdf"]


def test_a_missing_folder_leaves_nothing(two_settings, pack, tmp_path):
    target = tmp_path / "no such folder" / "request.pdf"
    with pytest.raises(ExportError, match="does not exist") as caught:
        export(two_settings, "s1", pack, target)
    assert caught.value.path == target
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_keeps_the_earlier_file(two_settings, pack, tmp_path, monkeypatch):
    import errno
    import os

    target = tmp_path / "request.pdf"
    target.write_bytes(b"the earlier request")

    def refuse(source, destination):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="read-only"):
        export(two_settings, "s1", pack, target)
    assert target.read_bytes() == b"the earlier request"
    assert [p.name for p in tmp_path.iterdir()] == ["request.pdf"]


def test_deterministic_output_is_byte_identical(two_settings, pack):
    first = render(two_settings, "s1", pack)
    assert render(copy.deepcopy(two_settings), "s1", pack) == first
    assert render(two_settings, "s1", pack, today=date(2026, 11, 24)) != first


def test_the_plan_is_not_changed(two_settings, pack):
    before = copy.deepcopy(two_settings)
    render(two_settings, "s1", pack)
    assert two_settings == before


def test_importing_the_report_package_still_loads_no_reportlab():
    code = (
        "import sys, coplan.report; "
        "from coplan.report import render_premises_request, export_premises_request; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_request_says_when_to_reply_and_where_to_send_it(pack):
    """The reply-by date is ten working days after the request, but within the comments on the
    draft; the answer goes to the officer's email from the plan's contact ("Your details")."""
    from coplan.domain.model import OfficerContact

    plan = read_plan(next(p for p in example_paths() if p.stem == "ipad-communication"))
    # Sent 23 November 2026 (comments until 7 December, a Monday): 7 December.
    text = text_of(render(plan, "s1", pack, today=date(2026, 11, 23)))
    assert flat("Please reply by 7 December 2026 to Sam Patel, SEND case officer, Example") in text
    assert flat("email sam.patel@example-shire.gov.uk with a scan or photo of this page") in text
    assert flat("Questions: phone 01632 960 123.") in text
    # After the comment period: ten working days, across the month's end.
    plan.status = plan.status.FINAL
    text = text_of(render(plan, "s1", pack, today=date(2026, 12, 24)))
    assert flat("Please reply by 7 January 2027") in text
    # No contact recorded: the meeting's case officer, by post or email, no phone line.
    plan.officer = OfficerContact()
    text = text_of(render(plan, "s1", pack, today=date(2026, 12, 24)))
    assert flat("Return this page to Sam Patel, case officer, Example Shire Council") in text
    assert "Questions" not in text


def test_the_letter_names_the_role_of_the_head_it_is_written_to(two_settings, pack):
    """A head teacher is told her own agreement is needed, not "its head teacher, principal
    or early years provider"; a college's principal is told his."""
    school = text_of(render(two_settings, "s1", pack))
    assert flat("the law needs the written agreement of its head teacher first.") in school
    college = text_of(render(two_settings, "s2", pack))
    assert flat("the law needs the written agreement of its principal first.") in college
    for text in (school, college):
        assert flat("principal or early years provider") not in text
