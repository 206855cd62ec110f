"""Control tables for GIS and scripts: one row a place (CSV) and places plus areas (GeoJSON)."""

from __future__ import annotations

from .areas import AreaEstimate
from .judge import ControlSnapshot

#: The control-csv contract: these columns first, in this order; later columns are only added.
CONTROL_COLUMNS = (
    "place", "geonameid", "lat", "lon", "controller", "side", "state", "confidence", "since",
    "evidence_count", "deciding_event_id",
    "name_ar", "conflicting", "weight", "as_of", "explanation",
)


def control_rows(snapshot: ControlSnapshot) -> list[dict]:
    rows = []
    for ps in snapshot.places:
        resting = [e for e in ps.evidence if e.role in ("decided", "supports", "prior")]
        rows.append({
            "place": ps.place.name, "geonameid": ps.place.geonameid or "",
            "lat": round(ps.place.lat, 5), "lon": round(ps.place.lon, 5),
            "controller": ps.controller or "", "side": ps.side, "state": ps.state,
            "confidence": ps.confidence, "since": ps.since.isoformat() if ps.since else "",
            "evidence_count": len(resting), "deciding_event_id": ps.event_id,
            "name_ar": ps.place.name_ar or "", "conflicting": int(ps.conflicting),
            "weight": ps.weight.label if ps.weight else "", "as_of": snapshot.as_of.isoformat(),
            "explanation": ps.explain(),
        })
    return rows


def control_geojson(snapshot: ControlSnapshot, areas: AreaEstimate | None = None) -> dict:
    """Places as points (every CSV column as a property, plus the evidence), then areas and fronts."""
    features = []
    for row, ps in zip(control_rows(snapshot), snapshot.places, strict=True):
        props = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        props["kind"] = "place"
        props["evidence"] = [e.to_json() for e in ps.evidence]
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]}})
    if areas is not None:
        features += areas.to_features()
    return {"type": "FeatureCollection", "as_of": snapshot.as_of.isoformat(),
            "note": "Areas are estimates: Voronoi cells of the places of known control, merged by side.",
            "features": features}
