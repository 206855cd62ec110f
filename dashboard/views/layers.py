"""Small folium elements the control map needs (one class each, folium plugin style).

Data reach the page only as JSON (Jinja's ``tojson`` escapes ``<``, ``>`` and ``&``) and are put
into the DOM with ``textContent``, never as HTML, so names, outlets and sentences from articles
cannot inject markup. Links are made only for http(s) URLs, checked here and again in JavaScript.
"""

from __future__ import annotations

import json
from typing import Any

from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement
from folium.map import Layer
from folium.template import Template

from dashboard.i18n import N_

_DOM_HELPERS = """
function kh_el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
}
function kh_name(p) {
    var d = kh_el('div', null, 'kh-name');
    d.appendChild(kh_el('b', p.n));
    if (p.ar) {
        d.appendChild(document.createTextNode(' \u00b7 '));
        var a = kh_el('bdi', p.ar); a.dir = 'rtl'; a.lang = 'ar'; d.appendChild(a);
    }
    return d;
}
function kh_expand(data, keys) {
    var STR = data.kh_strings, ROWS = data.kh_rows;
    if (!STR) { return; }
    (data.features || []).forEach(function(f) {
        var p = f.properties;
        keys.forEach(function(k) { if (typeof p[k] === 'number') { p[k] = STR[p[k]]; } });
        if (p.h && ROWS) { p.h = p.h.map(function(i) { return ROWS[i]; }); }
    });
}
function kh_link(url, label) {
    if (typeof url === 'string' && /^https?:\\/\\//i.test(url)) {
        var a = kh_el('a', label); a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
        return a;
    }
    return kh_el('span', label);
}
"""


#: The words the place layer's tooltips and popups write around the data (English defaults; the
#: map builder passes them translated).
POPUP_WORDS = {
    "selected": N_("Selected event"), "held": N_("held"), "confidence": N_("confidence"),
    "changed": N_("changed hands"),
    "held_before": N_("held before its first recorded change"), "contested": N_("Contested"),
    "conflict": N_("Conflicting report awaits review"), "controller": N_("Controller"), "not_stated": N_("not stated"),
    "side": N_("Side"), "state": N_("State"), "change": N_("Change"), "none_yet": N_("none recorded yet"),
    "certainty": N_("Certainty"), "origin": N_("Origin"), "position": N_("Position"), "later": N_("Later"),
    "later_text": N_("changes hands again after this date"), "evidence": N_("Evidence"), "sources": N_("Sources"),
    "source": N_("source"),
}
#: The view buttons: ``(view, text, tooltip)``.
VIEW_LABELS = (("north-west", "North-west", "Show north-west"), ("syria", "Whole country", "Show whole country"))


#: Feature properties whose text repeats from place to place (controller, state and its words,
#: explanation, change day, origin, certainty, position quality): the page holds each distinct
#: text once, in ``kh_strings``, and each feature its index. At 10,000 places this halves the page.
SHARED_TEXT = ("c", "st", "stl", "ex", "since", "sn", "o", "cert", "q")


