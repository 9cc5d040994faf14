"""A SYNTHETIC scale corpus for benchmarks: sample sections recombined across real places and years.

Every file is named `synthetic_…` and the folder gets a README saying so; never write it into
`corpus/`. Each report takes a random subset of the sample's sections (parsed by the real parser),
perturbed so that not every query matches every section: the sample's own place names become the
synthetic region's, years shift to the synthetic year, other numbers are redrawn, sentences are
dropped and sentences of other sections mixed in. The title line names a real county (or
prefecture) from the gazetteer and a year 2019–2025, and is checked against the real resolver, so
each file parses back to the place and year it was made for. Deterministic for a given seed.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer.models import HEADING_SEPARATOR, Report, SectionType
from indexer.normalize import to_simplified
from indexer.parsing.numerals import written
from indexer.parsing.pipeline import Parser
from indexer.regions import RegionResolver
from indexer.resources import load_csv

YEARS = tuple(range(2019, 2026))
SECTIONS_PER_REPORT = (6, 16)
PREFECTURE_SHARE = 0.1  # a tenth of the reports come from prefecture-level cities
MANIFEST = "synthetic_manifest.csv"
_NUMERAL = "一二三四五六七八九十"
_NUMBER_MARK = re.compile(rf"^\s*(?:[{_NUMERAL}]+[、.]|[(（][{_NUMERAL}]+[)）]|[{_NUMERAL}]+是)\s*")
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_SENTENCE = re.compile(r"[^。;；]*[。;；]|[^。;；]+$")
_TITLE_FORMS = (
    "{place}人民政府{year}年法治政府建设年度报告",
    "{place}人民政府关于{year}年度法治政府建设情况的报告",
)


@dataclass(frozen=True, slots=True)
class Piece:
    """One sample section, ready to be recombined."""

    chapter: str  # level-1 heading, numbering removed
    title: str  # level-2 heading, numbering removed ('' when none)
    type: SectionType
    text: str  # the body, its own heading removed
    names: tuple[tuple[str, str], ...]  # (sample place name, role) to swap: "region" or "city"
    year: int


@dataclass(frozen=True, slots=True)
class Place:
    region: str
    city: str | None
    province: str


@dataclass(frozen=True, slots=True)
class Planned:
    """A synthetic report as written: what it must parse back to."""

    file: str
    place: Place
    year: int
    sections: int


@dataclass(frozen=True, slots=True)
class Pool:
    intros: tuple[Piece, ...]
    pieces: tuple[Piece, ...]
    places: tuple[Place, ...]
    cities: tuple[Place, ...]


def load_pool(corpus: Path, parser: Parser) -> Pool:
    reports = [parser.parse_file(path) for path in sorted(corpus.glob("*.txt"))]
    pieces = [piece for report in reports for piece in _pieces(report)]
    counties, cities = _places()
    return Pool(
        intros=tuple(p for p in pieces if not p.chapter),
        pieces=tuple(p for p in pieces if p.chapter),
        places=counties,
        cities=cities,
    )


def _pieces(report: Report) -> Iterator[Piece]:
    names = _sample_names(report)
    chapters = {s.type: s.heading.split(HEADING_SEPARATOR)[0] for s in report.sections if s.heading}
    for section in report.sections:
        parts = [_unnumbered(p) for p in section.heading.split(HEADING_SEPARATOR) if p]
        if not parts and section.type in chapters and section is not report.sections[0]:
            parts = [_unnumbered(chapters[section.type])]  # an unheaded tail section
        chapter, title = [*parts, "", ""][:2]
        yield Piece(chapter, title, section.type, _body(section.text, title), names, report.year)


def _sample_names(report: Report) -> tuple[tuple[str, str], ...]:
    names = [(report.region, "region"), (report.city, "city")]
    if report.region and report.region[-1] in "区县" and "市" not in report.region:
        names.append((report.region[:-1], "region_short"))  # 海珠区 -> 海珠 (法治海珠)
    return tuple((name, role) for name, role in names if name)


def _unnumbered(heading: str) -> str:
    return _NUMBER_MARK.sub("", heading).strip()


def _body(text: str, title: str) -> str:
    body = _NUMBER_MARK.sub("", text)
    if title and body.startswith(title):
        body = body[len(title) :].lstrip("。,，:：")
    return body.strip()


def _places() -> tuple[tuple[Place, ...], tuple[Place, ...]]:
    rows = [r for r in load_csv("divisions.csv") if r["status"] == "current"]
    names = {r["code"]: r["name"] for r in rows}
    counties, cities = [], []
    for row in rows:
        code = row["code"]
        if code.endswith("0" * 10):
            continue  # provinces do not report here
        province = names[code[:2] + "0" * 10]
        if code.endswith("0" * 8):
            cities.append(Place(row["name"], row["name"], province))
        else:
            counties.append(Place(row["name"], names.get(code[:4] + "0" * 8), province))
    return tuple(counties), tuple(cities)


def generate(
    corpus: Path, out: Path, reports: int, sections: int = 0, seed: int = 2024
) -> list[Planned]:
    """Write at least `reports` files and `sections` sections into `out`; returns what was made."""
    parser = Parser.from_data()
    pool = load_pool(corpus, parser)
    out.mkdir(parents=True, exist_ok=True)
    planned: list[Planned] = []
    written = 0
    while len(planned) < reports or written < sections:
        rng = random.Random(f"{seed}:{len(planned)}")
        name = f"synthetic_{len(planned):05d}.txt"
        text, plan = compose(rng, pool, parser.resolver, name)
        (out / name).write_text(text, encoding="utf-8")
        planned.append(plan)
        written += plan.sections
    _write_manifest(out, planned)
    _write_readme(out, planned, seed)
    return planned


def compose(
    rng: random.Random, pool: Pool, resolver: RegionResolver, name: str
) -> tuple[str, Planned]:
    """One synthetic report's text, and the place and year it must parse back to."""
    year = rng.choice(YEARS)
    place, title = _titled_place(rng, pool, resolver, year)
    count = rng.randint(*SECTIONS_PER_REPORT)
    chosen = rng.sample(pool.pieces, min(count, len(pool.pieces)))
    order = list(SectionType)
    chosen.sort(key=lambda p: (order.index(p.type), p.chapter))
    perturb = _Perturber(rng, pool, place, year)
    lines = [title, "", perturb.text(rng.choice(pool.intros))]
    lines += _chapters(chosen, perturb)
    return "\n".join(lines) + "\n", Planned(name, place, year, len(chosen) + 1)


