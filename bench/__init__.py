"""Reproducible benchmarks for Station Ledger; `bash bench/run.sh` writes docs/benchmarks.md."""
