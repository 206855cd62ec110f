"""Sources page: add articles (upload or paste, then an incremental build in the background), and every
article with its status, events, place mentions and its text with places and dates marked.

Article text is only rendered through ``dashboard.sources.highlighted_html``, which escapes it.
"""

from __future__ import annotations

import streamlit as st

from dashboard import data, ingest, new_marks, ui
from dashboard import sources as src
from dashboard.i18n import _
from dashboard.screens import common

LANGS = ("en", "fr", "ar")


def _job():
    return data.build_jobs().get(str(ui.store().path))


def _start_build(expected: int) -> None:
    store = ui.store()
    jobs = data.build_jobs()
    job = jobs.get(str(store.path))
    if job is not None and job.running:
        return
    jobs[str(store.path)] = ingest.start_build(store.path, src.articles_dir(store), expected)


def _add_files() -> None:
    ss = st.session_state
    files = ss.get("upload") or []
    results = []
    if len(files) > ingest.MAX_FILES:
        ss["_add_result"] = [ingest.Checked("", False, _("too many files: {n}, at most {max} at once").format(
            n=len(files), max=ingest.MAX_FILES))]
        return
    if not files:
        ss["_add_result"] = [ingest.Checked("", False, _("no file chosen: drop or browse files above first"))]
        return
    folder = src.articles_dir(ui.store())
    saved = 0
    for f in files:
        payload = f.getvalue()
        checked = ingest.check(f.name, payload)
        if checked.ok:
            article_id = ingest.save(folder, checked.name, payload)  # the name its content calls for
            checked = ingest.Checked(checked.name, True, warnings=checked.warnings, language=checked.language,
                                     saved_as=article_id)
            saved += 1
        results.append(checked)
    ss["_add_result"] = results
    if saved:
        _start_build(saved)


def _add_paste() -> None:
    ss = st.session_state
    text = (ss.get("paste_text") or "").strip()
    if not text:
        ss["_add_result"] = [ingest.Checked(_("pasted text"), False, _("the text is empty"))]
        return
    try:
        name, payload = ingest.pasted(text, language=ss.get("paste_lang") or "en", published=ss.get("paste_date"),
                                      outlet=ss.get("paste_outlet") or "", url=ss.get("paste_url") or "",
                                      title=ss.get("paste_title") or "")
    except ValueError as err:
        ss["_add_result"] = [ingest.Checked(_("pasted text"), False, str(err))]
        return
    checked = ingest.check(name, payload)
    if checked.ok:
        article_id = ingest.save(src.articles_dir(ui.store()), name, payload)
        checked = ingest.Checked(name, True, warnings=checked.warnings, language=checked.language,
                                 saved_as=article_id)
        _start_build(1)
    ss["_add_result"] = [checked]


def _limits() -> str:
    return _("Limits: .txt, .md or .html; at most {files} files at once; {mb:.0f} MB a file "
             "(KHARITA_MAX_ARTICLE_BYTES); pasted text up to {chars:,} characters. Put `published` in the "
             "front matter to anchor relative dates.").format(
        files=ingest.MAX_FILES, mb=ingest.max_bytes() / 1e6, chars=ingest.MAX_PASTE_CHARS)


@st.fragment(run_every=1.0)
def _progress() -> None:
    job = _job()
    if job is None:
        return
    if job.running:
        phase = {"starting": _("starting"), "loading": _("loading the language pipelines and the gazetteer"),
                 "reading": _("reading {article}").format(article=job.current),
                 "merging": _("merging events")}.get(job.phase, job.phase)
        st.progress(job.fraction, text=_("Building: {phase}").format(phase=phase))
        st.session_state["_build_seen_running"] = True
        return
    if job.error:
        st.error(_("The build failed; the previous store is intact: {error}").format(error=job.error))
    elif job.report is not None:
        r = job.report
        st.success(_("Build done: {processed} processed, {unchanged} unchanged, {refused} refused; "
                     "{new} new events.").format(processed=len(r["processed"]), unchanged=len(r["unchanged"]),
                                                  refused=len(r["refused"]), new=len(job.new_ids)))
    if st.session_state.pop("_build_seen_running", False):
        st.rerun(scope="app")  # the store changed: reload every table on the page


