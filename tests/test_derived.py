"""The serving arrays: the bundle format, and a generation's arrays against its Whoosh index."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader
from indexer.schema import REGION, REPORT_ID, TYPE, YEAR
from indexer.writing import store
from indexer.writing.build import build_index, update_index
from indexer.writing.bundle import BundleError, open_bundle, strings, strings_array, write_bundle
from indexer.writing.derived import GENERATION_FILE, SEGMENT_SUFFIX


def test_a_bundle_gives_back_its_arrays_mapped_read_only(tmp_path):
    arrays = {
        "ids": np.arange(10, dtype=np.int32),
        "weights": np.linspace(0, 1, 7, dtype=np.float32),
        "terms": np.array([b"a", "政府".encode()], dtype="S6"),
        "names": strings_array(["", "广东省", "天津市"]),
        "empty": np.zeros(0, dtype=np.int64),
    }
    write_bundle(tmp_path / "x.arrays", arrays)
    opened = open_bundle(tmp_path / "x.arrays")
    for name, array in arrays.items():
        assert opened[name].dtype == array.dtype and np.array_equal(opened[name], array)
    assert strings(opened["names"]) == ["", "广东省", "天津市"]
    with pytest.raises(ValueError):
        opened["ids"][0] = 1  # shared pages: nobody writes them


@pytest.mark.parametrize("damage", [b"", b"\x05\x00\x00\x00\x00\x00\x00\x00{bad"])
def test_a_damaged_bundle_is_an_error_not_a_crash(tmp_path, damage):
    path = tmp_path / "x.arrays"
    path.write_bytes(damage)
    with pytest.raises(BundleError):
        open_bundle(path)


def test_the_arrays_hold_what_whoosh_stores(snapshot):
    """Every section's facet values, report and liveness, as Whoosh's stored fields say."""
    searcher, arrays = snapshot.searcher(), snapshot.arrays
    for doc in range(arrays.doc_count):
        fields = searcher.stored_fields(doc)
        is_section = "section_id" in fields
        assert bool(arrays.sections[doc]) == is_section
        if not is_section:
            continue
        for column in (REPORT_ID, REGION, TYPE):
            assert arrays.values(column)[arrays.codes(column)[doc]] == (fields.get(column) or "")
        assert arrays.values(YEAR)[arrays.codes(YEAR)[doc]] == str(fields.get(YEAR) or "")


def test_an_update_keeps_the_arrays_of_live_segments_only(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=2)
    victim = sorted(corpus_copy.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n补充说明独有词。", encoding="utf-8")
    update_index(corpus_copy, index_dir, procs=2)
    snapshot = IndexReader(index_dir).snapshot()
    leaves = snapshot.searcher().reader().leaf_readers()
    live = {f"{leaf.segment().segment_id()}{SEGMENT_SUFFIX}" for leaf, _ in leaves}
    generation = store.live_generation(index_dir)
    assert {p.name for p in generation.glob(f"*{SEGMENT_SUFFIX}")} - {GENERATION_FILE} == live
    page = search(snapshot, SearchRequest('"补充说明独有词"'))
    assert [hit.report_id for hit in page.hits] == [victim.stem]


def test_damaged_arrays_make_the_index_unavailable_not_a_crash(tmp_path, corpus_copy):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=1)
    arrays = store.live_generation(index_dir) / GENERATION_FILE
    size = arrays.stat().st_size
    arrays.write_bytes(b"\xff" * size)  # same size: the manifest's size check passes
    with pytest.raises(store.IndexUnavailable, match="run reindex"):
        IndexReader(index_dir).snapshot()
