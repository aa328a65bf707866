#!/usr/bin/env python3
"""Regenerates countries.json and state-positions.csv in this folder.

Needs python3, npm (to fetch the two packages) and a JDK on the PATH (its list of ISO codes is the one
Diplomap accepts). Run from anywhere:  python3 assets/world/build_world.py
"""
import csv
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile

WORLD_ATLAS = "world-atlas@2.0.2"
CODE_TABLE = "i18n-iso-countries@7.14.0"
HERE = os.path.dirname(os.path.abspath(__file__))

# Natural Earth draws these without an ISO code. Northern Cyprus and Somaliland are, for ISO, parts of
# Cyprus and Somalia; Kosovo takes the user-assigned code that the code table uses for it.
UNCODED = {"N. Cyprus": "CYP", "Somaliland": "SOM", "Kosovo": "XKK"}
EXTRA_STATES = {"XKK": "Kosovo"}

# Seats of government as (lon, lat). Where a state names more than one capital, the seat of its
# government (where embassies are) is used: La Paz, Pretoria, Kotte, Ramallah for Palestine.
CAPITALS = """
ABW -70.01 12.51 Oranjestad
AFG 69.21 34.56 Kabul
AGO 13.29 -8.84 Luanda
AIA -63.06 18.22 The Valley
ALA 19.93 60.10 Mariehamn
ALB 19.82 41.33 Tirana
AND 1.52 42.51 Andorra la Vella
ARE 54.38 24.45 Abu Dhabi
ARG -58.38 -34.60 Buenos Aires
ARM 44.50 40.18 Yerevan
ASM -170.70 -14.28 Pago Pago
ATG -61.85 17.13 St. John's
AUS 149.13 -35.28 Canberra
AUT 16.37 48.21 Vienna
AZE 49.87 40.41 Baku
BDI 29.92 -3.43 Gitega
BEL 4.35 50.85 Brussels
BEN 2.63 6.50 Porto-Novo
BES -68.27 12.14 Kralendijk
BFA -1.52 12.37 Ouagadougou
BGD 90.41 23.81 Dhaka
BGR 23.32 42.70 Sofia
BHR 50.59 26.23 Manama
BHS -77.35 25.04 Nassau
BIH 18.41 43.86 Sarajevo
BLM -62.85 17.90 Gustavia
BLR 27.56 53.90 Minsk
BLZ -88.76 17.25 Belmopan
BMU -64.78 32.29 Hamilton
BOL -68.12 -16.49 La Paz
BRA -47.88 -15.79 Brasilia
BRB -59.60 13.11 Bridgetown
BRN 114.94 4.90 Bandar Seri Begawan
BTN 89.64 27.47 Thimphu
BWA 25.92 -24.63 Gaborone
CAF 18.56 4.39 Bangui
CAN -75.70 45.42 Ottawa
CCK 96.83 -12.19 West Island
CHE 7.45 46.95 Bern
CHL -70.67 -33.45 Santiago
CHN 116.41 39.90 Beijing
CIV -5.29 6.83 Yamoussoukro
CMR 11.50 3.85 Yaounde
COD 15.31 -4.32 Kinshasa
COG 15.24 -4.26 Brazzaville
COK -159.78 -21.21 Avarua
COL -74.07 4.71 Bogota
COM 43.25 -11.72 Moroni
CPV -23.51 14.93 Praia
CRI -84.09 9.93 San Jose
CUB -82.37 23.11 Havana
CUW -68.88 12.12 Willemstad
CXR 105.68 -10.42 Flying Fish Cove
CYM -81.37 19.29 George Town
CYP 33.38 35.19 Nicosia
CZE 14.44 50.08 Prague
DEU 13.40 52.52 Berlin
DJI 43.15 11.59 Djibouti
DMA -61.38 15.31 Roseau
DNK 12.57 55.68 Copenhagen
DOM -69.93 18.49 Santo Domingo
DZA 3.06 36.75 Algiers
ECU -78.47 -0.18 Quito
EGY 31.24 30.04 Cairo
ERI 38.93 15.32 Asmara
ESH -13.20 27.15 Laayoune
ESP -3.70 40.42 Madrid
EST 24.75 59.44 Tallinn
ETH 38.76 9.03 Addis Ababa
FIN 24.94 60.17 Helsinki
FJI 178.44 -18.14 Suva
FLK -57.85 -51.70 Stanley
FRA 2.35 48.86 Paris
FRO -6.79 62.01 Torshavn
FSM 158.16 6.92 Palikir
GAB 9.47 0.42 Libreville
GBR -0.13 51.51 London
GEO 44.83 41.72 Tbilisi
GGY -2.54 49.46 St Peter Port
GHA -0.19 5.60 Accra
GIB -5.35 36.14 Gibraltar
GIN -13.71 9.51 Conakry
GLP -61.73 16.00 Basse-Terre
GMB -16.58 13.45 Banjul
GNB -15.60 11.86 Bissau
GNQ 8.78 3.75 Malabo
GRC 23.73 37.98 Athens
GRD -61.75 12.06 St. George's
GRL -51.69 64.18 Nuuk
GTM -90.51 14.63 Guatemala City
GUF -52.31 4.92 Cayenne
GUM 144.75 13.48 Hagatna
GUY -58.16 6.80 Georgetown
HKG 114.16 22.28 Hong Kong
HND -87.19 14.07 Tegucigalpa
HRV 15.98 45.81 Zagreb
HTI -72.31 18.59 Port-au-Prince
HUN 19.04 47.50 Budapest
IDN 106.85 -6.21 Jakarta
IMN -4.48 54.15 Douglas
IND 77.21 28.61 New Delhi
IRL -6.26 53.35 Dublin
IRN 51.39 35.69 Tehran
IRQ 44.37 33.32 Baghdad
ISL -21.94 64.15 Reykjavik
ISR 35.21 31.77 Jerusalem
ITA 12.50 41.90 Rome
JAM -76.79 17.97 Kingston
JEY -2.11 49.19 St Helier
JOR 35.93 31.95 Amman
JPN 139.65 35.68 Tokyo
KAZ 71.45 51.17 Astana
KEN 36.82 -1.29 Nairobi
KGZ 74.57 42.87 Bishkek
KHM 104.93 11.56 Phnom Penh
KIR 172.98 1.33 South Tarawa
KNA -62.72 17.30 Basseterre
KOR 126.98 37.57 Seoul
KWT 47.98 29.38 Kuwait City
LAO 102.63 17.98 Vientiane
LBN 35.50 33.89 Beirut
LBR -10.80 6.30 Monrovia
LBY 13.19 32.89 Tripoli
LCA -60.99 14.01 Castries
LIE 9.52 47.14 Vaduz
LKA 79.92 6.89 Sri Jayawardenepura Kotte
LSO 27.49 -29.32 Maseru
LTU 25.28 54.69 Vilnius
LUX 6.13 49.61 Luxembourg
LVA 24.11 56.95 Riga
MAC 113.54 22.20 Macao
MAF -63.08 18.07 Marigot
MAR -6.84 34.02 Rabat
MCO 7.42 43.74 Monaco
MDA 28.86 47.01 Chisinau
MDG 47.51 -18.88 Antananarivo
MDV 73.51 4.18 Male
MEX -99.13 19.43 Mexico City
MHL 171.38 7.09 Majuro
MKD 21.43 42.00 Skopje
MLI -8.00 12.64 Bamako
MLT 14.51 35.90 Valletta
MMR 96.08 19.76 Naypyidaw
MNE 19.26 42.43 Podgorica
MNG 106.91 47.89 Ulaanbaatar
MNP 145.75 15.21 Saipan
MOZ 32.57 -25.97 Maputo
MRT -15.96 18.07 Nouakchott
MSR -62.21 16.79 Brades
MTQ -61.06 14.62 Fort-de-France
MUS 57.50 -20.16 Port Louis
MWI 33.77 -13.96 Lilongwe
MYS 101.69 3.14 Kuala Lumpur
MYT 45.23 -12.78 Mamoudzou
NAM 17.07 -22.56 Windhoek
NCL 166.46 -22.28 Noumea
NER 2.13 13.51 Niamey
NFK 167.96 -29.06 Kingston
NGA 7.40 9.08 Abuja
NIC -86.24 12.12 Managua
NIU -169.92 -19.06 Alofi
NLD 4.90 52.37 Amsterdam
NOR 10.75 59.91 Oslo
NPL 85.32 27.72 Kathmandu
NRU 166.92 -0.55 Yaren
NZL 174.78 -41.29 Wellington
OMN 58.38 23.59 Muscat
PAK 73.05 33.68 Islamabad
PAN -79.52 8.98 Panama City
PCN -130.10 -25.07 Adamstown
PER -77.04 -12.05 Lima
PHL 120.98 14.60 Manila
PLW 134.62 7.50 Ngerulmud
PNG 147.18 -9.44 Port Moresby
POL 21.01 52.23 Warsaw
PRI -66.11 18.47 San Juan
PRK 125.76 39.04 Pyongyang
PRT -9.14 38.72 Lisbon
PRY -57.58 -25.26 Asuncion
PSE 35.20 31.90 Ramallah
PYF -149.56 -17.55 Papeete
QAT 51.53 25.29 Doha
REU 55.45 -20.88 Saint-Denis
ROU 26.10 44.43 Bucharest
RUS 37.62 55.76 Moscow
RWA 30.06 -1.94 Kigali
SAU 46.68 24.71 Riyadh
SDN 32.56 15.50 Khartoum
SEN -17.47 14.72 Dakar
SGP 103.85 1.29 Singapore
SHN -5.72 -15.92 Jamestown
SJM 15.63 78.22 Longyearbyen
SLB 159.97 -9.45 Honiara
SLE -13.23 8.47 Freetown
SLV -89.22 13.69 San Salvador
SMR 12.46 43.94 San Marino
SOM 45.32 2.05 Mogadishu
SPM -56.18 46.78 Saint-Pierre
SRB 20.45 44.79 Belgrade
SSD 31.57 4.86 Juba
STP 6.73 0.34 Sao Tome
SUR -55.20 5.85 Paramaribo
SVK 17.11 48.15 Bratislava
SVN 14.51 46.06 Ljubljana
SWE 18.07 59.33 Stockholm
SWZ 31.14 -26.31 Mbabane
SXM -63.05 18.03 Philipsburg
SYC 55.45 -4.62 Victoria
SYR 36.28 33.51 Damascus
TCA -71.14 21.46 Cockburn Town
TCD 15.06 12.13 N'Djamena
TGO 1.21 6.14 Lome
THA 100.50 13.76 Bangkok
TJK 68.79 38.56 Dushanbe
TKM 58.33 37.96 Ashgabat
TLS 125.56 -8.56 Dili
TON -175.20 -21.14 Nuku'alofa
TTO -61.50 10.66 Port of Spain
TUN 10.18 36.81 Tunis
TUR 32.86 39.93 Ankara
TUV 179.20 -8.52 Funafuti
TWN 121.57 25.03 Taipei
TZA 35.75 -6.16 Dodoma
UGA 32.58 0.35 Kampala
UKR 30.52 50.45 Kyiv
URY -56.16 -34.90 Montevideo
USA -77.04 38.91 Washington
UZB 69.24 41.30 Tashkent
VAT 12.45 41.90 Vatican City
VCT -61.22 13.16 Kingstown
VEN -66.90 10.48 Caracas
VGB -64.62 18.43 Road Town
VIR -64.93 18.34 Charlotte Amalie
VNM 105.83 21.03 Hanoi
VUT 168.33 -17.73 Port Vila
WLF -176.17 -13.28 Mata-Utu
WSM -171.75 -13.85 Apia
XKK 21.17 42.66 Pristina
YEM 44.19 15.37 Sana'a
ZAF 28.23 -25.75 Pretoria
ZMB 28.28 -15.42 Lusaka
ZWE 31.03 -17.83 Harare
"""

