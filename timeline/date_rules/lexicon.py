"""The words of dates in English, French and Arabic, and the phrase shapes built from them.

Data only: ``patterns.py`` compiles it. Keys are in normalised form (see ``normalize.py``):
lower case; Arabic is folded (hamza-on-alef to alef, ta marbuta to ha), so «الأربعاء» is
stored as written and folded when the tables are compiled.

Template placeholders: {WD} weekday (group ``wd``), {WDX} weekday without a group,
{MON} month (group ``mon``; in Arabic optionally followed by the other naming system in
brackets, group ``mon2``: «تشرين الثاني (نوفمبر)»), {NUM} a count (group ``n``), {UNIT} a time
unit (group ``unit``). Other groups: ``cue`` (prepositions/qualifiers before the core; a
since-word there sets ``since``), ``pre``/``post`` (last/next modifiers), ``day``, ``year``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Fixed phrases resolve by (unit, offset): unit is day, week, rolling_week, weekend, month,
#: year, or recent_days / recent_weeks / recent_months / recent_years (offset unused).
Fixed = tuple[str, str, int]


@dataclass(frozen=True)
class Lexicon:
    lang: str
    weekdays: dict[str, int]
    months: dict[str, int]
    past_words: frozenset[str]
    next_words: frozenset[str]
    since_words: frozenset[str]
    numbers: dict[str, int]
    units: dict[str, tuple[str, int | None]]
    fixed: tuple[Fixed, ...]
    templates: tuple[tuple[str, str], ...]
    #: English capitalises month names; matching them case-sensitively keeps "may" (verb) out.
    months_case_sensitive: bool = False
    #: Month abbreviations that may take a dot ("Nov. 27").
    month_abbreviations: frozenset[str] = field(default_factory=frozenset)
    #: Nouns that make a cue + number a count, not a year ("in 2000 homes", «في 2000 غارة»).
    count_nouns: tuple[str, ...] = ()


_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

EN = Lexicon(
    lang="en",
    weekdays={d: i for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])},
    months=_EN_MONTHS,
    month_abbreviations=frozenset(k for k in _EN_MONTHS if len(k) <= 4 and k not in
                                  {"may", "june", "july"}),
    months_case_sensitive=True,
    count_nouns=("people", "persons", "civilians", "fighters", "soldiers", "troops",
                 "militants", "rebels", "refugees", "families", "homes", "houses", "children",
                 "men", "women", "dead", "killed", "wounded", "deaths", "casualties",
                 "strikes", "airstrikes", "air strikes", "raids", "km", "kilometres",
                 "kilometers", "miles", "dollars", "tonnes", "tons", "victims"),
    past_words=frozenset({"last", "this past", "past"}),
    next_words=frozenset({"next", "this coming", "coming"}),
    since_words=frozenset({"since"}),
    numbers={"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
    units={"day": ("day", None), "days": ("day", None), "week": ("week", None),
           "weeks": ("week", None), "month": ("month", None), "months": ("month", None),
           "year": ("year", None), "years": ("year", None)},
    fixed=(
        (r"the day before yesterday", "day", -2),
        (r"yesterday(?:\s+(?:morning|afternoon|evening))?|last night", "day", -1),
        (r"(?:earlier |later )?today|tonight|this (?:morning|afternoon|evening)", "day", 0),
        (r"tomorrow", "day", 1),
        (r"(?:(?:over|during|in|throughout|since|from) )?(?:last week|the previous week)",
         "week", -1),
        (r"(?:earlier |later )?this week", "week", 0),
        (r"next week", "week", 1),
        (r"(?:(?:over|during|in|throughout|for) )?(?:the|this) (?:past|last) "
         r"(?:week|seven days|7 days)", "rolling_week", 0),
        (r"(?:over|in|during|within) the (?:past|last) (?:24|twenty-four) hours", "past_24h", 0),
        (r"(?:over|in|during|within) the (?:past|last) (?:48|forty-eight) hours", "past_48h", 0),
        (r"(?:(?:over|during|at|on|throughout) )?(?:the |this |this past )?weekend",
         "weekend", 0),
        (r"(?:(?:over|during|at|on) )?last weekend", "weekend", -1),
        (r"next weekend", "weekend", 1),
        (r"last month|the previous month", "month", -1),
        (r"(?:earlier |later )?this month", "month", 0),
        (r"next month", "month", 1),
        (r"last year|the previous year", "year", -1),
        (r"(?:earlier |later )?this year", "year", 0),
        (r"next year", "year", 1),
        (r"(?:(?:over|in|during|for|throughout) )?(?:the )?(?:past|last|recent) "
         r"(?:few |several |couple of |two |three |2 |3 )?days|in recent days",
         "recent_days", 0),
        (r"(?:(?:over|in|during|for|throughout) )?the (?:past|last) (?:few |several )?weeks"
         r"|in recent weeks", "recent_weeks", 0),
        (r"(?:(?:over|in|during|for|throughout) )?the (?:past|last) (?:few |several )?months"
         r"|in recent months", "recent_months", 0),
        (r"(?:(?:over|in|during|for|throughout) )?the (?:past|last) (?:few |several )?years"
         r"|in recent years", "recent_years", 0),
    ),
    templates=(
        ("weekday", r"(?P<cue>(?:(?:since|from|on|early|late|early on|late on)\s+){{1,3}})?"
                    r"(?:(?P<pre>last|this past|past|next|this coming|coming|this)\s+)?{WD}"
                    r"(?:\s+(?:morning|afternoon|evening|night))?"),
        ("daymonth", r"(?P<cue>(?:(?:since|from|until|on|by)\s+){{1,3}})?(?:{WDX},?\s+)?(?:the\s+)?"
                     r"(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:\s+of)?\s+{MON}"
                     r"(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("daymonth", r"(?P<cue>(?:(?:since|from|until|on|by)\s+){{1,3}})?(?:{WDX},?\s+)?{MON}\s+"
                     r"(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("month", r"(?P<cue>(?:(?:since|in|during|by|until|throughout|from|early|mid|late|"
                  r"the end of|the beginning of|the start of|the middle of)[\s-]+){{1,3}})?"
                  r"(?:(?P<pre>last|this past|next|this)\s+)?{MON}"
                  r"(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("year", r"(?P<cue>(?:(?:since|in|during|by|until|throughout|from|early|mid|late|"
                 r"the end of|the beginning of|the start of|the middle of|the year)[\s-]+){{1,3}})"
                 r"(?P<year>(?:19|20)\d{{2}})(?![\d,.]\d)(?!\d){NOCOUNT}"),
        ("ago", r"(?P<n>\d+|{NUM})\s+{UNIT}\s+ago"),
        ("iso", r"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)"),
    ),
)

_FR_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Abbreviations only with their dot: "sept" alone is the number seven.
    "janv.": 1, "févr.": 2, "fevr.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10,
    "nov.": 11, "déc.": 12, "dec.": 12,
}

_WE = r"week-?end"

FR = Lexicon(
    lang="fr",
    weekdays={d: i for i, d in enumerate(
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])},
    months=_FR_MONTHS,
    past_words=frozenset({"dernier", "passé", "passe"}),
    next_words=frozenset({"prochain"}),
    since_words=frozenset({"depuis", "dès"}),
    count_nouns=("personnes", "civils", "combattants", "soldats", "militaires", "rebelles",
                 "morts", "tués", "blessés", "réfugiés", "familles", "maisons", "enfants",
                 "hommes", "femmes", "victimes", "frappes", "raids", "km", "kilomètres",
                 "euros", "dollars", "tonnes"),
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12},
    units={"jour": ("day", None), "jours": ("day", None), "semaine": ("week", None),
           "semaines": ("week", None), "mois": ("month", None), "an": ("year", None),
           "ans": ("year", None), "année": ("year", None), "années": ("year", None)},
    fixed=(
        (r"avant-hier", "day", -2),
        (r"hier(?:\s+(?:matin|soir|après-midi))?|la nuit dernière", "day", -1),
        (r"aujourd'hui|ce matin|ce soir|cette nuit|cet après-midi", "day", 0),
        (r"demain", "day", 1),
        (r"(?:(?:au cours de|durant|pendant|depuis) )?la semaine (?:dernière|passée|précédente)",
         "week", -1),
        (r"(?:(?:au cours de|durant|pendant|depuis) )?cette semaine|(?:en )?début de semaine",
         "week", 0),
        (r"la semaine prochaine", "week", 1),
        (r"(?:(?:au cours de|durant|pendant) )?la semaine écoulée"
         r"|(?:au cours des|durant les|pendant les|ces) sept derniers jours", "rolling_week", 0),
        (r"(?:(?:au cours|lors|durant|pendant) (?:des|les) |ces )(?:dernières (?:24|vingt-quatre)"
         r" heures|(?:24|vingt-quatre) dernières heures)", "past_24h", 0),
        (r"(?:(?:au cours|lors|durant|pendant) (?:des|les) |ces )(?:dernières (?:48|quarante-huit)"
         r" heures|(?:48|quarante-huit) dernières heures)", "past_48h", 0),
        (rf"(?:(?:au cours du|pendant le|durant le|lors du|ce|le) )?{_WE}", "weekend", 0),
        (rf"(?:(?:au cours du|pendant le|durant le|lors du|le) )?{_WE} (?:dernier|passé)",
         "weekend", -1),
        (rf"le {_WE} prochain", "weekend", 1),
        (r"le mois (?:dernier|passé)", "month", -1),
        (r"ce mois-ci|(?:au cours de |durant |pendant )?ce mois", "month", 0),
        (r"le mois prochain", "month", 1),
        (r"l'an (?:dernier|passé)|l'année (?:dernière|passée)", "year", -1),
        (r"cette année|(?:depuis |en )?début d'année", "year", 0),
        (r"l'an prochain|l'année prochaine", "year", 1),
        (r"(?:(?:au cours des|durant les|pendant les|ces) )(?:tout )?(?:derniers|quelques derniers)"
         r" jours|depuis (?:quelques|plusieurs) jours|ces jours-ci", "recent_days", 0),
        (r"(?:(?:au cours des|durant les|pendant les|ces) )dernières semaines"
         r"|depuis (?:quelques|plusieurs) semaines", "recent_weeks", 0),
        (r"(?:(?:au cours des|durant les|pendant les|ces) )derniers mois"
         r"|depuis (?:quelques|plusieurs) mois", "recent_months", 0),
        (r"(?:(?:au cours des|durant les|pendant les|ces) )dernières années"
         r"|depuis (?:quelques|plusieurs) années", "recent_years", 0),
    ),
    templates=(
        ("weekday", r"(?P<cue>(?:(?:depuis|dès|jusqu'à|ce|le|dans la nuit de|la nuit de|"
                    r"dans la nuit du)\s+){{1,3}})?{WD}(?:\s+(?:matin|soir|après-midi|midi))?"
                    r"(?:\s+(?P<post>dernier|passé|prochain))?"),
        ("daymonth", r"(?P<cue>(?:(?:depuis|dès|jusqu'au|du|au|le|ce)\s+){{1,3}})?(?:{WDX}\s+)?"
                     r"(?P<day>1er|\d{{1,2}})(?!\d)\s+{MON}(?:\s+(?P<year>\d{{4}}))?(?!\d)"
                     r"(?:\s+(?P<post>dernier))?"),
        ("month", r"(?P<cue>(?:(?:depuis|dès|en|jusqu'en|courant|au mois de|le mois de|"
                  r"au cours du mois de|début|fin|mi)[\s-]+){{1,3}})?{MON}"
                  r"(?:\s+(?P<year>\d{{4}}))?(?!\d)(?:\s+(?P<post>dernier|passé|prochain))?"),
        ("year", r"(?P<cue>(?:(?:depuis|dès|en|jusqu'en|courant|début|fin|mi|l'année|l'an|"
                 r"année|depuis l'année|depuis l'an)[\s-]+){{1,3}})(?P<year>(?:19|20)\d{{2}})"
                 r"(?![\d,.]\d)(?!\d){NOCOUNT}"),
        ("ago", r"il y a\s+(?P<n>\d+|{NUM})\s+{UNIT}"),
        ("iso", r"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)"),
        ("numeric", r"(?P<day>\d{{1,2}})[/.](?P<month>\d{{1,2}})[/.](?P<year>\d{{4}})(?!\d)"),
    ),
)

#: Levantine/Iraqi names («تشرين الثاني»), Egyptian/Gulf names («نوفمبر») and the
#: Maghrebi variants («جانفي»). «ماي» (Maghrebi May) is left out: it is also a surname.
_AR_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
}

_AR_PAST = r"الماضي|الفائت|المنصرم|الماضية|الفائتة|المنصرمة"
_AR_NEXT = r"المقبل|القادم|المقبلة|القادمة"

AR = Lexicon(
    lang="ar",
    weekdays={"الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الأربعاء": 2,
              "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6},
    months=_AR_MONTHS,
    past_words=frozenset(_AR_PAST.split("|")),
    next_words=frozenset(_AR_NEXT.split("|")),
    since_words=frozenset({"منذ"}),
    count_nouns=("قتيل", "شخص", "أشخاص", "مدني", "عنصر", "مقاتل", "جندي", "غارة", "غارات",
                 "ضربة", "طفل", "أطفال", "امرأة", "لاجئ", "عائلة", "منزل", "كيلومتر", "كلم",
                 "دولار", "يورو", "طن", "ضحية", "جريح", "مصاب"),
    numbers={"ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8,
             "تسعة": 9, "عشرة": 10, "ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7,
             "ثماني": 8, "تسع": 9, "عشر": 10},
    units={"يوم": ("day", 1), "يومين": ("day", 2), "أيام": ("day", None),
           "أسبوع": ("week", 1), "أسبوعين": ("week", 2), "أسابيع": ("week", None),
           "شهر": ("month", 1), "شهرين": ("month", 2), "أشهر": ("month", None),
           "شهور": ("month", None), "عام": ("year", 1), "عامين": ("year", 2),
           "سنة": ("year", 1), "سنتين": ("year", 2), "أعوام": ("year", None),
           "سنوات": ("year", None)},
    fixed=(
        (r"أول أمس|أول من أمس|أمس الأول", "day", -2),
        (r"(?:(?:صباح|مساء|ليل|ليلة|فجر|ظهر|يوم)\s+)?(?:أمس|الأمس)|البارحة", "day", -1),
        (r"(?:(?:صباح|مساء|ظهر|فجر|حتى)\s+)?اليوم|الليلة|هذا الصباح|هذا المساء", "day", 0),
        (rf"(?:(?:خلال|في|منذ|طوال)\s+)?الأسبوع (?:{_AR_PAST}|السابق)", "week", -1),
        (r"(?:(?:خلال|في|منذ|طوال)\s+)?(?:هذا الأسبوع|الأسبوع الجاري|الأسبوع الحالي)",
         "week", 0),
        (rf"(?:(?:خلال|في)\s+)?الأسبوع (?:{_AR_NEXT})", "week", 1),
        (r"(?:(?:خلال|في|طوال)\s+)?(?:الأسبوع الأخير|الأيام السبعة (?:الأخيرة|الماضية))",
         "rolling_week", 0),
        (r"(?:خلال|في|طوال)\s+(?:الساعات\s+(?:ال)?24|(?:ال)?24\s+ساعة)\s+(?:الأخيرة|الماضية)",
         "past_24h", 0),
        (r"(?:خلال|في|طوال)\s+(?:الساعات\s+(?:ال)?48|(?:ال)?48\s+ساعة)\s+(?:الأخيرة|الماضية)",
         "past_48h", 0),
        (r"(?:(?:خلال|في|طوال)\s+)?(?:عطلة\s+)?نهاية (?:هذا\s+)?الأسبوع", "weekend", 0),
        (rf"(?:(?:خلال|في|طوال)\s+)?(?:عطلة\s+)?نهاية الأسبوع (?:{_AR_PAST})", "weekend", -1),
        (rf"(?:(?:خلال|في)\s+)?(?:عطلة\s+)?نهاية الأسبوع (?:{_AR_NEXT})", "weekend", 1),
        (rf"(?:(?:خلال|في|منذ)\s+)?الشهر (?:{_AR_PAST})", "month", -1),
        (r"(?:(?:خلال|في|منذ)\s+)?(?:هذا الشهر|الشهر الجاري|الشهر الحالي)", "month", 0),
        (rf"(?:(?:خلال|في)\s+)?الشهر (?:{_AR_NEXT})", "month", 1),
        (rf"(?:(?:خلال|في|منذ)\s+)?(?:العام|السنة) (?:{_AR_PAST})", "year", -1),
        (r"(?:(?:خلال|في|منذ)\s+)?(?:هذا العام|العام الجاري|العام الحالي|هذه السنة)", "year", 0),
        (rf"(?:(?:خلال|في)\s+)?(?:العام|السنة) (?:{_AR_NEXT})", "year", 1),
        (r"(?:(?:في|خلال|منذ)\s+)?الأيام (?:القليلة\s+)?(?:الأخيرة|الماضية)", "recent_days", 0),
        (r"(?:(?:في|خلال|منذ)\s+)?الأسابيع (?:القليلة\s+)?(?:الأخيرة|الماضية)",
         "recent_weeks", 0),
        (r"(?:(?:في|خلال|منذ)\s+)?(?:الأشهر|الشهور) (?:القليلة\s+)?(?:الأخيرة|الماضية)",
         "recent_months", 0),
        (r"(?:(?:في|خلال|منذ)\s+)?(?:السنوات|الأعوام) (?:القليلة\s+)?(?:الأخيرة|الماضية)",
         "recent_years", 0),
    ),
    templates=(
        # «الأحد عشر» is "the eleven", not Sunday.
        ("weekday", r"(?P<cue>(?:(?:منذ|اليوم|يوم|صباح|مساء|ليل|ليلة|فجر|ظهر|حتى)\s+){{1,3}})?{WD}"
                    rf"(?!\s+عشر)(?:\s+(?P<post>{_AR_PAST}|{_AR_NEXT}))?"),
        ("daymonth", r"(?P<cue>(?:(?:منذ|يوم|في|فجر|صباح|مساء|ليل|ليلة|حتى)\s+){{1,3}})?"
                     r"(?:{WDX}\s+)?(?P<day>\d{{1,2}})(?!\d)\s+(?:من\s+)?(?:شهر\s+)?{MON}"
                     r"(?:\s+(?:من\s+)?(?:(?:العام|عام|سنة)\s+)?(?P<year>\d{{4}})(?!\d))?"
                     rf"(?:\s+(?P<post>{_AR_PAST}|{_AR_NEXT}))?"),
        ("month", r"(?P<cue>(?:(?:منذ|في|خلال|حتى|مطلع|أوائل|أواخر|منتصف|نهاية|بداية|أواسط|"
                  r"شهر)\s+){{1,3}})?{MON}(?:\s+(?:من\s+)?(?:(?:العام|عام|سنة)\s+)?"
                  rf"(?P<year>\d{{{{4}}}})(?!\d))?(?:\s+(?P<post>{_AR_PAST}|{_AR_NEXT}))?"),
        ("year", r"(?P<cue>(?:(?:منذ|في|خلال|حتى|مطلع|أوائل|أواخر|منتصف|نهاية|بداية|بدء|"
                 r"أواسط|العام|عام|سنة)\s+){{1,3}})(?P<year>(?:19|20)\d{{2}})(?![\d,.]\d)(?!\d)"
                 r"{NOCOUNT}"),
        # «قبل يومين» two days ago; «منذ يومين» two days ago or for two days (since=True).
        # «قبل يوم من الانتخابات» (a day before the vote) is relative to another event: skipped.
        ("ago", r"(?P<cue>قبل|منذ)\s+(?:(?P<n>\d+|{NUM})\s+)?{UNIT}(?!\s+من)"),
        ("iso", r"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)"),
        ("numeric", r"(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}})(?!\d)"),
    ),
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "fr": FR, "ar": AR}
