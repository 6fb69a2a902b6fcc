#!/usr/bin/env python3
"""Rebuilds Data/map/region.json: the land borders, coast, rivers and lakes of the Russia–China border region.

Source (Natural Earth, public domain, version 5.0.0, 1:50m scale), exactly these files:

  ne_50m_admin_0_countries.shp / .dbf   (from ne_50m_admin_0_countries.zip)
      https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-admin-0-countries-2/
  ne_50m_rivers_lake_centerlines.geojson
      https://www.naturalearthdata.com/downloads/50m-physical-vectors/50m-rivers-lake-centerlines/
  ne_50m_lakes.geojson
      https://www.naturalearthdata.com/downloads/50m-physical-vectors/50m-lakes/

(the copies used were those of github.com/gtitov/geojson-leaflet-map, geojson/, commit 2e0cf41; their
SHA-256 are checked below).

What it does, with the Python standard library only:
  * borders: the land boundaries between Russia, China, Mongolia and North Korea, found as the polygon edges two
    countries share (Natural Earth's countries share their border vertices exactly); the other edges of those
    countries' polygons are the coast;
  * rivers: every river and lake centreline of the file that crosses the region (this copy has no names; by their
    courses: Amur, Argun, Hailar, Songhua, Liao — the 1:50m file has no Ussuri or Tumen, along which the border line
    itself runs);
  * lakes: lake outlines in the region (Khanka, Hulun, Buir);
  * each line clipped to the region (lon 113–138.5 E, lat 39.5–55 N), simplified (Douglas–Peucker, 0.02°) and
    rounded to 0.001°.

It also writes the same lines as text into Sources/BorderTrackCore/Map/RegionMap+Data.swift (one line a polyline:
a layer letter, then lon,lat pairs), so the program carries the map without reading a file; a test checks the
two agree.

Usage: python3 Data/map/build-region.py SOURCE_DIR [OUT]   (OUT defaults to Data/map/region.json)
"""
import hashlib, json, os, struct, sys

BOX = (113.0, 39.5, 138.5, 55.0)  # west, south, east, north (Amursk, 136.9 E, inside)
TOLERANCE = 0.02
COUNTRIES = {"RUS", "CHN", "MNG", "PRK"}
EXPECTED = {
    "ne_50m_admin_0_countries.shp": "8d118a404df4d55cf682c13d2cb838003ecb921a073a0764686cdab4d072410e",
    "ne_50m_admin_0_countries.dbf": "0d0363a6e79aa7439d749271e7b0db72122bef540c10823633f074f7b509a40a",
    "ne_50m_rivers_lake_centerlines.geojson": "58d602f3bdbcd99bf88b4062271a3ba577da08cd6d6a11aecf242eb68bf1ad6f",
    "ne_50m_lakes.geojson": "27df0fb554699f9073af5cd731d58ce3c81a529ac008f41ce14a19fb6a51d5d1",
}


def check(src):
    for name, digest in EXPECTED.items():
        with open(os.path.join(src, name), "rb") as f:
            got = hashlib.sha256(f.read()).hexdigest()
        if got != digest:
            sys.exit(f"{name}: SHA-256 {got}, expected {digest} (another Natural Earth version?)")


def read_dbf(path):
    with open(path, "rb") as f:
        data = f.read()
    count, header, length = struct.unpack("<IHH", data[4:12])
    fields, at = [], 32
    while data[at] != 0x0D:
        name = data[at:at + 11].split(b"\0")[0].decode()
        fields.append((name, data[at + 16]))
        at += 32
    rows = []
    for i in range(count):
        rec, pos, row = data[header + i * length: header + (i + 1) * length], 1, {}
        for name, size in fields:
            row[name] = rec[pos:pos + size].decode("utf-8", "replace").strip()
            pos += size
        rows.append(row)
    return rows


def read_shp(path):
    with open(path, "rb") as f:
        data = f.read()
    at, shapes = 100, []
    while at < len(data):
        _, words = struct.unpack(">ii", data[at:at + 8])
        content = data[at + 8: at + 8 + words * 2]
        at += 8 + words * 2
        kind = struct.unpack("<i", content[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44:44 + 4 * parts])) + [points]
        xy = struct.unpack(f"<{2 * points}d", content[44 + 4 * parts: 44 + 4 * parts + 16 * points])
        pts = [(xy[2 * k], xy[2 * k + 1]) for k in range(points)]
        shapes.append([pts[starts[k]:starts[k + 1]] for k in range(parts)])
    return shapes


def key(p):
    return (round(p[0], 6), round(p[1], 6))


def chains(edges):
    """Joins undirected edges (pairs of keys) into polylines."""
    nbr = {}
    for a, b in edges:
        nbr.setdefault(a, []).append(b)
        nbr.setdefault(b, []).append(a)
    used, lines = set(), []
    def walk(start):
        line, cur = [start], start
        while True:
            nxt = next((n for n in nbr[cur] if (min(cur, n), max(cur, n)) not in used), None)
            if nxt is None:
                return line
            used.add((min(cur, nxt), max(cur, nxt)))
            line.append(nxt)
            cur = nxt
    for p in sorted(nbr, key=lambda q: (len(nbr[q]) == 2, q)):
        while any((min(p, n), max(p, n)) not in used for n in nbr[p]):
            lines.append(walk(p))
    return lines