# Territories with neither a capital nor an outline at this scale: a known inhabited or main island.
PLACES = """
BVT 3.35 -54.42 Bouvet Island
HMD 73.51 -53.09 Heard Island
IOT 72.42 -7.31 Diego Garcia
SGS -36.51 -54.28 King Edward Point
TKL -171.85 -9.20 Nukunonu
UMI 166.62 19.28 Wake Island
"""


def parse_points(text):
    points = {}
    for line in text.strip().splitlines():
        code, lon, lat, name = line.split(" ", 3)
        points[code] = (float(lon), float(lat), name)
    return points


def npm_pack(spec, into):
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=into, check=True, capture_output=True, text=True)
    tarball = os.path.join(into, out.stdout.strip().splitlines()[-1])
    target = os.path.join(into, spec.split("@")[0])
    with tarfile.open(tarball) as tar:
        tar.extractall(target)
    return os.path.join(target, "package")


def java_states(into):
    """The alpha-3 codes and English names of the running JDK, the list Diplomap itself accepts."""
    source = os.path.join(into, "Codes.java")
    with open(source, "w") as f:
        f.write("""
            import java.util.Locale;
            public class Codes {
                public static void main(String[] args) {
                    for (String alpha2 : Locale.getISOCountries()) {
                        Locale country = new Locale("", alpha2);
                        System.out.println(country.getISO3Country() + "\\t" + country.getDisplayCountry(Locale.ENGLISH));
                    }
                }
            }
            """)
    out = subprocess.run(["java", source], check=True, capture_output=True, text=True).stdout
    return dict(line.split("\t", 1) for line in out.strip().splitlines())


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_of(indexes, arcs):
    ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(points if not ring else points[1:])
    return ring


