"""Labels the pages share, translated where shown (marked with ``N_`` for extraction)."""

from __future__ import annotations

from dashboard.i18n import N_, _
from dashboard.labels import KIND_LABELS
from dashboard.palette import STANCE_BY_KEY

SIGNAL_LABELS = {
    "conflict": N_("conflicts with the control state"),
    "direction_disputed": N_("direction disputed by its reports"),
    "direction_unknown": N_("direction unknown"),
    "date_inferred": N_("date inferred"),
    "taker_guessed": N_("taker guessed"),
    "speaker_guessed": N_("speaker guessed"),
    "single_source": N_("single source"),
}
STATUS_LABELS = {
    "to_review": N_("to review"),
    "accepted": N_("accepted"),
    "corrected": N_("corrected"),
    "hidden": N_("hidden"),
    "processed": N_("processed"),
    "degraded": N_("degraded, with warnings"),
    "refused": N_("refused"),
    "failed": N_("failed"),
}
ACTION_LABELS = {
    "accept": N_("accept"),
    "correct": N_("correct"),
    "hide": N_("hide"),
    "undo": N_("undo"),
}



def signal(code: str) -> str:
    return _(SIGNAL_LABELS.get(code, code))


def status(code: str) -> str:
    return _(STATUS_LABELS.get(code, code))


def action(code: str) -> str:
    return _(ACTION_LABELS.get(code, code))


def kind(code: str) -> str:
    return _(KIND_LABELS[code]) if code in KIND_LABELS else code


def stance(code: str | None) -> str:
    return _(STANCE_BY_KEY[code].label) if code in STANCE_BY_KEY else _("not stated")
