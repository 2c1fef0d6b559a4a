"""The one escaping point: user text becomes markup that prints exactly what was typed."""

from __future__ import annotations

from coplan.report.text import Markup, bold, clean, escape, join, markup


def test_markup_characters_are_escaped():
    assert escape("<b>S&P</b> \"quoted\" 'single'") == (
        "&lt;b&gt;S&amp;P&lt;/b&gt; &quot;quoted&quot; &#39;single&#39;"
    )


def test_markup_is_not_escaped_twice():
    once = escape("S&P")
    assert escape(once) == once
    assert markup("<b>{}</b>", once) == "<b>S&amp;P</b>"


def test_template_values_are_escaped_but_the_template_is_not():
    result = markup("<b>{}</b> and {name}", "<i>x</i>", name="</para>")
    assert result == "<b>&lt;i&gt;x&lt;/i&gt;</b> and &lt;/para&gt;"
    assert isinstance(result, Markup)


def test_line_breaks_are_kept_and_control_characters_dropped():
    assert escape("one\r\ntwo\rthree\nfour") == "one<br/>two<br/>three<br/>four"
    assert clean("a\x00b\x0bc\x7fd\tE\ud800") == "abcd E"


def test_join_and_bold_escape_plain_parts():
    assert join("; ", ["<a>", bold("&")]) == "&lt;a&gt;; <b>&amp;</b>"