class _Text(Element):
    """Page text already rendered, added as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class ScriptOnly:
    """Mixin for this module's elements (each has only a ``script`` macro): their rendered script
    goes on the page as it is. branca's ``MacroElement.render`` wraps it in ``Element(text)``,
    which compiles the text as a Jinja template: at 10,000 places that lexes a 1.5 MB script on
    each of the three renders ``st_folium`` makes, and a ``{{`` in a place's name or an outlet
    would be read as Jinja."""

    def render(self, **kwargs: Any) -> None:
        if isinstance(self, Layer) and self.show:  # what folium's Layer.render adds: the layer on the map
            self.add_child(ElementAddToElement(element_name=self.get_name(),
                                               element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        self.get_root().script.add_child(_Text(self._template.module.script(self, kwargs)), name=self.get_name())
        for element in list(self._children.values()):
            element.render(**kwargs)


class PointLayer(ScriptOnly, Layer):
    """One Leaflet GeoJSON layer of circle markers styled from feature properties.

    A single layer (not one folium object per point) keeps 10,000 places fast to build, small to
    ship and, with ``canvas=True``, quick to draw.

    Feature properties: ``n`` name, ``ar`` Arabic name, ``c`` controller as reported, ``sd``
    index into the collection's ``kh_sides`` table of ``[label, colour]``, ``since`` change date,
    ``ch`` changed hands in the window, ``ct`` contested, ``rl`` changes again later, ``o``
    origin, ``cert`` certainty, ``q`` coordinate quality, ``st`` state (held | claimed |
    contested | unknown), ``conf`` confidence, ``cf`` a conflicting report awaits review, ``ex``
    the state's explanation, ``h`` evidence ``[[date, from, to, certainty, role and weight]]``,
    ``src`` indexes into the collection's ``kh_sources`` table of ``[outlet,
    language, url, date]`` rows; for
    ``mode="highlight"``: ``ev`` the selected event's summary (or a comparison's change) and
    ``rc`` the ring's colour (black when absent).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function() {
            var data = {{ this.data_json }};
            kh_expand(data, {{ this.shared_keys|tojson }});
            var SOURCES = data.kh_sources || [];
            var SIDES = data.kh_sides || [];
            var W = {{ this.words|tojson }};
            """ + _DOM_HELPERS + """
            function tip(p) {
                var d = kh_el('div', null, 'kh-tip');
                d.appendChild(kh_name(p));
                {% if this.mode == 'highlight' %}
                d.appendChild(kh_el('div', W.selected + ': ' + (p.ev || '')));
                {% else %}
                var side = SIDES[p.sd] || ['', ''];
                d.appendChild(kh_el('div', side[0] + (p.c && p.c !== side[0] ? ' \u2014 ' + p.c : '')));
                d.appendChild(kh_el('div', (p.stl || p.st || W.held) + (p.conf !== undefined ? ' ('
                                           + W.confidence + ' ' + p.conf + ')' : '') + ' \u00b7 '
                                           + (p.since ? W.changed + ' ' + (p.sn || p.since) : W.held_before)));
                if (p.ct) { d.appendChild(kh_el('div', W.contested, 'kh-warn')); }
                if (p.cf) { d.appendChild(kh_el('div', W.conflict, 'kh-warn')); }
                {% endif %}
                return d;
            }
            function popup(p) {
                var d = kh_el('div', null, 'kh-pop');
                d.appendChild(kh_name(p));
                {% if this.mode == 'highlight' %}
                d.appendChild(kh_el('div', p.ev || ''));
                {% else %}
                var rows = [[W.controller, p.c || W.not_stated], [W.side, (SIDES[p.sd] || [''])[0]],
                            [W.state, (p.stl || p.st || W.held)
                                      + (p.conf !== undefined ? ' \u00b7 ' + W.confidence + ' ' + p.conf : '')],
                            [W.change, p.since ? (p.sn || p.since) : W.none_yet],
                            [W.certainty, p.cert || '\u2014'], [W.origin, p.o]];
                if (p.q) { rows.push([W.position, p.q]); }
                if (p.rl) { rows.push([W.later, W.later_text]); }
                var t = kh_el('table', null, 'kh-rows');
                rows.forEach(function(r) {
                    var tr = kh_el('tr'); tr.appendChild(kh_el('th', r[0]));
                    tr.appendChild(kh_el('td', r[1])); t.appendChild(tr);
                });
                d.appendChild(t);
                if (p.ex) { d.appendChild(kh_el('div', p.ex, 'kh-note')); }
                if (p.h && p.h.length) {
                    d.appendChild(kh_el('div', W.evidence, 'kh-sub'));
                    var ul = kh_el('ul');
                    p.h.forEach(function(h) {
                        ul.appendChild(kh_el('li', h[0] + ': ' + (h[1] || '?') + ' \u2192 '
                                                 + (h[2] || '?') + (h[3] ? ' (' + h[3] + ')' : '')
                                                 + (h[4] ? ' \u00b7 ' + h[4] : '')));
                    });
                    d.appendChild(ul);
                }
                {% endif %}
                if (p.src && p.src.length) {
                    d.appendChild(kh_el('div', W.sources, 'kh-sub'));
                    var ol = kh_el('ul');
                    p.src.forEach(function(i) {
                        var s = SOURCES[i] || [];
                        var li = kh_el('li');
                        li.appendChild(kh_link(s[2], s[0] || W.source));
                        li.appendChild(document.createTextNode(
                            ' \u00b7 ' + (s[1] || '?') + (s[3] ? ' \u00b7 ' + s[3] : '')));
                        ol.appendChild(li);
                    });
                    d.appendChild(ol);
                }
                return d;
            }
            {% if this.canvas %}var renderer = L.canvas({padding: 0.3});{% endif %}
            return L.geoJson(data, {
                attribution: {{ this.attribution|tojson }},
                pointToLayer: function(f, latlng) {
                    var p = f.properties;
                    {% if this.mode == 'highlight' %}
                    var o = {radius: {{ this.ring_radius }}, color: p.rc || '#000000', weight: 3, fill: false,
                             dashArray: {{ this.ring_dash|tojson }}, className: {{ this.ring_class|tojson }}};
                    {% else %}
                    var claimed = p.st === 'claimed';
                    var o = {radius: p.ch ? 7 : 5, fillColor: (SIDES[p.sd] || ['', '#999999'])[1],
                             fillOpacity: p.ct ? 0.55 : (claimed ? 0.3 : 0.95),
                             color: p.cf ? '#E69F00' : ((p.ch || p.ct || claimed) ? '#000000' : '#ffffff'),
                             weight: p.cf ? 3 : ((p.ct || p.ch || claimed) ? 2 : 1),
                             dashArray: (p.ct || claimed) ? '3 2' : null,
                             className: 'kh-place kh-' + (p.st || 'held')};
                    {% endif %}
                    {% if this.canvas %}o.renderer = renderer;{% endif %}
                    return L.circleMarker(latlng, o);
                },
                onEachFeature: function(f, layer) {
                    layer.bindTooltip(function() { return tip(f.properties); },
                                      {sticky: true, direction: 'top'});
                    layer.bindPopup(function() { return popup(f.properties); }, {maxWidth: 380});
                }
            });
        })();
        {% endmacro %}
        """
    )

    shared_keys = SHARED_TEXT

    def __init__(self, data: dict[str, Any], name: str, *, mode: str = "control",
                 canvas: bool = False, attribution: str = "", show: bool = True,
                 ring_class: str = "kh-selected", ring_radius: int = 13, ring_dash: str | None = None,
                 words: dict[str, str] | None = None, data_json: str | None = None) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PointLayer"
        self.data = data
        self.mode = mode
        self.ring_class = ring_class  # highlight mode: rings (the selected event, or changes in a comparison)
        self.ring_radius = ring_radius
        self.ring_dash = ring_dash
        self.canvas = canvas
        self.attribution = attribution
        #: The popup's and tooltip's own words (see :data:`POPUP_WORDS`), in the interface language.
        self.words = {**POPUP_WORDS, **(words or {})}
        self._json = data_json  # already made (a cached layer), else made on first render

    @property
    def data_json(self) -> str:
        """The data as a JavaScript literal safe inside ``<script>``, made once per layer (the
        page is rendered more than once per rerun: ``st_folium`` renders the map three times).

        The data go out compacted (:func:`compact_collection`): texts that repeat from place to
        place are stored once and expanded in the page before the layer is drawn.

        Like Jinja's ``tojson`` but keeps non-ASCII text as UTF-8 (Arabic names would otherwise
        grow sixfold as ``\\uXXXX`` escapes): ``<``, ``>``, ``&`` and the two JavaScript line
        separators are escaped, so no string can close the script or open a tag.
        """
        if self._json is None:
            self._json = script_json(compact_collection(self.data))
        return self._json


def script_json(data: Any) -> str:
    """``data`` as JSON safe inside ``<script>`` (see :attr:`PointLayer.data_json`)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _SCRIPT_ESCAPES:
        text = text.replace(char, escape)
    return text


