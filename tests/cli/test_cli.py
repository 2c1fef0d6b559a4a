"""End to end through the real `coplan` command, as a case officer or a script would run it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from factories import build_plan, example_paths

from coplan.plan_file import dumps, read_plan, write_plan


def coplan(*arguments: str, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    if data_dir is not None:
        environment["COPLAN_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "coplan", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.fixture
def valid_file(tmp_path) -> Path:
    path = tmp_path / "plan.json"
    write_plan(build_plan(), path)
    return path


def test_validate_a_valid_draft_exits_0_for_the_draft_stage(valid_file):
    result = coplan("validate", "--stage", "draft", str(valid_file))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "draft; nothing stops the draft" in result.stdout


def test_validate_checks_for_the_final_plan_by_default(valid_file):
    result = coplan("validate", str(valid_file))
    assert result.returncode == 1
    assert "[BLOCKS] served_on: The draft has not been sent for consultation" in result.stdout
    assert "2 finding(s) stop the final plan" in result.stdout


def test_validate_for_payments_includes_the_direct_payment_agreement(tmp_path):
    plan = build_plan()
    plan.dp_agreements.clear()
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    draft = json.loads(coplan("validate", "--json", "--stage", "draft", str(path)).stdout)
    assert draft["valid"] is True
    result = coplan("validate", "--json", "--stage", "payments", str(path))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    unsigned = [f for f in report["findings"] if f["code"] == "dp.agreement_not_signed"]
    assert unsigned == [
        {
            "severity": "blocking",
            "stage": "payments",
            "field": "dp_agreements[direct_payment]",
            "code": "dp.agreement_not_signed",
            "message": "No payment can be made until Sara Khan signs the direct payment "
            "agreement (on the laptop, or on paper quoting its reference).",
        }
    ]


def test_validate_lists_blocking_findings_and_exits_1(tmp_path):
    plan = build_plan()
    plan.items[0].need_ids = []
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    result = coplan("validate", "--stage", "draft", str(path))
    assert result.returncode == 1
    assert "[BLOCKS] items[p1].need_ids" in result.stdout
    assert "1 finding(s) stop the draft" in result.stdout


def test_validate_as_json(valid_file):
    result = coplan("validate", "--json", "--stage", "draft", str(valid_file))
    report = json.loads(result.stdout)
    assert report["valid"] is True
    assert (report["checked_for"], report["status"]) == ("draft", "draft")
    keys = {"severity", "stage", "field", "code", "message"}
    assert all(keys <= set(f) for f in report["findings"])
    final = json.loads(coplan("validate", "--json", str(valid_file)).stdout)
    stages = {f["code"]: (f["stage"], f["severity"]) for f in final["findings"]}
    assert stages["final.not_served"] == ("final", "blocking")
    assert final["valid"] is False


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"format": "coplan-plan/1", "id": ', "not valid JSON"),
        ('{"format": "coplan-plan/9"}', "coplan-plan/9"),
        ("[1, 2, 3]", "one JSON object"),
        ("", "not valid JSON"),
    ],
)
def test_unreadable_files_exit_2_without_a_traceback(tmp_path, content, says):
    path = tmp_path / "bad.json"
    path.write_text(content)
    result = coplan("validate", str(path))
    assert result.returncode == 2
    assert says in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_wrong_type_is_reported_with_where(tmp_path, valid_file):
    document = json.loads(valid_file.read_text())
    document["items"][0]["unit_cost"] = 12.5
    path = tmp_path / "typed.json"
    path.write_text(json.dumps(document))
    result = coplan("validate", str(path))
    assert result.returncode == 2
    assert "items[0].unit_cost" in result.stderr


def test_a_missing_file_exits_2(tmp_path):
    result = coplan("validate", str(tmp_path / "nowhere.json"))
    assert result.returncode == 2
    assert "cannot read the file" in result.stderr


def test_a_huge_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.json"
    path.write_text('{"format": "coplan-plan/1", "x": "' + "a" * 50_000_000 + '"}')
    result = coplan("validate", str(path))
    assert result.returncode == 2
    assert "too large" in result.stderr


def test_schema_is_json_schema():
    result = coplan("schema")
    schema = json.loads(result.stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["properties"]["format"] == {"const": "coplan-plan/2"}


def test_an_unknown_pack_is_a_clear_error(valid_file):
    result = coplan("validate", "--pack", "nowhere-council", str(valid_file))
    assert result.returncode == 2
    assert "No policy pack called “nowhere-council”" in result.stderr


@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_every_example_validates_at_its_stage(example):
    # A final plan: nothing stops it being final; a draft (sent or not): nothing stops the draft.
    stage = "final" if json.loads(example.read_text())["status"] == "final" else "draft"
    result = coplan("validate", "--stage", stage, str(example))
    assert result.returncode == 0, result.stdout + result.stderr


def test_examples_exist():
    assert len(example_paths()) >= 3


@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_import_then_export_plan_gives_the_same_file(tmp_path, example):
    data = tmp_path / "data"
    imported = coplan("import", str(example), data_dir=data)
    assert imported.returncode == 0, imported.stderr
    plan_id = json.loads(example.read_text())["id"]
    out = tmp_path / "out.json"
    exported = coplan("export-plan", plan_id, "-o", str(out), data_dir=data)
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes() == example.read_bytes()
    again = coplan("import", str(example), data_dir=data)
    assert again.returncode == 1
    assert "already in the caseload" in again.stderr
    assert coplan("import", "--replace", str(example), data_dir=data).returncode == 0
    listing = coplan("list", data_dir=data)
    assert plan_id in listing.stdout


def test_export_plan_of_an_unknown_id(tmp_path):
    result = coplan("export-plan", "nope", "-o", str(tmp_path / "x.json"), data_dir=tmp_path / "d")
    assert result.returncode == 2
    assert "no plan with id nope" in result.stderr


def test_export_writes_a_pdf(tmp_path, valid_file):
    out = tmp_path / "section-j.pdf"
    result = coplan("export", str(valid_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_export_writes_a_word_document_for_a_docx_name(tmp_path, valid_file):
    import docx

    pdf, word = tmp_path / "section-j.pdf", tmp_path / "section-j.docx"
    assert coplan("export", str(valid_file), "-o", str(pdf), "--deterministic").returncode == 0
    result = coplan("export", str(valid_file), "-o", str(word), "--deterministic")
    assert result.returncode == 0, result.stderr
    assert "Section J (Word document)" in result.stdout
    document = docx.Document(str(word))
    headings = [p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Heading 1" in headings and "Heading 2" in headings
    plan = read_plan(valid_file)
    text = "\n".join(cell.text for table in document.tables for cell in table._cells)
    for item in plan.items:
        assert item.description in text and item.cost_text() in text


def test_export_format_option_and_a_name_that_disagrees(tmp_path, valid_file):
    out = tmp_path / "section-j"
    result = coplan("export", str(valid_file), "-o", str(out), "--format", "docx")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"PK")
    wrong = tmp_path / "section-j.pdf"
    result = coplan("export", str(valid_file), "-o", str(wrong), "--format", "docx")
    assert result.returncode == 2
    assert "ends in .pdf but --format docx asks for a Word document" in result.stderr
    assert not wrong.exists()


def test_export_refuses_a_plan_with_blocking_findings(tmp_path):
    plan = build_plan()
    plan.items[0].outcome_ids = []
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    out = tmp_path / "section-j.pdf"
    result = coplan("export", str(path), "-o", str(out))
    assert result.returncode == 1
    assert "items[p1].outcome_ids" in result.stderr
    assert not out.exists()


def test_export_into_a_missing_folder_fails_cleanly(tmp_path, valid_file):
    result = coplan("export", str(valid_file), "-o", str(tmp_path / "no" / "such" / "x.pdf"))
    assert result.returncode == 3
    assert "not written" in result.stderr
    assert "Traceback" not in result.stderr


def test_round_trip_of_the_builder_plan_is_exact(valid_file):
    from coplan.plan_file import read_plan

    assert dumps(read_plan(valid_file)) == valid_file.read_text()


def test_a_pack_file_can_be_named_on_the_command_line(valid_file):
    from factories import TEST_PACKS

    result = coplan("validate", "--pack", str(TEST_PACKS / "strict-borough.toml"), str(valid_file))
    assert result.returncode == 1  # Strict Borough allows no specialist equipment by DP
    assert "Strict Borough Council" in result.stdout


def test_a_plans_own_pack_name_is_never_a_path(tmp_path, valid_file):
    document = json.loads(valid_file.read_text())
    document["policy_pack"] = "../../tests/packs/strict-borough"
    path = tmp_path / "sneaky.json"
    path.write_text(json.dumps(document))
    result = coplan("validate", str(path))
    assert result.returncode == 2
    assert "policy_pack: '../../tests/packs/strict-borough' is not valid here" in result.stderr


def test_request_for_premises_agreement(tmp_path):
    example = next(p for p in example_paths() if p.stem == "ipad-communication")
    out = tmp_path / "request.pdf"
    result = coplan("request-agreement", str(example), "--setting", "s1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    unknown = coplan("request-agreement", str(example), "--setting", "s9", "-o", str(out))
    assert unknown.returncode == 2
    assert "no setting 's9'" in unknown.stderr


def test_no_request_where_nothing_needs_agreement(tmp_path):
    example = next(p for p in example_paths() if p.stem == "joint-school-managed")
    out = tmp_path / "request.pdf"
    result = coplan("request-agreement", str(example), "--setting", "s1", "-o", str(out))
    assert result.returncode == 1
    assert "nothing paid by direct payment" in result.stderr
    assert not out.exists()


def test_opening_the_app_without_a_display_says_so(tmp_path):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    environment["COPLAN_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "coplan"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 1
    assert "needs a desktop" in result.stderr
    assert "Traceback" not in result.stderr


def test_budget_as_json_keeps_a_year_and_once_apart(tmp_path):
    path = EXAMPLES_BY_NAME["ipad-communication"]
    result = coplan("budget", "--json", str(path))
    assert result.returncode == 0, result.stderr
    money = json.loads(result.stdout)
    assert (money["a_year"], money["once"]) == ("7296.00", "678.99")
    education = money["funding_streams"]["education"]
    assert education == {
        "a_year": "3156.00",
        "once": "678.99",
        "indicative": "4500.00",
        "difference": "-1344.00",
    }
    assert money["funding_streams"]["health"]["difference"] == "2250.00"
    school = money["funding_streams"]["school_contribution"]
    assert (school["indicative"], school["difference"]) == (None, None)  # beside, not against
    dp = money["management_options"]["direct_payment"]
    assert (dp["a_year"], dp["once"]) == ("4410.00", "678.99")
    assert money["overall_option"] == "mixed"
    (arrangement,) = money["direct_payments"]
    assert arrangement["recipient"] == {
        "kind": "parent",
        "name": "Grace Okafor",
        "relationship": None,
    }
    assert arrangement["frequency"] == "monthly"
    assert arrangement["first_payment_on"] == "2027-01-04"
    schedule = arrangement["schedule"]
    assert len(schedule) == 12 and schedule[0]["date"] == "2027-01-04"
    assert [p["date"] for p in schedule][1:3] == ["2027-02-04", "2027-03-04"]
    assert all(re.fullmatch(r"\d+\.\d\d", p["amount"]) for p in schedule)
    paid = sum(Decimal(p["amount"]) for p in schedule)
    assert paid == Decimal("4410.00") + Decimal("678.99")  # to the penny


def test_budget_without_a_first_payment_date_has_no_schedule_yet(tmp_path):
    plan = read_plan(EXAMPLES_BY_NAME["ipad-communication"])
    plan.direct_payment.first_payment_on = None
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    money = json.loads(coplan("budget", "--json", str(path)).stdout)
    assert money["direct_payments"][0]["schedule"] is None
    words = coplan("budget", str(path)).stdout
    assert "no first payment date yet" in words


def test_budget_in_words_never_calls_a_one_off_yearly(tmp_path):
    result = coplan("budget", str(EXAMPLES_BY_NAME["ipad-communication"]))
    assert result.returncode == 0, result.stderr
    assert "Personal budget: £7,296.00 a year, plus £678.99 once" in result.stdout
    assert "  Direct payment: £4,410.00 a year, plus £678.99 once" in result.stdout
    assert "£678.99 a year" not in result.stdout


EXAMPLES_BY_NAME = {path.stem: path for path in example_paths()}


def test_budget_in_words_says_a_stream_has_no_starting_figure():
    result = coplan("budget", str(EXAMPLES_BY_NAME["ipad-communication"]))
    assert result.returncode == 0, result.stderr
    assert "  Health: £2,250.00 a year; no starting figure for health\n" in result.stdout
    assert "indicative budget of £0.00" not in result.stdout


def test_budget_in_words_uses_the_pdfs_words_not_the_files_keys():
    """The officer reads the command line beside the PDF: "Social care", "Organised
    arrangement", "Third-party arrangement", "Mixed", as Section J says them."""
    out = coplan("budget", str(EXAMPLES_BY_NAME["joint-school-managed"])).stdout
    assert "  Social care: £5,598.00 a year (plus £320.00 once); £402.00 a year under" in out
    assert "How the money is managed: Mixed\n" in out
    assert "  Organised arrangement: £13,239.00 a year, plus £320.00 once\n" in out
    assert "  Third-party arrangement: £684.00 a year\n" in out
    assert "School's own contribution (not compared with the indicative budget): £1,110.00" in out
    for key in ("social_care", "organised_arrangement", "third_party", "mixed"):
        assert key not in out, key