def _titled_place(
    rng: random.Random, pool: Pool, resolver: RegionResolver, year: int
) -> tuple[Place, str]:
    """A place whose title the real resolver reads back exactly (乾县 is not: t2s makes it 干县)."""
    while True:
        places = pool.cities if rng.random() < PREFECTURE_SHARE else pool.places
        place = rng.choice(places)
        form = rng.choice(_TITLE_FORMS)
        for prefix in ("", place.city or place.province):
            if prefix == place.region:
                continue
            title = form.format(place=prefix + place.region, year=year)
            found, _ = resolver.resolve(title, "")
            if (found.region, found.city, found.province) == (
                place.region,
                place.city,
                place.province,
            ):
                return place, title


def _chapters(pieces: list[Piece], perturb: _Perturber) -> list[str]:
    """Level-1 chapters of consecutive pieces from the same sample chapter, renumbered."""
    lines: list[str] = []
    chapter, sub = None, 0
    for piece in pieces:
        if piece.chapter != chapter or not piece.title:
            chapter, sub = piece.chapter, 0
            number = written(_count_chapters(lines) + 1)
            lines.append(f"{number}、{perturb.heading(piece.chapter, piece)}")
        if piece.title:
            sub += 1
            lines.append(f"({written(sub)}){perturb.heading(piece.title, piece)}")
        lines.extend(perturb.paragraphs(piece))
    return lines


def _count_chapters(lines: list[str]) -> int:
    return sum(1 for line in lines if re.match(rf"[{_NUMERAL}]+、", line))


