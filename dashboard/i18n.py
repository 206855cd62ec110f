"""The interface language: gettext message catalogues (Babel), chosen on the page and kept in the URL.

Messages are written in English in the code, wrapped in :func:`_` (or :func:`ngettext`), and
translated by the catalogues ``dashboard/locale/{fr,ar}/LC_MESSAGES/messages.po``. The ``.po``
files are the only source: they are compiled in memory with Babel when first used (no ``.mo`` is
committed or needed, so a catalogue edit shows on the next start). ``messages.pot`` is refreshed
with ``pybabel extract -o dashboard/locale/messages.pot -k _ -k N_ -k ngettext:1,2 dashboard``
and merged into the catalogues with ``pybabel update -i dashboard/locale/messages.pot -d
dashboard/locale`` (see ``python -m dashboard.i18n --help``).

Days are written with :func:`format_day` (Babel's day and month names in French and Arabic, the
dashboard's usual English forms otherwise); a word whose translation depends on its use goes
through :func:`pgettext` with a context ("From" a holder is not "From" a date).

The current language is per script run (Streamlit runs each session's script in its own thread),
so the pure builders (map legend, timeline labels, slides) translate through the same :func:`_`
without taking a language argument; outside the app (the CLI) it stays English.
"""

from __future__ import annotations

import gettext
import io
import threading
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"
PARAM = "ui"
DEFAULT = "en"
#: Interface languages, in the order the picker shows them, each named in its own language.
LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية"}
RTL_LANGUAGES = frozenset({"ar"})

_local = threading.local()


@lru_cache(maxsize=8)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (English and unknown languages: the messages as written)."""
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == DEFAULT or not po.exists():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def language_of(query: Mapping[str, Sequence[str]]) -> str:
    """The language an address asks for (``ui=ar``), else English."""
    for value in query.get(PARAM, ()):
        value = value.strip().lower()
        if value in LANGUAGES:
            return value
    return DEFAULT


_last = {"lang": DEFAULT}


def set_language(lang: str) -> None:
    """Make ``lang`` the language of this thread's script run (and of the builders it calls)."""
    _local.lang = lang if lang in LANGUAGES else DEFAULT
    _last["lang"] = _local.lang


def reset() -> None:
    """Forget the languages chosen so far (this thread's and the fallback): English again."""
    _local.__dict__.pop("lang", None)
    _last["lang"] = DEFAULT


def current() -> str:
    """This thread's language; a thread that never chose one (Streamlit's test harness formatting
    widget options after a run) gets the last one chosen."""
    return getattr(_local, "lang", None) or _last["lang"]


def direction(lang: str | None = None) -> str:
    """``rtl`` for Arabic, else ``ltr`` (the values of :mod:`dashboard.layout`)."""
    return "rtl" if (lang or current()) in RTL_LANGUAGES else "ltr"


def _(message: str) -> str:
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A message whose translation depends on its use ("From" a holder is not "From" a date);
    Babel extracts ``pgettext`` calls with their context by default."""
    return translations(current()).pgettext(context, message)


def format_long_date(day) -> str | None:
    """"dimanche 8 décembre 2024" / «الأحد، 8 ديسمبر 2024» for French and Arabic; ``None`` in English
    (the callers keep their own English format)."""
    lang = current()
    if lang == DEFAULT:
        return None
    from babel.dates import format_date

    return format_date(day, format="full", locale=lang)


#: How the interface writes a day, by style: the English form the dashboard has always used
#: (``strftime``, ``{d}`` the day without a leading zero) and the Babel pattern for other languages,
#: so French and Arabic get their own day and month names ("mer. 27 nov.", «الأربعاء 27 نوفمبر»).
DATE_STYLES = {
    "day": ("{d} %b", "d MMM"),  # 27 Nov
    "short": ("%a {d} %b", "EEE d MMM"),  # Wed 27 Nov
    "short_year": ("%a {d} %b %Y", "EEE d MMM y"),  # Wed 27 Nov 2024
    "date": ("{d} %b %Y", "d MMM y"),  # 27 Nov 2024
    "long": ("%A {d} %B %Y", "EEEE d MMMM y"),  # Wednesday 27 November 2024
    "long_short": ("%A {d} %B", "EEEE d MMMM"),  # Wednesday 27 November
    "axis": ("%a<br>{d} %b", "EEE<br>d MMM"),  # a timeline tick: day name over day and month
    "table": ("%Y-%m-%d", "d MMM y"),  # a table cell: ISO in English (sorts as text), else 27 nov. 2024
}


def format_day(day, style: str = "short", lang: str | None = None) -> str:
    """``day`` (a ``date``) written in the interface language (see :data:`DATE_STYLES`)."""
    lang = lang or current()
    english, pattern = DATE_STYLES[style]
    if lang == DEFAULT or lang not in LANGUAGES:
        return day.strftime(english.replace("{d}", str(day.day)))
    from babel.dates import format_date

    if "<br>" in pattern:  # Babel would quote the markup: format each half
        return "<br>".join(format_date(day, part, locale=lang) for part in pattern.split("<br>"))
    return format_date(day, pattern, locale=lang)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; translate it with :func:`_` where shown."""
    return message


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m dashboard.i18n check``: every catalogue parses and translates every message."""
    import argparse

    from babel.messages.pofile import read_po

    parser = argparse.ArgumentParser(
        prog="python -m dashboard.i18n",
        description="Check the interface's message catalogues (dashboard/locale/*/LC_MESSAGES/messages.po).",
        epilog="Refresh the template: pybabel extract -o dashboard/locale/messages.pot -k _ -k N_ "
               "-k ngettext:1,2 dashboard ; merge: pybabel update -i dashboard/locale/messages.pot "
               "-d dashboard/locale",
    )
    parser.add_argument("command", choices=["check"])
    parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        if lang == DEFAULT:
            continue
        with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        missing = [m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str) else all(m.string))]
        print(f"{lang}: {len(catalog)} messages, {len(missing)} untranslated")
        for m in missing:
            print(f"  - {m}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
