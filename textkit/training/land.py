"""`python -m textkit.training land`: rebuild the land outlines that `plot.places_map` draws.

Reads Natural Earth 1:50m country outlines from the npm package `world-atlas` (TopoJSON),
converts them to GeoJSON with `topojson-client`'s `topo2geo`, clips them with shapely to a box
around Indonesia, simplifies them and writes compact JSON to `textkit/lang/gazetteer/land.json`.

Build-time needs only: `npm` and `node` (or `--geojson FILE` with the countries already as
GeoJSON) and shapely (`pip install -e ".[train]"`). Nothing of this is imported at run time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path

from ..plot import LAND_PATH

NPM_PACKAGES = ("world-atlas@2.0.2", "topojson-client@3.1.0")
TOPOLOGY = "world-atlas/countries-50m.json"
# lon0, lon1, lat0, lat1: Indonesia with its neighbours, wider than plot.INDONESIA so that
# a map can be widened a little.
BOX = (88.0, 150.0, -16.0, 14.0)
TOLERANCE = 0.01  # degrees (about 1 km): Douglas-Peucker tolerance of the simplification
DIGITS = 2  # decimals kept per coordinate
MIN_AREA = 0.002  # square degrees: smaller islands are left out (about 25 km²)


def countries_geojson(workdir: Path) -> dict:
    """The Natural Earth countries of `world-atlas` as a GeoJSON FeatureCollection (via npm)."""
    subprocess.run(
        ["npm", "install", "--silent", "--no-save", "--prefix", str(workdir), *NPM_PACKAGES],
        check=True,
    )
    modules = workdir / "node_modules"
    with open(modules / TOPOLOGY, "rb") as topology:
        result = subprocess.run(
            ["node", str(modules / "topojson-client/bin/topo2geo"), "countries=-"],
            stdin=topology,
            capture_output=True,
            check=True,
        )
    return json.loads(result.stdout)


def rings(geometry, box: tuple[float, float, float, float]) -> list[list[list[float]]]:
    """Exterior rings of a shapely geometry clipped to `box`, simplified and rounded."""
    import shapely

    lon0, lon1, lat0, lat1 = box
    clipped = shapely.clip_by_rect(geometry, lon0, lat0, lon1, lat1)
    clipped = shapely.simplify(clipped, TOLERANCE, preserve_topology=True)
    out = []
    for polygon in getattr(clipped, "geoms", [clipped]):
        if polygon.geom_type != "Polygon" or polygon.area < MIN_AREA:
            continue
        points: list[list[float]] = []
        for lon, lat in polygon.exterior.coords:
            point = [round(lon, DIGITS), round(lat, DIGITS)]
            if not points or point != points[-1]:
                points.append(point)
        if len(points) >= 4:
            out.append(points)
    return out


def land(features: dict, box: tuple[float, float, float, float] = BOX) -> dict:
    """The land file's content: per country (ISO 3166-1 numeric id, name) its rings in `box`."""
    from shapely.geometry import shape

    countries = []
    for feature in features["features"]:
        if not feature.get("geometry"):
            continue
        polygons = rings(shape(feature["geometry"]), box)
        if polygons:
            name = feature.get("properties", {}).get("name")
            countries.append({"id": feature.get("id"), "name": name, "rings": polygons})
    countries.sort(key=lambda country: country["name"] or "")
    return {
        "source": "Natural Earth 1:50m admin 0 countries, via npm world-atlas 2.0.2",
        "licence": "public domain (Natural Earth); world-atlas ISC",
        "box": list(box),
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m textkit.training land", description=__doc__)
    parser.add_argument("--geojson", type=Path, help="countries as GeoJSON (skips npm)")
    parser.add_argument("--out", type=Path, default=LAND_PATH, help="output JSON file")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.geojson:
        features = json.loads(args.geojson.read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory(prefix="textkit-land-") as workdir:
            features = countries_geojson(Path(workdir))
    content = land(features)
    args.out.write_text(json.dumps(content, separators=(",", ":")) + "\n", encoding="utf-8")
    n_rings = sum(len(country["rings"]) for country in content["countries"])
    print(
        f"wrote {args.out}: {len(content['countries'])} countries, {n_rings} rings, "
        f"{args.out.stat().st_size / 1024:.0f} KiB in {time.perf_counter() - started:.1f} s"
    )
    return 0
