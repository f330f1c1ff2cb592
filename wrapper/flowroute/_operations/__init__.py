"""One module per API area: call builders, then the resource classes built from them."""
