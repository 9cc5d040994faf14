"""Small server-rendered SVG bar charts: no script, no CDN, no inline style (CSS colours them)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH = 260
LABEL_WIDTH = 92
COUNT_WIDTH = 40
ROW_HEIGHT = 22
BAR_HEIGHT = 14


def bar_chart_svg(chart_id: str, title: str, bars: Sequence[tuple[str, float]]) -> Markup:
    """A horizontal bar chart, one row per (label, count or value); empty Markup for no bars."""
    if not bars:
        return Markup("")
    height = ROW_HEIGHT * len(bars)
    summary = "，".join(f"{label} {count}" for label, count in bars)
    rows = Markup("").join(
        _row(i, label, count, max(c for _, c in bars)) for i, (label, count) in enumerate(bars)
    )
    return Markup(
        '<svg class="chart" id="{id}" role="img" aria-labelledby="{id}-title" aria-label="{aria}" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title>{rows}</svg>'
    ).format(id=chart_id, aria=f"{title}：{summary}", title=title, w=WIDTH, h=height, rows=rows)


def _row(index: int, label: str, count: float, largest: float) -> Markup:
    span = WIDTH - LABEL_WIDTH - COUNT_WIDTH
    length = max(2, round(span * count / largest)) if largest else 0
    top = index * ROW_HEIGHT
    middle = top + ROW_HEIGHT / 2
    return Markup(
        '<g class="chart-row">'
        '<text class="chart-label" x="{lx}" y="{ty}" text-anchor="end">{label}</text>'
        '<rect class="chart-bar" x="{bx}" y="{by}" width="{bw}" height="{bh}" rx="2"></rect>'
        '<text class="chart-count" x="{cx}" y="{ty}">{count}</text></g>'
    ).format(
        lx=LABEL_WIDTH - 6,
        ty=f"{middle + 4:g}",
        label=escape(_shorten(label)),
        bx=LABEL_WIDTH,
        by=f"{middle - BAR_HEIGHT / 2:g}",
        bw=length,
        bh=BAR_HEIGHT,
        cx=LABEL_WIDTH + length + 4,
        count=count,
    )


def _shorten(label: str, limit: int = 7) -> str:
    """Long names (新疆维吾尔自治区) would run into the bars; the table below has them whole."""
    return label if len(label) <= limit else label[: limit - 1] + "…"
