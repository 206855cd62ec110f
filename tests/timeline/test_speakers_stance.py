"""Statements told by a verb of stance or commitment, and a fighting side's word on its own retreat
(issue 10, round 11): the project's own sentences, written for this file in a news-like style.

* A state or an official who *hails*, *praises*, *rejects*, *hopes* or *condemns* speaks as much
  as one who "said": each language has its own verbs of stance («أشاد», «رفض», « s'est félicité »,
  «elogió», «würdigte»), and the news names the stance with them.
* A fighting side that announces its own withdrawal or redeployment ("the army said in a statement
  that it had redeployed outside Hama") makes a statement beside the control change; its claim of
  ground ("the rebels said they had captured Morek") was no statement (round 9's rule) until the
  corpus ruling of round 17: a side's account told as its words is its statement besides the capture.
* Negatives: a verb of stance that is no one's statement (a rebel's hope to reach a town, a past
  participle used as an adjective) makes none.

Each row lists the kinds and first actors of the sentence's statements (``[]``: none). Rows the
extractor gets wrong carry a reason and run as strict xfails.
"""

from __future__ import annotations

from datetime import date

import pytest

FRIDAY = date(2024, 12, 6)

#: (lang, text, speakers of the sentence's statements, known failure or None)
STANCE_ROWS: list[tuple[str, str, list[str], str | None]] = [
    # verbs of stance and commitment
    ("en", "Jordan praised the peaceful handover of power in Damascus.", ["Jordan"], None),
    ("en", "Qatar hailed the departure of the Syrian ruler as a turning point.", ["Qatar"], None),
    ("en", "Egypt rejected any foreign meddling in Syria's affairs.", ["Egypt"], None),
    ("en", "Lavrov hoped the talks in Doha would bring the parties closer.", ["Sergey Lavrov"], None),
    ("en", "Turkey restated its backing for Syria's territorial integrity.", ["Turkey"], None),
    ("fr", "La Jordanie s'est félicitée de la passation pacifique du pouvoir à Damas.", ["Jordan"], None),
    ("fr", "L'Égypte a rejeté toute ingérence étrangère en Syrie.", ["Egypt"], None),
    ("fr", "Le Qatar a invité les parties syriennes à reprendre le dialogue.", ["Qatar"], None),
    ("ar", "أشادت قطر بالانتقال السلمي للسلطة في دمشق.", ["Qatar"], None),
    ("ar", "رفضت مصر أي تدخل أجنبي في الشؤون السورية.", ["Egypt"], None),
    ("ar", "أدانت الأردن الهجمات على المدنيين في حلب.", ["Jordan"], None),
    ("ar", "استنكرت تركيا استهداف المدنيين في إدلب.", ["Turkey"], None),
    ("es", "Jordania elogió el traspaso pacífico del poder en Damasco.", ["Jordan"], None),
    ("es", "Catar aplaudió el acuerdo alcanzado en Doha.", ["Qatar"], None),
    ("es", "Egipto invitó a las partes sirias a retomar el diálogo.", ["Egypt"], None),
    ("de", "Jordanien würdigte die friedliche Machtübergabe in Damaskus.", ["Jordan"], None),
    ("de", "Ägypten lehnte jede ausländische Einmischung in Syrien ab.", ["Egypt"], None),
    ("de", "Katar hoffte auf eine politische Lösung für Syrien.", ["Qatar"], None),
    # (written after the dev third was read) a hope with its clause, a verb of announcing split in
    # two, a welcome told in the passive with its agent
    ("ar", "ويأمل وزير الخارجية التركي هاكان فيدان أن يتوقف القتال سريعا.", ["Hakan Fidan"], None),
    ("de", "Katar gab am Montag bekannt, dass es die Gespräche ausrichten werde.", ["Qatar"], None),
    ("de", "Die Lage bleibe ernst, fügte Fidan hinzu.", ["Hakan Fidan"], None),
    ("fr", "Une transition saluée par la Jordanie.", ["Jordan"], None),
    ("es", "Un acuerdo saludado por Catar.", ["Qatar"], None),
    # negatives: no one's statement
    ("en", "The rebels hoped to reach Homs before the weekend.", [], None),
    ("en", "A much-praised ceasefire collapsed in the north.", [], None),
    ("fr", "Les rebelles espéraient atteindre Homs avant le week-end.", [], None),
    ("ar", "وتأمل الفصائل الوصول إلى حمص قبل نهاية الأسبوع.", [], None),
]

