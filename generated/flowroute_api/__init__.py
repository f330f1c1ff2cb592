"""A client library for accessing Flowroute Numbers v2 and Messages v2.1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
