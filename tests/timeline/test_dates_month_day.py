"""(Round 16, dat16b) Two date shapes the rule tables could not express before.

* A day of the month named without its month, with a cue that it is a day: an article and a day
  word («el pasado día 27», «el día 3», «يوم 27»), an ordinal suffix ("on the 27th", «am 27.»),
  « le 27 » closed by punctuation or « du mois », or a weekday before the number (« mercredi 27 »,
  «el miércoles 27», «Mittwoch, 27.»). It is the latest such day on or before the publication
  (template kind ``monthday``); a weekday that does not fit that day makes it no date.
* A weekday with a week offset: "Wednesday of last week", « mercredi de la semaine dernière »,
  «el miércoles de la semana pasada», «Mittwoch vergangener Woche», «الأربعاء من الأسبوع الماضي»: that
  weekday of the previous (or next) calendar week, Monday to Sunday (template kind ``week_weekday``).

Numbers that are no days (counts, units, «el día 27 de fuerzas», "the 25th Division") stay undated.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import find_dates

THU = date(2024, 12, 5)  # a Thursday: its week runs from Monday 2 to Sunday 8 December
D = date.fromisoformat

MONTH_DAY = [
    ("es", "La ofensiva comenzó el pasado día 27.", THU, "el pasado día 27", "2024-11-27"),
    ("es", "Las tropas llegaron el día 3 a la ciudad.", THU, "el día 3", "2024-12-03"),
    ("es", "Los combates empezaron el día 5 por la mañana.", THU, "el día 5", "2024-12-05"),
    ("es", "El ministro habló el miércoles 27 con su homólogo.", THU, "el miércoles 27", "2024-11-27"),
    ("en", "The offensive began on the 27th, officials said.", THU, "on the 27th", "2024-11-27"),
    ("en", "Talks were held on the 3rd of this month.", THU, "on the 3rd of this month", "2024-12-03"),
    ("en", "The rebels entered the city on Tuesday the 3rd.", THU, "on Tuesday the 3rd", "2024-12-03"),
    ("fr", "L'offensive a commencé le 27, selon l'OSDH.", THU, "le 27", "2024-11-27"),
    ("fr", "Les rebelles sont entrés dans la ville mercredi 4 au soir.", THU, "mercredi 4", "2024-12-04"),
    ("fr", "Les combats ont repris le 2 du mois.", THU, "le 2 du mois", "2024-12-02"),
    ("de", "Die Offensive begann am 27. mit einem Großangriff.", THU, "am 27.", "2024-11-27"),
    ("de", "Die Gespräche fanden am Dienstag, 3. statt.", THU, "am Dienstag, 3.", "2024-12-03"),
    ("ar", "بدأ الهجوم يوم 27 من الشهر الماضي.", THU, "يوم 27 من الشهر الماضي", "2024-11-27"),
    ("ar", "دخلت الفصائل المدينة يوم 3 الجاري.", THU, "يوم 3 الجاري", "2024-12-03"),
    ("ar", "دخلت الفصائل المدينة يوم الأربعاء 4 الجاري.", THU, "يوم الأربعاء 4 الجاري", "2024-12-04"),
    ("ar", "وصل الوفد في الخامس من الشهر الجاري.", THU, "في الخامس من الشهر الجاري", "2024-12-05"),
    ("ar", "بدأ الهجوم في السابع والعشرين من الشهر الماضي.", THU, "في السابع والعشرين من الشهر الماضي", "2024-11-27"),
    # the 31st of a month that has none looks further back
    ("es", "Todo empezó el día 31.", D("2024-12-05"), "el día 31", "2024-10-31"),
]


@pytest.mark.parametrize("lang, text, anchor, phrase, day", MONTH_DAY)
def test_a_day_without_its_month_is_the_latest_such_day(lang: str, text: str, anchor: date, phrase: str,
                                                        day: str) -> None:
    found = find_dates(text, lang, anchor)
    assert [(e.phrase, e.date, e.date_end, e.precision) for e in found] == [(phrase, D(day), D(day), "day")]


WEEK_WEEKDAY = [
    ("es", "El ataque ocurrió el miércoles de la semana pasada.", "el miércoles de la semana pasada", "2024-11-27"),
    ("es", "Se reunieron el lunes de la semana anterior.", "el lunes de la semana anterior", "2024-11-25"),
    ("de", "Der Angriff geschah am Mittwoch vergangener Woche.", "am Mittwoch vergangener Woche", "2024-11-27"),
    ("de", "Die Rebellen rückten am Freitag der vergangenen Woche vor.", "am Freitag der vergangenen Woche",
     "2024-11-29"),
    ("en", "The attack came on Wednesday of last week.", "on Wednesday of last week", "2024-11-27"),
    ("en", "The rebels entered the town on Sunday last week.", "on Sunday last week", "2024-12-01"),
    ("fr", "L'attaque a eu lieu mercredi de la semaine dernière.", "mercredi de la semaine dernière", "2024-11-27"),
    ("fr", "Ils se sont vus le vendredi de la semaine passée.", "le vendredi de la semaine passée", "2024-11-29"),
    ("ar", "وقع الهجوم يوم الأربعاء من الأسبوع الماضي.", "يوم الأربعاء من الأسبوع الماضي", "2024-11-27"),
    ("ar", "التقى الوزيران الخميس من الأسبوع الماضي.", "الخميس من الأسبوع الماضي", "2024-11-28"),
    ("es", "Se reunirán el martes de la semana próxima.", "el martes de la semana próxima", "2024-12-10"),
]


@pytest.mark.parametrize("lang, text, phrase, day", WEEK_WEEKDAY)
def test_a_weekday_of_last_week_is_in_the_previous_calendar_week(lang: str, text: str, phrase: str,
                                                                 day: str) -> None:
    found = find_dates(text, lang, THU)
    assert [(e.phrase, e.date, e.date_end, e.precision) for e in found] == [(phrase, D(day), D(day), "day")]


def test_a_weekday_of_last_week_on_a_sunday_and_a_monday() -> None:
    """The calendar week, not seven days back: on Sunday 8 December last week's Sunday is the 1st;
    on Monday 2 December last week's Wednesday is 27 November."""
    assert find_dates("el domingo de la semana pasada", "es", D("2024-12-08"))[0].date == D("2024-12-01")
    assert find_dates("el miércoles de la semana pasada", "es", D("2024-12-02"))[0].date == D("2024-11-27")


