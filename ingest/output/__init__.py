"""Where ingested documents go: the DuckDB store, exports, provenance reports, edition diffs, the run summary."""
