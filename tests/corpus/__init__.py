"""Requests and payloads from real Flowroute clients, kept as test fixtures."""
