"""What a build imports and how it loads: not geopy (its package imports every geocoder and an
HTTP stack: about 0.1 s of CPU before the workers can start; the great-circle distance the
geoparser uses instead is geopy's to the last bit), not spaCy's command-line interface (about
0.2 s; still there on first use), and the garbage collector paused while loading, never beyond."""

from __future__ import annotations

import json
import subprocess
import sys

from kharita import config


def test_a_build_never_imports_geopy(tmp_path, corpus):
    script = ("import json, sys; from timeline.build import build; "
              f"r = build({str(corpus)!r}, {str(tmp_path / 'k.db')!r}, progress=False, jobs=1); "
              "import gc; print(json.dumps([r.events, sorted(m for m in sys.modules if m.split('.')[0] == 'geopy'), "
              "'spacy.cli' in sys.modules, gc.isenabled()]))")
    out = subprocess.run([sys.executable, "-c", script], cwd=config.ROOT, capture_output=True, text=True,
                         check=True).stdout
    events, geopy_modules, spacy_cli, collecting = json.loads(out.strip().splitlines()[-1])
    assert events > 0 and geopy_modules == [] and spacy_cli is False and collecting is True


def test_spacys_command_line_interface_is_imported_on_first_use():
    script = ("import sys, geo, spacy; before = 'spacy.cli' in sys.modules; "
              "from spacy.cli import download; import spacy.cli; "
              "print(before, spacy.cli.download is download, 'spacy.cli.info' in sys.modules, callable(spacy.info), "
              "spacy.blank('en')('Aleppo and Idlib')[2].text)")
    out = subprocess.run([sys.executable, "-c", script], cwd=config.ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "True", "True", "True", "Idlib"]


def test_the_collector_is_paused_only_from_the_main_thread_and_resumed_once():
    import gc
    import threading

    from timeline.build import CollectorPause

    assert gc.isenabled()
    pause = CollectorPause.start()
    try:
        assert pause.paused and not gc.isenabled()
        in_thread: list[bool] = []
        thread = threading.Thread(target=lambda: in_thread.append(CollectorPause.start().paused))
        thread.start()
        thread.join()
        assert in_thread == [False] and not gc.isenabled()
        # the collector already stopped by someone else: left as it is
        assert not CollectorPause.start().paused
    finally:
        pause.resume()
    assert gc.isenabled() and not pause.paused
    pause.resume()
    assert gc.isenabled()


def test_a_build_that_fails_still_resumes_the_collector(tmp_path):
    import gc

    import pytest

    from store.base import StoreError
    from timeline.build import build

    (tmp_path / "k.db").write_bytes(b"not a database, but a file of the same name " * 100)
    with pytest.raises(StoreError):
        build(tmp_path, tmp_path / "k.db", progress=False, jobs=2)
    assert gc.isenabled()


def test_the_geocoder_is_still_importable_from_geo():
    import geo
    from geo.geocoder import GazetteerGeocoder

    assert geo.GazetteerGeocoder is GazetteerGeocoder and "GazetteerGeocoder" in geo.__all__


def test_the_great_circle_distance_is_geopys():
    from geopy.distance import EARTH_RADIUS, great_circle

    from geo.resolve import EARTH_RADIUS as OURS
    from geo.resolve import great_circle_km

    assert OURS == EARTH_RADIUS
    # Aleppo, Idlib, Saraqib, Hama, Damascus, and points far apart and at the edges of the ranges
    points = [(36.2021, 37.1343), (35.9306, 36.6339), (35.8645, 36.8006), (35.1318, 36.7578),
              (33.5102, 36.2913), (-33.9, 151.2), (90.0, 0.0), (-90.0, 180.0), (0.0, -180.0)]
    for a in points:
        for b in points:
            assert great_circle_km(*a, *b) == great_circle(a, b).km
    # coordinates geopy normalises (here, ints) still go to geopy
    assert great_circle_km(36, 37, 35, 36) == great_circle((36, 37), (35, 36)).km
