"""The report page: its 目录 states the report's structure; download and source links."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from indexer.models import Report

SAMPLES = [
    "000_85a6f3b4405b5e46",
    "001_1125619140e8c921",
    "002_d673bbc54b047a03",
    "003_527454772160757c",
    "004_1867eea4f21729fd",
]


def page_tree(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, response.data[:300]
    return lxml_html.fromstring(response.get_data(as_text=True))


def toc(client, report_id: str, query: str = "") -> list[tuple[int, str, str]]:
    """(depth, label, section id) of each 目录 entry, in order."""
    tree = page_tree(client, f"/reports/{report_id}" + (f"?q={query}" if query else ""))
    entries = []
    for item in tree.xpath('//nav[@class="toc"]//li'):
        depth = int(item.get("class").removeprefix("toc-depth-"))
        link = item.xpath(".//a")[0]
        entries.append((depth, " ".join(link.text_content().split()), link.get("href")[1:]))
    return entries


def paths_shown(entries: list[tuple[int, str, str]]) -> list[tuple[tuple[str, ...], str]]:
    """Each entry's path of labels from its chapter down, read off the depths."""
    stack: list[str] = []
    shown = []
    for depth, label, section_id in entries:
        assert 1 <= depth <= len(stack) + 1, f"{label} skips a level"
        stack[depth - 1 :] = [label]
        shown.append((tuple(stack), section_id))
    return shown


@pytest.mark.parametrize("report_id", SAMPLES)
def test_toc_shows_every_heading_path_under_its_chapter(client, snapshot, report_id):
    sections = snapshot.report_json(report_id)["sections"]
    shown = paths_shown(toc(client, report_id))
    for section in sections:
        if section["heading"]:
            path = tuple(section["heading"].split(" › "))
            assert (path, section["id"]) in shown or any(
                p[: len(path)] == path and sid == section["id"] for p, sid in shown
            ), f"{section['id']} {path} not under its chapter"
    assert list(dict.fromkeys(sid for _, sid in shown)) == [s["id"] for s in sections]


@pytest.mark.parametrize("report_id", SAMPLES)
def test_toc_lists_no_heading_twice(client, report_id):
    shown = [path for path, _ in paths_shown(toc(client, report_id))]
    assert len(shown) == len(set(shown)), "a heading is listed twice under the same parent"


@pytest.mark.parametrize("report_id", SAMPLES)
def test_only_the_preamble_is_called_导语(client, snapshot, report_id):
    entries = toc(client, report_id)
    labelled = [sid for _, label, sid in entries if label == "导语"]
    first = snapshot.report_json(report_id)["sections"][0]
    assert labelled == ([first["id"]] if not first["heading"] else [])


def test_a_sub_section_sits_under_its_own_chapter(client):
    shown = paths_shown(toc(client, "000_85a6f3b4405b5e46"))
    chapter, sub = next(path for path, sid in shown if sid == "s004" and len(path) == 2)
    assert chapter.startswith("三、") and sub.startswith("(一)严格落实行政决策制度")


def test_parts_without_a_heading_line_are_named_by_their_part(client):
    labels = [label for depth, label, _ in toc(client, "003_527454772160757c") if depth == 1]
    assert labels[-2:] == ["存在的不足", "下一年度安排"]


def test_toc_counts_matches_on_the_sections_own_entry(client):
    tree = page_tree(client, "/reports/000_85a6f3b4405b5e46?q=行政复议")
    counts = tree.xpath('//nav[@class="toc"]//span[@class="toc-matches"]/text()')
    marks = tree.xpath('//section[@class="report-section"]//mark')
    assert sum(map(int, counts)) == len(marks) > 0


