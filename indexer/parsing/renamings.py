"""Departments renamed by an institutional reform, named as they were in the year a report covers.

A short form (环保局, 安监局, 卫计委, 交通厅) names one department once the year is known: the old
name for a report on a year before the reform, the new name once every place had renamed its own
(交通厅 for 交通运输厅 from 2015), none when only the old name fits it after the reform (环保局 in
a 2021 report: 生态环境局 is never so shortened). A department's new name the page never writes,
inferred for a report on a year before the reform (the field it studies: 生态环境 -> 生态环境厅),
is its old name then (环境保护厅). The renamings and their years are data/renamings.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from indexer.models import Level, Place
from indexer.resources import load_toml

# The title of a document the page names (《河南省环境保护厅2018年…工作要点》)
_DOCUMENT_TITLE = re.compile(r"《[^》\n]{0,80}》")


@dataclass(frozen=True, slots=True)
class Renaming:
    """One department's renaming: its short forms stand for `old` in reports on years up to
    `old_until` and for `new` from `new_from` (None: never, only the old name fits them)."""

    old: str
    new: str
    short: tuple[str, ...]
    old_until: int
    new_from: int | None
    field: str | None  # the field the old department wrote as its own work (环境保护), if any

    def named(self, year: int | None) -> str | None:
        """The official name the short forms stand for in a report on `year`, or None."""
        if year is None:
            return None
        if year <= self.old_until:
            return self.old
        return self.new if self.new_from is not None and year >= self.new_from else None


@dataclass(frozen=True, slots=True)
class Renamings:
    """The renamings of data/renamings.toml, loaded once (see `renamings`)."""

    renamed: tuple[Renaming, ...]

    @classmethod
    def from_data(cls) -> Renamings:
        entries = load_toml("renamings.toml")["renamed"]
        return cls(
            tuple(
                Renaming(
                    old=e["old"],
                    new=e["new"],
                    short=tuple(e["short"]),
                    old_until=e["old_until"],
                    new_from=e.get("new_from"),
                    field=e.get("field"),
                )
                for e in entries
            )
        )

    def old_fields(self) -> dict[str, str]:
        """The fields renamed departments wrote as their own before their reform (环境保护), each
        as the old department's short form with a slot for its ending (环保{}), which `dated`
        then names by the report's year."""
        return {r.field: r.short[0][:-1] + "{}" for r in self.renamed if r.field is not None}

    def short_forms(self) -> tuple[str, ...]:
        """Every short form a renaming reads (环保局, 交通厅)."""
        return tuple(s for r in self.renamed for s in r.short)

    def dated(
        self, found: tuple[Place, tuple[str, ...]], body: str, year: int | None, title: str = ""
    ) -> tuple[Place, tuple[str, ...]]:
        """`found` with its department named as it was in `year`: a short form as the official
        name it stood for (临沂市环保局 on 2017 -> 临沂市环境保护局), or no region when it stood
        for none; a new name `body` never writes, for a year before the reform, as the old one;
        an old name after it that only the titles of the page's documents write, not `title`
        (《河南省环境保护厅2018年…要点》 in a report on 2018), as undecided."""
        place, warnings = found
        region = place.region or ""
        if place.level != Level.DEPARTMENT or not region:
            return found
        for renaming in self.renamed:
            short = next((s for s in renaming.short if region.endswith(s)), None)
            if short is not None:
                named = renaming.named(year)
                if named is None:
                    note = f"department's official name not given ({short} in a report on {year})"
                    return replace(place, region=None), (*warnings, note)
                return replace(place, region=region[: -len(short)] + named), warnings
            before = year is not None and year <= renaming.old_until
            if before and region.endswith(renaming.new) and renaming.new not in body:
                return replace(place, region=region[: -len(renaming.new)] + renaming.old), warnings
            old = region.endswith(renaming.old) and region not in title
            if not before and old and _only_in_documents(region, body):
                note = (
                    f"department's official name not given ({renaming.old} in a report on {year})"
                )
                return replace(place, region=None), (*warnings, note)
        return found


def _only_in_documents(region: str, body: str) -> bool:
    """Whether the page writes `region` only in the titles of documents (《河南省环境保护厅2018年
    …工作要点》): issued during the year under the old name, they do not say the department was not
    renamed by the time it wrote its report (a report on 2018, written in 2019)."""
    return region in body and region not in _DOCUMENT_TITLE.sub(" ", body)


@cache
def renamings() -> Renamings:
    """The renamings of data/renamings.toml, read once."""
    return Renamings.from_data()
