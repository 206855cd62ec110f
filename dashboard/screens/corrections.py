"""Corrections page: every analyst action (override) with its time and note, undo; and "since my last
briefing" — what is new since a date and time, or since the last slide made."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import streamlit as st

from dashboard import briefing, review, ui
from dashboard.i18n import _
from dashboard.palette import SIDE_BY_KEY
from dashboard.screens import common


def _undo() -> None:
    ss = st.session_state
    action_id = ss.get("log_undo")
    if action_id is None:
        return
    try:
        review.undo(ui.store(), int(action_id), (ss.get("log_note") or "").strip())
    except ValueError as err:
        ui.flash("_log_flash", str(err), "error")
    else:
        ui.flash("_log_flash", _("Undone: #{id}").format(id=action_id))


def _side(key: str) -> str:
    return _(SIDE_BY_KEY[key].label) if key in SIDE_BY_KEY else (key or _("not on the map"))


def _since(store, events) -> None:
    st.header(_("Since my last briefing"))
    db = str(store.path)
    seen = briefing.update_seen(db, [e.id for e in events])
    last_slide = briefing.last_slide(db)
    modes = ["time", "slide"] if last_slide else ["time"]
    mode = st.radio(_("From"), modes, key="since_mode", horizontal=True,
                    format_func=lambda m: _("a date and time") if m == "time" else
                    _("the last slide made ({when})").format(when=last_slide))
    if mode == "slide" and last_slide:
        when = datetime.fromisoformat(last_slide)
    else:
        default = datetime.now(UTC) - timedelta(days=1)
        c1, c2 = st.columns(2)
        day = c1.date_input(_("Date"), value=default.date(), key="since_day", format="YYYY-MM-DD")
        at = c2.time_input(_("Time (UTC)"), value=time(default.hour, 0), key="since_time")
        when = datetime.combine(day, at, tzinfo=UTC)
    result = briefing.since(store, when, seen, events)
    c1, c2, c3 = st.columns(3)
    c1.metric(_("New events"), len(result.new_events))
    c2.metric(_("Control changes"), len(result.control_changes))
    c3.metric(_("Corrections"), len(result.corrections))
    if result.new_events:
        st.dataframe([{_("Date"): str(e.date or ""), _("Kind"): common.kind(e.kind), _("Summary"): e.summary,
                       _("First seen"): seen.get(e.id, "")} for e in result.new_events],
                     hide_index=True, width="stretch", key="since_events")
    if result.control_changes:
        st.caption(_("Control as of {day}: places whose holder differs from what was known then.").format(
            day=result.as_of))
        st.dataframe([{_("Place"): c.place, _("Before"): _side(c.before), _("Now"): _side(c.after)}
                      for c in result.control_changes], hide_index=True, width="stretch", key="since_control")
    if not (result.new_events or result.control_changes or result.corrections):
        st.info(_("Nothing new since then."))


def page() -> None:
    st.title(_("Corrections"))
    events = ui.events_or_stop(include_hidden=True)
    store = ui.store()
    ui.show_flash("_log_flash")
    actions = review.actions_of(store.overrides())
    by_id = {e.id: e for e in events}
    rows = review.log_rows(actions, by_id)
    st.caption(_("Every accept, correction, hide and undo, newest first. They are overrides kept by event id: "
                 "they survive rebuilds, and `python -m timeline overrides` lists them too."))
    if rows:
        st.dataframe([{"#": r.id, _("Time"): r.time, _("Action"): common.action(r.action), _("Event"): r.event,
                       _("Changes"): r.changes, _("Note"): r.note, _("By"): r.author, _("State"): r.state}
                      for r in rows], hide_index=True, width="stretch", key="corrections_log")
        undoable = [a for a in reversed(actions) if a.kind != "undo" and a.undone_by is None]
        if undoable:
            labels = {a.id: f"#{a.id} · {common.action(a.kind)} · {a.event_id} · {a.created_at}" for a in undoable}
            with st.container(horizontal=True, vertical_alignment="bottom"):
                st.selectbox(_("Undo an action"), list(labels), key="log_undo", format_func=labels.get)
                st.text_input(_("Note"), key="log_note")
                st.button(_("Undo"), key="log_undo_button", on_click=_undo, icon=":material/undo:")
    else:
        st.info(_("No corrections yet: accept, correct or hide events on the Review page."))
    visible = [e for e in events if e.id in {x.id for x in ui.events_or_stop()}]
    _since(store, visible)


if __name__ == "__main__":  # run by st.navigation as a page script
    page()
