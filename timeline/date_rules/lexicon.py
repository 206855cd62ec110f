"""The words of dates in English, French, Arabic, Spanish and German, and the phrase shapes built
from them.

Data only: ``patterns.py`` compiles it. Keys are in normalised form (see ``normalize.py``):
lower case; Arabic is folded (hamza-on-alef to alef, ta marbuta to ha), so «الأربعاء» is
stored as written and folded when the tables are compiled.

Template placeholders: {WD} weekday (group ``wd``), {WDX} weekday without a group,
{MON} month (group ``mon``; in Arabic optionally followed by the other naming system in
brackets, group ``mon2``: «تشرين الثاني (نوفمبر)»), {NUM} a count (group ``n``), {UNIT} a time
unit (group ``unit``). Other groups: ``cue`` (prepositions/qualifiers before the core; a
since-word there sets ``since``), ``pre``/``post`` (last/next modifiers), ``day``, ``year``.
(Round 16, dat16b) Kind ``monthday`` (a day without its month) also reads ``cur`` (the
publication's month, "of this month", «الجاري») and ``prev`` (the month before); kind
``week_weekday`` (a weekday of another week) reads ``last``, ``next`` or ``this`` (which week).
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Fixed phrases resolve by (unit, offset): unit is day, week, rolling_week, weekend, month,
#: year, or recent_days / recent_weeks / recent_months / recent_years (offset unused).
Fixed = tuple[str, str, int]

#: (round 28, ev28list) A year before the period (the offensive's 2024 is news, not history), for
#: the templates of a war named by its year ("in the 1967 war", « lors de la guerre de 1967 »).
_PAST_YEAR = r"(?P<year>19\d{{2}}|20[01]\d|202[0-3])(?!\d)"


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
    #: Letters glued before a date word, matched but left out of the phrase: Arabic attaches the
    #: conjunctions و/ف and the preposition ب («والأحد», «بالأمس»); a regex piece, "" for none.
    proclitics: str = ""
    #: A month may be followed by its name in the other naming system, in brackets (Arabic:
    #: «تشرين الثاني (نوفمبر)», group ``mon2``).
    month_in_brackets: bool = False
    #: Count nouns take suffixes (قتيلاً, غاراتها): they are matched as prefixes, not whole words.
    count_nouns_take_suffixes: bool = False
    #: The script's letters are folded before matching (see ``normalize.py``): "arabic" (hamza
    #: forms, alef maqsura, ta marbuta, harakat and tatweel), "" for none.
    folding: str = ""
    #: Words for "tomorrow" that may stand before a weekday («غداً الجمعة»): with one, the weekday
    #: named is that day on or after the anchor (a story filed the day after it was written).
    tomorrow_words: frozenset[str] = field(default_factory=frozenset)
    #: (round 14, dat14) Days of the month written as ordinal words (Arabic «الخامس من ديسمبر»,
    #: "the fifth of December"): the template placeholder ``{ORD}``; none when empty.
    ordinal_days: dict[str, int] = field(default_factory=dict)
    #: (round 15, dat15) A cue naming the night that ends on the day after it ("overnight into
    #: Tuesday", "overnight into the morning of 10 December", «in der Nacht zum Sonntag», «in der
    #: Nacht auf Montag»): a regex piece matched against the whole cue; the day read is the night's
    #: first, the day before the one named, as "the night of 9 to 10 December" is the 9th's.
    night_into: str = ""
    #: (round 15, dat15) The night words and the links of a night named by its two days ("the night
    #: of Saturday to Sunday", « la nuit de samedi à dimanche », «ليل السبت الأحد»): regex pieces,
    #: "" for none (:func:`timeline.dates.night_pairs`).
    night_words: str = ""
    night_links: str = ""
    #: (round 29, ev29date) The words of a time after midnight ("after midnight", « après minuit »,
    #: «بعد منتصف», «pasada la medianoche», «nach Mitternacht»): a regex piece; before a night named
    #: by its evening ("the night of Friday to Saturday", «ليل الخميس») it names the morning's day
    #: (:func:`timeline.dates.after_midnight`); "" for none.
    after_midnight: str = ""


_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

EN = Lexicon(
    lang="en",
    night_words=r"\b(?:night|overnight)\b",
    night_links=r"to|into|and|-|–",
    after_midnight=r"\bafter\s+midnight\b",
    night_into=r"\bovernight\s+into\b|\bnight\s+(?:into|to)\b",
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
           "year": ("year", None), "years": ("year", None),
           # (round 42, cc42) "a decade ago", "two decades ago": ten years a unit (patterns._ago); unread,
           # a capture of long ago told in a clause of its own took the story's day
           "decade": ("decade", None), "decades": ("decade", None)},
    fixed=(
        (r"the day before yesterday", "day", -2),
        (r"yesterday(?:\s+(?:morning|afternoon|evening))?|last night", "day", -1),
        (r"(?:earlier |later )?today|tonight|this (?:morning|afternoon|evening)", "day", 0),
        # (round 43, lead) "moments ago", "a short while ago", "minutes ago": the report's own day
        (r"(?:just\s+)?(?:moments|minutes)\s+ago|a\s+(?:short\s+while|few\s+(?:moments|minutes))\s+ago", "day", 0),
        (r"tomorrow", "day", 1),
        # counted from the day told before them (``timeline.dates.told_days``), not the anchor
        (r"(?:on\s+)?the\s+(?:next|following)\s+day(?!\s+(?:of|after)\b)|(?:a|one)\s+day\s+later", "told", 1),
        # (round 35, date35) "on that day", "that night", "that evening": the day told just before
        # (round 46, o46) and "later in the day", "earlier in the day": the same day told before
        # ("On Wednesday they reached Morek. Later in the day, jets struck Idlib"); unread, the
        # sentence took the lead's day
        (r"(?:on\s+)?(?:that|the)\s+same\s+day(?!\s+as\b)|(?:later|earlier)\s+(?:that|in\s+the)\s+day"
         r"|(?:on\s+|during\s+)?that\s+(?:day|night|evening)(?![\w'’-])", "told", 0),
        # (round 35, date35) "the day before" and "the night before" closing their clause ("The day
        # before, jets bombed Rastan", "had struck it the night before."), not "the day before the
        # vote" (another event's); "the previous night": the night into the day told before is
        # that day's evening's, the day before it (the night ruling of data/corpus/README.md)
        (r"(?:on\s+)?the\s+(?:previous|preceding)\s+day|(?:a|one)\s+day\s+earlier"
         r"|(?:on\s+)?the\s+(?:day|night|evening)\s+before(?=\s*(?:[,.;:)]|$))"
         r"|(?:on\s+)?the\s+(?:previous|preceding)\s+(?:night|evening)", "told", -1),
        (r"(?:(?:over|during|in|throughout|since|from) )?(?:last week|the previous week)",
         "week", -1),
        # (round 14, dat14) before the story's day, from the Sunday that opens the week in US use
        (r"earlier\s+(?:this|in\s+the)\s+week", "earlier_week", 0),
        (r"early\s+(?:this|in\s+the)\s+week|at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week",
         "week_start", 0),
        # (round 36, date36) the story's week so far; "later this week": the days after the story's
        (r"later\s+(?:this|in\s+the)\s+week", "later_week", 0),
        (r"this week", "week_so_far", 0),
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
        # (round 36, date36) before the story's day, from the month's first; its first days
        (r"earlier\s+(?:this|in\s+the)\s+month", "earlier_month", 0),
        (r"early\s+(?:this|in\s+the)\s+month|at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month",
         "month_start", 0),
        (r"(?:later )?this month", "month", 0),
        (r"next month", "month", 1),
        (r"last year|the previous year", "year", -1),
        (r"(?:earlier |later )?this year", "year", 0),
        (r"next year", "year", 1),
        (r"(?:(?:over|in|during|for|throughout) )?(?:the )?(?:past|last|recent) "
         r"(?:few |several |couple of |two |three |2 |3 )?days|in recent days"
         # "a few days ago" points at a moment a few days back: the week ending on the anchor
         r"|(?:a few |several |some |a couple of )?days ago",
         "recent_days", 0),
        (r"(?:(?:over|in|during|for|throughout) )?the (?:past|last) (?:few |several )?weeks"
         r"|in recent weeks", "recent_weeks", 0),
        (r"(?:(?:over|in|during|for|throughout) )?the (?:past|last) (?:few |several )?months"
         r"|in recent months", "recent_months", 0),
        (r"(?:(?:over|in|during|for|throughout) )?the (?:past|last) (?:few |several )?years"
         r"|in recent years", "recent_years", 0),
    ),
    templates=(
        ("weekday", r"(?P<cue>(?:(?:since|from|on|early|late|early on|late on|overnight\s+into|"
                    r"(?:during\s+|in\s+)?the\s+night\s+(?:into|to)|(?:into\s+)?the\s+(?:early\s+)?(?:morning|hours)\s+of)"
                    r"\s+){{1,3}})?"
                    r"(?:(?P<pre>last|this past|past|next|this coming|coming|this)\s+)?{WD}"
                    r"(?:\s+(?:morning|afternoon|evening|night))?"),
        # (round 41, oth41) "since early on 8 December": the early hours' day, a "since" point
        ("daymonth", r"(?P<cue>(?:(?:since|from|until|on|by|overnight\s+into|early|late|"
                     r"(?:during\s+|in\s+)?the\s+night\s+(?:into|to)|(?:into\s+)?the\s+(?:early\s+)?(?:morning|hours)\s+of)"
                     r"\s+){{1,3}})?(?:{WDX},?\s+)?(?:the\s+)?"
                     r"(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:\s+of)?\s+{MON}"
                     r"(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        # "the night of 9 to 10 December" is the 9th's
        ("daymonth", r"(?:(?:during|in|on|over)\s+)?the\s+night\s+(?:of|from)\s+(?:the\s+)?(?P<day>\d{{1,2}})"
                     r"(?:st|nd|rd|th)?\s+(?:to|into|and)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MON}"
                     r"(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        # (round 13, fx13a) two days sharing one month ("on 7 and 8 December", "7-8 December"): an
        # event told over both begins on the first (the second alone dated a meeting a day late)
        ("daymonth", r"(?P<cue>(?:(?:since|from|on)\s+){{1,2}})?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                     r"\s*(?:and|&|-|–)\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MON}"
                     r"(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("daymonth", r"(?P<cue>(?:(?:since|from|until|on|by|overnight\s+into|"
                     r"(?:during\s+|in\s+)?the\s+night\s+(?:into|to)|(?:into\s+)?the\s+(?:early\s+)?(?:morning|hours)\s+of)"
                     r"\s+){{1,3}})?(?:{WDX},?\s+)?{MON}\s+"
                     r"(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("month", r"(?P<cue>(?:(?:since|in|during|by|until|throughout|from|early|mid|late|"
                  r"the end of|the beginning of|the start of|the middle of)[\s-]+){{1,3}})?"
                  r"(?:(?P<pre>last|this past|next|this)\s+)?{MON}"
                  r"(?:,?\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("year", r"(?P<cue>(?:(?:since|in|during|by|until|throughout|from|early|mid|late|"
                 r"the end of|the beginning of|the start of|the middle of|the year)[\s-]+){{1,3}})"
                 r"(?P<year>(?:19|20)\d{{2}})(?![\d,.]\d)(?!\d){NOCOUNT}"),
        # (round 28, ev28list) a year before the period used as the adjective of a war ("in the 1967
        # war", "during the 1973 Arab-Israeli war"): the time of the clause, which is history, as
        # "in 1967" is; an accord's year ("set by the 1974 accord") is no time of the clause
        ("year", r"(?P<cue>(?:in|during)\s+the\s+)" + _PAST_YEAR
                 + r"(?=\s+(?:[\w-]+\s+){{0,2}}?(?:war|wars|conflict|uprising|revolution|invasion|battle|siege)\b)"),
        ("ago", r"(?P<n>\d+|{NUM})\s+{UNIT}\s+ago"),
        # counted from the day told before it (``timeline.dates.told_days``): "two days later",
        # "three days earlier", "days earlier" (a range)
        ("told_count", r"(?:(?:(?P<n>\d+|{NUM})|a\s+few|several|some)\s+)?{UNIT}\s+"
                       r"(?:(?P<later>later)|(?P<earlier>earlier))(?!\s+than\b)"),
        # (round 16, dat16b) a day without its month, told by a cue and an ordinal suffix: "on the
        # 27th", "on Tuesday the 3rd", "since the 27th of last month" (``patterns._monthday``); what
        # follows must end the phrase, so "on the 25th Division" is no day
        ("monthday", r"(?P<cue>(?:(?:since|from|until|on|by)\s+){{1,2}})(?:{WD},?\s+)?the\s+(?P<day>\d{{1,2}})"
                     r"(?:st|nd|rd|th)(?:\s+of\s+(?:(?P<prev>last|the\s+previous)|(?P<cur>this|the))\s+month)?"
                     r"(?!\s*(?:and|to|till|until|through|-|–)\s*(?:the\s+)?\d)"
                     r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|when|after|before|at|in|as|that|amid|with|to)\b)"),
        # (round 16, dat16b) a weekday of another calendar week: "Wednesday of last week", "on Sunday
        # last week" (``patterns._week_weekday``)
        ("week_weekday", r"(?P<cue>(?:(?:since|from|on|until|by)\s+){{1,2}})?(?:the\s+)?{WD}\s+(?:of\s+)?"
                         r"(?:(?P<last>last|the\s+previous)|(?P<next>next|the\s+following)|(?P<this>this))"
                         r"\s+week(?!'s)(?!\s+of\b)"),
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
    # (round 16, dat16) « le premier décembre », « dimanche premier décembre »: the 1st spelt out
    ordinal_days={"premier": 1},
    night_words=r"\bnuit\b",
    night_links=r"à|au|et|-|–",
    after_midnight=r"\baprès\s+minuit\b",
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
           "ans": ("year", None), "année": ("year", None), "années": ("year", None),
           # (round 42, cc42) « il y a une décennie », « il y a deux décennies » : dix ans l'unité
           "décennie": ("decade", None), "décennies": ("decade", None)},
    fixed=(
        (r"avant-hier", "day", -2),
        (r"hier(?:\s+(?:matin|soir|après-midi))?|la nuit dernière", "day", -1),
        (r"aujourd'hui|ce matin|ce soir|cette nuit|cet après-midi", "day", 0),
        # (round 43, lead) « il y a quelques instants », « il y a quelques minutes » : le jour du récit
        (r"il\s+y\s+a\s+quelques\s+(?:instants|minutes)", "day", 0),
        (r"demain", "day", 1),
        # comptés depuis le jour raconté juste avant (``timeline.dates.told_days``)
        (r"(?:le|au)\s+lendemain(?!\s+(?:de|du|des)\b|\s+d['’])|le\s+jour\s+suivant"
         r"|un\s+jour\s+plus\s+tard", "told", 1),
        # (round 35, date35) « ce jour-là », « cette nuit-là », « ce soir-là »: le jour raconté juste avant,
        # pas « cette nuit » (aujourd'hui)
        (r"(?:le|ce)\s+même\s+jour|(?:le|ce)\s+jour[- ]même|plus\s+tard\s+dans\s+la\s+journée"
         r"|(?:dans\s+|durant\s+|pendant\s+)?"
         r"(?:ce\s+jour|cette\s+nuit|ce\s+soir|cette\s+journée|cette\s+soirée)-là", "told", 0),
        # (round 35, date35) « la nuit précédente », « la soirée précédente »: la nuit avant le jour raconté
        (r"la\s+veille(?!\s+(?:de|du|des|au)\b|\s+d['’])|le\s+jour\s+précédent|un\s+jour\s+plus\s+tôt"
         r"|(?:dans\s+|pendant\s+|durant\s+)?la\s+(?:nuit|soirée)\s+précédente", "told", -1),
        (r"(?:(?:au cours de|durant|pendant|depuis) )?la semaine (?:dernière|passée|précédente)",
         "week", -1),
        # (round 14, dat14) « plus tôt cette semaine »: avant le jour du récit; « en début de semaine »:
        # du lundi au mercredi
        (r"plus\s+tôt\s+(?:cette|dans\s+la)\s+semaine", "earlier_week", 0),
        (r"(?:en |au )?début de (?:cette |la )?semaine(?!\s+(?:prochaine|dernière|passée|précédente))",
         "week_start", 0),
        # (round 36, date36) la semaine du récit jusqu'à son jour; « plus tard cette semaine »: les jours après
        (r"plus\s+tard\s+(?:cette|dans\s+la)\s+semaine", "later_week", 0),
        (r"(?:(?:au cours de|durant|pendant|depuis) )?cette semaine", "week_so_far", 0),
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
        # (round 36, date36) « plus tôt ce mois-ci »: avant le jour du récit; « en début de mois »: ses premiers jours
        (r"plus\s+tôt\s+(?:ce\s+mois(?:-ci)?|dans\s+le\s+mois)", "earlier_month", 0),
        (r"(?:en |au )?début (?:de ce |du |de )mois(?!\s+(?:prochain|dernier|passé|précédent|de\b|d['’]))",
         "month_start", 0),
        (r"ce mois-ci|(?:au cours de |durant |pendant )?ce mois", "month", 0),
        (r"le mois prochain", "month", 1),
        (r"l'an (?:dernier|passé)|l'année (?:dernière|passée)", "year", -1),
        (r"cette année|(?:depuis |en )?début d'année", "year", 0),
        (r"l'an prochain|l'année prochaine", "year", 1),
        (r"(?:(?:au cours des|durant les|pendant les|ces) )(?:tout )?(?:derniers|quelques derniers)"
         r" jours|depuis (?:quelques|plusieurs) jours|ces jours-ci"
         # « il y a quelques jours » : un moment de la semaine qui finit au jour de l'ancre
         r"|il y a (?:quelques|plusieurs) jours", "recent_days", 0),
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
        # « la nuit du 9 au 10 décembre » est celle du 9
        ("daymonth", r"(?:(?:dans|durant|pendant|au\s+cours\s+de)\s+)?la\s+nuit\s+du\s+(?P<day>1er|\d{{1,2}})"
                     r"\s+au\s+(?:1er|\d{{1,2}})\s+{MON}(?:\s+(?P<year>\d{{4}}))?(?!\d)"),
        # (round 13, fx13a) « les 7 et 8 décembre », « 7-8 décembre » : l'événement commence le premier
        ("daymonth", r"(?P<cue>(?:(?:depuis|dès|les|le|ces)\s+){{1,2}})?(?P<day>1er|\d{{1,2}})"
                     r"\s*(?:et|-|–)\s*(?:1er|\d{{1,2}})\s+{MON}(?:\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("daymonth", r"(?P<cue>(?:(?:depuis|dès|jusqu'au|du|au|le|ce)\s+){{1,3}})?(?:{WDX}\s+)?"
                     r"(?P<day>1er|{ORD}|\d{{1,2}})(?!\d)\s+{MON}(?:\s+(?P<year>\d{{4}}))?(?!\d)"
                     r"(?:\s+(?P<post>dernier))?"),
        ("month", r"(?P<cue>(?:(?:depuis|dès|en|jusqu'en|courant|au mois de|le mois de|"
                  r"au cours du mois de|début|fin|mi)[\s-]+){{1,3}})?{MON}"
                  r"(?:\s+(?P<year>\d{{4}}))?(?!\d)(?:\s+(?P<post>dernier|passé|prochain))?"),
        ("year", r"(?P<cue>(?:(?:depuis|dès|en|jusqu'en|courant|début|fin|mi|l'année|l'an|"
                 r"année|depuis l'année|depuis l'an)[\s-]+){{1,3}})(?P<year>(?:19|20)\d{{2}})"
                 r"(?![\d,.]\d)(?!\d){NOCOUNT}"),
        # (round 28, ev28list) a war named by its year before the period (« lors de la guerre de
        # 1967 », « pendant la guerre des Six Jours de 1967 »): the clause's time is history
        ("year", r"(?P<cue>(?:lors\s+de|au\s+cours\s+de|pendant|durant|dans)\s+la\s+(?:guerre|révolution|"
                 r"bataille|invasion)(?:\s+[\w'-]+){{0,3}}?\s+de\s+)" + _PAST_YEAR),
        ("ago", r"il y a\s+(?P<n>\d+|{NUM})\s+{UNIT}"),
        # comptés depuis le jour raconté juste avant : « deux jours plus tard », « trois jours
        # plus tôt », « quelques jours auparavant » (un intervalle)
        ("told_count", r"(?:(?:(?P<n>\d+|{NUM})|quelques)\s+)?{UNIT}\s+"
                       r"(?:plus\s+(?P<later>tard)|(?P<earlier>plus\s+tôt|auparavant))"),
        # (round 16, dat16b) un jour sans son mois : « le 27, », « depuis le 27 du mois dernier », « le 3
        # courant », « mercredi 4 au soir » (``patterns._monthday``) ; sans jour de la semaine, l'article
        # doit être suivi d'une ponctuation ou du mois, ainsi « le 27 rue ... » n'est pas une date
        ("monthday", r"(?P<cue>(?:(?:depuis|dès|jusqu'au|du|au|le|ce)\s+){{1,2}})(?P<day>1er|\d{{1,2}})(?!\d)"
                     r"(?:\s+(?:(?P<prev>du\s+mois\s+(?:dernier|passé|précédent))|(?P<cur>du\s+mois|courant"
                     r"|de\s+ce\s+mois))|(?=\s*(?:[,.;:!?)]|$)))"),
        ("monthday", r"(?P<cue>(?:(?:depuis|dès|jusqu'à|ce|le)\s+){{1,2}})?{WD}\s+(?P<day>1er|\d{{1,2}})(?!\d)"
                     r"(?:\s+(?:(?P<prev>du\s+mois\s+(?:dernier|passé|précédent))|(?P<cur>du\s+mois|courant))"
                     r"|(?=\s*(?:[,.;:!?)]|$)|\s+(?:au|à|et|en|dans|matin|soir|après-midi|midi)\b))"),
        # (round 16, dat16b) « mercredi de la semaine dernière » : le mercredi de la semaine civile d'avant
        ("week_weekday", r"(?P<cue>(?:(?:depuis|dès|jusqu'à|ce|le)\s+){{1,2}})?{WD}"
                         r"(?:\s+(?:matin|soir|après-midi|midi))?\s+de\s+la\s+semaine\s+(?:(?P<last>dernière|passée|précédente)|(?P<next>prochaine|suivante))"),
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

#: (round 14, dat14) Arabic days of the month as ordinal words: «الخامس من ديسمبر», «السابع والعشرين
#: من تشرين الثاني», «الحادي عشر من كانون الأول», «الأول من ديسمبر».
_AR_ORDINAL_UNITS = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_AR_ORDINAL_DAYS: dict[str, int] = {
    "الأول": 1, **{w: n for n, w in enumerate(_AR_ORDINAL_UNITS[1:], start=2)}, "العاشر": 10,
    **{f"{w} عشر": n for n, w in enumerate(_AR_ORDINAL_UNITS, start=11)}, "العشرين": 20,
    **{f"{w} والعشرين": n for n, w in enumerate(_AR_ORDINAL_UNITS, start=21)}, "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}

AR = Lexicon(
    lang="ar",
    night_words=r"ليل|ليلة|ليله",
    night_links=r"إلى|الى|على|و|-|–|/",
    after_midnight=r"(?:بعد|بعيد|عقب)\s+منتصف",
    proclitics=r"(?:[وف]?ب?)",
    month_in_brackets=True,
    count_nouns_take_suffixes=True,
    folding="arabic",
    weekdays={"الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الأربعاء": 2,
              "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6},
    months=_AR_MONTHS,
    past_words=frozenset(_AR_PAST.split("|")),
    next_words=frozenset([*_AR_NEXT.split("|"), "غدا", "غد"]),
    tomorrow_words=frozenset({"غدا", "غد"}),
    ordinal_days=_AR_ORDINAL_DAYS,
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
        # (round 35, date35) «الليلة الماضية» (last night) is yesterday's night, no "tonight"
        (r"(?:(?:صباح|مساء|ليل|ليلة|فجر|ظهر|يوم)\s+)?(?:أمس|الأمس)|البارحة"
         rf"|(?:في\s+|خلال\s+)?الليلة\s+(?:{_AR_PAST})", "day", -1),
        # (round 13, fx13a) tomorrow after a day word: «يوم غد», «صباح الغد» («الغد» alone is also
        # "the future», «سوريا الغد»). A bare «غداً» is left out: in a source's quoted words told the
        # day before («كشف أمس الخميس أن "الاجتماع سيعقد غدا"») it is the speaker's tomorrow, and
        # nothing here re-anchors a quotation's deixis on the day it was spoken
        (r"(?:صباح|مساء|ليل|ليلة|فجر|ظهر|يوم)\s+(?:غد|الغد)", "day", 1),
        (r"(?:يوم\s+)?بعد\s+(?:غد|الغد)", "day", 2),
        # «اليوم التالي» (the next day), «اليوم نفسه» (the same day), «اليوم الثاني من الهجوم» (its
        # second day) are no "today"; (round 33, prec33ar) nor is «اليوم الـ12 من عملية», «اليوم 3 للهجوم»
        # (the day of the offensive written as a number)
        (r"(?:(?:صباح|مساء|ظهر|فجر|حتى)\s+)?اليوم(?!\s+(?:التالي|السابق|نفسه|ذاته|الأول|الثاني|الثالث|الرابع"
         r"|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الأخير|ال\w+\s+عشر|(?:الـ\s?|ال)[0-9٠-٩]"
         r"|[0-9٠-٩]+\s+(?:من|على|ل)))|الليلة(?!\s+(?:السابقة|الماضية|الفائتة|المنصرمة|التالية))"
         r"|هذا الصباح|هذا المساء", "day", 0),
        # (round 43, lead) «قبل قليل» (moments ago), «منذ قليل», «قبل دقائق»: the report's own day; not
        # «قبل قليل من» (shortly before something)
        (r"(?:قبل|منذ)\s+(?:قليل|لحظات|دقائق)(?!\s+(?:من|على))", "day", 0),
        # counted from the day told before them (``timeline.dates.told_days``)
        (r"(?:(?:في|صباح|مساء)\s+)?اليوم\s+التالي(?!\s*(?:ل|من|على))", "told", 1),
        # (round 35, date35) «في ذلك اليوم» (on that day) is the day told before, not today's «اليوم»
        (r"(?:في\s+)?اليوم\s+(?:نفسه|ذاته)|(?:في\s+)?(?:نفس|ذات)\s+اليوم|(?:في\s+)?ذلك\s+اليوم"
         r"|(?:في\s+)?(?:تلك\s+الليلة|ذلك\s+المساء)", "told", 0),
        # (round 35, date35) «في الليلة السابقة»: the night before the day told before
        (r"(?:في\s+)?اليوم\s+السابق(?!\s*(?:ل|من|على))|قبل\s+ذلك\s+بيوم"
         r"|(?:في\s+|خلال\s+)?الليلة\s+السابقة(?!\s*(?:ل|من|على))", "told", -1),
        (rf"(?:(?:خلال|في|منذ|طوال)\s+)?الأسبوع (?:{_AR_PAST}|السابق)", "week", -1),
        # (round 14, dat14) «في وقت سابق من هذا الأسبوع» (earlier this week), «مطلع الأسبوع» (early this week)
        (r"في\s+وقت\s+سابق\s+من\s+(?:هذا\s+)?الأسبوع(?:\s+(?:الجاري|الحالي))?", "earlier_week", 0),
        (r"(?:(?:في|منذ)\s+)?(?:مطلع|بداية|أوائل|أول)\s+(?:هذا\s+)?الأسبوع(?:\s+(?:الجاري|الحالي))?"
         r"(?!\s+(?:الماضي|المقبل|القادم|المنصرم|السابق))", "week_start", 0),
        # (round 36, date36) the story's week so far; «في وقت لاحق من هذا الأسبوع»: the days after the story's
        (r"في\s+وقت\s+لاحق\s+من\s+(?:هذا\s+)?الأسبوع(?:\s+(?:الجاري|الحالي))?", "later_week", 0),
        (r"(?:(?:خلال|في|منذ|طوال)\s+)?(?:هذا الأسبوع|الأسبوع الجاري|الأسبوع الحالي)",
         "week_so_far", 0),
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
        # (round 36, date36) «في وقت سابق من هذا الشهر»: before the story's day; «مطلع الشهر الجاري»: its first days
        (r"في\s+وقت\s+سابق\s+من\s+(?:هذا\s+)?الشهر(?:\s+(?:الجاري|الحالي))?", "earlier_month", 0),
        (r"(?:(?:في|منذ)\s+)?(?:مطلع|بداية|أوائل)\s+(?:هذا\s+الشهر|الشهر(?:\s+(?:الجاري|الحالي))?)"
         r"(?!\s+(?:الماضي|المقبل|القادم|المنصرم|السابق))", "month_start", 0),
        (r"(?:(?:خلال|في|منذ)\s+)?(?:هذا الشهر|الشهر الجاري|الشهر الحالي)", "month", 0),
        (rf"(?:(?:خلال|في)\s+)?الشهر (?:{_AR_NEXT})", "month", 1),
        (rf"(?:(?:خلال|في|منذ)\s+)?(?:العام|السنة) (?:{_AR_PAST})", "year", -1),
        (r"(?:(?:خلال|في|منذ)\s+)?(?:هذا العام|العام الجاري|العام الحالي|هذه السنة)", "year", 0),
        (rf"(?:(?:خلال|في)\s+)?(?:العام|السنة) (?:{_AR_NEXT})", "year", 1),
        # «قبل أيام» (a few days ago) points at a moment a few days back: the week ending on the anchor
        (r"(?:(?:في|خلال|منذ)\s+)?الأيام (?:القليلة\s+)?(?:الأخيرة|الماضية)|قبل\s+(?:بضعة\s+|عدة\s+)?أيام(?!\s+من)",
         "recent_days", 0),
        (r"(?:(?:في|خلال|منذ)\s+)?الأسابيع (?:القليلة\s+)?(?:الأخيرة|الماضية)",
         "recent_weeks", 0),
        (r"(?:(?:في|خلال|منذ)\s+)?(?:الأشهر|الشهور) (?:القليلة\s+)?(?:الأخيرة|الماضية)",
         "recent_months", 0),
        (r"(?:(?:في|خلال|منذ)\s+)?(?:السنوات|الأعوام) (?:القليلة\s+)?(?:الأخيرة|الماضية)",
         "recent_years", 0),
    ),
    templates=(
        # «الأحد عشر» is "the eleven", not Sunday; «غداً الأحد», «يوم غد الأحد» is tomorrow, Sunday
        # (that weekday on or after the anchor: ``tomorrow_words``).
        ("weekday", r"(?:(?:يوم\s+)?(?P<pre>غدا|غد)\s+)?"
                    r"(?P<cue>(?:(?:منذ|اليوم|يوم|صباح|مساء|ليل|ليلة|فجر|ظهر|حتى)\s+){{1,3}})?{WD}"
                    rf"(?!\s+عشر)(?:\s+(?P<post>{_AR_PAST}|{_AR_NEXT}))?"),
        # «ليل 9-10 كانون الأول» is the 9th's night
        ("daymonth", r"(?:(?:في|خلال)\s+)?(?:ليل|ليلة)\s+(?P<day>\d{{1,2}})\s*(?:-|–|إلى|الى|على)\s*\d{{1,2}}"
                     r"\s+(?:من\s+)?(?:شهر\s+)?{MON}(?:\s+(?:من\s+)?(?:(?:العام|عام|سنة)\s+)?(?P<year>\d{{4}})(?!\d))?"),
        # (round 13, fx13a) «يومي 7 و8 كانون الأول», «7-8 ديسمبر»: the event begins on the first day
        ("daymonth", r"(?P<cue>(?:(?:منذ|يومي|في)\s+){{1,2}})?(?P<day>\d{{1,2}})\s*(?:و|-|–)\s*\d{{1,2}}"
                     r"\s+(?:من\s+)?(?:شهر\s+)?{MON}(?:\s+(?:من\s+)?(?:(?:العام|عام|سنة)\s+)?(?P<year>\d{{4}})(?!\d))?"),
        ("daymonth", r"(?P<cue>(?:(?:منذ|يوم|في|فجر|صباح|مساء|ليل|ليلة|حتى)\s+){{1,3}})?"
                     r"(?:{WDX}\s+)?(?P<day>\d{{1,2}})(?!\d)\s+(?:من\s+)?(?:شهر\s+)?{MON}"
                     r"(?:\s+(?:من\s+)?(?:(?:العام|عام|سنة)\s+)?(?P<year>\d{{4}})(?!\d))?"
                     rf"(?:\s+(?P<post>{_AR_PAST}|{_AR_NEXT}))?"),
        # (round 14, dat14) «في الخامس من ديسمبر», «يوم الخميس الخامس من كانون الأول»: an ordinal day;
        # «من» is required, so «الثاني» alone (the second) is no date
        ("daymonth", r"(?P<cue>(?:(?:منذ|يوم|في|فجر|صباح|مساء|ليل|ليلة|حتى)\s+){{1,3}})?"
                     r"(?:{WDX}\s+)?(?P<day>{ORD})\s+من\s+(?:شهر\s+)?{MON}"
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
        # counted from the day told before it: «بعد ذلك بيومين», «قبلها بثلاثة أيام», «قبل ذلك بأيام»
        ("told_count", r"(?:(?P<later>بعد)|(?P<earlier>قبل))(?:ها|\s+ذلك)\s+ب(?:(?P<n>\d+|{NUM})\s+)?{UNIT}"),
        # (round 16, dat16b) يوم من الشهر بلا اسم الشهر: «يوم 27», «يوم 3 الجاري», «في 27 من الشهر الماضي»,
        # «يوم الأربعاء 4 الجاري», «في الخامس من الشهر الجاري» (``patterns._monthday``)؛ بلا «يوم» لا بد
        # من «الجاري» أو «الشهر الماضي»
        ("monthday", r"(?P<cue>(?:(?:منذ|في|حتى)\s+)?يوم\s+)(?:{WD}\s+)?(?P<day>\d{{1,2}})(?!\d)"
                     r"(?!\s+من\s+(?!الشهر))(?!\s*[.,]?\d){NOCOUNT}(?!\s*(?:و|-|–|إلى|الى|حتى)\s*\d)"),
        ("monthday", r"(?P<cue>(?:(?:منذ|في|حتى|يوم)\s+){{1,2}})?(?:{WD}\s+)?(?P<day>{ORD}|\d{{1,2}})(?!\d)\s+"
                     rf"(?:(?P<prev>(?:من\s+)?الشهر\s+(?:{_AR_PAST}|السابق))|(?P<cur>(?:من\s+)?(?:الشهر\s+)?(?:الجاري|الحالي)))"),
        # (round 16, dat16b) «الأربعاء من الأسبوع الماضي»: أربعاء الأسبوع (من الاثنين إلى الأحد) السابق
        ("week_weekday", r"(?P<cue>(?:(?:منذ|يوم|في|حتى)\s+){{1,2}})?{WD}\s+(?:من\s+)?الأسبوع\s+"
                         rf"(?:(?P<last>{_AR_PAST}|السابق)|(?P<next>{_AR_NEXT}))"),
        ("iso", r"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)"),
        ("numeric", r"(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}})(?!\d)"),
    ),
)

_ES_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Abbreviations only with their dot; «mar.» is left out (el mar: the sea).
    "ene.": 1, "feb.": 2, "abr.": 4, "jun.": 6, "jul.": 7, "ago.": 8, "sep.": 9, "sept.": 9,
    "oct.": 10, "nov.": 11, "dic.": 12,
}

_ES_PAST = r"pasado|pasada"
_ES_NEXT = r"próximo|proximo|próxima|proxima|que\s+viene|entrante"
_ES_DAYPART = (r"(?:\s+(?:por\s+la\s+(?:mañana|tarde|noche)|en\s+la\s+(?:mañana|tarde|noche)"
               r"|de\s+madrugada|a\s+primera\s+hora|al\s+mediodía))?")
#: Phrases of a month's part: «a principios de», «desde finales del», «el mes de».
_ES_MONTH_CUE = (r"(?:(?:desde|hasta|durante|en|para|a)\s+)?(?:(?:principios|finales|mediados|comienzos|"
                 r"inicios|fines|fin|el\s+mes|lo\s+largo)\s+(?:de|del)\s+)?(?:(?:el\s+)?mes\s+de\s+)?")

ES = Lexicon(
    lang="es",
    # (round 16, dat16) «el primero de diciembre», «el domingo primero de diciembre»: the 1st spelt out
    ordinal_days={"primero": 1},
    night_words=r"\b(?:noche|madrugada|medianoche)\b",
    night_links=r"a|al|y|-|–",
    after_midnight=r"\b(?:pasad[ao]s?|tras|despu[ée]s\s+de)\s+la\s+medianoche\b",
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
              "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6},
    months=_ES_MONTHS,
    past_words=frozenset({"pasado", "pasada"}),
    next_words=frozenset({"próximo", "proximo", "próxima", "proxima", "que viene", "entrante"}),
    since_words=frozenset({"desde"}),
    count_nouns=("personas", "civiles", "combatientes", "soldados", "militares", "rebeldes",
                 "muertos", "heridos", "víctimas", "refugiados", "desplazados", "familias",
                 "casas", "viviendas", "niños", "hombres", "mujeres", "presos", "prisioneros",
                 "ataques", "bombardeos", "km", "kilómetros", "dólares", "euros", "toneladas"),
    numbers={"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
             "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12},
    units={"día": ("day", None), "dia": ("day", None), "días": ("day", None),
           "dias": ("day", None), "semana": ("week", None), "semanas": ("week", None),
           "mes": ("month", None), "meses": ("month", None), "año": ("year", None),
           "años": ("year", None),
           # (round 42, cc42) «hace una década», «hace dos décadas»: diez años la unidad
           "década": ("decade", None), "décadas": ("decade", None), "decada": ("decade", None),
           "decadas": ("decade", None)},
    fixed=(
        (r"anteayer|antier|antes\s+de\s+ayer|antes\s+de\s+anoche|antenoche", "day", -2),  # (round 14) «antenoche»
        # «la pasada noche», «la noche pasada»: last night, like «anoche»
        (rf"ayer{_ES_DAYPART}|anoche|(?:en\s+)?la\s+(?:noche|madrugada|mañana|tarde)\s+de\s+ayer"
         r"|(?:durante\s+)?la\s+(?:pasada\s+noche|noche\s+pasada)", "day", -1),
        # «la pasada madrugada», «la madrugada pasada»: the small hours just gone, the report's day
        (rf"hoy{_ES_DAYPART}|hoy\s+mismo|esta\s+(?:mañana|tarde|noche|madrugada)|este\s+mediodía"
         r"|(?:durante\s+)?la\s+(?:pasada\s+madrugada|madrugada\s+pasada)", "day", 0),
        # (round 43, lead) «hace unos momentos», «hace instantes», «hace pocos minutos»: el día del relato
        (r"hace\s+(?:unos\s+|pocos\s+|escasos\s+)?(?:momentos|instantes|minutos)", "day", 0),
        # «mañana» is also the morning («la mañana del jueves», «por la mañana»)
        (r"(?<!la )(?<!una )(?<!cada )(?<!esa )(?<!misma )(?<!de )mañana(?!\s+(?:del?|por)\b)",
         "day", 1),
        (r"pasado\s+mañana", "day", 2),
        # contados desde el día contado justo antes (``timeline.dates.told_days``)
        (r"(?:al|el)\s+día\s+siguiente(?!\s+(?:de|del|a|al)\b)"
         r"|un\s+día\s+(?:después|más\s+tarde)(?!\s+(?:de|del)\b)", "told", 1),
        # (round 35, date35) «aquel día», «esa noche», «aquella noche», «esa tarde»: el día contado justo antes
        # (round 46, o46) «más tarde en el día», «más temprano en el día»: el mismo día contado antes
        (r"(?:más\s+tarde|más\s+temprano)\s+(?:en\s+el|ese)\s+(?:mismo\s+)?día"
         r"|(?:ese|el|aquel)\s+mismo\s+día|ese\s+día|aquel\s+día|(?:esa|aquella)\s+(?:noche|tarde)", "told", 0),
        # (round 35, date35) «la noche anterior», «la tarde anterior»: la noche antes del día contado
        (r"la\s+víspera(?!\s+(?:de|del)\b)|el\s+día\s+anterior(?!\s+(?:a|al)\b)"
         r"|un\s+día\s+antes(?!\s+(?:de|del)\b)"
         r"|(?:durante\s+)?la\s+(?:noche|tarde)\s+anterior(?!\s+(?:a|al)\b)", "told", -1),
        (r"(?:(?:durante|en|desde)\s+)?la\s+(?:semana\s+(?:pasada|anterior)|pasada\s+semana)",
         "week", -1),
        # (round 14, dat14) «a principios de semana»: de lunes a miércoles; «a principios de la semana
        # pasada» es otra
        (r"(?:a\s+)?(?:principios|comienzos|inicios)\s+de\s+(?:esta\s+|la\s+)?semana"
         r"(?!\s+(?:pasada|anterior|próxima|proxima|que\s+viene|siguiente))", "week_start", 0),
        # (round 36, date36) la semana del relato hasta su día; «más adelante esta semana»: los días después
        (r"(?:más\s+adelante|más\s+tarde|a\s+lo\s+largo\s+de)\s+esta\s+semana", "later_week", 0),
        (r"(?:(?:durante|en|desde)\s+)?esta\s+(?:misma\s+)?semana", "week_so_far", 0),
        (rf"la\s+(?:próxima|proxima)\s+semana|la\s+semana\s+(?:{_ES_NEXT})", "week", 1),
        (r"(?:(?:durante|en)\s+)?(?:la\s+última\s+semana|los\s+últimos\s+(?:siete|7)\s+días)",
         "rolling_week", 0),
        (r"(?:en|durante)\s+las\s+(?:últimas\s+(?:24|veinticuatro)\s+horas"
         r"|(?:24|veinticuatro)\s+horas\s+(?:pasadas|anteriores))", "past_24h", 0),
        (r"(?:en|durante)\s+las\s+(?:últimas\s+(?:48|cuarenta\s+y\s+ocho)\s+horas"
         r"|(?:48|cuarenta\s+y\s+ocho)\s+horas\s+(?:pasadas|anteriores))", "past_48h", 0),
        (r"(?:(?:durante|en)\s+)?(?:el|este)\s+fin\s+de\s+semana", "weekend", 0),
        (r"(?:(?:durante|en)\s+)?el\s+(?:pasado\s+fin\s+de\s+semana|fin\s+de\s+semana\s+pasado"
         r"|último\s+fin\s+de\s+semana)", "weekend", -1),
        (rf"(?:(?:durante|en)\s+)?el\s+(?:próximo\s+fin\s+de\s+semana|fin\s+de\s+semana\s+"
         rf"(?:{_ES_NEXT}))", "weekend", 1),
        # (round 16, lang16) a part of last month or year: «a finales del mes pasado», «a principios
        # del año pasado» (the rows below read «el mes pasado» only with its own article)
        (r"(?:(?:a|desde|hasta|para)\s+)?(?:principios|finales|mediados|comienzos|inicios|fines)\s+del\s+"
         r"(?:mes\s+(?:pasado|anterior)|pasado\s+mes)", "month", -1),
        (r"(?:(?:a|desde|hasta|para)\s+)?(?:principios|finales|mediados|comienzos|inicios|fines)\s+del\s+"
         r"(?:año\s+(?:pasado|anterior)|pasado\s+año)", "year", -1),
        (r"el\s+(?:mes\s+(?:pasado|anterior)|pasado\s+mes)", "month", -1),
        # (round 36, date36) «a principios de este mes»: sus primeros días, hasta el día del relato
        (r"(?:a\s+)?(?:principios|comienzos|inicios)\s+de\s+(?:este\s+)?mes", "month_start", 0),
        (r"(?:(?:durante|en)\s+)?este\s+(?:mismo\s+)?mes", "month", 0),
        (rf"el\s+(?:próximo|proximo)\s+mes|el\s+mes\s+(?:{_ES_NEXT})", "month", 1),
        (r"el\s+(?:año\s+(?:pasado|anterior)|pasado\s+año)", "year", -1),
        (r"(?:(?:durante|en)\s+)?este\s+(?:mismo\s+)?año"
         r"|(?:a\s+)?(?:principios|comienzos|inicios)\s+de\s+(?:este\s+)?año", "year", 0),
        (rf"el\s+(?:próximo|proximo)\s+año|el\s+año\s+(?:{_ES_NEXT})", "year", 1),
        # «hace unos días» points at a moment a few days back: the week ending on the anchor
        (r"(?:(?:en|durante|a\s+lo\s+largo\s+de)\s+)?los\s+últimos\s+(?:(?:dos|tres|cuatro|cinco|"
         r"pocos|\d)\s+)?días|(?:en\s+)?estos\s+(?:últimos\s+)?días"
         r"|(?:desde\s+)?hace\s+(?:(?:unos|algunos|varios|pocos)\s+)?días"
         # (round 14) «unos días atrás»: «atrás» after the span says "ago", as «hace» before it
         r"|(?:(?:unos|algunos|varios|pocos)\s+)?días\s+atrás", "recent_days", 0),
        (r"(?:(?:en|durante|a\s+lo\s+largo\s+de)\s+)?las\s+últimas\s+semanas"
         r"|(?:desde\s+)?hace\s+(?:unas|algunas|varias|pocas)\s+semanas", "recent_weeks", 0),
        (r"(?:(?:en|durante|a\s+lo\s+largo\s+de)\s+)?los\s+últimos\s+meses"
         r"|(?:desde\s+)?hace\s+(?:unos|algunos|varios|pocos)\s+meses", "recent_months", 0),
        (r"(?:(?:en|durante|a\s+lo\s+largo\s+de)\s+)?los\s+últimos\s+años"
         r"|(?:desde\s+)?hace\s+(?:unos|algunos|varios|pocos)\s+años", "recent_years", 0),
    ),
    templates=(
        # (round 17, lang17) «este sábado»: the weekday of the story's own Monday-to-Sunday week
        # (``patterns._week_weekday``), so in a Friday story «la reunión de este sábado» is the next
        # day, not last week's Saturday (that is «el pasado sábado»); up to the publication's weekday
        # it is the same day as the bare weekday. Not «este domingo»: a Monday story names
        # yesterday so, and the week's edge would make it next Sunday
        ("week_weekday", r"(?P<cue>(?:(?:desde|hasta)\s+)?)este\s+(?!domingo\b){WD}"
                         rf"(?!\s+(?:{_ES_PAST}|{_ES_NEXT})\b){_ES_DAYPART}"),
        # «el jueves», «el pasado jueves», «el jueves pasado por la noche», «desde el lunes»;
        # «Santo Domingo» is a place.
        ("weekday", r"(?P<cue>(?:(?:desde|hasta|el|este|del|al|la\s+noche\s+del|la\s+madrugada\s+del|"
                    r"la\s+mañana\s+del|la\s+tarde\s+del)\s+){{1,3}})?"
                    rf"(?:(?P<pre>{_ES_PAST}|próximo|proximo)\s+)?(?<!santo ){{WD}}"
                    rf"(?:\s+(?P<post>{_ES_PAST}|{_ES_NEXT}))?{_ES_DAYPART}"),
        # «la noche del 9 al 10 de diciembre» es la del 9
        ("daymonth", r"(?:(?:en|durante)\s+)?la\s+noche\s+del\s+(?P<day>\d{{1,2}})\s+al\s+\d{{1,2}}\s+de\s+{MON}"
                     r"(?:\s+(?:de|del)\s+(?P<year>\d{{4}}))?(?!\d)"),
        # (round 13, fx13a) «los días 7 y 8 de diciembre», «7-8 de diciembre»: empieza el primero
        ("daymonth", r"(?P<cue>(?:(?:desde|los\s+días|los|el|del)\s+){{1,2}})?(?P<day>\d{{1,2}})"
                     r"\s*(?:y|-|–)\s*\d{{1,2}}\s+de\s+{MON}(?:\s+(?:de|del)\s+(?P<year>\d{{4}}))?(?!\d)"),
        # «el 30 de noviembre (de 2024)», «el pasado 27 de noviembre», «el jueves 28 de noviembre»
        # (round 41, oth41) «desde la madrugada del 8 de diciembre»: the dawn's day, a "since" point
        ("daymonth", r"(?P<cue>(?:(?:desde|hasta|el|del|al|este|a\s+partir\s+del|para\s+el"
                     r"|la\s+(?:madrugada|mañana|noche|tarde)\s+del)\s+){{1,3}})?"
                     rf"(?:(?P<post>{_ES_PAST}|próximo|proximo)\s+)?(?:{{WDX}},?\s+)?"
                     r"(?P<day>{ORD}|\d{{1,2}})(?:º|°|ro)?(?!\d)\s+de\s+{MON}"
                     r"(?:\s+(?:de|del)\s+(?P<year>\d{{4}}))?(?!\d)"),
        # «en noviembre», «a finales de noviembre», «el pasado mes de noviembre», «noviembre de 2024»
        ("month", rf"(?P<cue>(?:el\s+)?{_ES_MONTH_CUE})?"
                  rf"(?:(?P<pre>{_ES_PAST}|próximo|proximo)\s+(?:mes\s+de\s+)?)?{{MON}}"
                  r"(?:\s+(?:de|del)\s+(?P<year>\d{{4}}))?(?!\d)"
                  rf"(?:\s+(?P<post>{_ES_PAST}|{_ES_NEXT}))?"),
        # a cue is required: «desde 2011», «en 2015», «a finales de 2023», «el año 2011»
        ("year", r"(?P<cue>(?:desde|hasta|durante|en|para)\s+(?:(?:a\s+)?(?:principios|finales|"
                 r"mediados|comienzos|inicios|fines|lo\s+largo)\s+(?:de|del)\s+)?(?:(?:el|del)\s+)?"
                 r"(?:año\s+)?|(?:a\s+)?(?:principios|finales|mediados|comienzos|inicios|fines|"
                 r"lo\s+largo)\s+(?:de|del)\s+(?:(?:el|del)\s+)?(?:año\s+)?|(?:el|del)\s+año\s+"
                 r"|año\s+)(?P<year>(?:19|20)\d{{2}})(?![\d,.]\d)(?!\d){NOCOUNT}"),
        # (round 28, ev28list) a war named by its year before the period («en la guerra de 1967»,
        # «durante la guerra árabe-israelí de 1967»): the clause's time is history
        ("year", r"(?P<cue>(?:en|durante)\s+(?:la|el)\s+(?:guerra|conflicto|levantamiento|revolución|"
                 r"batalla|invasión)(?:\s+[\w-]+){{0,3}}?\s+de\s+)" + _PAST_YEAR),
        # «hace dos días»; «desde hace dos semanas» is since=True
        ("ago", r"(?P<cue>desde\s+)?hace\s+(?:(?:casi|apenas|más\s+de|unos|unas)\s+)?"
                r"(?P<n>\d+|{NUM})\s+{UNIT}"),
        # (round 14) «dos días atrás», «una semana atrás»: the span before «atrás» is "ago"
        ("ago", r"(?P<n>\d+|{NUM})\s+{UNIT}\s+atrás"),
        # contados desde el día contado justo antes: «dos días después», «tres días antes», «unos
        # días antes» (un intervalo); no «dos días antes de la votación»
        ("told_count", r"(?:(?:(?P<n>\d+|{NUM})|unos|unas|algunos|varios)\s+)?{UNIT}\s+"
                       r"(?:(?P<later>después|más\s+tarde)|(?P<earlier>antes))(?!\s+(?:de|del|que)\b)"),
        # (round 16, dat16b) un día sin su mes: «el pasado día 27», «el día 3», «desde el día 27 del mes
        # pasado», «el miércoles 27» (``patterns._monthday``); «el día 27 de fuerzas» no es fecha
        ("monthday", r"(?P<cue>(?:(?:desde|hasta|el|del|al|para\s+el|a\s+partir\s+del)\s+){{1,2}})"
                     r"(?:(?P<pre>pasado|próximo|proximo)\s+)?día\s+(?P<day>{ORD}|\d{{1,2}})(?!\d)"
                     r"(?:\s+(?:(?P<prev>del\s+(?:mes\s+(?:pasado|anterior)|pasado\s+mes))|(?P<cur>de\s+este\s+mes"
                     r"|del\s+(?:presente|corriente|mismo)\s+mes)))?(?!\s+(?:de|del)\b)(?!\s*[.,]?\d){NOCOUNT}"
                     r"(?!\s*(?:al|a|y|-|–)\s*(?:(?:el\s+)?día\s+)?\d)"),
        ("monthday", r"(?P<cue>(?:(?:desde|hasta|el|del|al)\s+){{1,2}}){WD},?\s+(?P<day>\d{{1,2}})(?!\d)"
                     r"(?:\s+(?:(?P<prev>del\s+(?:mes\s+(?:pasado|anterior)|pasado\s+mes))|(?P<cur>de\s+este\s+mes)))?"
                     r"(?!\s+(?:de|del)\b)(?!\s*[.,]?\d){NOCOUNT}(?!\s*(?:al|a|y|-|–)\s*\d)"),
        # (round 16, dat16b) «el miércoles de la semana pasada»: el miércoles de la semana civil anterior
        ("week_weekday", r"(?P<cue>(?:(?:desde|hasta|el|del|al)\s+){{1,2}})?{WD}\s+de\s+la\s+"
                         r"(?:(?P<last>semana\s+(?:pasada|anterior)|pasada\s+semana)|(?P<next>semana\s+(?:próxima|proxima"
                         r"|que\s+viene|siguiente|entrante)|(?:próxima|proxima)\s+semana))"),
        ("iso", r"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)"),
        ("numeric", r"(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}})(?!\d)"),
    ),
)

_DE_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
    # Abbreviations only with their dot (Jan is a first name).
    "jan.": 1, "feb.": 2, "mär.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
    "sept.": 9, "okt.": 10, "nov.": 11, "dez.": 12,
}

#: Inflected forms of letzt-, vergangen-, vorig- (past) and kommend-, nächst- (next).
_DE_PAST = r"letzten|letzte|letzter|letztes|vergangenen|vergangene|vergangener|vergangenes|vorigen|vorige|voriges"
_DE_NEXT = r"kommenden|kommende|kommender|kommendes|nächsten|nächste|nächster|nächstes|naechsten"
_DE_DAYPART = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)"
_DE_WEEKDAYS = r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"

DE = Lexicon(
    lang="de",
    night_words=r"\bnacht\b",
    night_links=r"auf|zu|zum|bis|und|-|–",
    after_midnight=r"\bnach\s+mitternacht\b",
    night_into=r"\bnacht\s+(?:zum|zur|zu|auf)\b",
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
              "samstag": 5, "sonnabend": 5, "sonntag": 6},
    months=_DE_MONTHS,
    # Nouns are capitalised: «Mai», «März»; matching the capital keeps verbs and adjectives out.
    months_case_sensitive=True,
    past_words=frozenset(_DE_PAST.split("|")),
    next_words=frozenset(_DE_NEXT.split("|")),
    since_words=frozenset({"seit"}),
    count_nouns=("Menschen", "Personen", "Zivilisten", "Kämpfer", "Soldaten", "Rebellen", "Tote",
                 "Toten", "Verletzte", "Verletzten", "Opfer", "Flüchtlinge", "Familien",
                 "Häuser", "Kinder", "Männer", "Frauen", "Gefangene", "Häftlinge", "Insassen",
                 "Angriffe", "Luftangriffe", "km", "Kilometer", "Euro", "Dollar", "Tonnen"),
    numbers={"ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1, "eins": 1, "zwei": 2,
             "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
             "zehn": 10, "elf": 11, "zwölf": 12},
    units={"tag": ("day", None), "tage": ("day", None), "tagen": ("day", None),
           "woche": ("week", None), "wochen": ("week", None), "monat": ("month", None),
           "monate": ("month", None), "monaten": ("month", None), "jahr": ("year", None),
           "jahre": ("year", None), "jahren": ("year", None),
           # (round 42, cc42) «vor einem Jahrzehnt», «vor zwei Jahrzehnten»: zehn Jahre die Einheit
           "jahrzehnt": ("decade", None), "jahrzehnte": ("decade", None), "jahrzehnten": ("decade", None)},
    fixed=(
        (rf"vorgestern(?:\s*{_DE_DAYPART})?", "day", -2),
        (rf"gestern(?:\s*{_DE_DAYPART})?|(?:in\s+der\s+)?(?:vergangenen|letzten)\s+nacht"
         rf"|(?:vergangene|letzte)\s+nacht|am\s+gestrigen\s+(?:tag|{_DE_WEEKDAYS})", "day", -1),
        (rf"heute(?:\s*{_DE_DAYPART})?|am\s+heutigen\s+(?:tag|{_DE_WEEKDAYS})|heutigen\s+tages",
         "day", 0),
        # (round 43, lead) «vor wenigen Minuten», «vor wenigen Augenblicken»: der Tag des Berichts
        (r"vor\s+(?:wenigen|einigen)\s+(?:minuten|augenblicken|momenten)", "day", 0),
        # lower-case «morgen» is tomorrow, «am Morgen» the morning
        (r"(?-i:morgen)", "day", 1),
        # vom zuvor erzählten Tag aus gezählt (``timeline.dates.told_days``)
        (r"am\s+(?:nächsten|folgenden|darauffolgenden)\s+tag|am\s+folgetag|tags\s+darauf"
         r"|einen\s+tag\s+später", "told", 1),
        # (round 35, date35) «an diesem Tag», «an jenem Tag», «in jener Nacht», «an jenem Abend»: der zuvor erzählte Tag
        (r"(?:noch\s+)?am\s+(?:selben|gleichen)\s+tag|später\s+am\s+tag"
         r"|an\s+(?:diesem|jenem)\s+(?:tag|abend)|in\s+jener\s+nacht", "told", 0),
        # (round 35, date35) «am Tag davor», «in der Nacht zuvor», «am Abend davor»: vor dem erzählten Tag
        (r"am\s+vortag|am\s+tag\s+(?:zuvor|davor)|tags\s+zuvor|einen\s+tag\s+(?:zuvor|früher)"
         r"|(?:in\s+der\s+)?nacht\s+(?:zuvor|davor)|am\s+abend\s+(?:zuvor|davor)", "told", -1),
        (rf"(?:(?:in|während|seit)\s+der\s+)?(?:{_DE_PAST})\s+woche|(?:in\s+der\s+)?vorwoche",
         "week", -1),
        # (round 14, dat14) «Anfang der Woche», «zu Wochenbeginn»: Montag bis Mittwoch; «früher in dieser Woche»
        (r"(?:zu\s+)?(?:beginn|anfang)\s+(?:dieser|der)\s+woche|(?:zu\s+)?wochenbeginn", "week_start", 0),
        (r"(?:früher|zuvor)\s+in\s+dieser\s+woche", "earlier_week", 0),
        # (round 36, date36) die Woche des Berichts bis zu seinem Tag; «später in dieser Woche»: die Tage danach
        (r"später\s+in\s+dieser\s+woche", "later_week", 0),
        (r"(?:(?:in|seit)\s+)?diese[rn]?\s+woche", "week_so_far", 0),
        (rf"(?:in\s+der\s+)?(?:{_DE_NEXT})\s+woche", "week", 1),
        (r"(?:(?:in|während)\s+den\s+)?(?:vergangenen|letzten)\s+(?:sieben|7)\s+tagen",
         "rolling_week", 0),
        (r"(?:(?:in|während|binnen|innerhalb)\s+(?:den|der)\s+)?(?:vergangenen|letzten)\s+"
         r"(?:24|vierundzwanzig)\s+stunden", "past_24h", 0),
        (r"(?:(?:in|während|binnen|innerhalb)\s+(?:den|der)\s+)?(?:vergangenen|letzten)\s+"
         r"(?:48|achtundvierzig)\s+stunden", "past_48h", 0),
        (r"(?:(?:am|übers|über\s+das|an\s+diesem|dieses|während\s+des|an\s+dem)\s+)?wochenende",
         "weekend", 0),
        (rf"(?:(?:am|an\s+dem|über\s+das|während\s+des)\s+)?(?:{_DE_PAST}|zurückliegenden)\s+"
         r"wochenende", "weekend", -1),
        (rf"(?:(?:am|an\s+dem|über\s+das)\s+)?(?:{_DE_NEXT})\s+wochenende", "weekend", 1),
        # (round 16, lang16) a part of last month or year in the genitive: «Ende letzten Monats», «Anfang
        # des vergangenen Monats», «Mitte des Vormonats», «Ende vergangenen Jahres»
        (rf"(?:seit\s+)?(?:anfang|ende|mitte)\s+(?:des\s+)?(?:(?:{_DE_PAST})\s+monats|vormonats)", "month", -1),
        (rf"(?:seit\s+)?(?:anfang|ende|mitte)\s+(?:des\s+)?(?:(?:{_DE_PAST})\s+jahres|vorjahres)", "year", -1),
        (rf"(?:(?:im|seit\s+dem)\s+)?(?:{_DE_PAST})\s+monat|(?:im\s+)?vormonat", "month", -1),
        # (round 36, date36) «früher in diesem Monat»: vor dem Berichtstag; «Anfang dieses Monats»: erste Tage
        (r"(?:früher|zuvor)\s+in\s+diesem\s+monat", "earlier_month", 0),
        (r"(?:zu\s+)?(?:anfang|beginn)\s+(?:dieses|des)\s+monats|(?:zu\s+)?monatsbeginn|(?:zu\s+)?monatsanfang",
         "month_start", 0),
        (r"(?:in\s+)?diese[mn]\s+monat|(?:ende|mitte)\s+(?:dieses|des)\s+monats",
         "month", 0),
        (rf"(?:im\s+)?(?:{_DE_NEXT})\s+monat", "month", 1),
        (rf"(?:(?:im|seit\s+dem)\s+)?(?:{_DE_PAST})\s+jahr|(?:im\s+)?vorjahr", "year", -1),
        (r"(?:in\s+)?diese[ms]\s+jahr|(?:anfang|ende|mitte)\s+dieses\s+jahres", "year", 0),
        (rf"(?:im\s+)?(?:{_DE_NEXT})\s+jahr", "year", 1),
        # «vor wenigen Tagen» points at a moment a few days back: the week ending on the anchor
        (r"(?:(?:in|während)\s+den\s+)?(?:vergangenen|letzten)\s+(?:(?:zwei|drei|paar|beiden|"
         r"wenigen)\s+)?tagen|in\s+diesen\s+tagen|seit\s+(?:(?:einigen|mehreren|wenigen|ein\s+paar)"
         r"\s+)?tagen|vor\s+(?:wenigen|einigen|ein\s+paar)\s+tagen", "recent_days", 0),
        (r"(?:(?:in|während)\s+den\s+)?(?:vergangenen|letzten)\s+(?:(?:paar|wenigen)\s+)?wochen"
         r"|seit\s+(?:(?:einigen|mehreren|wenigen)\s+)?wochen|vor\s+(?:wenigen|einigen)\s+wochen",
         "recent_weeks", 0),
        (r"(?:(?:in|während)\s+den\s+)?(?:vergangenen|letzten)\s+(?:(?:paar|wenigen)\s+)?monaten"
         r"|seit\s+(?:(?:einigen|mehreren|wenigen)\s+)?monaten|vor\s+(?:wenigen|einigen)\s+monaten",
         "recent_months", 0),
        (r"(?:(?:in|während)\s+den\s+)?(?:vergangenen|letzten)\s+(?:(?:paar|wenigen)\s+)?jahren"
         r"|seit\s+(?:(?:einigen|mehreren|vielen)\s+)?jahren", "recent_years", 0),
    ),
    templates=(
        # «am Donnerstag», «am vergangenen Donnerstag», «Donnerstagabend», «in der Nacht zum Freitag»
        ("weekday", r"(?P<cue>(?:(?:seit|am|ab|bis|bis\s+zum|vom|zum|an\s+diesem|an\s+jenem|diesen|"
                    r"in\s+der\s+nacht\s+(?:zum|zu|auf(?:\s+den)?))\s+){{1,3}})?"
                    rf"(?:(?P<pre>{_DE_PAST}|{_DE_NEXT})\s+)?{{WD}}{_DE_DAYPART}?"
                    rf"(?:\s+{_DE_DAYPART})?"),
        # «am 30. November (2024)», «Freitag, 6. Dezember», «seit dem 27. November»
        # «in der Nacht vom 9. auf den 10. Dezember» ist die des 9.
        ("daymonth", r"(?:in\s+der\s+)?nacht\s+(?:vom|von)\s+(?P<day>\d{{1,2}})\.\s*(?:auf|zum|zu)\s+(?:den\s+)?"
                     r"\d{{1,2}}\.\s*{MON}(?:\s+(?P<year>\d{{4}}))?(?!\d)"),
        # (round 13, fx13a) «am 7. und 8. Dezember», «7.-8. Dezember»: es beginnt am ersten Tag
        ("daymonth", r"(?P<cue>(?:(?:seit|am|vom|an\s+den)\s+){{1,2}})?(?P<day>\d{{1,2}})\.\s*(?:und|-|–)\s*"
                     r"\d{{1,2}}\.\s*{MON}(?:\s+(?P<year>\d{{4}}))?(?!\d)"),
        ("daymonth", r"(?P<cue>(?:(?:seit|am|vom|bis|zum|ab|dem|den|an\s+dem|bis\s+zum|seit\s+dem|"
                     r"ab\s+dem|in\s+der\s+nacht\s+(?:zum|auf(?:\s+den)?))\s+){{1,3}})?"
                     rf"(?:{{WDX}}{_DE_DAYPART}?,?\s+(?:(?:den|dem)\s+)?)?"
                     r"(?P<day>\d{{1,2}})\.\s*{MON}(?:\s+(?P<year>\d{{4}}))?(?!\d)"),
        # «im November», «Ende November», «seit Anfang November», «im vergangenen November»
        ("month", r"(?P<cue>(?:(?:seit|im|in|bis|bis\s+zum|bis\s+in\s+den|ab|anfang|ende|mitte|"
                  r"im\s+laufe\s+des|im\s+monat|des\s+monats)\s+){{1,3}})?"
                  rf"(?:(?P<pre>{_DE_PAST}|{_DE_NEXT})\s+)?{{MON}}(?:\s+(?P<year>\d{{{{4}}}}))?(?!\d)"),
        ("year", r"(?P<cue>(?:(?:seit|bis|ab|anfang|ende|mitte|im\s+jahre?|seit\s+dem\s+jahre?|"
                 r"bis\s+zum\s+jahre?|des\s+jahres|vom\s+jahre?|jahre?)\s+){{1,3}})"
                 r"(?P<year>(?:19|20)\d{{2}})(?![\d,.]\d)(?!\d){NOCOUNT}"),
        # (round 34, lead) a past year after an adverb of past time, with no preposition as German
        # writes it («trafen sich zuletzt 2011», «hatte die Armee die Stadt bereits 2016
        # zurückerobert»): the clause's time, history, as «im Jahr 2011» is; read as no date, the
        # clause took the lead's day (a meeting of 2011 on the story's day)
        ("year", r"(?P<cue>(?:zuletzt|bereits|schon|erstmals|damals|einst|letztmals)\s+)" + _PAST_YEAR
                 + r"(?![\d,.]\d){NOCOUNT}"),
        # (round 28, ev28list) a war named by its year before the period («im Krieg von 1967», «im
        # Sechstagekrieg 1967», «während des Nahostkrieges von 1967»): the clause's time is history
        ("year", r"(?P<cue>(?:im|in\s+dem|während\s+des)\s+[\w-]*(?:krieg|kriegs|krieges|aufstand|aufstands|"
                 r"aufstandes|revolution)(?:\s+(?:von|vom\s+jahre?|des\s+jahres))?\s+)" + _PAST_YEAR),
        # «vor zwei Tagen»; «seit zwei Wochen» (for two weeks) is since=True
        ("ago", r"(?P<cue>vor|seit)\s+(?:(?:etwa|rund|knapp|gut|fast|mehr\s+als|über)\s+)?"
                r"(?P<n>\d+|{NUM})\s+{UNIT}"),
        # vom zuvor erzählten Tag aus gezählt: «zwei Tage später», «drei Tage zuvor», «wenige
        # Tage zuvor» (ein Zeitraum)
        ("told_count", r"(?:(?:(?P<n>\d+|{NUM})|einige|wenige|ein\s+paar)\s+)?{UNIT}\s+"
                       r"(?:(?P<later>später|danach)|(?P<earlier>zuvor|früher|vorher))"),
        # (round 16, dat16b) ein Tag ohne Monat: «am 27.», «seit dem 27. vergangenen Monats», «am
        # Dienstag, 3.» (``patterns._monthday``); ein großgeschriebenes Wort danach ist ein Nomen
        # («am 27. Jahrestag») oder ein Monat, also kein Tag ohne Monat
        # (round 32, oth32b) a part of the day before it, «am Morgen des 8.», and «des Monats» after it
        # (the current month, like «dieses Monats»)
        ("monthday", r"(?P<cue>(?:(?:seit|am|vom|bis|zum|ab|bis\s+zum|seit\s+dem|ab\s+dem)\s+){{1,2}}"
                     r"(?:(?:morgen|abend|nachmittag|vormittag|mittag)\s+des\s+)?)"
                     rf"(?:{{WD}}{_DE_DAYPART}?,?\s+(?:(?:den|dem)\s+)?)?"
                     r"(?P<day>\d{{1,2}})\.(?:\s*(?:(?P<cur>(?:dieses|des)\s+monats)|(?P<prev>(?:des\s+)?(?:vergangenen|letzten"
                     r"|vorigen)\s+monats|des\s+vormonats)))?(?!\s*(?-i:[A-ZÄÖÜ]))(?!\s*\d)"
                     r"(?!\s*(?:bis|und|auf|zum|-|–)\s*(?:(?:den|zum)\s+)?\d)"),
        # (round 16, dat16b) «Mittwoch vergangener Woche», «am Freitag der vergangenen Woche»
        ("week_weekday", r"(?P<cue>(?:(?:seit|am|ab|bis|bis\s+zum|vom|zum)\s+){{1,2}})?"
                         rf"{{WD}}{_DE_DAYPART}?\s+(?:(?:in\s+)?der\s+)?"
                         r"(?:(?P<last>vergangene[rn]|letzte[rn]|vorige[rn])|(?P<next>nächste[rn]|kommende[rn]))\s+woche"),
        ("iso", r"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)"),
        ("numeric", r"(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})(?!\d)"),
    ),
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "fr": FR, "ar": AR, "es": ES, "de": DE}
