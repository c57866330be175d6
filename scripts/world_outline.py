"""Build the dashboard's world outline (src/newsevents/serve/static/world.svg) from Natural Earth.

Source: the npm package ``world-atlas`` (ISC licence, Mike Bostock), which carries Natural
Earth's 1:110m admin-0 countries (public domain) as TopoJSON. This script decodes the
TopoJSON arcs and writes one SVG path per country in an equirectangular projection
(x = lon + 180, y = 90 - lat, a 360 x 180 view box), so the map needs no tile server
and no script library. The SVG's first comment records the package, its version, the
SHA-256 of the tarball and of the file read, and the licences.

Usage (from the repository root; npm is only needed to fetch the tarball):

    npm pack world-atlas@2.0.2
    python scripts/world_outline.py world-atlas-2.0.2.tgz
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import tarfile
from html import escape
from pathlib import Path
from typing import Any

MEMBER = "package/countries-110m.json"
OUT = Path(__file__).resolve().parents[1] / "src/newsevents/serve/static/world.svg"


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON's delta-encoded, quantised arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    """One polygon ring: arcs joined end to start; a negative index ~i is arc i reversed."""
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def path_data(rings: list[list[tuple[float, float]]]) -> str:
    """SVG path data; a ring that crosses the antimeridian is cut there (no line across the map)."""
    parts = []
    for points in rings:
        if len(points) < 3:
            continue
        out = [f"M{points[0][0] + 180:.1f} {90 - points[0][1]:.1f}"]
        for (lon0, _), (lon, lat) in itertools.pairwise(points):
            step = "M" if abs(lon - lon0) > 180 else "L"
            out.append(f"{step}{lon + 180:.1f} {90 - lat:.1f}")
        parts.append("".join(out) + "Z")
    return "".join(parts)


def country_paths(topo: dict[str, Any]) -> list[tuple[str, str]]:
    arcs = decode_arcs(topo)
    out = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [ring(arcs, r) for polygon in polygons for r in polygon]
        out.append((geometry.get("properties", {}).get("name", ""), path_data(rings)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tarball", type=Path, help="world-atlas-X.Y.Z.tgz from `npm pack world-atlas`")
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    blob = args.tarball.read_bytes()
    with tarfile.open(args.tarball) as tar:
        member = tar.extractfile(MEMBER)
        package = tar.extractfile("package/package.json")
        if member is None or package is None:
            raise SystemExit(f"{args.tarball}: no {MEMBER}")
        raw = member.read()
        version = json.loads(package.read())["version"]
    paths = country_paths(json.loads(raw))
    provenance = (f"Natural Earth 1:110m admin-0 countries (public domain), from the npm package world-atlas "
                  f"{version} (ISC licence, Copyright 2013-2019 Michael Bostock), file {MEMBER}; "
                  f"tarball sha256 {hashlib.sha256(blob).hexdigest()}, file sha256 {hashlib.sha256(raw).hexdigest()}; "
                  "converted by scripts/world_outline.py (equirectangular: x = lon + 180, y = 90 - lat)")
    lines = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">', f"<!-- {provenance} -->"]
    lines += [f'<path d="{d}"><title>{escape(name)}</title></path>' for name, d in paths if d]
    lines.append("</svg>")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(paths)} countries -> {args.output} ({args.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
