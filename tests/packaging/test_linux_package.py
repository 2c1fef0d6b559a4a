"""The Linux package, built by packaging/build-linux, installed with apt and run as installed:
the version, an export (the PDF read back), the team database's driver, the menu entry, the
licences, and the demo window on a real X screen (Xvfb with openbox).

It installs into the system (/opt/coplan, /usr/bin/coplan), so it runs only in CI (CI=true, as
root, on a throw-away machine) or when asked for with COPLAN_TEST_DEB=1; it removes the package
again if it installed it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factories import example_paths
from pypdf import PdfReader
from xsession import distinct_colours, missing_tools, screenshot, wait_for_window, x_session

from coplan import __version__

ROOT = Path(__file__).resolve().parents[2]
WANTED = os.environ.get("CI") == "true" or os.environ.get("COPLAN_TEST_DEB") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not WANTED, reason="installs a system package: CI=true or COPLAN_TEST_DEB=1"
    ),
]


def _installed_version() -> str | None:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status} ${Version}", "coplan"], capture_output=True, text=True
    )
    return result.stdout.split()[-1] if "install ok installed" in result.stdout else None


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    if os.geteuid() != 0:
        pytest.fail("the package test installs with apt: run it as root (CI does)")
    out = tmp_path_factory.mktemp("dist")
    build = subprocess.run(
        [str(ROOT / "packaging" / "build-linux"), str(out)],
        env=dict(os.environ, PYTHON=sys.executable),
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(build.stdout.splitlines()[-1])  # the package's size
    (deb,) = out.glob(f"coplan_{__version__}_*.deb")
    before = _installed_version()
    install = subprocess.run(
        ["apt-get", "install", "-y", "-q", "--reinstall", str(deb)],
        env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    yield deb
    if before is None:
        subprocess.run(["dpkg", "--purge", "coplan"], capture_output=True, timeout=300)


def _run(*arguments: str, cwd: Path, **environment: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "COPLAN_"))
    }
    env.update(HOME=str(cwd / "home"), QT_QPA_PLATFORM="offscreen", **environment)
    return subprocess.run(
        ["/usr/bin/coplan", *arguments],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_installed_program_says_its_version(package, tmp_path):
    assert _installed_version() == __version__
    result = _run("--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"CoPlan {__version__}"


def test_the_installed_program_exports_a_draft(package, tmp_path):
    example = shutil.copy(example_paths()[0], tmp_path / "plan.json")
    result = _run("export", str(example), "-o", "draft.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "draft.pdf").pages)
    assert "Section J" in text and "Example Shire Council" in text


def test_the_team_database_driver_is_bundled(package, tmp_path):
    url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if url:
        result = _run("list", "--database-url", url, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    # Nothing listens on port 9: the driver is there and says so in words, not a traceback.
    result = _run(
        "list", "--database-url", "postgresql+psycopg://coplan@127.0.0.1:9/coplan", cwd=tmp_path
    )
    assert result.returncode == 3
    assert "cannot open the caseload" in result.stderr
    assert "Traceback" not in result.stderr
    assert "No module named" not in result.stderr


def test_an_encrypted_caseload_opens_with_its_passphrase(package, tmp_path):
    """SQLCipher (sqlcipher3) and the key derivation are in the bundle."""
    example = shutil.copy(example_paths()[0], tmp_path / "plan.json")
    data = str(tmp_path / "data")
    secret = {"COPLAN_PASSPHRASE": "a long enough passphrase"}
    imported = _run("import", str(example), "--data-dir", data, cwd=tmp_path, **secret)
    assert imported.returncode == 0, imported.stderr
    listed = _run("list", "--data-dir", data, cwd=tmp_path, **secret)
    assert listed.returncode == 0, listed.stderr
    assert (tmp_path / "data" / "coplan.db.salt").is_file()
    wrong = _run(
        "list", "--data-dir", data, cwd=tmp_path, COPLAN_PASSPHRASE="not the passphrase at all"
    )
    assert wrong.returncode == 3 and "does not open this caseload" in wrong.stderr


def test_the_menu_entry_icon_and_licences_are_installed(package):
    entry = Path("/usr/share/applications/coplan.desktop").read_text(encoding="utf-8")
    assert "Exec=/usr/bin/coplan\n" in entry and "Icon=coplan\n" in entry
    assert "Exec=/usr/bin/coplan demo\n" in entry
    assert Path("/usr/share/icons/hicolor/256x256/apps/coplan.png").is_file()
    licences = Path("/opt/coplan/licences")
    for name in ("CoPlan-LICENSE.txt", "LGPL-3.0.txt", "LICENSE-DejaVu.txt", "THIRD-PARTY.md"):
        assert (licences / name).is_file(), name
    assert any(licences.glob("psycopg-*"))
    assert "License: MIT" in Path("/usr/share/doc/coplan/copyright").read_text(encoding="utf-8")


def test_the_demo_window_opens_on_a_real_screen(package, tmp_path):
    missing = missing_tools()
    assert not missing, f"needs {missing} (scripts/bootstrap --test installs them)"
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    with x_session(env) as display:
        app = subprocess.Popen(
            ["/usr/bin/coplan", "demo"],
            env=display,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert wait_for_window(display, "CoPlan: demo caseload", timeout=120)
            shot = screenshot(display, tmp_path / "demo-from-deb.png")
        finally:
            app.terminate()
            app.wait(timeout=30)
    assert distinct_colours(shot) > 20  # a drawn window, not a blank screen