NOT_DAYS = [
    ("es", "Murieron 27 personas."),
    ("es", "Fue el día 27 de fuerzas rebeldes en la zona."),
    ("es", "el día de la victoria"),
    ("en", "27 killed in the strikes"),
    ("en", "the 25th Division withdrew from the city"),
    ("en", "the 4th Armoured Division"),
    ("fr", "le 27e régiment a reculé"),
    ("fr", "Le bilan atteint 27 morts."),
    ("fr", "le 27 rue de la Paix"),
    ("de", "am 27. Jahrestag der Revolution"),
    ("de", "27 Tote bei Angriffen"),
    ("ar", "قتل 27 شخصا"),
    ("ar", "في الخامس من الشهر"),  # an ordinal day needs «الجاري» or «الماضي»
    ("ar", "قتل 5 من الجنود يوم 5 من المعارك"),
]


@pytest.mark.parametrize("lang, text", NOT_DAYS)
def test_numbers_that_are_no_days_stay_undated(lang: str, text: str) -> None:
    assert find_dates(text, lang, THU) == []


def test_a_weekday_that_does_not_fit_the_day_is_no_day_of_the_month() -> None:
    """« mercredi 28 » in a 5 December story: 28 November was a Thursday, so the number is no day
    of this month; only the weekday is read."""
    found = find_dates("Il a parlé mercredi 28.", "fr", THU)
    assert [(e.phrase, e.date) for e in found] == [("mercredi", D("2024-12-04"))]


@pytest.mark.parametrize("lang, text, phrase", [
    ("fr", "Les ministres se réuniront jeudi 5 à Doha.", "jeudi 5"),
    ("es", "Los ministros se reunirán el jueves 5 en Doha.", "el jueves 5"),
    ("ar", "يجتمع الوزراء يوم الخميس 5 الجاري في الدوحة.", "يوم الخميس 5 الجاري"),
])
def test_a_weekday_that_fits_a_day_ahead_names_the_forthcoming_day(lang: str, text: str, phrase: str) -> None:
    """« jeudi 5 » in a Tuesday 3 December story is Thursday 5 December: the weekday confirms it."""
    found = find_dates(text, lang, D("2024-12-03"))
    assert [(e.phrase, e.date) for e in found] == [(phrase, D("2024-12-05"))]


def test_a_day_without_its_month_needs_an_anchor() -> None:
    found = find_dates("La ofensiva comenzó el pasado día 27.", "es", None)
    assert [(e.phrase, e.date, e.resolved) for e in found] == [("el pasado día 27", None, False)]


RANGES = [
    ("de", "Die Konferenz findet vom 7. bis 8. Dezember statt.", "bis 8. Dezember"),
    ("en", "The forum runs from the 7th to the 8th of December.", "the 8th of December"),
    ("es", "El foro se celebra del día 7 al 8 de diciembre.", "al 8 de diciembre"),
    ("ar", "يعقد المنتدى يوم 7 إلى 8 كانون الأول.", "8 كانون الأول"),
]


@pytest.mark.parametrize("lang, text, phrase", RANGES)
def test_the_first_day_of_a_range_into_a_month_is_no_day_without_its_month(lang: str, text: str,
                                                                          phrase: str) -> None:
    """«vom 7. bis 8. Dezember»: the first number shares the month named after the second; read
    alone as the latest 7th before a 6 December story it was 7 November."""
    found = find_dates(text, lang, D("2024-12-06"))
    assert [e.phrase for e in found] == [phrase] and found[0].date.month == 12, found


@pytest.mark.parametrize("text, parts", [
    ("Die Rebellen haben am 5. die Stadt Hama eingenommen.", 1),
    ("Die Offensive begann am 27. Die Rebellen rückten rasch vor.", 2),
    ("Das Treffen fand am 5. Dezember statt. Danach reiste er ab.", 2),
])
def test_an_ordinal_days_dot_before_a_lower_case_word_ends_no_sentence(text: str, parts: int) -> None:
    """«am 5. die Stadt»: a sentence opens with a capital, so the dot is the day's (de.yaml
    ``ordinal_day_followers``); before a capital it may end the sentence, as it did."""
    from timeline.sentences import split_sentences

    assert len(split_sentences(text)) == parts
