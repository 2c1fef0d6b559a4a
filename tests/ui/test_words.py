"""Words and colour on the screens: no internal ids, right plurals, messages that go once the
thing is fixed, nudges cut at a word, and three kinds of message told apart by word, icon and an
accessible colour in a block that does not move the fields."""

from __future__ import annotations

import itertools

import pytest
from ui_driver import Driver, example_paths

from coplan.plan_file import read_plan
from coplan.ui import text
from coplan.ui.messages import COLOURS, ICONS, Kind


def open_example(qtbot, main_window, store, stem="ipad-communication"):
    path = next(p for p in example_paths() if p.stem == stem)
    plan = read_plan(path)
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.resize(1350, 682)
    qtbot.waitExposed(wizard)
    return wizard


@pytest.mark.parametrize(
    ("words", "length", "shown"),
    [
        ("Speech and language therapy in school", 20, "Speech and language…"),
        ("Speech and language therapy", 27, "Speech and language therapy"),
        ("Supercalifragilisticexpialidocious", 10, "Supercali…"),  # one long word: cut
        ("Teaching assistant time, to model", 26, "Teaching assistant time…"),
    ],
)
def test_a_shortened_line_ends_after_a_whole_word(words, length, shown):
    assert text.shorten(words, length) == shown
    assert len(text.shorten(words, length)) <= length


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_three_kinds_of_message_have_their_own_accessible_colour_and_icon(qapp):
    assert len(set(COLOURS.values())) == 3
    assert len(set(ICONS.values())) == 3
    window_grey = qapp.palette().window().color().name()
    for kind, colour in COLOURS.items():
        assert contrast(colour, "#ffffff") >= 4.5, kind
        assert contrast(colour, window_grey) >= 4.5, kind
    # Apart from each other too, not three shades of one olive: hues at least 30° apart.
    from PySide6.QtGui import QColor

    hues = sorted(QColor(colour).hslHue() for colour in COLOURS.values())
    gaps = [b - a for a, b in itertools.pairwise(hues)] + [360 - hues[-1] + hues[0]]
    assert min(gaps) >= 30, hues


def test_the_message_block_does_not_move_the_fields_while_typing(qtbot, main_window, store):
    wizard = open_example(qtbot, main_window, store)
    wizard.go_to("provision")
    page = wizard.page_by_key("provision")
    ui = page.ui
    driver = Driver(qtbot, wizard)
    # The teaching assistant: organised, so no head teacher's agreement covers it (a signed
    # item shows a notice under the field being changed, which is meant to be seen).
    page.ui.itemTable.selectRow(2)
    qtbot.wait(10)
    block = ui.itemEligibility

    def place():
        # The block's height, and the gap from its bottom to the field under it (other notices
        # above the block, such as a field's own message, may move both together).
        bottom = block.mapTo(page, block.rect().bottomLeft()).y()
        return block.height(), ui.itemFunding.mapTo(
            page, ui.itemFunding.rect().topLeft()
        ).y() - bottom

    seen = [list(block.messages)]
    driver.type(ui.itemWhen, ui.itemWhen.text())  # (the form's first layout settles)
    qtbot.wait(450)
    before = place()
    # Typing the description away and back, and a cost of nothing: the findings come and go.
    for field, words in (
        (ui.itemDescription, ""),
        (ui.itemDescription, "Teaching assistant time"),
        (ui.itemDeliveredBy, ""),
        (ui.itemDeliveredBy, "Meadowbank Primary School"),
    ):
        driver.type(field, words)
        qtbot.wait(450)  # the findings follow the typing
        seen.append(list(block.messages))
        assert place() == before, (field.objectName(), words)
    assert len({tuple(m) for m in seen}) > 1, "the messages should have changed"
    assert any(kind is Kind.MUST_FIX for m in seen for kind, _w in m)
    assert any(kind is Kind.INFORMATION for m in seen for kind, _w in m)


def test_no_internal_ids_in_the_item_lists(qtbot, main_window, store):
    wizard = open_example(qtbot, main_window, store)
    wizard.go_to("provision")
    page = wizard.page_by_key("provision")
    page.ui.itemTable.selectRow(0)
    qtbot.wait(10)
    outcomes = page.ui.itemOutcomes
    lines = [outcomes.item(row).text() for row in range(outcomes.count())]
    assert lines and not any(line.startswith(("o1", "o2", "o3")) for line in lines)
    assert lines[0].startswith("Education: ")


def test_one_plan_is_one_plan(qtbot, main_window, store):
    store.save(read_plan(example_paths()[0]), actor="test")
    main_window.model.refresh(reset=True)
    main_window._update_count()
    assert main_window.statusBar().currentMessage().startswith("1 plan in the caseload.")


def test_a_blocked_export_message_follows_the_fix(qtbot, main_window, store):
    wizard = open_example(qtbot, main_window, store)
    driver = Driver(qtbot, wizard)
    wizard.go_to("meeting")
    meeting = wizard.page_by_key("meeting")
    name = meeting.ui.childFullName.text()
    driver.type(meeting.ui.childFullName, "")
    qtbot.wait(450)
    wizard.go_to("review")
    review = wizard.page_by_key("review")
    review.export_pdf()
    shown = review.ui.exportStatus.text()
    assert "thing(s)" not in shown
    assert shown.startswith("The draft cannot be exported yet: ")
    count = int(shown.split(": ", 1)[1].split(" ", 1)[0])
    assert (f"{count} thing to fix" if count == 1 else f"{count} things to fix") in shown
    wizard.go_to("meeting")
    driver.type(meeting.ui.childFullName, name)
    qtbot.wait(450)
    wizard.go_to("review")
    assert not review.ui.exportStatus.text().startswith("The draft cannot be exported yet")


def test_nothing_shows_an_item_by_its_id_on_the_agreement_page(qtbot, main_window, store):
    """A change since the head signed names the item ("item p1" before)."""
    wizard = open_example(qtbot, main_window, store)
    wizard.go_to("provision")
    page = wizard.page_by_key("provision")
    driver = Driver(qtbot, wizard)
    page.ui.itemTable.selectRow(0)
    driver.type(page.ui.itemOneOffCost, "430.00")
    qtbot.wait(450)
    messages = [f.message for f in wizard.session.findings]
    assert any("changed" in m for m in messages)
    assert not any(" item p" in m or "“item p" in m for m in messages), messages


def test_an_items_whole_description_is_there_when_its_column_cuts_it(qtbot, main_window, store):
    from PySide6.QtCore import Qt

    wizard = open_example(qtbot, main_window, store)
    wizard.go_to("provision")
    page = wizard.page_by_key("provision")
    cell = page.ui.itemTable.item(0, 0)
    whole = " ".join(wizard.session.plan.items[0].description.split())
    assert cell.toolTip() == whole
    assert whole in cell.data(Qt.ItemDataRole.AccessibleTextRole)
