"""The baseline: the same HTTP requests the SDK makes, with plain httpx and ``json.loads``.

The baseline does what a careful hand-written client would and no more: Basic auth, the
JSON:API media type, a status check and decoding the body. Anything the SDK costs beyond
this is the SDK's overhead. The Authorization header is computed once, not through httpx's
``auth=`` flow, so the baseline is as lean as plain httpx gets.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx

from . import bodies

ACCESS_KEY = "bench-access-key"
SECRET_KEY = "bench-secret-key"  # noqa: S105 - nginx ignores credentials
MEDIA_TYPE = "application/vnd.api+json"
HEADERS = {
    "Accept": MEDIA_TYPE,
    "Authorization": "Basic " + base64.b64encode(f"{ACCESS_KEY}:{SECRET_KEY}".encode()).decode(),
}
SMS = {"to": "16175550199", "from": "16175550142", "body": "Your code is 4821"}


def _checked(response: httpx.Response, status: int) -> Any:
    if response.status_code != status:
        raise RuntimeError(f"{response.request.url} answered {response.status_code}")
    return json.loads(response.content)


def mdr_params(offset: int = 0) -> dict[str, str | int]:
    return {
        "start_date": bodies.MDR_START.isoformat(),
        "end_date": bodies.MDR_END.isoformat(),
        "limit": bodies.MDR_PAGE_SIZE,
        "offset": offset,
    }


class RawSync:
    def __init__(self, base_url: str, client: httpx.Client | None = None) -> None:
        self.client = client or httpx.Client(base_url=base_url, headers=HEADERS)

    def area_codes(self) -> object:
        response = self.client.get(bodies.AREA_CODES_PATH, params={"limit": 3})
        return _checked(response, 200)

    def mdr_page(self) -> object:
        return _checked(self.client.get(bodies.MESSAGES_PATH, params=mdr_params()), 200)

    def iter_mdrs(self) -> Iterator[Any]:
        """Follow ``links.next`` to the end, as a hand-written paginator would."""
        document = _checked(self.client.get(bodies.MESSAGES_PATH, params=mdr_params()), 200)
        while True:
            yield from document["data"]
            next_url = document["links"].get("next")
            if not next_url:
                return
            document = _checked(self.client.get(next_url), 200)

    def close(self) -> None:
        self.client.close()


class RawAsync:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def send(self) -> object:
        # Encoded per call, as the SDK must: the message differs from send to send in real use.
        response = await self.client.post(
            bodies.MESSAGES_PATH,
            content=json.dumps(SMS).encode(),
            headers={"Content-Type": MEDIA_TYPE},
        )
        return _checked(response, 202)


def async_client(base_url: str, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base_url, headers=HEADERS, transport=transport)