class _Perturber:
    """Rewrites sample text for one synthetic report (holds that report's random stream)."""

    def __init__(self, rng: random.Random, pool: Pool, place: Place, year: int) -> None:
        self.rng, self.pool, self.place, self.year = rng, pool, place, year
        short = place.region[:-1] if len(place.region) > 2 else place.region
        self.swap = {"region": place.region, "city": place.city or place.province}
        self.swap["region_short"] = short

    def text(self, piece: Piece) -> str:
        return "".join(self._sentences(piece))

    def paragraphs(self, piece: Piece) -> list[str]:
        sentences = self._sentences(piece)
        cut = self.rng.randint(1, len(sentences)) if len(sentences) > 3 else len(sentences)
        return [p for p in ("".join(sentences[:cut]), "".join(sentences[cut:])) if p]

    def heading(self, text: str, piece: Piece) -> str:
        return self._rewrite(text, piece)

    def _sentences(self, piece: Piece) -> list[str]:
        sentences = _SENTENCE.findall(piece.text) or [piece.text]
        kept = [
            self._rewrite(s, piece)
            for s in sentences
            if len(sentences) < 3 or self.rng.random() > 0.2
        ]
        for _ in range(self.rng.choice((0, 0, 1, 2))):  # sentences from other sections
            donor = self.rng.choice(self.pool.pieces)
            extra = self.rng.choice(_SENTENCE.findall(donor.text) or [donor.text])
            kept.insert(self.rng.randint(0, len(kept)), self._rewrite(extra, donor))
        return kept or [""]

    def _rewrite(self, text: str, piece: Piece) -> str:
        text = _swap_names(text, piece.names, self.swap)
        return _NUMBER.sub(lambda m: self._number(m.group(), piece.year), text)

    def _number(self, number: str, sample_year: int) -> str:
        if re.fullmatch(r"(19|20)\d\d", number):
            return str(int(number) - sample_year + self.year)
        if "." in number:
            return f"{self.rng.uniform(0.1, 99.9):.{len(number.split('.')[1])}f}"
        low = 10 ** (len(number) - 1) if len(number) > 1 else 1
        return str(self.rng.randint(low, 10 ** len(number) - 1))


def _swap_names(text: str, names: tuple[tuple[str, str], ...], swap: dict[str, str]) -> str:
    """Sample place names -> the synthetic place's, found in simplified form (also in 海珠區)."""
    simple = to_simplified(text)  # length-preserving: offsets match the original
    for name, role in names:
        start = simple.find(name)
        while start >= 0:
            text = text[:start] + swap[role] + text[start + len(name) :]
            simple = simple[:start] + swap[role] + simple[start + len(name) :]
            start = simple.find(name, start + len(swap[role]))
    return text


def _write_manifest(out: Path, planned: list[Planned]) -> None:
    with (out / MANIFEST).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "region", "city", "province", "year", "sections"])
        for p in planned:
            row = [p.file, p.place.region, p.place.city or "", p.place.province, p.year]
            writer.writerow([*row, p.sections])


def read_manifest(out: Path) -> list[dict[str, str]]:
    with (out / MANIFEST).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_readme(out: Path, planned: list[Planned], seed: int) -> None:
    sections = sum(p.sections for p in planned)
    (out / "README.md").write_text(
        "# SYNTHETIC benchmark corpus: not real reports\n\n"
        f"{len(planned)} files (`synthetic_*.txt`, about {sections} sections), made by "
        f"`python -m bench synth` with seed {seed} from the sections of the sample corpus, "
        "recombined across real region names (indexer/data/divisions.csv) and years "
        f"{YEARS[0]}–{YEARS[-1]}, with place names, years and figures rewritten, sentences "
        "dropped and mixed in from other sections. The governments named never wrote these "
        "texts. For benchmarks only: never copy them into corpus/.\n\n"
        f"`{MANIFEST}` lists the region, city, province and year each file was made for.\n",
        encoding="utf-8",
    )
