"""What a short place name may leave out (广东 -> 广东省, 广西 -> 广西壮族自治区).

Its own module so that the query side (search filters, indicator filters) shares it without the
figures importing the search: search() builds the answer card from the figures.
"""

from __future__ import annotations

SUFFIXES = frozenset(
    ["省", "市", "区", "县", "旗", "盟", "州", "地区", "自治区", "自治州", "自治县", "特别行政区",
     "壮族自治区", "回族自治区", "维吾尔自治区", "新区", "示范区"]
)  # fmt: skip