#: (lang, text, statement speakers, control changes expected, known failure or None)
RETREAT_ROWS: list[tuple[str, str, list[str], int, str | None]] = [
    ("en", "The army said in a statement that it had redeployed its units outside Hama.",
     ["Syrian government"], 1, None),
    ("en", "The Syrian army announced that it had pulled its troops out of Hama to spare civilians.",
     ["Syrian government"], 1, "no control trigger reads 'pulled its troops out of' (a control row)"),
    ("fr", "L'armée syrienne a annoncé s'être retirée de Hama pour épargner les civils.",
     ["Syrian government"], 1, "no control trigger reads « s'être retirée de » (a control row)"),
    ("ar", "أعلن الجيش السوري في بيان أنه أعاد انتشار قواته خارج مدينة حماة.", ["Syrian government"], 1, None),
    # (round 13, lang13) the trigger was there; the pluperfect made the sentence background, which
    # reported speech («anunció que se había retirado») no longer does
    ("es", "El ejército sirio anunció que se había retirado de Hama para proteger a los civiles.",
     ["Syrian government"], 1, None),
    # (round 17, stm17) a claim of ground is the side's statement besides the capture (round-17 ruling)
    ("en", "The rebels said they had captured Morek.", ["Syrian armed opposition"], 1, None),
    ("fr", "Les rebelles ont annoncé avoir pris Morek.", [], 1,
     "no control trigger reads « avoir pris » (a control row): the claim stays a statement"),
    ("ar", "أعلنت الفصائل أنها سيطرت على مدينة مورك.", ["Syrian armed opposition"], 1, None),
]


def _events(events_geoparser, registry, text: str, lang: str):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    article = Article(id="stance.txt", path=None, text=text, language=lang, published=FRIDAY, outlet="test wire")
    return extract_article_events(article, events_geoparser.parse(text, lang), registry)


def _assert_statement_speakers(events_geoparser, registry, lang: str, text: str, speakers: list[str]) -> None:
    """The speakers of the statements the real extractor makes of ``text``, in order."""
    events = _events(events_geoparser, registry, text, lang)
    assert [e.actors[0] for e in events if e.kind == "statement"] == speakers, (
        text, [(e.kind, e.summary) for e in events])


def _marks(reason: str | None) -> list:
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize("lang, text, speakers", [
    pytest.param(lang, text, speakers, marks=_marks(reason), id=f"{lang}-{i:02d}")
    for i, (lang, text, speakers, reason) in enumerate(STANCE_ROWS)])
def test_a_verb_of_stance_is_a_statement(events_geoparser, registry, lang, text, speakers):
    _assert_statement_speakers(events_geoparser, registry, lang, text, speakers)


@pytest.mark.parametrize("lang, text, speakers, changes", [
    pytest.param(lang, text, speakers, changes, marks=_marks(reason), id=f"{lang}-{i:02d}")
    for i, (lang, text, speakers, changes, reason) in enumerate(RETREAT_ROWS)])
def test_a_fighting_sides_word_on_its_own_retreat_is_a_statement(events_geoparser, registry, lang, text,
                                                                  speakers, changes):
    events = _events(events_geoparser, registry, text, lang)
    assert [e.actors[0] for e in events if e.kind == "statement"] == speakers, (
        text, [(e.kind, e.summary) for e in events])
    assert sum(e.kind == "control_change" for e in events) == changes, [(e.kind, e.summary) for e in events]