def compact_collection(data: dict[str, Any]) -> dict[str, Any]:
    """The collection as the page receives it: the :data:`SHARED_TEXT` properties as indexes into
    ``kh_strings`` and each evidence row (``h``) as an index into ``kh_rows``, every distinct text
    and row stored once. :func:`expand_collection` (and ``kh_expand`` in the page) undo it."""
    strings: dict[str, int] = {}
    rows: dict[tuple, int] = {}
    features = []
    for feature in data.get("features", []):
        props = dict(feature["properties"])
        for key in SHARED_TEXT:
            value = props.get(key)
            if isinstance(value, str):
                props[key] = strings.setdefault(value, len(strings))
        if "h" in props:
            props["h"] = [rows.setdefault(tuple(row), len(rows)) for row in props["h"]]
        features.append({**feature, "properties": props})
    return {**data, "features": features, "kh_strings": list(strings), "kh_rows": [list(r) for r in rows]}


def expand_collection(data: dict[str, Any]) -> dict[str, Any]:
    """The collection :func:`compact_collection` was given (what ``kh_expand`` does in the page)."""
    strings, rows = data.get("kh_strings", []), data.get("kh_rows", [])
    features = []
    for feature in data.get("features", []):
        props = dict(feature["properties"])
        for key in SHARED_TEXT:
            if isinstance(props.get(key), int) and not isinstance(props.get(key), bool):
                props[key] = strings[props[key]]
        if "h" in props:
            props["h"] = [list(rows[i]) for i in props["h"]]
        features.append({**feature, "properties": props})
    rest = {k: v for k, v in data.items() if k not in ("kh_strings", "kh_rows")}
    return {**rest, "features": features}


