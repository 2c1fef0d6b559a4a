"""The one place where text from a plan or a policy pack becomes reportlab paragraph markup.

reportlab's `Paragraph` reads its text as markup: an unescaped `<` breaks the export, `S&P`
prints wrongly, and a user's `<b>`, `<font>` or `<img src="/any/file">` would be obeyed. So
every piece of text that did not come from this package's own code passes through `escape`
(directly, or through `markup`, which escapes its arguments) before it reaches a `Paragraph`.
Text that is already safe markup is a `Markup`; anything else is treated as plain text.

Pure Python: imports nothing from reportlab.
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape as _xml_escape

from coplan.domain.text_safety import without_unsafe

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


class Markup(str):
    """Text that is already safe paragraph markup: written by this package, or escaped."""

    __slots__ = ()


def clean(text: object) -> str:
    """Plain text fit for a PDF: tabs as spaces, and removed: carriage returns and what
    `coplan.domain.text_safety` calls unsafe (control and direction-override characters, which
    a plan saved before they were refused may still hold, and lone surrogates, which no PDF
    string can encode)."""
    return without_unsafe(str(text)).replace("\r", "").replace("\t", " ")


def escape(text: object) -> Markup:
    """Plain text as markup that prints exactly those characters; line breaks are kept."""
    if isinstance(text, Markup):
        return text
    cleaned = clean(str(text).replace("\r\n", "\n").replace("\r", "\n"))
    return Markup(_xml_escape(cleaned, _ENTITIES).replace("\n", "<br/>"))


def markup(template: str, *args: object, **kwargs: object) -> Markup:
    """Fill a markup template written in this package with escaped values.

    `markup("<b>{}</b> a year", amount)`: the template is trusted, every value is escaped.
    """
    return Markup(
        template.format(
            *(escape(a) for a in args), **{key: escape(value) for key, value in kwargs.items()}
        )
    )


def join(separator: str, parts: Iterable[object]) -> Markup:
    """Join pieces of text or markup with a trusted separator, escaping the plain pieces."""
    return Markup(separator.join(escape(part) for part in parts))


def bold(text: object) -> Markup:
    return markup("<b>{}</b>", text)


def struck(text: object) -> Markup:
    return markup("<strike>{}</strike>", text)