#: (lang, text, speakers of the text's statements, known failure or None): who speaks when the words
#: said are quoted or told after a colon, and when the statement itself is the next sentence's subject
QUOTED_ROWS: list[tuple[str, str, list[str], str | None]] = [
    # a name right before the closing quotation mark is the quote's own, not the speaker
    ("de", "„Die Armee hat Hama an die Rebellen verloren“, sagte der Chef der Syrischen Beobachtungsstelle "
           "für Menschenrechte.", [], None),
    ("en", "\"Homs is now outside the control of the regime\", said the Syrian Observatory for Human Rights.",
     [], None),
    # the words after a colon are what is said, however far the colon stands from the verb
    ("ar", "وقال ناشط من حمص، وهو على تواصل مع السكان في المدينة ومحيطها، لوكالة رويترز: \"إن قوات الحكومة "
           "السورية انسحبت من الأحياء الشمالية\".", [], None),
    ("en", "A local activist, who has relatives in the town and speaks to them daily, told Reuters: \"The "
           "Syrian army has left the northern districts\".", [], None),
    # a quoted name right after the verb is its subject, no quotation of words
    ("ar", "وقالت \"هيئة تحرير الشام\" إن الطريق إلى حمص مفتوح.", ["Hayat Tahrir al-Sham"], None),
    # a name glued to a preposition after a verb whose subject goes unsaid is its object, no speaker
    ("ar", "كما دعت عناصر تابعة لتركيا إلى الانسحاب من منبج.", [], None),
    # the statement named again as the next sentence's subject: its speaker's words go on
    ("en", "Turkey's foreign ministry said on Thursday that Ankara backed a political solution. The statement "
           "added that the Syrian government must engage with the opposition.", ["Turkish Foreign Ministry"], None),
    ("ar", "دعت وزارة الخارجية التركية الخميس إلى حل سياسي في سوريا. كما لفت البيان إلى أن على الحكومة السورية "
           "الحوار مع المعارضة.", ["Turkish Foreign Ministry"], None),
    ("fr", "Le ministère turc des Affaires étrangères a appelé jeudi à une solution politique. Le communiqué "
           "précise que le gouvernement syrien doit dialoguer avec l'opposition.", ["Turkish Foreign Ministry"], None),
    ("es", "El Ministerio de Exteriores turco pidió el jueves una solución política. El comunicado añade que el "
           "Gobierno sirio debe dialogar con la oposición.", ["Turkish Foreign Ministry"], None),
]


@pytest.mark.parametrize("lang, text, speakers", [
    pytest.param(lang, text, speakers, marks=_marks(reason), id=f"{lang}-{i:02d}")
    for i, (lang, text, speakers, reason) in enumerate(QUOTED_ROWS)])
def test_quoted_words_and_the_statement_as_subject(events_geoparser, registry, lang, text, speakers):
    _assert_statement_speakers(events_geoparser, registry, lang, text, speakers)


#: (lang, text, calls once merged): a second call of the same day with a counterpart the registry
#: does not name is a call of its own; the same call told again stays one
CALL_ROWS: list[tuple[str, str, int]] = [
    ("en", "Turkish Foreign Minister Hakan Fidan spoke by phone with Sergey Lavrov on Thursday. Fidan also "
           "phoned Lebanon's prime minister on Thursday about the fighting.", 2),
    ("ar", "أجرى وزير الخارجية التركي هاكان فيدان الخميس اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف. كما أجرى "
           "فيدان الخميس اتصالا هاتفيا مع رئيس الحكومة في لبنان.", 2),
    ("en", "Hakan Fidan spoke by phone with Sergey Lavrov on Thursday. Fidan phoned Russia's top diplomat on "
           "Thursday about Syria.", 1),
]


@pytest.mark.parametrize("lang, text, calls", CALL_ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(CALL_ROWS)])
def test_a_second_call_with_another_counterpart_is_its_own(events_geoparser, registry, lang, text, calls):
    from timeline.merge import merge_events

    merged = merge_events(_events(events_geoparser, registry, text, lang), [], registry)
    assert sum(e.kind == "call" for e in merged) == calls, [(e.kind, e.actors) for e in merged]