@pytest.mark.parametrize("group", ["section", "report"])
def test_api_hit_urls_open_the_report_highlighting_the_query(client, group):
    data = client.get(f"/api/search?q=行政复议&group={group}").get_json()
    hits = data["hits"] + [hit for g in data.get("groups", []) for hit in g["hits"]]
    assert hits
    for hit in hits:
        path = hit["url"].removeprefix("http://localhost")
        assert path.endswith(f"#{hit['section_id']}")
        tree = page_tree(client, path.split("#")[0])
        assert "行政复议" in tree.xpath('string(//p[@class="highlight-note"])')
        if "<mark>" in hit["snippet_html"]:
            assert tree.xpath(f'//section[@id="{hit["section_id"]}"]//mark')


# ---- the report's text and its source ----------------------------------------------------------


@pytest.mark.parametrize("report_id", SAMPLES)
def test_report_text_downloads_whole(client, snapshot, report_id):
    report = snapshot.report_json(report_id)
    tree = page_tree(client, f"/reports/{report_id}")
    assert tree.xpath('//a[@class="download-text"]/@href') == [f"/reports/{report_id}.txt"]
    response = client.get(f"/reports/{report_id}.txt")
    assert response.status_code == 200
    assert response.content_type == "text/plain; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("attachment")
    text = response.get_data(as_text=True)
    assert text.startswith(report["title"] + "\n")
    position = 0
    for section in report["sections"]:  # every section's text, in order
        position = text.index(section["text"], position)
    for heading in {h for s in report["sections"] for h in s["heading"].split(" › ") if h}:
        assert text.count(f"\n{heading}\n") == 1, heading  # each heading line once


def test_unknown_report_text_is_a_404_page(client):
    response = client.get("/reports/no_such_report.txt")
    assert response.status_code == 404 and "no_such_report" in response.get_data(as_text=True)


REPORT = """某某区人民政府2024年法治政府建设年度报告
2024年,某某区坚持依法行政。
一、加强行政复议
全年办理行政复议案件12件。
"""
SIDECARS_READ = "source_url" in Report.__dataclass_fields__  # the metadata branch adds it


@pytest.fixture(scope="module")
def sourced_client(tmp_path_factory):
    from indexer.writing.build import build_index
    from webapp import create_app

    root = tmp_path_factory.mktemp("sourced")
    corpus = root / "corpus"
    corpus.mkdir()
    for stem, url in [("910_web", "https://www.example.gov.cn/fzzf/2025/report.html"),
                      ("911_script", "javascript:alert(1)"), ("912_none", None)]:  # fmt: skip
        (corpus / f"{stem}.txt").write_text(REPORT, encoding="utf-8")
        if url:
            (corpus / f"{stem}.meta.json").write_text(json.dumps({"source_url": url}), "utf-8")
    build_index(corpus, root / "index", procs=1)
    return create_app({"INDEX_DIR": str(root / "index"), "TESTING": True}).test_client()


@pytest.mark.xfail(not SIDECARS_READ, reason="needs the sidecar reading of the metadata branch")
def test_a_known_source_is_linked(sourced_client):
    # The page's link is the metadata branch's (原文来源); the text download names it too.
    tree = page_tree(sourced_client, "/reports/910_web")
    url = "https://www.example.gov.cn/fzzf/2025/report.html"
    assert tree.xpath(f'//header[@class="report-header"]//a[@href="{url}"]')
    assert f"原文网页：{url}" in sourced_client.get("/reports/910_web.txt").get_data(as_text=True)


@pytest.mark.parametrize("report_id", ["911_script", "912_none"])
def test_no_source_link_without_a_web_address(sourced_client, report_id):
    tree = page_tree(sourced_client, f"/reports/{report_id}")
    assert not tree.xpath('//a[starts-with(@href, "javascript:")]')
    assert tree.xpath('//a[@class="download-text"]')
    text = sourced_client.get(f"/reports/{report_id}.txt").get_data(as_text=True)
    assert "原文网页" not in text


def test_a_title_query_is_highlighted_in_the_title(client):
    tree = page_tree(client, "/reports/004_1867eea4f21729fd?q=开封市示范区管委会")
    assert "开封市示范区管委会" in tree.xpath("//h1/mark/text()")
    assert "本报告中未出现" not in tree.xpath('string(//p[@class="highlight-note"])')
