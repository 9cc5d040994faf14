"""Benchmarks (not tests): `python -m bench` / `make bench`; results in BENCHMARKS.md."""