def inside(p):
    return BOX[0] <= p[0] <= BOX[2] and BOX[1] <= p[1] <= BOX[3]


def clip(line):
    """Cuts a line to the box (the parts inside, each with its crossing points)."""
    out, cur = [], []
    def cross(a, b):
        t0, t1, dx, dy = 0.0, 1.0, b[0] - a[0], b[1] - a[1]
        for p, q in ((-dx, a[0] - BOX[0]), (dx, BOX[2] - a[0]), (-dy, a[1] - BOX[1]), (dy, BOX[3] - a[1])):
            if p == 0:
                if q < 0:
                    return None
                continue
            r = q / p
            if p < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
        if t0 > t1:
            return None
        return (a[0] + t0 * dx, a[1] + t0 * dy), (a[0] + t1 * dx, a[1] + t1 * dy)
    for a, b in zip(line, line[1:]):
        seg = cross(a, b)
        if seg is None:
            if len(cur) > 1:
                out.append(cur)
            cur = []
            continue
        s, e = seg
        if not cur:
            cur = [s]
        cur.append(e)
        if not inside(b):
            out.append(cur)
            cur = []
    if len(cur) > 1:
        out.append(cur)
    return out


def simplify(line):
    if len(line) < 3:
        return line
    a, b = line[0], line[-1]
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = (dx * dx + dy * dy) ** 0.5
    far, at = -1.0, 0
    for i, p in enumerate(line[1:-1], 1):
        d = abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / norm if norm else ((p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2) ** 0.5
        if d > far:
            far, at = d, i
    if far <= TOLERANCE:
        return [a, b]
    return simplify(line[:at + 1])[:-1] + simplify(line[at:])


def finish(lines):
    out = []
    for line in lines:
        for part in clip(line):
            s = [[round(x, 3), round(y, 3)] for x, y in simplify(part)]
            s = [p for i, p in enumerate(s) if i == 0 or p != s[i - 1]]
            if len(s) > 1:
                out.append(s)
    return out


def geo_lines(path, polygons=False):
    with open(path) as f:
        data = json.load(f)
    lines = []
    for feature in data["features"]:
        g = feature["geometry"]
        if g is None:
            continue
        if g["type"] == "LineString":
            lines.append(g["coordinates"])
        elif g["type"] == "MultiLineString":
            lines += g["coordinates"]
        elif g["type"] == "Polygon":
            lines += g["coordinates"]
        elif g["type"] == "MultiPolygon":
            lines += [ring for poly in g["coordinates"] for ring in poly]
    return [[(p[0], p[1]) for p in l] for l in lines if any(inside(p) for p in l)]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "."
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "region.json")
    check(src)
    rows = read_dbf(os.path.join(src, "ne_50m_admin_0_countries.dbf"))
    shapes = read_shp(os.path.join(src, "ne_50m_admin_0_countries.shp"))
    owners = {}
    for row, rings in zip(rows, shapes):
        code = row.get("ADM0_A3") or row.get("ISO_A3")
        if code not in COUNTRIES:
            continue
        for ring in rings:
            for a, b in zip(ring, ring[1:]):
                ka, kb = key(a), key(b)
                if ka != kb:
                    owners.setdefault((min(ka, kb), max(ka, kb)), set()).add(code)
    land = [e for e, who in owners.items() if len(who) > 1]
    coast = [e for e, who in owners.items() if len(who) == 1]
    region = {
        "source": "Natural Earth 1:50m v5.0.0 (public domain): admin 0 countries, rivers and lake centerlines, lakes",
        "box": list(BOX),
        "borders": finish(chains(land)),
        "coast": finish(chains(coast)),
        "rivers": finish(geo_lines(os.path.join(src, "ne_50m_rivers_lake_centerlines.geojson"))),
        "lakes": finish(geo_lines(os.path.join(src, "ne_50m_lakes.geojson"))),
    }
    with open(out, "w") as f:
        f.write("{\n")
        items = list(region.items())
        for i, (k, v) in enumerate(items):
            sep = "," if i < len(items) - 1 else ""
            if isinstance(v, list) and v and isinstance(v[0], list):
                f.write(f'  "{k}": [\n')
                f.write(",\n".join("    " + json.dumps(l, separators=(",", ":")) for l in v))
                f.write(f"\n  ]{sep}\n")
            else:
                f.write(f"  {json.dumps(k)}: {json.dumps(v)}{sep}\n")
        f.write("}\n")
    swift = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "BorderTrackCore", "Map",
                         "RegionMap+Data.swift")
    text = "\n".join(layer[0].upper() + " " + " ".join(f"{x:g},{y:g}" for x, y in line)
                     for layer in ("borders", "coast", "rivers", "lakes") for line in region[layer])
    with open(swift, "w") as f:
        f.write("// Generated by Data/map/build-region.py from Natural Earth 1:50m (public domain); do not edit.\n")
        f.write("// The same lines as Data/map/region.json: B border, C coast, R river, L lake; lon,lat pairs.\n\n")
        f.write("extension RegionMap {\n    static let encoded = \"\"\"\n" + text + "\n\"\"\"\n}\n")
    print(out, {k: len(v) for k, v in region.items() if isinstance(v, list)}, os.path.getsize(out), "bytes")


if __name__ == "__main__":
    main()
