"""The one place where text from a plan or a policy pack becomes reportlab paragraph markup.

reportlab's `Paragraph` reads its text as markup: an unescaped `<` breaks the export, `S&P`
prints wrongly, and a user's `<b>`, `<font>` or `<img src="/any/file">` would be obeyed. So
every piece of text that did not come from this package's own code passes through `escape`
(directly, or through `markup`, which escapes its arguments) before it reaches a `Paragraph`.
Text that is already safe markup is a `Markup`; anything else is treated as plain text.

Pure Python: imports nothing from reportlab.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape as _xml_escape

# C0 and C1 control characters (but not tab or newline), DEL, and lone surrogates (which a JSON
# file can carry but no PDF string can encode).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_ENTITIES = {'"': "&quot;", "'": "&#39;"}


class Markup(str):
    """Text that is already safe paragraph markup: written by this package, or escaped."""

    __slots__ = ()


def clean(text: object) -> str:
    """Plain text fit for a PDF: unprintable characters removed, tabs as spaces."""
    return _UNPRINTABLE.sub("", str(text)).replace("\t", " ")


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
