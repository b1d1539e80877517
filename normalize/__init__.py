"""Normalisers and the federal-catalogue matcher.

Everything here is a pure function of its input plus data files shipped beside
the code, so the ingest pipeline can call it per document and analysts get the
same canonical values across regions and years.
"""
