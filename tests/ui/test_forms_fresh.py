"""A compiled form that no longer matches its .ui file means someone forgot scripts/compile-forms."""

from coplan.ui.forms_build import FORMS, stale_forms


def test_every_compiled_form_matches_its_ui_file():
    assert stale_forms() == [], "run scripts/compile-forms and commit the result"


def test_forms_folder_exists():
    assert FORMS.is_dir()
