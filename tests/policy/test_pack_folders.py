"""Council packs where IT puts them: the install, the machine's folder, the user's folder; a
later folder's pack replaces an earlier one's with the same id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coplan.policy import PolicyPackError, available_packs, load_pack_by_id
from coplan.policy.check import check_pack_file, key_lines, parse_key
from coplan.policy.loader import pack_folders, pack_origin, packs_dir

EXAMPLE = packs_dir() / "example-shire.toml"


def folder(name: str) -> Path:
    (path,) = [path for label, path in pack_folders() if label == name]
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(autouse=True)
def _empty_config_folders():
    yield
    for _label, path in pack_folders()[1:]:
        shutil.rmtree(path, ignore_errors=True)


def council_pack(pack_id: str, council: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('id = "example-shire"', f'id = "{pack_id}"', 1)
    return text.replace('council = "Example Shire Council"', f'council = "{council}"', 1)


def test_the_folders_in_order_install_machine_user():
    labels = [label for label, _path in pack_folders()]
    assert labels == [
        "installed with CoPlan",
        "this computer's CoPlan folder",
        "your own CoPlan folder",
    ]
    assert pack_folders()[0][1] == packs_dir()


def test_a_council_pack_on_the_machine_is_found_and_loads():
    machine = folder("this computer's CoPlan folder")
    (machine / "river-borough.toml").write_text(
        council_pack("river-borough", "River Borough Council"), encoding="utf-8"
    )
    assert set(available_packs()) == {"example-shire", "river-borough"}
    assert load_pack_by_id("river-borough").council == "River Borough Council"
    assert pack_origin(available_packs()["river-borough"]) == "this computer's CoPlan folder"


def test_the_users_pack_replaces_the_machines_which_replaces_the_installed_one():
    machine = folder("this computer's CoPlan folder")
    user = folder("your own CoPlan folder")
    (machine / "example-shire.toml").write_text(
        council_pack("example-shire", "Machine Shire"), encoding="utf-8"
    )
    assert load_pack_by_id("example-shire").council == "Machine Shire"
    (user / "example-shire.toml").write_text(
        council_pack("example-shire", "User Shire"), encoding="utf-8"
    )
    assert load_pack_by_id("example-shire").council == "User Shire"


def test_a_pack_whose_id_is_not_its_file_name_is_refused_in_any_folder():
    machine = folder("this computer's CoPlan folder")
    (machine / "renamed.toml").write_text(
        council_pack("river-borough", "River Borough Council"), encoding="utf-8"
    )
    with pytest.raises(PolicyPackError, match="must be its file name"):
        load_pack_by_id("renamed")


def test_an_unknown_pack_names_the_folders_it_looked_in():
    with pytest.raises(PolicyPackError) as caught:
        load_pack_by_id("nowhere")
    for _label, path in pack_folders():
        assert str(path) in str(caught.value)


# -- coplan pack check: every problem, with its key and line --------------------------------


def test_a_good_pack_has_no_problems():
    result = check_pack_file(EXAMPLE)
    assert result.ok and result.pack.id == "example-shire"


def test_every_problem_is_listed_with_its_key_and_line(tmp_path):
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    council = next(i for i, line in enumerate(lines) if line.startswith("council = "))
    lines[council] = "# council removed"
    first_pb = next(i for i, line in enumerate(lines) if line.startswith("personal_budget = "))
    lines[first_pb] = 'personal_budget = "maybe"'
    period = next(i for i, line in enumerate(lines) if line.startswith("comment_period_days"))
    lines[period] = "comment_period_days = 10"
    lines.insert(period + 1, 'colour = "red"')
    path = tmp_path / "example-shire.toml"
    path.write_text("\n".join(lines), encoding="utf-8")

    result = check_pack_file(path)
    found = {(problem.line, problem.message.split(":")[0]) for problem in result.problems}
    assert (period + 1, "timescales.comment_period_days") in found
    assert (period + 2, "timescales.colour") in found
    assert (first_pb + 2, "categories[0].personal_budget") in found  # +1 for the inserted line
    assert any(key == "pack.council" for _line, key in found)
    assert len(result.problems) == 4
    assert result.readable


def test_a_toml_syntax_error_gives_the_parsers_line(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[pack]\nformat = 1\ncouncil = \n", encoding="utf-8")
    result = check_pack_file(path)
    assert not result.readable
    assert result.problems[0].line == 3


def test_the_file_name_must_match_the_id(tmp_path):
    path = tmp_path / "my-council.toml"
    shutil.copy(EXAMPLE, path)
    result = check_pack_file(path)
    assert [p.message.split(":")[0] for p in result.problems] == ["pack.id"]
    assert "save it as example-shire.toml" in result.problems[0].message


def test_key_lines_follow_nested_arrays_of_tables():
    text = (
        "[ras]\n"  # 1
        'name = "x"\n'  # 2
        "[[ras.questions]]\n"  # 3
        'id = "a"\n'  # 4
        "[[ras.questions.answers]]\n"  # 5
        'id = "a1"\n'  # 6
        "[[ras.questions]]\n"  # 7
        'id = "b"\n'  # 8
        "[[ras.questions.answers]]\n"  # 9
        "[[ras.questions.answers]]\n"  # 10
        "points = 3\n"  # 11
    )
    lines = key_lines(text)
    assert lines[("ras", "questions", 1, "answers", 1, "points")] == 11
    assert lines[("ras", "questions", 0, "answers", 0, "id")] == 6
    assert lines[("ras", "questions", 1, "id")] == 8
    assert parse_key("ras.questions[1].answers[1].points") == (
        "ras", "questions", 1, "answers", 1, "points",
    )  # fmt: skip