def test_budget_of_an_unreadable_file_exits_2(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    result = coplan("budget", "--json", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_budget_in_words_lists_no_payments_of_nothing():
    result = coplan("budget", str(EXAMPLES_BY_NAME["work-experience-16"]))
    assert result.returncode == 0, result.stderr
    assert "every four weeks from 4 January 2027 to 19 July 2027" in result.stdout
    assert "  19 July 2027        £80.97\n              total     £4,096.00" in result.stdout
    assert "£0.00" not in result.stdout
    assert "August 2027" not in result.stdout


def test_export_prints_the_officer_and_the_references_the_plan_file_carries(tmp_path):
    """The CLI has no settings: what it prints about who to talk to comes from the plan file."""
    import io

    from pypdf import PdfReader

    path = next(p for p in example_paths() if p.stem == "ipad-communication")
    out = tmp_path / "section-j.pdf"
    result = coplan("export", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages]
    first = " ".join(pages[0].split())
    assert "Your case officer is Sam Patel, SEND case officer." in first
    assert "sam.patel@example-shire.gov.uk" in first
    text = "".join("".join(pages).split())
    for ref in ("F1", "F2", "F3", "G1", "F4", "H1.1"):
        assert ref in text
    assert "B1,B2,C1E1,E2,E3F1·1." in text  # need → outcome → provision in one grid row


def test_validate_asks_for_each_lines_provision_reference_before_the_final_plan(tmp_path):
    plan = build_plan()
    plan.items[0].provision_ref = ""
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    draft = coplan("validate", "--stage", "draft", str(path))
    assert "[warning] items[p1].provision_ref: Give “iPad with a communication app” the " in (
        draft.stdout
    )
    final = coplan("validate", str(path))
    assert final.returncode == 1
    assert "[BLOCKS] items[p1].provision_ref:" in final.stdout
    assert "reference of its provision in Section F, G or H1/H2 of the plan (for example F3)" in (
        final.stdout
    )