def jumps(ring):
    return sum(1 for (x0, _), (x1, _) in zip(ring, ring[1:] + ring[:1]) if abs(x1 - x0) > 180)


def clip(ring, keep):
    """The part of a ring on one side of the 180th meridian (Sutherland-Hodgman against one line)."""
    out = []
    for (x0, y0), (x1, y1) in zip(ring[-1:] + ring[:-1], ring):
        if keep(x1) != keep(x0):
            out.append((180.0, y0 + (y1 - y0) * (180 - x0) / (x1 - x0)))
        if keep(x1):
            out.append((x1, y1))
    return out


def split_at_antimeridian(rings):
    """
    Natural Earth runs Fiji and eastern Russia across the 180th meridian, as rings that jump from 180 to -180 and
    back; drawn flat, those jumps are lines across the whole map. Such a polygon becomes one polygon on each side.
    Antarctica, which goes round the pole and so jumps once, is left as it is.
    """
    outer = rings[0]
    if jumps(outer) == 0 or jumps(outer) % 2 == 1:
        return [rings]
    assert len(rings) == 1, "a polygon across the 180th meridian with holes"
    unwrapped = [(x + 360 if x < 0 else x, y) for x, y in outer]
    west = clip(unwrapped, lambda x: x <= 180)
    east = [(x - 360, y) for x, y in clip(unwrapped, lambda x: x >= 180)]
    return [[part] for part in (west, east) if len(part) >= 3]


