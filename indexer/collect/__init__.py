"""`collect`: build a corpus from government websites, remembering where every report came from.

fetch.py (polite HTTP) -> links.py (what a listing links to) -> corpus.py (files and sidecars),
driven by run.py; cli.py is the command. Nothing here imports Whoosh.
"""

from indexer.collect.cli import main

__all__ = ["main"]
