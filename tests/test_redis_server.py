"""The Redis fixture is a real server: what one connection writes, another reads."""

from __future__ import annotations

import redis

from devtools.redis_server import RedisServer


def test_redis_server_is_shared_between_connections(redis_url: str) -> None:
    writer = redis.Redis.from_url(redis_url)
    reader = redis.Redis.from_url(redis_url)
    writer.set("fixture-check", b"42")
    assert reader.get("fixture-check") == b"42"
    assert reader.time()[0] > 1_700_000_000


def test_redis_server_stops_with_its_context() -> None:
    with RedisServer() as server:
        client = redis.Redis.from_url(server.url, socket_connect_timeout=1)
        assert client.ping() is True
    try:
        redis.Redis.from_url(server.url, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        return
    raise AssertionError("redis-server still answered after the context closed")
