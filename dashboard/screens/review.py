"""Review page: extracted events ordered by their need of review, each with its sentence marked;
accept, correct, hide or undo — every action an override in the store (``dashboard.review``).

Sentences come from articles: they are shown escaped (``dashboard.sources.sentence_html``).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data, i18n, new_marks, place_picker, review, ui
from dashboard.i18n import _, ngettext
from dashboard.screens import common
from dashboard.sources import ARTICLE_CSS, sentence_html
from timeline.types import Event

PAGE_SIZE = 15
FILTERS = ("to_review", "all", "reviewed", "hidden")


def _flash(message: str, kind: str = "success") -> None:
    ui.flash("_review_flash", message, kind)


def _note(event_id: str) -> str:
    return (st.session_state.get(f"note-{event_id}") or "").strip()


def _accept(event_id: str) -> None:
    review.accept(ui.store(), event_id, _note(event_id))
    _flash(_("Accepted: it now weighs as an analyst's report."))


def _hide(event_id: str) -> None:
    review.hide(ui.store(), event_id, _note(event_id))
    _flash(_("Hidden from every view and export. Undo brings it back."))


def _undo(action_id: int, event_id: str) -> None:
    try:
        review.undo(ui.store(), action_id, _note(event_id))
    except ValueError as err:
        _flash(str(err), "error")
    else:
        _flash(_("Undone."))


def _correct(event: Event, choices: dict[str, dict[str, Any]]) -> None:
    ss, i = st.session_state, event.id
    wanted: dict[str, Any] = {
        "kind": ss.get(f"kind-{i}", event.kind),
        "date": ss.get(f"date-{i}"),
        "from_controller": ss.get(f"from-{i}") or None,
        "to_controller": ss.get(f"to-{i}") or None,
        "stance": ss.get(f"stance-{i}") or None,
        "actors": [a.strip() for a in (ss.get(f"actors-{i}") or "").split(";") if a.strip()],
        "places": [choices[k] for k in ss.get(f"places-{i}") or [] if k in choices],
    }
    if wanted["date"] is None:
        del wanted["date"]
    written = review.correct(ui.store(), event, wanted, (ss.get(f"cnote-{i}") or "").strip())
    if written:
        fields = ", ".join(dict.fromkeys(o.field for o in written))
        _flash(_("Corrected ({fields}): it now weighs as an analyst's report.").format(fields=fields))
    else:
        _flash(_("Nothing changed."), "info")


def _correction_form(event: Event, choices: dict[str, dict[str, Any]], controllers: list[str]) -> None:
    i = event.id
    with st.form(key=f"form-{i}", border=False):
        c1, c2 = st.columns(2)
        kinds = list(review.KINDS)
        c1.selectbox(_("Kind"), kinds, index=kinds.index(event.kind) if event.kind in kinds else 0,
                     key=f"kind-{i}", format_func=common.kind)
        c2.date_input(_("Date"), value=event.date, key=f"date-{i}", format="YYYY-MM-DD")
        options = ["", *controllers]
        for col, field, key, label in ((c1, "from_controller", "from", _("Controller before (from)")),
                                       (c2, "to_controller", "to", _("Controller after (to)"))):
            value = getattr(event, field) or ""
            if value not in options:
                options.append(value)
            col.selectbox(label, options, index=options.index(value), key=f"{key}-{i}",
                          format_func=lambda v: v or _("unknown / not stated"))
        governorates = place_picker.governorate_names(data.boundaries().governorates, i18n.current())
        place_keys = [p.geonameid or p.name for p in event.places if (p.geonameid or p.name) in choices]
        st.multiselect(_("Places (from the gazetteer)"), list(choices), default=place_keys, key=f"places-{i}",
                       format_func=lambda k: place_picker.place_label(choices.get(k) or {}, k, governorates))
        c3, c4 = st.columns(2)
        c3.text_input(_("Actors (separated by ;)"), value="; ".join(event.actors), key=f"actors-{i}")
        stances = ["", *review.STANCE_CHOICES]
        c4.selectbox(_("Stance"), stances, index=stances.index(event.stance or ""), key=f"stance-{i}",
                     format_func=lambda s: common.stance(s or None))
        st.text_input(_("Note (why)"), key=f"cnote-{i}")
        st.form_submit_button(_("Save correction"), key=f"save-{i}", on_click=_correct, args=(event, choices),
                              type="primary")


def _item(item: review.QueueItem, actions: list[review.Action], choices: dict[str, dict[str, Any]],
          controllers: list[str], surfaces: dict[str, list[dict[str, Any]]]) -> None:
    e = item.event
    with st.container(border=True, key=f"rv-{e.id}"):
        badges = [common.status(item.status)]
        if item.new:
            badges.insert(0, _("new"))
        head = f"{e.date or '?'} · {common.kind(e.kind)} · {e.summary}"
        st.markdown(" ".join(f":{'orange' if b == _('new') else 'blue'}-badge[{b}]" for b in badges))
        st.text(head)
        if e.kind == "control_change":
            st.text(_("Places: {places} · from {frm} to {to}").format(
                places=", ".join(p.name for p in e.places) or "—", frm=e.from_controller or "?",
                to=e.to_controller or "?"))
        if item.signals:
            needs = _("Needs review: {signals}").format(signals="; ".join(common.signal(s) for s in item.signals))
            if e.confidence is not None:
                needs += " · " + _("confidence {value:.2f}").format(value=e.confidence)
            st.caption(needs)
        terms = review.highlight_terms(e)
        names = {p.name for p in e.places}
        for s in e.sources[:3]:
            st.caption(f"{s.outlet or s.article} · {s.language or '?'} · {s.published or '?'}")
            # the article's own spelling of the event's places ("Kafr Nubl" for Kafr Nabl)
            spelled = [m["surface"] for m in surfaces.get(s.article, ()) if m.get("name") in names]
            ui.safe_html(sentence_html(s.sentence, review.spans_of(s.sentence, [*terms, *spelled]), s.language))
        if len(e.sources) > 3:
            st.caption(ngettext("and {n} more source", "and {n} more sources", len(e.sources) - 3).format(
                n=len(e.sources) - 3))
        live = [a for a in actions if a.event_id == e.id and a.kind != "undo" and a.undone_by is None]
        st.text_input(_("Note"), key=f"note-{e.id}", placeholder=_("Why (kept with the override)"),
                      label_visibility="collapsed")
        with st.container(horizontal=True):
            st.button(_("Accept"), key=f"accept-{e.id}", on_click=_accept, args=(e.id,),
                      disabled=item.status != "to_review", icon=":material/check:")
            st.button(_("Hide"), key=f"hide-{e.id}", on_click=_hide, args=(e.id,),
                      disabled=item.status == "hidden", icon=":material/visibility_off:")
            if live:
                st.button(_("Undo {action}").format(action=common.action(live[-1].kind)), key=f"undo-{e.id}",
                          on_click=_undo, args=(live[-1].id, e.id), icon=":material/undo:")
        # Drawn only while open: the form's place list is the whole gazetteer of Syria.
        correct = st.expander(_("Correct"), expanded=False, key=f"correct-{e.id}", on_change="rerun")
        if correct.open:
            with correct:
                _correction_form(e, choices, controllers)


def page() -> None:
    st.html(ARTICLE_CSS)
    st.title(_("Review queue"))
    events = ui.events_or_stop(include_hidden=True)
    store = ui.store()
    ui.show_flash("_review_flash")
    actions = review.actions_of(store.overrides())
    hidden_ids = _hidden_ids(store, events)
    visible = [e for e in events if e.id not in hidden_ids]
    conflicts = review.conflicting_event_ids(visible)
    jobs = data.build_jobs()
    job = jobs.get(str(store.path))
    new_ids = new_marks.new_ids(store.path, job, {e.id for e in events})  # kept across restarts
    queue = review.review_queue(events, hidden_ids=hidden_ids, conflicts=conflicts, actions=actions,
                                new_ids=new_ids)
    counts = {k: sum(1 for i in queue if i.status == k) for k in ("to_review", "accepted", "corrected", "hidden")}
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(_("To review"), counts["to_review"])
    c2.metric(_("Accepted"), counts["accepted"])
    c3.metric(_("Corrected"), counts["corrected"])
    c4.metric(_("Hidden"), counts["hidden"])
    st.caption(_("Extracted events, those most in need of review first: conflicts with the control state, "
                 "then low confidence (inferred date, unknown direction, single source). An accepted or "
                 "corrected event weighs as an analyst's report on the map; every action is kept in the "
                 "Corrections log and survives rebuilds."))
    shown_filter = st.segmented_control(_("Show"), FILTERS, default="to_review", key="review_filter",
                                        format_func=lambda f: {"to_review": _("to review"), "all": _("all"),
                                                               "reviewed": _("reviewed"),
                                                               "hidden": _("hidden")}[f]) or "to_review"
    if shown_filter == "to_review":
        items = [i for i in queue if i.status == "to_review"]
    elif shown_filter == "reviewed":
        items = [i for i in queue if i.status in ("accepted", "corrected")]
    elif shown_filter == "hidden":
        items = [i for i in queue if i.status == "hidden"]
    else:
        items = queue
    if not items:
        st.info(_("Nothing here: every extracted event has been reviewed.") if shown_filter == "to_review"
                else _("No events."))
        return
    pages = max(1, -(-len(items) // PAGE_SIZE))
    n = st.number_input(_("Page"), 1, pages, 1, key="review_page") if pages > 1 else 1
    mentions = store.place_mentions()
    choices = place_picker.place_choices(events, mentions, data.gazetteer_places())
    surfaces: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        surfaces.setdefault(m["article"], []).append(m)
    controllers = sorted({c for e in events for c in (e.from_controller, e.to_controller) if c}
                         | set(review.CONTROLLERS))
    for item in items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]:
        _item(item, actions, choices, controllers, surfaces)


def _hidden_ids(store, events: list[Event]) -> set[str]:
    """Events hidden by an override (``load_events`` without them, compared with all)."""
    db = str(store.path)
    version = data.store_version(store.path)
    shown = {e.id for e in data.load_events(db, version)}
    return {e.id for e in events if e.id not in shown}


if __name__ == "__main__":  # run by st.navigation as a page script
    page()