_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                   ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


class MapPanel(ScriptOnly, MacroElement):
    """A Leaflet control holding a block of text lines (title, as-of date) or a legend.

    ``lines`` are ``(css class, text)`` pairs set with ``textContent``; ``swatches`` are legend
    rows ``(kind, colour, label)`` where kind is ``fill``, ``changed``, ``contested``,
    ``claimed``, ``conflict`` or ``selected``.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var ctl = L.control({position: {{ this.position|tojson }}});
            ctl.onAdd = function() {
                var box = L.DomUtil.create('div', {{ this.css_class|tojson }});
                L.DomEvent.disableClickPropagation(box);
                {{ this.lines|tojson }}.forEach(function(l) {
                    var d = document.createElement('div'); d.className = l[0];
                    d.textContent = l[1]; box.appendChild(d);
                });
                {{ this.swatches|tojson }}.forEach(function(s) {
                    var row = document.createElement('div'); row.className = 'kh-legend-row';
                    var ns = 'http://www.w3.org/2000/svg';
                    var svg = document.createElementNS(ns, 'svg');
                    svg.setAttribute('width', '18'); svg.setAttribute('height', '18');
                    var c = document.createElementNS(ns, 'circle');
                    c.setAttribute('cx', '9'); c.setAttribute('cy', '9');
                    c.setAttribute('r', s[0] === 'selected' ? '7' : (s[0] === 'fill' ? '5' : '6'));
                    c.setAttribute('fill', s[0] === 'selected' ? 'none' : s[1]);
                    c.setAttribute('stroke', s[0] === 'fill' ? '#ffffff' : '#000000');
                    c.setAttribute('stroke-width', s[0] === 'selected' ? '2.5' : (s[0] === 'fill' ? '1' : '2'));
                    if (s[0] === 'contested') { c.setAttribute('stroke-dasharray', '3 2');
                                                c.setAttribute('fill-opacity', '0.55'); }
                    if (s[0] === 'claimed') { c.setAttribute('stroke-dasharray', '3 2');
                                              c.setAttribute('fill-opacity', '0.3'); }
                    if (s[0] === 'conflict') { c.setAttribute('fill', '#ffffff');
                                               c.setAttribute('stroke', s[1]);
                                               c.setAttribute('stroke-width', '3'); }
                    svg.appendChild(c); row.appendChild(svg);
                    var t = document.createElement('span'); t.textContent = s[2];
                    row.appendChild(t); box.appendChild(row);
                });
                return box;
            };
            ctl.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, *, position: str, css_class: str, lines: list[tuple[str, str]],
                 swatches: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__()
        self._name = "MapPanel"
        self.position = position
        self.css_class = css_class
        self.lines = [list(x) for x in lines]
        self.swatches = [list(x) for x in swatches or []]


class Attribution(ScriptOnly, MacroElement):
    """Adds fixed attribution strings (our own constants, with links) to the map's control."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.setPrefix({{ this.prefix|tojson }});
        {%- for text in this.texts %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ text|tojson }});
        {%- endfor %}
        {% endmacro %}
        """
    )

    def __init__(self, texts: list[str], prefix: str = "Leaflet") -> None:
        super().__init__()
        self._name = "Attribution"
        self.texts = texts
        self.prefix = prefix


class FitBounds(ScriptOnly, MacroElement):
    """Fit the map to bounds now and whenever its container is resized, until the user moves it.

    The map's frame is sized after the map starts (and changes with the window), so a fixed zoom
    either crops Syria on a laptop or leaves it small on a wide screen.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var m = {{ this._parent.get_name() }};
            var bounds = L.latLngBounds({{ this.bounds|tojson }});
            var touched = false;
            // Room at the bottom for the title panel, so it does not cover Daraa and Suwayda.
            function fit() {
                m.fitBounds(bounds, {animate: false, paddingTopLeft: [6, 6], paddingBottomRight: [6, 84]});
            }
            fit();
            m.on('resize', function() { if (!touched) { fit(); } });
            m.getContainer().addEventListener('pointerdown', function() { touched = true; });
            m.getContainer().addEventListener('wheel', function() { touched = true; });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]]) -> None:
        super().__init__()
        self._name = "FitBounds"
        self.bounds = bounds


