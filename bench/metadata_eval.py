"""Metadata accuracy on real, hand-labelled report pages.

The sets (`SETS`): the development set the first rules were written against
(tests/data/metadata_eval/, ids not starting with "h"), its held-out pages ("h"), and
eighty-nine more sets under tests/data/metadata_eval_*/ (unseen, fresh, final, then sixth to
ninety-first), each labelled by engineers who never read the rules and measured once before any
rule's author saw it (their READMEs say how they were gathered; BENCHMARKS.md gives each first
run).
`python -m bench.metadata_eval` prints the per-field table of each that BENCHMARKS.md shows;
tests/test_metadata_eval.py holds the same numbers as a floor. Each page is parsed as `collect`
would save it: the page's text with a sidecar that gives only its `source_url`.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from indexer.models import Report
from indexer.parsing.files import read_document
from indexer.parsing.near_miss import NEAR_MISS_WARNING
from indexer.parsing.pipeline import Parser
from indexer.parsing.provenance import Sidecar

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
EVAL_DIR = DATA_DIR / "metadata_eval"
UNSEEN_DIR = DATA_DIR / "metadata_eval_unseen"
FRESH_DIR = DATA_DIR / "metadata_eval_fresh"
FINAL_DIR = DATA_DIR / "metadata_eval_final"
SIXTH_DIR = DATA_DIR / "metadata_eval_sixth"
SEVENTH_DIR = DATA_DIR / "metadata_eval_seventh"
EIGHTH_DIR = DATA_DIR / "metadata_eval_eighth"
NINTH_DIR = DATA_DIR / "metadata_eval_ninth"
TENTH_DIR = DATA_DIR / "metadata_eval_tenth"
ELEVENTH_DIR = DATA_DIR / "metadata_eval_eleventh"
TWELFTH_DIR = DATA_DIR / "metadata_eval_twelfth"
THIRTEENTH_DIR = DATA_DIR / "metadata_eval_thirteenth"
FOURTEENTH_DIR = DATA_DIR / "metadata_eval_fourteenth"
FIFTEENTH_DIR = DATA_DIR / "metadata_eval_fifteenth"
SIXTEENTH_DIR = DATA_DIR / "metadata_eval_sixteenth"
SEVENTEENTH_DIR = DATA_DIR / "metadata_eval_seventeenth"
EIGHTEENTH_DIR = DATA_DIR / "metadata_eval_eighteenth"
NINETEENTH_DIR = DATA_DIR / "metadata_eval_nineteenth"
TWENTIETH_DIR = DATA_DIR / "metadata_eval_twentieth"
TWENTYFIRST_DIR = DATA_DIR / "metadata_eval_twentyfirst"
TWENTYSECOND_DIR = DATA_DIR / "metadata_eval_twentysecond"
TWENTYTHIRD_DIR = DATA_DIR / "metadata_eval_twentythird"
TWENTYFOURTH_DIR = DATA_DIR / "metadata_eval_twentyfourth"
TWENTYFIFTH_DIR = DATA_DIR / "metadata_eval_twentyfifth"
TWENTYSIXTH_DIR = DATA_DIR / "metadata_eval_twentysixth"
TWENTYSEVENTH_DIR = DATA_DIR / "metadata_eval_twentyseventh"
TWENTYEIGHTH_DIR = DATA_DIR / "metadata_eval_twentyeighth"
TWENTYNINTH_DIR = DATA_DIR / "metadata_eval_twentyninth"
THIRTIETH_DIR = DATA_DIR / "metadata_eval_thirtieth"
THIRTYFIRST_DIR = DATA_DIR / "metadata_eval_thirtyfirst"
THIRTYSECOND_DIR = DATA_DIR / "metadata_eval_thirtysecond"
THIRTYTHIRD_DIR = DATA_DIR / "metadata_eval_thirtythird"
THIRTYFOURTH_DIR = DATA_DIR / "metadata_eval_thirtyfourth"
THIRTYFIFTH_DIR = DATA_DIR / "metadata_eval_thirtyfifth"
THIRTYSIXTH_DIR = DATA_DIR / "metadata_eval_thirtysixth"
THIRTYSEVENTH_DIR = DATA_DIR / "metadata_eval_thirtyseventh"
THIRTYEIGHTH_DIR = DATA_DIR / "metadata_eval_thirtyeighth"
THIRTYNINTH_DIR = DATA_DIR / "metadata_eval_thirtyninth"
FORTIETH_DIR = DATA_DIR / "metadata_eval_fortieth"
FORTYFIRST_DIR = DATA_DIR / "metadata_eval_fortyfirst"
FORTYSECOND_DIR = DATA_DIR / "metadata_eval_fortysecond"
FORTYTHIRD_DIR = DATA_DIR / "metadata_eval_fortythird"
FORTYFOURTH_DIR = DATA_DIR / "metadata_eval_fortyfourth"
FORTYFIFTH_DIR = DATA_DIR / "metadata_eval_fortyfifth"
FORTYSIXTH_DIR = DATA_DIR / "metadata_eval_fortysixth"
FORTYSEVENTH_DIR = DATA_DIR / "metadata_eval_fortyseventh"
FORTYEIGHTH_DIR = DATA_DIR / "metadata_eval_fortyeighth"
FORTYNINTH_DIR = DATA_DIR / "metadata_eval_fortyninth"
FIFTIETH_DIR = DATA_DIR / "metadata_eval_fiftieth"
FIFTYFIRST_DIR = DATA_DIR / "metadata_eval_fiftyfirst"
FIFTYSECOND_DIR = DATA_DIR / "metadata_eval_fiftysecond"
FIFTYTHIRD_DIR = DATA_DIR / "metadata_eval_fiftythird"
FIFTYFOURTH_DIR = DATA_DIR / "metadata_eval_fiftyfourth"
FIFTYFIFTH_DIR = DATA_DIR / "metadata_eval_fiftyfifth"
FIFTYSIXTH_DIR = DATA_DIR / "metadata_eval_fiftysixth"
FIFTYSEVENTH_DIR = DATA_DIR / "metadata_eval_fiftyseventh"
FIFTYEIGHTH_DIR = DATA_DIR / "metadata_eval_fiftyeighth"
FIFTYNINTH_DIR = DATA_DIR / "metadata_eval_fiftyninth"
SIXTIETH_DIR = DATA_DIR / "metadata_eval_sixtieth"
SIXTYFIRST_DIR = DATA_DIR / "metadata_eval_sixtyfirst"
SIXTYSECOND_DIR = DATA_DIR / "metadata_eval_sixtysecond"
SIXTYTHIRD_DIR = DATA_DIR / "metadata_eval_sixtythird"
SIXTYFOURTH_DIR = DATA_DIR / "metadata_eval_sixtyfourth"
SIXTYFIFTH_DIR = DATA_DIR / "metadata_eval_sixtyfifth"
SIXTYSIXTH_DIR = DATA_DIR / "metadata_eval_sixtysixth"
SIXTYSEVENTH_DIR = DATA_DIR / "metadata_eval_sixtyseventh"
SIXTYEIGHTH_DIR = DATA_DIR / "metadata_eval_sixtyeighth"
SIXTYNINTH_DIR = DATA_DIR / "metadata_eval_sixtyninth"
SEVENTIETH_DIR = DATA_DIR / "metadata_eval_seventieth"
SEVENTYFIRST_DIR = DATA_DIR / "metadata_eval_seventyfirst"
SEVENTYSECOND_DIR = DATA_DIR / "metadata_eval_seventysecond"
SEVENTYTHIRD_DIR = DATA_DIR / "metadata_eval_seventythird"
SEVENTYFOURTH_DIR = DATA_DIR / "metadata_eval_seventyfourth"
SEVENTYFIFTH_DIR = DATA_DIR / "metadata_eval_seventyfifth"
SEVENTYSIXTH_DIR = DATA_DIR / "metadata_eval_seventysixth"
SEVENTYSEVENTH_DIR = DATA_DIR / "metadata_eval_seventyseventh"
SEVENTYEIGHTH_DIR = DATA_DIR / "metadata_eval_seventyeighth"
SEVENTYNINTH_DIR = DATA_DIR / "metadata_eval_seventyninth"
EIGHTIETH_DIR = DATA_DIR / "metadata_eval_eightieth"
EIGHTYFIRST_DIR = DATA_DIR / "metadata_eval_eightyfirst"
EIGHTYSECOND_DIR = DATA_DIR / "metadata_eval_eightysecond"
EIGHTYTHIRD_DIR = DATA_DIR / "metadata_eval_eightythird"
EIGHTYFOURTH_DIR = DATA_DIR / "metadata_eval_eightyfourth"
EIGHTYFIFTH_DIR = DATA_DIR / "metadata_eval_eightyfifth"
EIGHTYSIXTH_DIR = DATA_DIR / "metadata_eval_eightysixth"
EIGHTYSEVENTH_DIR = DATA_DIR / "metadata_eval_eightyseventh"
EIGHTYEIGHTH_DIR = DATA_DIR / "metadata_eval_eightyeighth"
EIGHTYNINTH_DIR = DATA_DIR / "metadata_eval_eightyninth"
NINETIETH_DIR = DATA_DIR / "metadata_eval_ninetieth"
NINETYFIRST_DIR = DATA_DIR / "metadata_eval_ninetyfirst"
FIELDS = ("region", "level", "province", "city", "year", "published")


@dataclass(frozen=True, slots=True)
class LabelledPage:
    page_id: str
    url: str
    near_miss: bool
    expected: dict[str, str | int | None]


@dataclass(frozen=True, slots=True)
class Mismatch:
    page_id: str
    field: str
    expected: str | int | None
    found: str | int | None


@dataclass(frozen=True, slots=True)
class Evaluation:
    reports: int
    near_misses: int
    right: dict[str, int]  # field -> reports where the parser's value equals the label
    wrong_non_null: dict[str, int]  # field -> reports with a non-null value that is wrong
    near_misses_flagged: int
    reports_flagged: int
    mismatches: tuple[Mismatch, ...]
    flags: tuple[tuple[str, str], ...] = ()  # (page, warning) where the flag is wrong

    def accuracy(self, field: str) -> float:
        return self.right[field] / self.reports

    def wrong_rate(self, field: str) -> float:
        return self.wrong_non_null[field] / self.reports


@dataclass(frozen=True, slots=True)
class EvalSet:
    name: str
    directory: Path
    keep: Callable[[str], bool]  # which page ids of the directory belong to the set


SETS = (
    EvalSet("dev", EVAL_DIR, lambda page_id: not page_id.startswith("h")),
    EvalSet("held", EVAL_DIR, lambda page_id: page_id.startswith("h")),
    EvalSet("unseen", UNSEEN_DIR, lambda page_id: True),
    EvalSet("fresh", FRESH_DIR, lambda page_id: True),
    EvalSet("final", FINAL_DIR, lambda page_id: True),
    EvalSet("sixth", SIXTH_DIR, lambda page_id: True),
    EvalSet("seventh", SEVENTH_DIR, lambda page_id: True),
    EvalSet("eighth", EIGHTH_DIR, lambda page_id: True),
    EvalSet("ninth", NINTH_DIR, lambda page_id: True),
    EvalSet("tenth", TENTH_DIR, lambda page_id: True),
    EvalSet("eleventh", ELEVENTH_DIR, lambda page_id: True),
    EvalSet("twelfth", TWELFTH_DIR, lambda page_id: True),
    EvalSet("thirteenth", THIRTEENTH_DIR, lambda page_id: True),
    EvalSet("fourteenth", FOURTEENTH_DIR, lambda page_id: True),
    EvalSet("fifteenth", FIFTEENTH_DIR, lambda page_id: True),
    EvalSet("sixteenth", SIXTEENTH_DIR, lambda page_id: True),
    EvalSet("seventeenth", SEVENTEENTH_DIR, lambda page_id: True),
    EvalSet("eighteenth", EIGHTEENTH_DIR, lambda page_id: True),
    EvalSet("nineteenth", NINETEENTH_DIR, lambda page_id: True),
    EvalSet("twentieth", TWENTIETH_DIR, lambda page_id: True),
    EvalSet("twenty-first", TWENTYFIRST_DIR, lambda page_id: True),
    EvalSet("twenty-second", TWENTYSECOND_DIR, lambda page_id: True),
    EvalSet("twenty-third", TWENTYTHIRD_DIR, lambda page_id: True),
    EvalSet("twenty-fourth", TWENTYFOURTH_DIR, lambda page_id: True),
    EvalSet("twenty-fifth", TWENTYFIFTH_DIR, lambda page_id: True),
    EvalSet("twenty-sixth", TWENTYSIXTH_DIR, lambda page_id: True),
    EvalSet("twenty-seventh", TWENTYSEVENTH_DIR, lambda page_id: True),
    EvalSet("twenty-eighth", TWENTYEIGHTH_DIR, lambda page_id: True),
    EvalSet("twenty-ninth", TWENTYNINTH_DIR, lambda page_id: True),
    EvalSet("thirtieth", THIRTIETH_DIR, lambda page_id: True),
    EvalSet("thirty-first", THIRTYFIRST_DIR, lambda page_id: True),
    EvalSet("thirty-second", THIRTYSECOND_DIR, lambda page_id: True),
    EvalSet("thirty-third", THIRTYTHIRD_DIR, lambda page_id: True),
    EvalSet("thirty-fourth", THIRTYFOURTH_DIR, lambda page_id: True),
    EvalSet("thirty-fifth", THIRTYFIFTH_DIR, lambda page_id: True),
    EvalSet("thirty-sixth", THIRTYSIXTH_DIR, lambda page_id: True),
    EvalSet("thirty-seventh", THIRTYSEVENTH_DIR, lambda page_id: True),
    EvalSet("thirty-eighth", THIRTYEIGHTH_DIR, lambda page_id: True),
    EvalSet("thirty-ninth", THIRTYNINTH_DIR, lambda page_id: True),
    EvalSet("fortieth", FORTIETH_DIR, lambda page_id: True),
    EvalSet("forty-first", FORTYFIRST_DIR, lambda page_id: True),
    EvalSet("forty-second", FORTYSECOND_DIR, lambda page_id: True),
    EvalSet("forty-third", FORTYTHIRD_DIR, lambda page_id: True),
    EvalSet("forty-fourth", FORTYFOURTH_DIR, lambda page_id: True),
    EvalSet("forty-fifth", FORTYFIFTH_DIR, lambda page_id: True),
    EvalSet("forty-sixth", FORTYSIXTH_DIR, lambda page_id: True),
    EvalSet("forty-seventh", FORTYSEVENTH_DIR, lambda page_id: True),
    EvalSet("forty-eighth", FORTYEIGHTH_DIR, lambda page_id: True),
    EvalSet("forty-ninth", FORTYNINTH_DIR, lambda page_id: True),
    EvalSet("fiftieth", FIFTIETH_DIR, lambda page_id: True),
    EvalSet("fifty-first", FIFTYFIRST_DIR, lambda page_id: True),
    EvalSet("fifty-second", FIFTYSECOND_DIR, lambda page_id: True),
    EvalSet("fifty-third", FIFTYTHIRD_DIR, lambda page_id: True),
    EvalSet("fifty-fourth", FIFTYFOURTH_DIR, lambda page_id: True),
    EvalSet("fifty-fifth", FIFTYFIFTH_DIR, lambda page_id: True),
    EvalSet("fifty-sixth", FIFTYSIXTH_DIR, lambda page_id: True),
    EvalSet("fifty-seventh", FIFTYSEVENTH_DIR, lambda page_id: True),
    EvalSet("fifty-eighth", FIFTYEIGHTH_DIR, lambda page_id: True),
    EvalSet("fifty-ninth", FIFTYNINTH_DIR, lambda page_id: True),
    EvalSet("sixtieth", SIXTIETH_DIR, lambda page_id: True),
    EvalSet("sixty-first", SIXTYFIRST_DIR, lambda page_id: True),
    EvalSet("sixty-second", SIXTYSECOND_DIR, lambda page_id: True),
    EvalSet("sixty-third", SIXTYTHIRD_DIR, lambda page_id: True),
    EvalSet("sixty-fourth", SIXTYFOURTH_DIR, lambda page_id: True),
    EvalSet("sixty-fifth", SIXTYFIFTH_DIR, lambda page_id: True),
    EvalSet("sixty-sixth", SIXTYSIXTH_DIR, lambda page_id: True),
    EvalSet("sixty-seventh", SIXTYSEVENTH_DIR, lambda page_id: True),
    EvalSet("sixty-eighth", SIXTYEIGHTH_DIR, lambda page_id: True),
    EvalSet("sixty-ninth", SIXTYNINTH_DIR, lambda page_id: True),
    EvalSet("seventieth", SEVENTIETH_DIR, lambda page_id: True),
    EvalSet("seventy-first", SEVENTYFIRST_DIR, lambda page_id: True),
    EvalSet("seventy-second", SEVENTYSECOND_DIR, lambda page_id: True),
    EvalSet("seventy-third", SEVENTYTHIRD_DIR, lambda page_id: True),
    EvalSet("seventy-fourth", SEVENTYFOURTH_DIR, lambda page_id: True),
    EvalSet("seventy-fifth", SEVENTYFIFTH_DIR, lambda page_id: True),
    EvalSet("seventy-sixth", SEVENTYSIXTH_DIR, lambda page_id: True),
    EvalSet("seventy-seventh", SEVENTYSEVENTH_DIR, lambda page_id: True),
    EvalSet("seventy-eighth", SEVENTYEIGHTH_DIR, lambda page_id: True),
    EvalSet("seventy-ninth", SEVENTYNINTH_DIR, lambda page_id: True),
    EvalSet("eightieth", EIGHTIETH_DIR, lambda page_id: True),
    EvalSet("eighty-first", EIGHTYFIRST_DIR, lambda page_id: True),
    EvalSet("eighty-second", EIGHTYSECOND_DIR, lambda page_id: True),
    EvalSet("eighty-third", EIGHTYTHIRD_DIR, lambda page_id: True),
    EvalSet("eighty-fourth", EIGHTYFOURTH_DIR, lambda page_id: True),
    EvalSet("eighty-fifth", EIGHTYFIFTH_DIR, lambda page_id: True),
    EvalSet("eighty-sixth", EIGHTYSIXTH_DIR, lambda page_id: True),
    EvalSet("eighty-seventh", EIGHTYSEVENTH_DIR, lambda page_id: True),
    EvalSet("eighty-eighth", EIGHTYEIGHTH_DIR, lambda page_id: True),
    EvalSet("eighty-ninth", EIGHTYNINTH_DIR, lambda page_id: True),
    EvalSet("ninetieth", NINETIETH_DIR, lambda page_id: True),
    EvalSet("ninety-first", NINETYFIRST_DIR, lambda page_id: True),
)


def evaluate_set(parser: Parser, name: str, with_url: bool = True) -> Evaluation:
    chosen = next(s for s in SETS if s.name == name)
    return evaluate(parser, chosen.directory, with_url, chosen.keep)


def load_labels(directory: Path = EVAL_DIR) -> list[LabelledPage]:
    with open(directory / "labels.csv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [_page(row) for row in rows]


def evaluate(
    parser: Parser,
    directory: Path = EVAL_DIR,
    with_url: bool = True,
    keep: Callable[[str], bool] | None = None,
) -> Evaluation:
    pages = [p for p in load_labels(directory) if keep is None or keep(p.page_id)]
    right = dict.fromkeys(FIELDS, 0)
    wrong = dict.fromkeys(FIELDS, 0)
    mismatches: list[Mismatch] = []
    flagged = {True: 0, False: 0}
    wrong_flags: list[tuple[str, str]] = []
    for page in pages:
        report = parse_page(parser, directory, page, with_url)
        flag = next((w for w in report.warnings if w.startswith(NEAR_MISS_WARNING)), "")
        flagged[page.near_miss] += bool(flag)
        if bool(flag) != page.near_miss:
            wrong_flags.append((page.page_id, flag or "(not flagged)"))
        if page.near_miss:
            continue
        for field in FIELDS:
            found, expected = field_value(report, field), page.expected[field]
            if found == expected:
                right[field] += 1
                continue
            wrong[field] += found is not None
            mismatches.append(Mismatch(page.page_id, field, expected, found))
    reports = sum(not p.near_miss for p in pages)
    return Evaluation(
        reports,
        len(pages) - reports,
        right,
        wrong,
        flagged[True],
        flagged[False],
        tuple(mismatches),
        tuple(wrong_flags),
    )


def table(result: Evaluation) -> str:
    lines = ["| field | right | accuracy | wrong non-null |", "|---|---:|---:|---:|"]
    for field in FIELDS:
        lines.append(
            f"| {field} | {result.right[field]}/{result.reports} | "
            f"{result.accuracy(field):.1%} | {result.wrong_non_null[field]} |"
        )
    total = sum(result.right.values())
    lines.append(f"| all fields | {total}/{result.reports * len(FIELDS)} | "
                 f"{total / (result.reports * len(FIELDS)):.1%} | "
                 f"{sum(result.wrong_non_null.values())} |")  # fmt: skip
    lines.append(
        f"\nnear misses flagged: {result.near_misses_flagged}/{result.near_misses}; "
        f"reports wrongly flagged: {result.reports_flagged}/{result.reports}"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    parser = Parser.from_data()
    for eval_set in SETS:
        for with_url in (True, False):
            result = evaluate(parser, eval_set.directory, with_url, eval_set.keep)
            source = "with" if with_url else "without"
            print(f"\n## {eval_set.name}, {source} the source URL\n\n{table(result)}")
            if "-v" not in args:
                continue
            for page_id, flagged in result.flags:
                print(f"  {page_id} flagged: {flagged}")
            for miss in result.mismatches:
                print(f"  {miss.page_id} {miss.field}: expected {miss.expected} got {miss.found}")
    return 0


def _page(row: dict[str, str]) -> LabelledPage:
    expected: dict[str, str | int | None] = {f: row[f] or None for f in FIELDS}
    expected["year"] = int(row["year"]) if row["year"] else None
    return LabelledPage(row["id"], row["url"], row["kind"] == "near_miss", expected)


def parse_page(
    parser: Parser,
    directory: Path,
    page: LabelledPage,
    with_url: bool,
    edit: Callable[[str], str] | None = None,
) -> Report:
    """The page as `collect` saves it (text + a sidecar with only its URL); `edit` changes the text
    first (bench/perturb.py's variants)."""
    sidecar = Sidecar(source_url=page.url) if with_url else Sidecar()
    document = read_document(directory / f"{page.page_id}.txt")
    if edit is not None:
        document = replace(document, text=edit(document.text))
    return parser.parse_document(page.page_id, document, sidecar)


def field_value(report: Report, field: str) -> str | int | None:
    value = getattr(report, field)
    return str(value) if field == "level" else value


if __name__ == "__main__":
    raise SystemExit(main())
