"""PostgreSQL only: the PostGIS points behind ``places_near``, and the errors a team meets when
the server cannot give the store PostGIS."""

from __future__ import annotations

import psycopg
import pytest

from kharita.errors import StoreError
from store import EventStore
from tests.store.conftest import new_database
from tests.store.test_contract import fill

pytestmark = pytest.mark.xdist_group("postgres")


def test_each_place_mention_has_its_point_and_the_points_are_indexed(pg_server, seed_results):
    url = new_database(pg_server)
    fill(EventStore(url), seed_results)
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT lat, lon, ST_Y(geom::geometry), ST_X(geom::geometry), ST_SRID(geom) "
                            "FROM place_mentions").fetchall()
        kind = conn.execute("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                            "WHERE attrelid = 'place_mentions'::regclass AND attname = 'geom'").fetchone()[0]
        index = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'place_mentions_geom'").fetchone()[0]
        # a point with no coordinates stays NULL, and a new row gets its point without being told
        conn.execute("UPDATE place_mentions SET lat = NULL WHERE name = 'Damascus'")
        nulls = conn.execute("SELECT COUNT(*) FROM place_mentions WHERE name = 'Damascus' AND geom IS NULL").fetchone()
    located = [r for r in rows if r[0] is not None]
    assert kind == "geography(Point,4326)" and "USING gist (geom)" in index
    assert located and all((r[2], r[3], r[4]) == (r[0], r[1], 4326) for r in located)
    assert all(r[2] is None for r in rows if r[0] is None)
    assert nulls[0] == sum(1 for ms in seed_results["mentions"].values() for m in ms if m.get("name") == "Damascus")


def test_a_role_that_cannot_enable_postgis_is_told_what_to_ask_for(pg_server):
    """A database without PostGIS, opened by a role that may not create extensions."""
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute("CREATE ROLE analyst LOGIN")
        admin.execute("CREATE DATABASE plain OWNER analyst")  # no template: no PostGIS in it
    url = pg_server.url("plain").replace("kharita@", "analyst@")
    with pytest.raises(StoreError, match="cannot enable PostGIS .* superuser.* CREATE EXTENSION postgis"):
        EventStore(url).initialise()
    with psycopg.connect(url) as conn:  # the failed attempt created nothing
        assert conn.execute("SELECT to_regclass('meta'), to_regclass('articles')").fetchone() == (None, None)


def test_an_unreachable_server_is_a_store_error_without_the_password(pg_server):
    url = f"postgresql://kharita:s3cret@127.0.0.1:{pg_server.port}/no_such_database"
    with pytest.raises(StoreError, match="cannot open the event store") as raised:
        EventStore(url).load_events()
    assert "s3cret" not in str(raised.value) and "kharita:***@" in str(raised.value)