class ViewSwitch(ScriptOnly, MacroElement):
    """Two buttons on the map: the north-west (the opening view) and the whole country."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var m = {{ this._parent.get_name() }};
            var views = {{ this.views|tojson }};
            var ctl = L.control({position: 'topleft'});
            ctl.onAdd = function() {
                var box = L.DomUtil.create('div', 'leaflet-bar kh-views');
                L.DomEvent.disableClickPropagation(box);
                {{ this.labels|tojson }}.forEach(function(v) {
                    var a = L.DomUtil.create('a', 'kh-view-' + v[0], box);
                    a.href = '#'; a.textContent = v[1]; a.title = v[2];
                    a.setAttribute('role', 'button');
                    a.style.width = 'auto'; a.style.padding = '0 6px'; a.style.fontSize = '12px';
                    L.DomEvent.on(a, 'click', function(e) {
                        L.DomEvent.preventDefault(e);
                        m.fitBounds(L.latLngBounds(views[v[0]]), {animate: false, paddingBottomRight: [6, 84]});
                    });
                });
                return box;
            };
            ctl.addTo(m);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, views: dict[str, list[list[float]]],
                 labels: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__()
        self._name = "ViewSwitch"
        self.views = views
        #: ``(view, button text, tooltip)`` for each button, in the interface language.
        self.labels = [list(label) for label in (labels or VIEW_LABELS)]


class TownLabels(ScriptOnly, MacroElement):
    """Names of the major towns among the drawn places, shown only when zoomed in enough to read.

    At the country view the north-west's towns sit a few pixels apart and their names would pile
    up; below ``min_zoom`` the map hides them (a class on the container), above it they appear.
    Names are set as text, never as HTML.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var m = {{ this._parent.get_name() }};
            var group = L.layerGroup();
            {{ this.labels_json }}.forEach(function(t) {
                var icon = L.divIcon({className: 'kh-town', html: '', iconSize: null, iconAnchor: [-6, 7]});
                var marker = L.marker([t[0], t[1]], {icon: icon, interactive: false, keyboard: false});
                marker.on('add', function() { marker.getElement().textContent = t[2]; });
                group.addLayer(marker);
            });
            group.addTo(m);
            function declutter() {
                m.getContainer().classList.toggle('kh-hide-towns', m.getZoom() < {{ this.min_zoom }});
            }
            m.on('zoomend', declutter);
            declutter();
        })();
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[tuple[float, float, str]], min_zoom: float = 8.0) -> None:
        super().__init__()
        self._name = "TownLabels"
        self.labels = [[round(lat, 5), round(lon, 5), name] for lat, lon, name in labels]
        self.min_zoom = min_zoom

    @property
    def labels_json(self) -> str:
        text = json.dumps(self.labels, ensure_ascii=False)
        for char, escape in _SCRIPT_ESCAPES:
            text = text.replace(char, escape)
        return text
