"""The briefing slide as HTML: caption text in words and the page layout (pure, no browser here).

A slide must stand on its own when pasted into a deck: it says what it shows (title, as-of day),
which part of the data (the active filters, in words), how much evidence is behind it (events
and distinct sources), where the data come from, and when it was made. The map and timeline are
the dashboard's own builders' output, embedded unchanged, so the slide matches the screen.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from dashboard.filters import Filters
from dashboard.i18n import N_, _, current, direction, format_day, ngettext
from dashboard.labels import DIPLOMATIC_KINDS, country_label, kind_label, language_label
from dashboard.palette import stance_style
from timeline.types import Event

TITLE = N_("North-west Syria offensive: territorial control and diplomacy")
ATTRIBUTION = N_(
    "Boundaries: Who's On First / Mesoshapes (CC0) · Places: GeoNames (CC BY 4.0) · "
    "Control and diplomacy: Kharita curated tables and extracted news reports"
)


def _day(d: date) -> str:
    return format_day(d, "date")


def _listing(values: Iterable[str], limit: int = 6) -> str:
    items = sorted(values)
    if len(items) > limit:
        return _("{items} and {n} more").format(items=", ".join(items[:limit]), n=len(items) - limit)
    return ", ".join(items)


def describe_filters(f: Filters) -> tuple[str, ...]:
    """The active filters as short phrases, e.g. ``("Countries (diplomacy): Russia, Turkey",)``.

    Countries, actors and stance narrow only diplomatic events (see :mod:`dashboard.filters`), and
    the caption says so, so nobody reads a country filter as hiding the front line.
    """
    parts: list[str] = []
    if f.date_from and f.date_to:
        parts.append(_("Dates: {start} – {end}").format(start=_day(f.date_from), end=_day(f.date_to)))
    elif f.date_from:
        parts.append(_("Dates: from {day}").format(day=_day(f.date_from)))
    elif f.date_to:
        parts.append(_("Dates: up to {day}").format(day=_day(f.date_to)))
    if f.kinds:
        parts.append(_("Event types: {values}").format(values=_listing(kind_label(k) for k in f.kinds)))
    if f.countries:
        parts.append(_("Countries (diplomacy): {values}").format(
            values=_listing(country_label(c) for c in f.countries)))
    if f.actors:
        parts.append(_("Actors (diplomacy): {values}").format(values=_listing(f.actors)))
    if f.stances:
        parts.append(_("Stance: {values}").format(values=_listing(_(stance_style(s).label) for s in f.stances)))
    if f.outlets:
        parts.append(_("Outlets: {values}").format(values=_listing(f.outlets)))
    if f.languages:
        parts.append(_("Languages: {values}").format(values=_listing(language_label(c) for c in f.languages)))
    return tuple(parts)


def filters_sentence(f: Filters) -> str:
    """One line for the caption: the filters, or that there are none."""
    parts = describe_filters(f)
    return _("Filters: {filters}").format(filters=" · ".join(parts)) if parts else \
        _("Filters: none (all events in the store)")


def source_count(events: Sequence[Event]) -> int:
    """Distinct sources behind the events: one per URL, else per article (copies count once each)."""
    return len({s.url or s.article for e in events for s in e.sources})


def evidence_line(shown: Sequence[Event], total: int) -> str:
    controls = sum(1 for e in shown if e.kind == "control_change")
    diplomacy = sum(1 for e in shown if e.kind in DIPLOMATIC_KINDS)
    other = len(shown) - controls - diplomacy
    kinds = [ngettext("{n} control change", "{n} control changes", controls).format(n=controls),
             ngettext("{n} diplomatic event", "{n} diplomatic events", diplomacy).format(n=diplomacy)]
    if other:
        kinds.append(ngettext("{n} other", "{n} other", other).format(n=other))
    sources = source_count(shown)
    # One English form (the count that agrees is the shown one, in French and Arabic).
    return (ngettext("{shown} of {total} events shown ({kinds})", "{shown} of {total} events shown ({kinds})",
                     len(shown)).format(shown=len(shown), total=total, kinds=", ".join(kinds))
            + " · " + ngettext("{n} distinct source", "{n} distinct sources", sources).format(n=sources))


@dataclass(frozen=True)
class SlideText:
    """Every word on the slide outside the map and the chart."""

    title: str
    as_of: str
    filters: str
    evidence: str
    attribution: str
    made: str

    @classmethod
    def for_view(cls, *, shown: Sequence[Event], total: int, filters: Filters, as_of: date,
                 made_at: datetime, title: str | None = None, compare_to: date | None = None) -> SlideText:
        """The slide's words, in the interface language (English outside the app)."""
        stamp = made_at.strftime("%Y-%m-%d %H:%M %Z").strip()
        situation = _("Situation as of {day}").format(day=format_day(as_of, "long"))
        if compare_to is not None:
            situation = _("Situation as of {day}, compared with {earlier}").format(
                day=format_day(as_of, "long"), earlier=format_day(compare_to, "long_short"))
        return cls(
            title=title or _(TITLE),
            as_of=situation,
            filters=filters_sentence(filters),
            evidence=evidence_line(shown, total),
            attribution=_(ATTRIBUTION),
            made=_("Made {stamp} with Kharita").format(stamp=stamp),
        )

    def caption(self) -> str:
        """The slide's words as plain text (also written into the PNG/PDF metadata)."""
        return "\n".join((self.title, self.as_of, self.filters, self.evidence, self.attribution,
                          self.made))


