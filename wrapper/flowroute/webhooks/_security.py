"""The checks a receiver can make on a request, since Flowroute signs nothing.

* a secret token in the callback URL's query string, compared in constant time;
* an allowlist of source networks, where ``X-Forwarded-For`` counts only when
  the hop that added it is one of your trusted proxies.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable
from urllib.parse import parse_qsl

from .._exceptions import InvalidParameterError

TOKEN_PARAMETER = "token"  # noqa: S105 - the query parameter's name, not a secret

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def check_token(expected: str | None, parameter: str) -> str | None:
    if expected is None:
        return None
    if not isinstance(expected, str) or len(expected) < 16:
        raise InvalidParameterError(parameter, "too short or not a string", "a random string of 16 characters or more")
    return expected


def token_matches(expected: str, query_string: bytes) -> bool:
    """Whether the query string carries ``token=expected``, compared in constant time."""
    try:
        pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    except ValueError:
        return False
    given = [value for name, value in pairs if name == TOKEN_PARAMETER]
    # Exactly one token: a second one could otherwise smuggle a guess past a proxy's rules.
    return len(given) == 1 and hmac.compare_digest(given[0].encode(), expected.encode())


def parse_networks(values: Iterable[str] | None, parameter: str) -> tuple[IPNetwork, ...] | None:
    if values is None:
        return None
    if isinstance(values, str):
        raise InvalidParameterError(parameter, "a single string was given", "a list of networks such as '10.0.0.0/8'")
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError:
            raise InvalidParameterError(
                parameter, f"{value!r} is not a network", "CIDR such as '203.0.113.0/24'"
            ) from None
    return tuple(networks)


def _address(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _within(address: IPAddress, networks: tuple[IPNetwork, ...]) -> bool:
    return any(address.version == network.version and address in network for network in networks)


def client_address(
    peer: str | None, forwarded_for: str | None, trusted_proxies: tuple[IPNetwork, ...]
) -> IPAddress | None:
    """The address that sent the request: the peer, or, through trusted proxies, the last untrusted hop.

    ``X-Forwarded-For`` is read right to left, because each proxy appends the
    address it saw; everything left of the first untrusted hop could have been
    written by the client itself.
    """
    address = _address(peer) if peer else None
    if address is None or not forwarded_for or not _within(address, trusted_proxies):
        return address
    for hop in reversed(forwarded_for.split(",")):
        hop_address = _address(hop)
        if hop_address is None:
            return None
        if not _within(hop_address, trusted_proxies):
            return hop_address
    return hop_address


def address_allowed(address: IPAddress | None, allowed: tuple[IPNetwork, ...]) -> bool:
    return address is not None and _within(address, allowed)
