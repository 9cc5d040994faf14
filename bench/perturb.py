"""Fragile rules, found before unseen pages find them: every labelled report, with less evidence.

Unseen pages differ from the labelled sets in how much evidence they show: no source URL, no
title line, no site furniture, only an excerpt, traditional characters, or a page that never
writes its own place's name. `python -m bench.perturb` parses each labelled report of every set
(bench/metadata_eval.py SETS, loaded and parsed as `bench.metadata_eval` does) in each variant
(`VARIANTS`) and counts the WRONG non-null place values: less evidence may give null, never another
place. It prints a per-variant table and each wrong value; tests/test_perturb.py holds the total of
a fast subset as a ceiling.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import opencc

from bench.metadata_eval import SETS, EvalSet, LabelledPage, field_value, load_labels, parse_page
from indexer.models import Report
from indexer.parsing.files import read_document
from indexer.parsing.pipeline import Parser
from indexer.regions import RegionResolver

PLACE_FIELDS = ("region", "level", "province", "city")
# A line that reads like a report's title: names a report or a situation, and no sentence.
_TITLE_LIKE = re.compile(r"报告|情况|工作总结|述职")
_TITLE_MAX = 80
# A full sentence: a line this long that ends a sentence (site furniture never does).
_SENTENCE = re.compile(r"^.{20,}。")
# Generic tails whose stem a page may write alone (法治上城, 下蜀镇 -> 下蜀).
_SUFFIXES = ("自治区", "自治州", "自治县", "新区", "街道", "省", "市", "区", "县", "镇", "乡", "旗")


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    with_url: bool
    # The edited text, given the page's label (the region variant needs it); None keeps it whole.
    edit: Callable[[str, LabelledPage], str] | None


@dataclass(frozen=True, slots=True)
class Wrong:
    set_name: str
    page_id: str
    variant: str
    field: str
    expected: str | int | None
    found: str | int | None


def _no_title(text: str, page: LabelledPage) -> str:
    lines = text.splitlines()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _TITLE_LIKE.search(stripped) and "。" not in stripped and len(stripped) <= _TITLE_MAX:
            return "\n".join(lines[:index] + lines[index + 1 :])
    return text


def _no_furniture(text: str, page: LabelledPage) -> str:
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if _SENTENCE.match(line.strip())), 0)
    return "\n".join(lines[first:])


def _first(count: int) -> Callable[[str, LabelledPage], str]:
    return lambda text, page: text[:count]


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _traditional(text: str, page: LabelledPage) -> str:
    return str(_s2t().convert(text))


@cache
def _resolver() -> RegionResolver:
    return RegionResolver.from_data()


def own_names(region: str) -> frozenset[str]:
    """The names a page may write its own place with: the label, the last division the label
    names (in full, short and as a stem) and each name's stem without its generic suffix."""
    resolver = _resolver()
    names = {region}
    named = list(resolver.named(region))
    for division in named[-1] if named else ():
        names.update(resolver.own_names.get(division, ()))
        names.update((division.name, resolver.short_by_code.get(division.code, division.name)))
        names.update(stem for stem, d in resolver.stems.items() if d == division)
    names.update(list(_stems(names)))
    return frozenset(n for n in names if len(n) >= 2)


def _stems(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        suffix = next((s for s in _SUFFIXES if name.endswith(s)), "")
        if suffix and len(name) - len(suffix) >= 2:
            yield name[: -len(suffix)]


def _no_region_name(text: str, page: LabelledPage) -> str:
    region = page.expected["region"]
    if not isinstance(region, str):
        return text
    names = own_names(region)
    return "\n".join(line for line in text.splitlines() if not any(n in line for n in names))


VARIANTS = (
    Variant("no URL", False, None),
    Variant("no title", True, _no_title),
    Variant("no furniture", True, _no_furniture),
    Variant("first 400", True, _first(400)),
    Variant("first 800", True, _first(800)),
    Variant("traditional", True, _traditional),
    Variant("no region name", True, _no_region_name),
)


def perturbed(
    parser: Parser, eval_set: EvalSet, variants: Sequence[Variant] = VARIANTS
) -> Iterator[Wrong]:
    """Every wrong non-null place value of `eval_set`'s reports under `variants`; a variant that
    leaves a page's text as it is is not parsed again (the sets measure that)."""
    pages = [p for p in load_labels(eval_set.directory) if eval_set.keep(p.page_id)]
    for page in (p for p in pages if not p.near_miss):
        original = ""
        for variant in variants:
            edit = _bound(variant.edit, page)
            if edit is not None:
                original = original or _text(eval_set, page)
                if edit(original) == original:
                    continue
            report = parse_page(parser, eval_set.directory, page, variant.with_url, edit)
            for field in PLACE_FIELDS:
                found, expected = _found(report, field), page.expected[field]
                if found is not None and found != expected:
                    yield Wrong(eval_set.name, page.page_id, variant.name, field, expected, found)


def _found(report: Report, field: str) -> str | int | None:
    """The field's value; a level without a region is no value (other: nothing found)."""
    return None if field == "level" and report.region is None else field_value(report, field)


def _bound(
    edit: Callable[[str, LabelledPage], str] | None, page: LabelledPage
) -> Callable[[str], str] | None:
    return None if edit is None else lambda text: edit(text, page)


def _text(eval_set: EvalSet, page: LabelledPage) -> str:
    return read_document(eval_set.directory / f"{page.page_id}.txt").text


def table(wrongs: Sequence[Wrong], variants: Sequence[Variant] = VARIANTS) -> str:
    lines = ["| variant | " + " | ".join(PLACE_FIELDS) + " | all |", "|---|" + "---:|" * 5]
    for variant in variants:
        counts = [sum(w.variant == variant.name and w.field == f for w in wrongs)
                  for f in PLACE_FIELDS]  # fmt: skip
        lines.append(f"| {variant.name} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(w.field == f for w in wrongs) for f in PLACE_FIELDS]
    lines.append("| all | " + " | ".join(map(str, totals)) + f" | {len(wrongs)} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    chosen = [v for v in VARIANTS if not args or v.name in args]
    parser = Parser.from_data()
    wrongs = [w for s in SETS for w in perturbed(parser, s, chosen)]
    print("wrong non-null place values under perturbation\n")
    print(table(wrongs, chosen))
    print()
    for w in wrongs:
        print(f"  {w.set_name} {w.page_id} [{w.variant}] {w.field}: "
              f"expected {w.expected} got {w.found}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
