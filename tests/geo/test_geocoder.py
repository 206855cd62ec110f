"""GazetteerGeocoder is a geopy Geocoder; the optional Nominatim chain is tested against a small
HTTP server on 127.0.0.1 that answers in Nominatim's JSON format (never the internet)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo import GazetteerGeocoder


def test_is_a_geopy_geocoder_returning_locations(gazetteer):
    g = GazetteerGeocoder(gazetteer)
    assert isinstance(g, Geocoder)
    loc = g.geocode("Maarat al-Nouman")
    assert isinstance(loc, Location)
    assert loc.raw["geonameid"] == "167611"
    assert loc.raw["feature_code"] == "PPLA2"
    assert loc.raw["admin1"] == "12"
    assert (round(loc.latitude, 3), round(loc.longitude, 3)) == (35.648, 36.677)
    assert "Ma'arrat an-Nu'man" in loc.raw["alternatives"] or loc.raw["alternatives"]


def test_exactly_one_false_gives_ranked_candidates(gazetteer):
    locs = GazetteerGeocoder(gazetteer).geocode("Hama", exactly_one=False)
    assert [x.raw["geonameid"] for x in locs[:2]] == ["170017", "170015"]  # city, governorate
    assert locs[1].raw["population"] == 1628000


def test_country_codes_and_language(gazetteer):
    g = GazetteerGeocoder(gazetteer)
    assert g.geocode("Aleppo", country_codes="TR") is None
    assert g.geocode("Alep", language="ar").address == "حلب, SY"


class _FakeNominatim(BaseHTTPRequestHandler):
    calls: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server API)
        url = urlparse(self.path)
        q = parse_qs(url.query).get("q", [""])[0]
        type(self).calls.append(q)
        body = []
        if url.path == "/search" and q == "Kafr Dariyan":
            body = [{"place_id": 1, "lat": "36.1", "lon": "36.9", "display_name": "Kafr Dariyan, Syria",
                     "class": "place", "type": "village", "importance": 0.3}]
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def fake_nominatim():
    _FakeNominatim.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_nominatim_chain_is_off_by_default(gazetteer):
    assert GazetteerGeocoder(gazetteer).fallback is None
    assert GazetteerGeocoder(gazetteer).geocode("Kafr Dariyan") is None


def test_nominatim_chain_rate_limited_and_cached(gazetteer, fake_nominatim, tmp_path):
    cache = tmp_path / "geocode-cache.sqlite"
    g = GazetteerGeocoder.with_nominatim(user_agent="kharita-test", cache_path=cache,
                                         gazetteer=gazetteer, domain=fake_nominatim,
                                         scheme="http", min_delay_seconds=0.05)
    assert g.geocode("Aleppo").raw["geonameid"] == "170063"  # the gazetteer answers first
    loc = g.geocode("Kafr Dariyan")
    assert loc.address == "Kafr Dariyan, Syria"
    assert (loc.latitude, loc.longitude) == (36.1, 36.9)
    assert g.geocode("Nowhere at all") is None
    assert _FakeNominatim.calls == ["Kafr Dariyan", "Nowhere at all"]
    # a new geocoder on the same cache file asks the server nothing
    g2 = GazetteerGeocoder.with_nominatim(user_agent="kharita-test", cache_path=cache,
                                          gazetteer=gazetteer, domain=fake_nominatim,
                                          scheme="http", min_delay_seconds=0.05)
    assert g2.geocode("Kafr Dariyan").raw["display_name"] == "Kafr Dariyan, Syria"
    assert g2.geocode("Nowhere at all") is None
    assert _FakeNominatim.calls == ["Kafr Dariyan", "Nowhere at all"]
