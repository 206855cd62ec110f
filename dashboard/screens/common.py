"""Labels the pages share, translated where shown (marked with ``N_`` for extraction)."""

from __future__ import annotations

from dashboard.i18n import N_, _

SIGNAL_LABELS = {
    "conflict": N_("conflicts with the control state"),
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
KIND_LABELS = {
    "control_change": N_("Control change"),
    "statement": N_("Statement"),
    "call": N_("Phone call"),
    "visit": N_("Visit"),
    "meeting": N_("Meeting"),
    "strike": N_("Strike"),
    "other": N_("Other"),
}
STANCE_LABELS = {
    "supports_damascus": N_("Supports Damascus"),
    "supports_opposition": N_("Supports the opposition"),
    "calls_for_deescalation": N_("Calls for de-escalation"),
    "concerned_neutral": N_("Concerned / neutral"),
    "other": N_("Other"),
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
    return _(STANCE_LABELS[code]) if code in STANCE_LABELS else _("not stated")
