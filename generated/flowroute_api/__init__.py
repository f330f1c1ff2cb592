"""Models and the operation layer for Flowroute Numbers v2 and Messages v2.1, generated from spec/flowroute.yaml.

``flowroute`` (the SDK) is the supported interface; this package is its generated half:
``models`` (request/response types) and ``operations`` (request builders, constraint
tables and resources). It has no HTTP client of its own.
"""
