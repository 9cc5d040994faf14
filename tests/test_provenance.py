"""The sidecar `<stem>.meta.json`: read beside the report, given fields win, shown as given."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.parsing.pipeline import Parser
from indexer.parsing.provenance import GIVEN_NOTE, NO_SIDECAR, parse_sidecar, read_sidecar
from indexer.querying.snapshot import IndexReader
from indexer.writing.build import build_index, update_index

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SAMPLE = "003_527454772160757c"  # no title, no date: 湖里区, 厦门市, 2024
URL = "https://www.xmhl.gov.cn/zwgk/fzzfjs/202503/t20250310_1.html"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser.from_data()


@pytest.fixture
def report_file(tmp_path) -> Path:
    target = tmp_path / f"{SAMPLE}.txt"
    shutil.copy(CORPUS / f"{SAMPLE}.txt", target)
    return target


def write_sidecar(report: Path, content: str | dict) -> Path:
    path = report.with_name(report.stem + ".meta.json")
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_sidecar_means_an_unknown_source(parser, report_file):
    assert read_sidecar(report_file) == NO_SIDECAR
    report = parser.parse_file(report_file)
    assert report.to_json()["source_url"] is None
    assert not any(w.startswith("sidecar") for w in report.warnings)


def test_sidecar_fields_win_and_are_marked_as_given(parser, report_file):
    write_sidecar(
        report_file,
        {"source_url": URL, "fetched_at": "2025-03-11T08:00:00Z", "year": 2023,
         "published": "2024-03-01", "title": "湖里区2023年法治政府建设年度报告"},
    )  # fmt: skip
    data = parser.parse_file(report_file).to_json()
    assert (data["source_url"], data["year"], data["published"]) == (URL, 2023, "2024-03-01")
    assert data["title"] == "湖里区2023年法治政府建设年度报告"
    assert (data["region"], data["city"], data["province"]) == ("湖里区", "厦门市", "福建省")
    assert f"{GIVEN_NOTE}: title, year, published" in data["warnings"]


def test_a_given_region_places_itself_and_short_names_become_official(parser, report_file):
    write_sidecar(report_file, {"region": "鼓楼区", "city": "福州", "province": "福建"})
    data = parser.parse_file(report_file).to_json()
    assert (data["region"], data["city"], data["province"]) == ("鼓楼区", "福州市", "福建省")
    assert data["level"] == "county"


def test_a_given_null_clears_an_inferred_field(parser, report_file):
    write_sidecar(report_file, {"city": None})
    data = parser.parse_file(report_file).to_json()
    assert data["city"] is None and data["province"] == "福建省"


@pytest.mark.parametrize(
    ("content", "warning"),
    [
        ("{not json", "sidecar x.meta.json ignored: not valid JSON"),
        ('["a", "list"]', "sidecar x.meta.json ignored: not a JSON object"),
        ('{"year": "2023"}', "sidecar x.meta.json: field 'year' ignored (not a year"),
        ('{"year": 1200}', "sidecar x.meta.json: field 'year' ignored (not a year"),
        ('{"published": "2024-02-30"}', "sidecar x.meta.json: field 'published' ignored"),
        ('{"level": "village"}', "sidecar x.meta.json: field 'level' ignored (not one of"),
        ('{"source_url": "javascript:alert(1)"}', "sidecar x.meta.json: field 'source_url'"),
        ('{"fetched_at": "yesterday"}', "sidecar x.meta.json: field 'fetched_at' ignored"),
        ('{"colour": "red"}', "sidecar x.meta.json: unknown field 'colour' ignored"),
        (b"\xff\xfe{}", "sidecar x.meta.json ignored: not valid JSON"),
    ],
    ids=["broken-json", "not-an-object", "year-as-text", "impossible-year", "impossible-date",
         "unknown-level", "script-url", "bad-timestamp", "unknown-field", "not-utf8"],
)  # fmt: skip
def test_a_bad_sidecar_or_field_is_a_warning(content, warning):
    data = content if isinstance(content, bytes) else content.encode()
    sidecar = parse_sidecar(data, "x.meta.json")
    assert any(w.startswith(warning) for w in sidecar.warnings), sidecar.warnings
    assert sidecar.source_url is None and not sidecar.given


def test_a_malformed_sidecar_costs_a_warning_not_the_report(parser, report_file):
    write_sidecar(report_file, "{ this is not json")
    report = parser.parse_file(report_file)
    assert report.region == "湖里区" and report.sections
    assert any(w.startswith(f"sidecar {SAMPLE}.meta.json ignored") for w in report.warnings)


def test_a_good_field_survives_a_bad_one(parser, report_file):
    write_sidecar(report_file, {"source_url": URL, "year": "twenty"})
    report = parser.parse_file(report_file)
    assert report.source_url == URL and report.year == 2024


def test_a_directory_named_like_a_sidecar_is_a_warning(parser, report_file):
    report_file.with_name(f"{SAMPLE}.meta.json").mkdir()
    report = parser.parse_file(report_file)
    assert any("ignored" in w and "sidecar" in w for w in report.warnings)


def test_inspect_prints_the_source_url(report_file):
    write_sidecar(report_file, {"source_url": URL})
    result = subprocess.run(
        [sys.executable, "-m", "indexer", "inspect", str(report_file)],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert list(data)[8] == "source_url" and data["source_url"] == URL


def report_json(index_dir: Path, report_id: str) -> dict:
    return IndexReader(index_dir).snapshot().report_json(report_id)


def test_changed_only_reindex_notices_a_changed_sidecar(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=1)
    assert report_json(index_dir, SAMPLE)["source_url"] is None
    sidecar = write_sidecar(corpus_copy / f"{SAMPLE}.txt", {"source_url": URL, "year": 2023})
    update_index(corpus_copy, index_dir, procs=1)
    assert (
        report_json(index_dir, SAMPLE)["source_url"],
        report_json(index_dir, SAMPLE)["year"],
    ) == (
        URL,
        2023,
    )
    sidecar.unlink()
    stats = update_index(corpus_copy, index_dir, procs=1)
    assert stats.parsed >= 1  # the report, and the others of its segment (build.py)
    assert report_json(index_dir, SAMPLE)["source_url"] is None
    assert update_index(corpus_copy, index_dir, procs=1).parsed == 0  # nothing changed since


@pytest.fixture(scope="module")
def provenance_app(tmp_path_factory):
    """An index of one sample with a sidecar and one near miss, served by the real app."""
    from webapp import create_app

    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(CORPUS / f"{SAMPLE}.txt", corpus / f"{SAMPLE}.txt")
    write_sidecar(corpus / f"{SAMPLE}.txt", {"source_url": URL, "region": "湖里区"})
    (corpus / "near_miss.txt").write_text(
        "【政策解读】关于《某县2023年度法治政府建设情况的报告》的政策解读\n"
        "按照省市法治政府建设工作要求,我县总结2023年全县法治政府建设工作,现解读如下:\n",
        encoding="utf-8",
    )
    index_dir = tmp_path_factory.mktemp("index")
    build_index(corpus, index_dir, procs=1)
    return create_app({"INDEX_DIR": str(index_dir), "TESTING": True}), corpus


def test_api_report_is_the_inspect_json_with_its_source(provenance_app):
    app, corpus = provenance_app
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    inspected = subprocess.run(
        [sys.executable, "-m", "indexer", "inspect", str(corpus / f"{SAMPLE}.txt")],
        capture_output=True, text=True, timeout=60, check=True, env=env,
    )  # fmt: skip
    served = app.test_client().get(f"/api/reports/{SAMPLE}")
    assert served.status_code == 200
    assert served.get_json() == json.loads(inspected.stdout)
    assert served.get_json()["source_url"] == URL


def test_report_page_links_to_the_source_and_shows_given_fields(provenance_app):
    app, _ = provenance_app
    page = app.test_client().get(f"/reports/{SAMPLE}").get_data(as_text=True)
    assert f'href="{URL}"' in page and "www.xmhl.gov.cn" in page
    assert "人工校正" in page and "地区" in page
    assert "badge-near-miss" not in page


def test_near_miss_page_shows_a_badge(provenance_app):
    app, _ = provenance_app
    page = app.test_client().get("/reports/near_miss").get_data(as_text=True)
    assert "badge-near-miss" in page and "政策解读" in page
    data = app.test_client().get("/api/reports/near_miss").get_json()
    assert any(w.startswith("not an annual rule-of-law report: ") for w in data["warnings"])


def test_what_collect_records_of_a_fetch_is_no_warning():
    from indexer.parsing.provenance import FETCH_RECORD_KEYS, parse_sidecar

    record = {key: "x" for key in FETCH_RECORD_KEYS} | {"source_url": "https://example.gov.cn/a"}
    sidecar = parse_sidecar(json.dumps(record).encode())
    assert sidecar.warnings == () and sidecar.source_url == "https://example.gov.cn/a"