@dataclass(frozen=True)
class SlideLayout:
    """Pixel sizes of the slide's parts for a viewport (CSS pixels; scale is applied on capture)."""

    width: int
    height: int

    @property
    def k(self) -> float:
        """Type and spacing scale: 1.0 on a 1080-pixel-high slide."""
        return min(self.height / 1080, self.width / 1920)

    @property
    def pad(self) -> int:
        return round(22 * self.k)

    @property
    def header(self) -> int:
        return round(132 * self.k)

    @property
    def footer(self) -> int:
        return round(58 * self.k)

    @property
    def body(self) -> int:
        return self.height - self.header - self.footer - 4 * self.pad

    @property
    def map_width(self) -> int:
        return round((self.width - 3 * self.pad) * 0.53)

    @property
    def chart_width(self) -> int:
        return self.width - 3 * self.pad - self.map_width


_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: {w}px {h}px; margin: 0; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; padding: 0; width: {w}px; height: {h}px; overflow: hidden; background: #ffffff;
  color: #1f2328; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
#header {{ position: absolute; left: {pad}px; right: {pad}px; top: {pad}px; height: {header}px;
  border-bottom: {rule}px solid #0072B2; }}
#title {{ font-size: {t1}px; font-weight: 700; line-height: 1.15; }}
#asof {{ font-size: {t2}px; font-weight: 700; color: #0072B2; margin-top: {gap}px; }}
#filters {{ font-size: {t3}px; color: #333; margin-top: {gap}px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }}
#map, #chart {{ position: absolute; top: {body_top}px; height: {body}px; border: 1px solid #c9ced3; }}
#map {{ left: {pad}px; width: {mw}px; }}
#map iframe {{ width: 100%; height: 100%; border: 0; display: block; }}
#chart {{ left: {chart_left}px; width: {cw}px; }}
#footer {{ position: absolute; left: {pad}px; right: {pad}px; bottom: {pad}px; height: {footer}px;
  font-size: {t4}px; line-height: 1.45; color: #333; border-top: 1px solid #c9ced3; padding-top: {gap}px; }}
#footer .evidence {{ font-weight: 700; color: #1f2328; }}
#footer .made {{ float: inline-end; }}
/* Only the words run right to left in Arabic: plotly measures its labels in the page's direction. */
</style>
<script src="{plotly_src}"></script>
</head><body>
<div id="header" dir="{dir}">
  <div id="title">{title}</div>
  <div id="asof">{as_of}</div>
  <div id="filters">{filters}</div>
</div>
<div id="map"><iframe id="map-frame" name="map-frame" title="Control map" srcdoc="{map_srcdoc}"></iframe></div>
<div id="chart"></div>
<div id="footer" dir="{dir}">
  <div><span class="evidence">{evidence}</span><span class="made">{made}</span></div>
  <div>{attribution}</div>
</div>
<script>
(function() {{
  var fig = {figure};
  Plotly.newPlot('chart', fig.data, fig.layout, {{staticPlot: true, displayModeBar: false}})
    .then(function() {{ document.body.setAttribute('data-chart-ready', '1'); }});
}})();
</script>
</body></html>
"""


def compose_slide(text: SlideText, layout: SlideLayout, *, map_srcdoc: str, figure_json: str,
                  plotly_src: str) -> str:
    """The slide page. ``map_srcdoc`` is the escaped standalone map, ``figure_json`` plotly's JSON."""
    k = layout.k
    e = html.escape
    # A figure's JSON may hold "</script>" inside hover text: keep it inside the script element.
    safe_figure = figure_json.replace("</", "<\\/")
    json.loads(figure_json)  # fail here, not in the browser, on a malformed figure
    return _PAGE.format(
        lang=current(), dir=direction(),
        w=layout.width, h=layout.height, pad=layout.pad, header=layout.header, footer=layout.footer,
        body=layout.body, body_top=layout.pad + layout.header + layout.pad, mw=layout.map_width,
        cw=layout.chart_width, chart_left=2 * layout.pad + layout.map_width,
        rule=max(2, round(3 * k)), gap=round(6 * k), t1=round(40 * k), t2=round(27 * k),
        t3=round(19 * k), t4=round(15 * k),
        title=e(text.title), as_of=e(text.as_of), filters=e(text.filters), evidence=e(text.evidence),
        made=e(text.made), attribution=e(text.attribution), map_srcdoc=map_srcdoc,
        figure=safe_figure, plotly_src=e(plotly_src),
    )