def rounded(ring):
    """Rounds to 2 decimals and drops points that fall on the one before; closing point left out."""
    out = []
    for lon, lat in ring:
        point = (round(lon, 2), round(lat, 2))
        if not out or point != out[-1]:
            out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out if len(out) >= 3 else None


def area_and_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0]
    return abs(area), (cx / (6 * area), cy / (6 * area))


def outlines_by_code(topology, numeric_to_alpha3):
    arcs = decode_arcs(topology)
    outlines = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = numeric_to_alpha3.get(geometry.get("id")) or UNCODED[geometry["properties"]["name"]]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for part in split_at_antimeridian([ring_of(ring, arcs) for ring in polygon]):
                rings = [rounded(ring) for ring in part]
                if rings[0] is not None:
                    outlines.setdefault(code, []).append([r for r in rings if r is not None])
    return outlines


def number(value):
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def write_outlines(outlines, path):
    # One country a line keeps diffs readable; rings are flat [lon, lat, lon, lat, ...] to stay small.
    lines = []
    for code in sorted(outlines):
        polygons = ",".join(
            "[" + ",".join("[" + ",".join(number(c) for point in ring for c in point) + "]" for ring in polygon) + "]"
            for polygon in outlines[code])
        lines.append(f'"{code}":[{polygons}]')
    with open(path, "w") as f:
        f.write('{"format":"diplomap-world-outlines","version":1,\n"outlines":{\n' + ",\n".join(lines) + "\n}}\n")


def inside(point, ring):
    lon, lat = point
    crossings = 0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
            crossings += 1
    return crossings % 2 == 1


def far_from_outline(point, polygons):
    """Whether a point lies outside a country's outline and 2.5 degrees from its every vertex: a likely typo."""
    lon, lat = point
    return not any(inside(point, polygon[0]) for polygon in polygons) and all(
        math.hypot(x - lon, y - lat) > 2.5 for polygon in polygons for ring in polygon for x, y in ring)


def write_positions(states, outlines, path):
    capitals = parse_points(CAPITALS)
    places = parse_points(PLACES)
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["code", "name", "lon", "lat", "source"])
        for code in sorted(states):
            if code in capitals:
                lon, lat, _ = capitals[code]
                source = "capital"
                if code in outlines and far_from_outline((lon, lat), outlines[code]):
                    print(f"warning: the capital of {code} is far from its outline", file=sys.stderr)
            elif code in outlines:
                largest = max((area_and_centroid(polygon[0]) for polygon in outlines[code]), key=lambda a: a[0])
                lon, lat = largest[1]
                source = "centroid"
            elif code in places:
                lon, lat, _ = places[code]
                source = "place"
            else:
                sys.exit(f"no position for {code} {states[code]}: add it to CAPITALS or PLACES")
            out.writerow([code, states[code], number(lon), number(lat), source])


def main():
    with tempfile.TemporaryDirectory() as temp:
        atlas = npm_pack(WORLD_ATLAS, temp)
        table = npm_pack(CODE_TABLE, temp)
        with open(os.path.join(atlas, "countries-110m.json")) as f:
            topology = json.load(f)
        with open(os.path.join(table, "codes.json")) as f:
            numeric_to_alpha3 = {numeric: alpha3 for _, alpha3, numeric, *_ in json.load(f)}
        states = java_states(temp)
        states.update(EXTRA_STATES)
    outlines = outlines_by_code(topology, numeric_to_alpha3)
    write_outlines(outlines, os.path.join(HERE, "countries.json"))
    write_positions(states, outlines, os.path.join(HERE, "state-positions.csv"))


if __name__ == "__main__":
    main()
