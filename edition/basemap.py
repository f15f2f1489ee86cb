"""The geography under the maps: coastlines, land and today's borders from Natural Earth.

The stylesheets decide everything that comes from the TEI: which places a map shows, its
frame and its projection. They leave in each map an empty group

    <g class="basemap" id="ID" data-project="WEST NORTH X-SCALE Y-SCALE" data-size="WIDTH HEIGHT"/>

(x = (longitude − WEST) × X-SCALE, y = (NORTH − latitude) × Y-SCALE, in the SVG's units),
and draw() fills it with the land, the coast and the borders of that frame, clipped and
projected the same way. The data are the TopoJSON files of the npm package world-atlas
(Natural Earth 1:50m and 1:10m, public domain), pinned by web/geodata/package-lock.json and
installed by `make`; nothing is fetched while building. The 1:10m data are used for frames
narrower than DETAIL_SPAN degrees. A drawn frame is remembered (edition/cache.py) under the
checksum of the data and the frame, so a rebuild costs nothing; the result is the same.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

from . import cache
from .errors import InputError, Problem

DATA = Path(__file__).resolve().parent.parent / "web" / "geodata" / "node_modules" / "world-atlas"
DETAIL_SPAN = 12.0  # degrees of longitude: below it, the 1:10m data
MARGIN = 4.0  # SVG units drawn beyond the frame, so that no stroke ends at its edge
THINNING = 1.0  # SVG units (about a pixel): a point closer than this to the last one kept is dropped
FORMAT = "edition-basemap/3"
PLACEHOLDER = re.compile(r'<g class="basemap" id="(?P<id>[^"]*)" data-project="(?P<project>[^"]*)" '
                         r'data-size="(?P<size>[^"]*)"(?:/>|></g>)')


class MapDataMissing(InputError):
    pass


def draw(html: str, source: str = "map") -> str:
    """The HTML with every basemap placeholder filled (source: the file, for errors)."""
    if 'class="basemap"' not in html:
        return html
    return PLACEHOLDER.sub(lambda m: _group(m["id"], m["project"], m["size"], source), html)


def _group(group_id: str, project: str, size: str, source: str) -> str:
    try:
        west, north, x_scale, y_scale = (float(v) for v in project.split())
        width, height = (float(v) for v in size.split())
    except ValueError:
        raise InputError(Problem(source, 0, 0, f"a map has a frame that is not four and two numbers: "
                                 f"{project!r} {size!r}", "map")) from None
    if not all(math.isfinite(v) for v in (west, north, x_scale, y_scale, width, height)) \
            or min(x_scale, y_scale, width, height) <= 0 or max(width, height) > 10000:
        raise InputError(Problem(source, 0, 0, f"a map has an impossible frame: {project!r} {size!r}", "map"))
    frame = Frame(west, north, x_scale, y_scale, width, height)
    resolution = "10m" if frame.span_lon < DETAIL_SPAN else "50m"
    name = cache.key(FORMAT, _data_digest(resolution), repr(frame))
    paths = cache.remember("basemap", name, lambda: _paths(frame, resolution).encode("utf-8")).decode("utf-8")
    return f'<g class="basemap" id="{group_id}" aria-hidden="true">{paths}</g>'


class Frame:
    def __init__(self, west, north, x_scale, y_scale, width, height):
        self.west, self.north, self.x_scale, self.y_scale = west, north, x_scale, y_scale
        self.width, self.height = width, height
        self.span_lon = width / x_scale
        self.east = west + self.span_lon
        self.south = north - height / y_scale
        # the frame with its margin, in degrees, for a quick test of what may be in it
        self.box = (west - MARGIN / x_scale, self.south - MARGIN / y_scale,
                    self.east + MARGIN / x_scale, north + MARGIN / y_scale)

    def __repr__(self) -> str:
        return f"Frame({self.west!r}, {self.north!r}, {self.x_scale!r}, {self.y_scale!r}, {self.width!r}, {self.height!r})"

    def project(self, points):
        return [((lon - self.west) * self.x_scale, (self.north - lat) * self.y_scale) for lon, lat in points]


def _paths(frame: Frame, resolution: str) -> str:
    topology = _topology(resolution)
    land = [ring for polygon in topology.polygons("land") for ring in polygon]
    coast = sorted({abs_arc for polygon in topology.polygon_arcs("land") for ring in polygon for abs_arc in ring})
    borders = topology.shared_arcs("countries")
    rings = [_clip_ring(frame.project(ring), frame) for ring in land if _meets(_bounds(ring), frame.box)]
    land_d = "".join(_ring_d(r) for r in rings if len(r) >= 3)
    coast_d = "".join(_line_d(frame, topology.arc(i)) for i in coast if _meets(topology.arc_bounds(i), frame.box))
    border_d = "".join(_line_d(frame, topology.arc(i)) for i in borders if _meets(topology.arc_bounds(i), frame.box))
    # the colours as attributes: the SVG is whole on its own (WeasyPrint's CSS has no fill)
    return (f'<path class="map-land" fill="#f3efe3" d="{land_d}"></path>'
            f'<path class="map-border" fill="none" stroke="#9b9284" stroke-width="0.6" stroke-dasharray="3 2" d="{border_d}"></path>'
            f'<path class="map-coast" fill="none" stroke="#6f8fa3" stroke-width="0.7" stroke-linejoin="round" d="{coast_d}"></path>')


# ----- the TopoJSON -----

class Topology:
    """A TopoJSON file of world-atlas: its arcs decoded to longitude/latitude."""

    def __init__(self, data: dict):
        scale_x, scale_y = data["transform"]["scale"]
        shift_x, shift_y = data["transform"]["translate"]
        self.arcs = []
        for arc in data["arcs"]:
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * scale_x + shift_x, y * scale_y + shift_y))
            self.arcs.append(points)
        self.objects = data["objects"]
        self._bounds: dict[int, tuple] = {}

    def arc(self, index: int) -> list[tuple[float, float]]:
        return self.arcs[index] if index >= 0 else self.arcs[~index][::-1]

    def arc_bounds(self, index: int) -> tuple:
        index = index if index >= 0 else ~index
        if index not in self._bounds:
            self._bounds[index] = _bounds(self.arcs[index])
        return self._bounds[index]

    def _geometries(self, name: str):
        found = self.objects[name]
        return found["geometries"] if found["type"] == "GeometryCollection" else [found]

    def polygon_arcs(self, name: str):
        """Each polygon of the object as rings of arc indexes."""
        for geometry in self._geometries(name):
            if geometry["type"] == "Polygon":
                yield geometry["arcs"]
            elif geometry["type"] == "MultiPolygon":
                yield from geometry["arcs"]

    def polygons(self, name: str):
        """Each polygon of the object as rings of (longitude, latitude)."""
        for polygon in self.polygon_arcs(name):
            rings = []
            for ring in polygon:
                points: list[tuple[float, float]] = []
                for index in ring:
                    arc = self.arc(index)
                    points.extend(arc if not points else arc[1:])
                rings.append(points)
            yield rings

    def shared_arcs(self, name: str) -> list[int]:
        """The arcs that two geometries of the object share: the borders between countries."""
        users: dict[int, set[int]] = {}
        for number, geometry in enumerate(self._geometries(name)):
            polygons = ([geometry["arcs"]] if geometry["type"] == "Polygon"
                        else geometry["arcs"] if geometry["type"] == "MultiPolygon" else [])
            for polygon in polygons:
                for ring in polygon:
                    for index in ring:
                        users.setdefault(index if index >= 0 else ~index, set()).add(number)
        return sorted(i for i, who in users.items() if len(who) > 1)


@functools.lru_cache(maxsize=None)
def _topology(resolution: str) -> Topology:
    return Topology(json.loads(_data_file(resolution).read_bytes()))


@functools.lru_cache(maxsize=None)
def _data_digest(resolution: str) -> str:
    return cache.key(_data_file(resolution).read_bytes())


def _data_file(resolution: str) -> Path:
    path = DATA / f"countries-{resolution}.json"
    if not path.is_file():
        raise MapDataMissing(Problem(str(path), 0, 0, "the map data (npm package world-atlas) is not installed: "
                                     "run `make`, or `npm ci --prefix web/geodata`", "map"))
    return path


# ----- geometry -----

def _bounds(points) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _meets(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _clip_ring(points, frame: Frame):
    """A ring cut to the frame and its margin (Sutherland–Hodgman, one edge at a time)."""
    low_x, low_y, high_x, high_y = -MARGIN, -MARGIN, frame.width + MARGIN, frame.height + MARGIN
    edges = (
        (lambda p: p[0] >= low_x, lambda a, b: _at_x(a, b, low_x)),
        (lambda p: p[0] <= high_x, lambda a, b: _at_x(a, b, high_x)),
        (lambda p: p[1] >= low_y, lambda a, b: _at_y(a, b, low_y)),
        (lambda p: p[1] <= high_y, lambda a, b: _at_y(a, b, high_y)),
    )
    for inside, cross in edges:
        if not points:
            break
        kept = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    kept.append(cross(previous, point))
                kept.append(point)
            elif inside(previous):
                kept.append(cross(previous, point))
            previous = point
        points = kept
    return _thin(points)


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def _thin(points):
    kept = []
    for point in points:
        if not kept or abs(point[0] - kept[-1][0]) + abs(point[1] - kept[-1][1]) >= THINNING:
            kept.append(point)
    return kept


def _ring_d(points) -> str:
    return _relative(points) + "Z"


def _relative(points) -> str:
    """Path data for a run of points: the first absolute, the others as steps from the one
    before (shorter), each step taken between rounded points so that no error adds up."""
    rounded = [(round(x, 1), round(y, 1)) for x, y in points]
    (x0, y0), rest = rounded[0], rounded[1:]
    steps = []
    for (ax, ay), (bx, by) in zip(rounded, rest):
        steps.append(f"{_n(bx - ax)} {_n(by - ay)}")
    return f"M{_n(x0)} {_n(y0)}" + ("l" + " ".join(steps) if steps else "")


def _line_d(frame: Frame, arc) -> str:
    """The parts of a line that come near the frame (the SVG's viewport cuts the rest)."""
    projected = frame.project(arc)
    low_x, low_y, high_x, high_y = -MARGIN, -MARGIN, frame.width + MARGIN, frame.height + MARGIN
    runs: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for a, b in zip(projected, projected[1:]):
        if _segment_meets(a, b, low_x, low_y, high_x, high_y):
            if not current:
                current.append(a)
            current.append(b)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return "".join(_relative(_thin(run)) for run in runs if len(_thin(run)) > 1)


def _segment_meets(a, b, low_x, low_y, high_x, high_y) -> bool:
    """Whether the segment a–b passes through the rectangle (Liang–Barsky)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - low_x), (dx, high_x - a[0]), (-dy, a[1] - low_y), (dy, high_y - a[1])):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True


def _n(value: float) -> str:
    text = f"{value:.1f}"  # tenths of a unit: finer than a screen's pixel
    return "0" if text in ("-0.0", "0.0") else text.removesuffix(".0")
