"""Build indexer/data/division_pinyin.csv: how government web hosts spell a division's name.

Usage: python tools/build_division_pinyin.py > indexer/data/division_pinyin.csv
(needs pypinyin, a build-time tool only: the package reads the CSV).

A government site's host often spells its region in pinyin (www.jianhu.gov.cn is 建湖县,
www.wuhan.gov.cn 武汉市). The spelling is the name without its generic suffix and, for autonomous
divisions, without its ethnic groups. Only current divisions are listed.
"""

from __future__ import annotations

import csv
import re
import sys

from pypinyin import lazy_pinyin

from indexer.resources import load_csv, load_toml

SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
)


def stem(name: str, ethnic: re.Pattern[str]) -> str:
    base = next(
        (name[: -len(s)] for s in SUFFIXES if name.endswith(s) and len(name) > len(s) + 1), name
    )
    while "自治" in name and (match := ethnic.search(base)) and match.start() >= 2:
        base = base[: match.start()]
    return base


def main() -> int:
    groups = load_toml("regions.toml")["names"]["ethnic_groups"]
    ethnic = re.compile(f"(?:{'|'.join(sorted(groups, key=len)[::-1])})$")
    writer = csv.writer(sys.stdout, lineterminator="\n")
    sys.stdout.write(
        "# Pinyin of each current division's name stem, for matching web hosts.\n"
        "# Built by tools/build_division_pinyin.py with pypinyin 0.55.0.\n"
    )
    writer.writerow(["code", "pinyin"])
    for row in load_csv("divisions.csv"):
        if row["status"] == "current" and len(base := stem(row["name"], ethnic)) >= 2:
            writer.writerow([row["code"], "".join(lazy_pinyin(base)).lower()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
