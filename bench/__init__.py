"""Benchmarks of the Flowroute SDK against raw httpx on a loopback nginx; run `make bench`."""
