"""Trigger words of each event kind and of each stance, in English, French and Arabic.

Extraction is rule-based on purpose: the corpus is small, three languages, and the analysts must
be able to see *why* a sentence became an event (the trigger) and correct a rule by editing a
table. Every pattern here was written against a real sentence of the seed articles or of the
reference tables; the tests quote those sentences.

Patterns are regular expressions compiled case-insensitively. Arabic patterns allow the
proclitic ``و`` (and) and the optional shadda/diacritics the wire copy uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Arabic: optional leading conjunction, optional diacritics between letters are removed before
# matching (see ``strip_diacritics``), so patterns are written without them.
_B = r"(?<!\w)(?:و|ف)?"


@dataclass(frozen=True)
class Trigger:
    """A trigger pattern: the event kind it signals and, for some, a sub-type."""

    kind: str  # an EVENT_KINDS value, or "agreement" (a meeting that sealed a deal)
    pattern: re.Pattern[str]
    role: str = ""  # control changes: take | lose | fall | retake; other: offensive | counteroffensive


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Kind priority when several triggers of the same family share one date (the most specific wins):
#: "signed a strategic partnership ... during a visit" is the meeting that sealed a deal.
DIPLOMATIC_PRIORITY = ("agreement", "call", "visit", "meeting", "statement")
MILITARY_KINDS = frozenset({"control_change", "strike", "other"})

TRIGGERS: dict[str, tuple[Trigger, ...]] = {
    "en": (
        Trigger("control_change", _c(r"\b(?:captured|seized|took (?:control of|over)|taken control of)\b"), "take"),
        Trigger("control_change", _c(r"\b(?:lost control of|lost)\b(?= (?:control|the city|the town|\w+ city))"),
                "lose"),
        Trigger("control_change", _c(r"\bfell to\b"), "fall"),
        Trigger("control_change", _c(r"\b(?:liberated|retook|recaptured|regained)\b"), "retake"),
        Trigger("other", _c(r"\bcounter-?offensive\b"), "counteroffensive"),
        Trigger("other", _c(r"\blaunched (?:an? )?(?:[\w-]+ ){0,3}(?:offensive|attack|assault)\b"), "offensive"),
        Trigger("strike", _c(r"\b(?:air ?strikes?|strikes|struck|raids|bombed|bombing|shelling|pounded)\b")),
        Trigger("call", _c(r"\b(?:phone call|(?:spoke|talked) (?:by phone|on the phone)|phoned|"
                           r"telephone conversation)\b")),
        Trigger("visit", _c(r"\b(?:visited|arrived in|flew to|travell?ed to|visit to)\b")),
        Trigger("agreement", _c(r"\b(?:inked|signed)\b[^.]{0,60}\b(?:deal|agreement|partnership|accord)\b")),
        Trigger("agreement", _c(r"\bstrategic partnership\b")),
        Trigger("meeting", _c(r"\b(?:met(?: with)?|meeting with|held talks)\b")),
        Trigger("statement", _c(r"\b(?:said|says|told|stated|declared|announced|urged|called for|"
                                r"expressed|reiterated|confirmed|slammed|condemned|pledged)\b")),
    ),
    "fr": (
        Trigger("control_change", _c(r"\b(?:(?:pris|prenant)(?:\s+\w+){0,2}\s+le contrôle|prise par|prise d['’]|"
                                     r"capturé|s['’]emparer|se sont emparés|emparés)\b"), "take"),
        Trigger("control_change", _c(r"\bperdu\b(?:\s+\w+){0,2}\s+le contrôle\b"), "lose"),
        Trigger("control_change", _c(r"\b(?:tombée?s? aux mains|tombée?s? entre les mains)\b"), "fall"),
        Trigger("control_change", _c(r"\b(?:libérer|libéré|libérée?s?|repris|reprendre|reconquis)\b"), "retake"),
        Trigger("other", _c(r"\bcontre-offensive\b"), "counteroffensive"),
        Trigger("other", _c(r"\blancé\b(?:\s+[\w’'-]+){0,3}\s+(?:une |l['’])?(?:[\w-]+ ){0,3}"
                            r"(?:offensive|attaque|assaut)\b"), "offensive"),
        Trigger("strike", _c(r"\b(?:frappes?|bombardements?|raids? aériens?)\b")),
        Trigger("call", _c(r"\b(?:s['’]est entretenu|se sont entretenus|entretien téléphonique|"
                           r"conversation téléphonique|au téléphone)\b")),
        Trigger("visit", _c(r"\b(?:s['’]est rendu|est arrivé|a visité|visite à|visite en)\b")),
        Trigger("agreement", _c(r"\bont signé\b|\bpartenariat stratégique\b")),
        Trigger("meeting", _c(r"\b(?:a rencontré|ont rencontré|rencontre avec|se sont réunis|réunion)\b")),
        Trigger("statement", _c(r"\b(?:a déclaré|ont déclaré|a-t-il déclaré|a-t-elle déclaré|déclare|"
                                r"a affirmé|ont affirmé|a ajouté|a indiqué|indique|a annoncé|ont annoncé|"
                                r"a confirmé|a réitéré|ont appelé|a appelé|a exhorté|ont exprimé|"
                                r"a exprimé|a qualifié|a dit|dit)\b")),
    ),
    "ar": (
        Trigger("control_change", _c(rf"{_B}(?:فقد|فقدت)(?: \S+){{0,4}} السيطرة"), "lose"),
        Trigger("control_change", _c(r"خارج سيطرة"), "lose"),
        Trigger("control_change", _c(rf"{_B}سقطت(?: \S+)? في (?:أيدي|يد)"), "fall"),
        Trigger("control_change", _c(rf"{_B}(?:استعادت|استعاد|استعادة)"), "retake"),
        Trigger("control_change", _c(rf"{_B}(?:سيطرت|سيطر|السيطرة على|بسطت? سيطرت)"), "take"),
        Trigger("other", _c(r"هجوما? مضاد"), "counteroffensive"),
        Trigger("other", _c(rf"{_B}(?:شنته|شنت|شنوا|شن)(?!\w)"), "offensive"),
        Trigger("strike", _c(rf"{_B}(?:غارات|غارة|ضربات|قصف)")),
        Trigger("call", _c(r"(?:اتصالا? هاتفيا?|هاتفيا|مكالمة هاتفية)")),
        # «وأجرى الرئيس الروسي فلاديمير بوتين الثلاثاء اتصالا هاتفيا»: the verb that has the caller
        Trigger("call", _c(rf"{_B}(?:أجرى|أجرت|اجرى)(?= (?:\S+ ){{0,7}}?(?:اتصالا? هاتفيا?|مكالمة هاتفية))")),
        Trigger("visit", _c(rf"{_B}(?:توجه|زار|زيارة|وصلت? إلى)")),
        Trigger("agreement", _c(r"شراكة استراتيجية|(?:وقع|وقعا|وقعت) (?:على )?(?:اتفاق|اتفاقية)")),
        Trigger("meeting", _c(rf"{_B}(?:التقى|للقاء|لقاء|اجتماع|اجتمع)")),
        Trigger("statement", _c(rf"{_B}(?:قال|قالت|أكد|أكدت|اكد|صرح|صرحت|أعلن|أعلنت|دعا|دعت|"
                                r"أفاد|أفادت|أضاف|أضافت)(?!\w)")),
        # «عبّر ... عن» (expressed); without the shadda «عبر» is also "via", so "عن" must follow
        Trigger("statement", _c(rf"{_B}عبرت?(?= (?:\S+ ){{0,7}}?عن(?!\w))")),
    ),
}

#: Stance cues, most specific first; the first stance with a cue in the text wins.
STANCE_CUES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "en": (
        ("supports_damascus", _c(r"support(?:s|ed|ing)? (?:for )?(?:damascus|syria\b|assad"
                                 r"|the syrian (?:government|state|army))"
                                 r"|supports (?:its|their) efforts?|unconditional support|syria['’]s friend"
                                 r"|damascus['’] .?friend|violation of syria['’]s sovereignty|continues to support")),
        ("supports_opposition", _c(r"support(?:s|ed)? (?:for )?the (?:syrian )?opposition")),
        ("calls_for_deescalation", _c(r"de-?escalat|ceasefire|cease-fire|cessation of hostilities|political solution"
                                      r"|protect(?:ion of)? civilians|restraint")),
        ("concerned_neutral", _c(r"concern|alarm|worried")),
    ),
    "fr": (
        ("supports_damascus", _c(r"soutien (?:inconditionnel )?(?:à|au|de la russie au) "
                                 r"(?:damas|la syrie|gouvernement|régime)"
                                 r"|soutient (?:le régime|le gouvernement|la syrie|ses efforts|damas)"
                                 r"|soutien inconditionnel"
                                 r"|ami de la syrie|« ami »|ami »|pays \"?ami|ordre constitutionnel"
                                 r"|violation directe de la souveraineté")),
        ("supports_opposition", _c(r"soutien (?:à|aux) (?:l['’]opposition|rebelles)")),
        ("calls_for_deescalation", _c(r"désescalade|cessez-le-feu|solution politique|protection des civils|retenue")),
        ("concerned_neutral", _c(r"préoccup|inquiet|alarm")),
    ),
    "ar": (
        ("supports_damascus", _c(r"دعم(?:ها|ه)? (?:ل)?(?:نظام|لدمشق|دمشق|للحكومة|الحكومة|الأسد|سوريا|لسوريا)"
                                 r"|تواصل دعم|دولة صديقة لسوريا|صديقة لسوريا|دعماً لدمشق|دعما لدمشق")),
        ("supports_opposition", _c(r"دعم(?:ها|ه)? (?:ل)?(?:المعارضة|الفصائل)")),
        ("calls_for_deescalation", _c(r"خفض التصعيد|وقف إطلاق النار|حل سياسي|الحل السياسي|حماية المدنيين")),
        ("concerned_neutral", _c(r"قلق")),
    ),
}

#: "11 civilians killed", « 11 civils tués », «مقتل 11 مدنياً»: the figure is group 1.
CASUALTY_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (_c(r"\b(\d[\d,]*) (?:\w+ ){0,3}(?:were |have been |had been )?killed\b"),
           _c(r"\bkill(?:ed|ing) (?:at least )?(\d[\d,]*)\b")),
    "fr": (_c(r"\b(\d[\d\s]*) (?:\w+ ){0,3}(?:ont été |avaient été )?tués\b"),
           _c(r"\btu(?:é|ant)s? (?:au moins |plus de )?(\d+)\b"),
           _c(r"\bmort de (?:au moins )?(\d+)\b")),
    "ar": (_c(r"مقتل (\d+)"), _c(r"(\d+) (?:قتيلا|قتيلاً|قتلى)")),
}

#: A date introduced by one of these is a reference point ("since 2011"), not the event's date.
SINCE_WORDS = _c(r"(?:\bsince|\bdepuis|منذ)\s*(?:\S+\s+){0,2}$")

#: Outlets or notes that declare an article a republication or a translation of another.
COPY_MARKERS = _c(r"republish|republication|reprise de|syndicat|via |translation of|traduction|copy of|"
                  r"reprinted|wire copy of")

_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")  # harakat, shadda, sukun, tatweel


def strip_diacritics(text: str) -> tuple[str, list[int]]:
    """Text without Arabic harakat and tatweel, and for each kept character its index in ``text``
    (so that a span found in the stripped text maps back to the original: the wire copy writes
    «شنّته» and «توجّه» with a shadda that the patterns do not spell)."""
    kept = [(i, ch) for i, ch in enumerate(text) if not _AR_DIACRITICS.match(ch)]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def triggers_for(lang: str | None) -> tuple[Trigger, ...]:
    return TRIGGERS.get(lang or "", TRIGGERS["en"])


def stance_cues_for(lang: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return STANCE_CUES.get(lang or "", STANCE_CUES["en"])

#: Spans too vague to date an event ("over the past few days", « ces dernières années »).
VAGUE_DATES = _c(r"past (?:few )?days|recent (?:years|days|weeks)|derniers jours|dernières années|"
                 r"dernières semaines|الأيام الأخيرة|السنوات الأخيرة|الأيام الماضية")