def _add_articles() -> None:
    with st.expander(_("Add articles"), expanded=True):
        st.caption(_limits())
        running = (job := _job()) is not None and job.running
        tab_files, tab_paste = st.tabs([_("Upload files"), _("Paste a text")])
        with tab_files:
            st.file_uploader(_("Article files"), type=list(ingest.SUFFIXES), accept_multiple_files=True,
                             key="upload")
            st.button(_("Add and rebuild"), key="add_files", on_click=_add_files, disabled=running,
                      type="primary")
        with tab_paste:
            st.text_area(_("Text"), key="paste_text", height=160)
            c1, c2 = st.columns(2)
            c1.selectbox(_("Language"), LANGS, key="paste_lang",
                         format_func=lambda c: {"en": _("English"), "fr": _("French"), "ar": _("Arabic")}[c])
            c2.date_input(_("Published"), value=None, key="paste_date", format="YYYY-MM-DD")
            c3, c4 = st.columns(2)
            c3.text_input(_("Outlet"), key="paste_outlet")
            c4.text_input(_("URL"), key="paste_url")
            st.text_input(_("Title"), key="paste_title")
            st.button(_("Add text and rebuild"), key="add_paste", on_click=_add_paste, disabled=running,
                      type="primary")
        for r in st.session_state.get("_add_result") or []:
            if r.ok:
                st.success(_("Added {name}").format(name=r.saved_as or r.name)
                           + (" · " + "; ".join(r.warnings) if r.warnings else ""))
            else:
                st.error(_("Refused {name}: {reason}").format(name=r.name, reason=r.reason))
        _progress()


def page() -> None:
    st.html(src.ARTICLE_CSS)
    st.title(_("Sources"))
    _add_articles()
    events = ui.events_or_stop()
    store = ui.store()
    rows = src.article_rows(store, events)
    counts = src.status_counts(rows)
    cols = st.columns(4)
    for col, key in zip(cols, ("processed", "degraded", "refused", "failed"), strict=True):
        col.metric(common.status(key), counts.get(key, 0))
    job = _job()
    new_ids = set(new_marks.new_ids(store.path, job, {e.id for e in events}))  # kept across restarts
    table = [{
        _("Article"): r.id, _("Status"): common.status(r.status), _("Title"): r.title, _("Outlet"): r.outlet,
        _("Language"): r.language, _("Published"): r.published, _("Events"): len(r.events),
        _("New events"): len(new_ids & set(r.events)), _("Place mentions"): r.mentions,
        _("Why"): "; ".join(r.reasons),
    } for r in rows]
    st.dataframe(table, hide_index=True, width="stretch", key="sources_table")
    if not rows:
        return
    ids = [r.id for r in rows]
    wanted = st.query_params.get("article")
    if "source_article" not in st.session_state and wanted in ids:
        st.session_state["source_article"] = wanted
    chosen = st.selectbox(_("Article"), ids, key="source_article",
                          format_func=lambda i: next(f"{r.id} · {common.status(r.status)}" +
                                                     (f" · {r.title}" if r.title else "") for r in rows if r.id == i))
    row = next(r for r in rows if r.id == chosen)
    _article(store, row, {e.id: e for e in events}, new_ids)


def _article(store, row: src.ArticleRow, events: dict, new_ids: set[str]) -> None:
    st.subheader(row.title or row.id)
    meta = " · ".join(x for x in (row.outlet, row.language, row.published) if x)
    if meta:
        st.text(meta)
    if row.url and row.url.startswith(("http://", "https://")):
        st.link_button(_("Open source"), row.url)
    st.markdown(f"**{_('Status')}:** {common.status(row.status)}")
    for reason in row.reasons:
        (st.error if row.status in ("refused", "failed") else st.warning)(reason)
    if row.status == "refused":
        return
    mine = [events[i] for i in row.events if i in events]
    st.markdown(f"**{_('Events')} ({len(mine)})**")
    if mine:
        st.dataframe([{_("New"): "●" if e.id in new_ids else "", _("Date"): str(e.date or ""),
                       _("Kind"): common.kind(e.kind), _("Summary"): e.summary,
                       _("Confidence"): e.confidence, "id": e.id} for e in mine],
                     hide_index=True, width="stretch", key="source_events")
    mentions = src.mention_rows(store, row.id)
    st.markdown(f"**{_('Place mentions')} ({len(mentions)})**")
    text = src.article_text(store, row)
    if text.missing:
        st.warning(_("The text cannot be shown: {why}").format(why=text.missing))
    else:
        st.caption(_("Place names are marked blue, date phrases yellow; hover for what they resolved to."))
        ui.safe_html(src.highlighted_html(text.text, text.marks, text.language,
                                          {"place": _("place"), "date": _("date")}))
    if mentions:
        with st.expander(_("Place mentions")):
            st.dataframe(mentions, hide_index=True, width="stretch", key="source_mentions")


if __name__ == "__main__":  # run by st.navigation as a page script
    page()
