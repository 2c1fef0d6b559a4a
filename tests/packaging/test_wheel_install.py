"""The wheel is the product: built from this checkout, installed into a fresh virtual environment
outside it, and run from another folder, as a council's IT department would.

The wheel must carry its policy packs, fonts, stylesheet and the demo caseload's example plans;
nothing may be found through the checkout (the environment has no PYTHONPATH, the working folder
is elsewhere, and the test checks where `coplan` was imported from).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from factories import example_paths
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _clean_environment(home: Path) -> dict[str, str]:
    """No trace of the checkout or of the test's virtual environment; pip's real cache."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "COPLAN_", "PYTEST"))
    }
    real_home = pwd.getpwuid(os.getuid()).pw_dir
    environment.setdefault("PIP_CACHE_DIR", str(Path(real_home) / ".cache" / "pip"))
    environment["HOME"] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        environment[name] = str(home / name.lower())
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PATH"] = os.pathsep.join(
        part
        for part in environment.get("PATH", "").split(os.pathsep)
        if not part.startswith(str(ROOT))
    )
    return environment


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the fresh environment's `coplan` command, its python, a folder outside the checkout)."""
    place = tmp_path_factory.mktemp("installed")
    environment = _clean_environment(place / "home")
    wheels = place / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        env=environment,
        timeout=600,
        capture_output=True,
    )
    (wheel,) = wheels.glob("coplan-*.whl")
    target = place / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(target)
    python = target / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        env=environment,
        timeout=900,
        capture_output=True,
    )
    work = place / "elsewhere"
    work.mkdir()
    for example in example_paths():
        shutil.copy(example, work / example.name)
    return target / "bin" / "coplan", python, work, environment


def _run(installed, *arguments: str, executable: Path | None = None):
    coplan, _python, work, environment = installed
    return subprocess.run(
        [str(executable or coplan), *arguments],
        cwd=work,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_installed_package_is_not_the_checkout(installed):
    _coplan, python, _work, _env = installed
    result = _run(installed, "-c", "import coplan, sys; print(coplan.__file__)", executable=python)
    assert result.returncode == 0, result.stderr
    assert not result.stdout.strip().startswith(str(ROOT))
    assert "site-packages" in result.stdout


def test_version(installed):
    from coplan import __version__

    result = _run(installed, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"CoPlan {__version__}"


def test_validate_and_export_find_the_pack_and_the_fonts(installed):
    _coplan, _python, work, _env = installed
    plan = example_paths()[0].name
    # An example with nothing blocking at its stage (exit 0); the others name what to fix.
    checked = _run(installed, "validate", "work-experience-16.json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Example Shire Council" in checked.stdout

    exported = _run(installed, "export", plan, "-o", "out.pdf")
    assert exported.returncode == 0, exported.stderr
    text = "".join(page.extract_text() for page in PdfReader(work / "out.pdf").pages)
    assert "Section J" in text
    assert "Example Shire Council" in text


def test_pack_list_shows_the_installed_pack(installed):
    result = _run(installed, "pack", "list")
    assert result.returncode == 0, result.stderr
    assert "example-shire" in result.stdout


def test_an_encrypted_caseload_works_from_the_installed_package(installed, tmp_path):
    _coplan, _python, work, environment = installed
    data = str(tmp_path / "data")
    secret = {**environment, "COPLAN_PASSPHRASE": "a long enough passphrase"}
    for arguments in (("import", "work-experience-16.json"), ("list",)):
        result = subprocess.run(
            [str(_coplan), *arguments, "--data-dir", data],
            cwd=work,
            env=secret,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "coplan.db.salt").is_file()


def test_the_demo_caseload_holds_the_demo_plans(installed):
    """`coplan demo` opens the window on the example plans and their made-up variations."""
    _coplan, python, _work, _env = installed
    script = (
        "from coplan.app import open_main_window\n"
        "from coplan.demo import example_plans\n"
        "app, window = open_main_window(demo=True, argv=['coplan'])\n"
        "names = {window.model.index(row, 0).data() for row in range(window.model.rowCount())}\n"
        "examples = [plan.child.full_name for plan in example_plans()]\n"
        "found = all(any(n.startswith(e) for n in names) for e in examples)\n"
        "print(window.model.rowCount(), len(examples), found)\n"
        "window.close()\n"
    )
    result = _run(installed, "-c", script, executable=python)
    assert result.returncode == 0, result.stderr
    rows, examples, all_there = result.stdout.split()
    assert int(examples) == len(example_paths())
    assert int(rows) > int(examples)
    assert all_there == "True"


def test_the_stylesheet_and_the_user_guide_are_installed(installed):
    _coplan, python, _work, _env = installed
    script = (
        "from coplan import paths\n"
        "print((paths.resources_dir() / 'ui' / 'coplan.qss').is_file(),"
        " (paths.help_dir() / 'user-guide.md').is_file(), paths.licence_file().is_file())\n"
    )
    result = _run(installed, "-c", script, executable=python)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True"]


def test_the_package_root_is_where_importlib_resources_finds_the_package():
    from importlib import resources

    from coplan import paths

    assert paths._package_root() == Path(str(resources.files("coplan")))
