"""The old SDK's exception modules, pointing at the new hierarchy."""
