"""Canned Flowroute response bodies for the benchmark server, shaped per spec/flowroute.yaml.

Everything is derived from fixed seeds, so two runs serve byte-identical bodies and the
numbers stay comparable. Links point at the loopback server itself (``api_base``) rather
than api.flowroute.com: a paginator that follows ``links.next`` verbatim must never leave
the machine.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

JsonObject = dict[str, Any]

AREA_CODES_PATH = "/v2/numbers/available/areacodes"
MESSAGES_PATH = "/v2.1/messages"

MDR_PAGE_SIZE = 200
MDR_TOTAL = 20_000
# The MDR list range used by every benchmark that reads messages.
MDR_START = datetime(2017, 12, 1, tzinfo=UTC)
MDR_END = datetime(2018, 1, 8, tzinfo=UTC)

ACCEPTED_ID = "mdr2-39cadeace66e11e7aff806cd7f24ba2d"

_NUMBERS = [f"1{npa}555{line:04d}" for npa in (201, 206, 312, 415, 617, 720) for line in (142, 199)]
_SMS_TEXTS = [
    "Your code is 4821",
    "test sms on v2",
    "Hello are you there? ",
    "Reminder: your appointment is tomorrow at 10:30. Reply C to confirm or R to reschedule.",
    "Order #A1187 has shipped and should arrive Thursday.",
    "On my way, 5 min",
    "Your verification code is 093114. It expires in 10 minutes. Do not share this code.",
    "Thanks! See you then.",
]
# UCS-2 bodies (message_encoding 8) exercise non-ASCII decoding.
_UCS2_TEXTS = ["Grüße aus München ☀", "Llegamos a las 8 🙂", "Цена: 1200 ₽"]
_CARRIER_RECEIPTS = [
    ("delivered", 1000, "Message delivered to handset"),
    ("message buffered", 1003, "Message accepted by Carrier"),
]


def _timestamp(moment: datetime) -> str:
    # Flowroute prints centiseconds and a "Z" suffix, e.g. 2017-12-21T16:44:34.93Z.
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 10_000:02d}Z"


def _mdr_id(rng: random.Random) -> str:
    return f"mdr2-{rng.getrandbits(128):032x}"


def _delivery_receipts(rng: random.Random, sent: datetime) -> list[JsonObject]:
    handoff = sent + timedelta(milliseconds=rng.randrange(40, 900))
    receipts: list[JsonObject] = []
    if rng.random() < 0.9:
        status, code, description = rng.choice(_CARRIER_RECEIPTS)
        receipts.append(
            {
                "status": status,
                "status_code": code,
                "status_code_description": description,
                "timestamp": _timestamp(handoff + timedelta(seconds=rng.randrange(1, 20))),
                "level": 2,
            }
        )
    receipts.append(
        {
            "status": "smsc submit",
            "status_code": None,
            "status_code_description": "Message has been sent",
            "timestamp": _timestamp(handoff),
            "level": 1,
        }
    )
    return receipts


def _mms_caption(rng: random.Random) -> str | None:
    # An MMS that carries only media has a null body.
    return None if rng.random() < 0.5 else "floor plan"


def message_detail_record(rng: random.Random, moment: datetime) -> JsonObject:
    """One MDR; about half outbound SMS with receipts, the rest inbound SMS or MMS."""
    outbound = rng.random() < 0.55
    is_mms = rng.random() < 0.06
    ucs2 = not is_mms and rng.random() < 0.1
    local, remote = rng.sample(_NUMBERS, 2)
    body = _mms_caption(rng) if is_mms else rng.choice(_UCS2_TEXTS if ucs2 else _SMS_TEXTS)
    receipts = _delivery_receipts(rng, moment) if outbound and not is_mms else []
    # Inbound MDRs read "delivered"; an outbound one without receipts has an empty status.
    status = receipts[0]["status"] if receipts else ("" if outbound else "delivered")
    nanodollars = 20_000_000 if is_mms else 4_000_000
    record: JsonObject = {
        "attributes": {
            "body": body,
            "status": status,
            "direction": "outbound" if outbound else "inbound",
            "amount_nanodollars": nanodollars,
            "to": remote if outbound else local,
            "message_encoding": 8 if ucs2 else 0,
            "timestamp": _timestamp(moment),
            "delivery_receipts": receipts,
            "amount_display": f"${nanodollars / 1e9:.4f}",
            "from": local if outbound else remote,
            "is_mms": is_mms,
            "message_type": "toll-free" if local.startswith("1720") else "longcode",
        },
        "type": "message",
        "id": _mdr_id(rng),
    }
    if is_mms:
        record["relationships"] = {"media": {"data": [{"type": "media", "id": f"{rng.getrandbits(64):016x}"}]}}
    return record


def _page_query(offset: int) -> str:
    return urlencode(
        {
            "limit": MDR_PAGE_SIZE,
            "start_date": MDR_START.isoformat(),
            "end_date": MDR_END.isoformat(),
            "offset": offset,
        }
    )


def mdr_page(offset: int, api_base: str, total: int = MDR_TOTAL) -> JsonObject:
    """The page at ``offset``; only pages before the last carry ``links.next``."""
    rng = random.Random(f"mdr-page-{offset}")  # per-page seed: pages stay stable
    span = (MDR_END - MDR_START) / total
    records = [
        message_detail_record(rng, MDR_START + span * (offset + i)) for i in range(min(MDR_PAGE_SIZE, total - offset))
    ]
    links: JsonObject = {}
    if offset + MDR_PAGE_SIZE < total:
        links["next"] = f"{api_base}{MESSAGES_PATH}?{_page_query(offset + MDR_PAGE_SIZE)}"
    return {"data": records, "links": links}


def mdr_offsets(total: int = MDR_TOTAL) -> Iterator[int]:
    return iter(range(0, total, MDR_PAGE_SIZE))


def area_codes_page(api_base: str) -> JsonObject:
    """The spec's seed example: three area codes and a next page."""
    exchanges = f"{api_base}/v2/numbers/available/exchanges"
    query = f"{api_base}{AREA_CODES_PATH}?max_setup_cost=3&limit=3"
    return {
        "data": [
            {"type": "areacode", "id": npa, "links": {"related": f"{exchanges}?areacode={npa}"}}
            for npa in ("201", "202", "203")
        ],
        "links": {"self": f"{query}&offset=0", "next": f"{query}&offset=3"},
    }


def message_accepted(api_base: str) -> JsonObject:
    return {
        "data": {
            "links": {"self": f"{api_base}{MESSAGES_PATH}/{ACCEPTED_ID}"},
            "type": "message",
            "id": ACCEPTED_ID,
        }
    }


def encode(document: JsonObject) -> bytes:
    # json.dumps' default separators match the spacing the live API sends.
    return json.dumps(document, ensure_ascii=False).encode()


def mdr_page_filename(offset: int) -> str:
    return f"mdr-page-{offset}.json"


@dataclass(frozen=True)
class BodyFiles:
    root: Path
    area_codes: Path
    mdr_first_page: Path
    accepted: bytes


def write_bodies(root: Path, api_base: str, total: int = MDR_TOTAL) -> BodyFiles:
    """Write every GET body under ``root``; the POST body is small enough to inline in nginx."""
    root.mkdir(parents=True, exist_ok=True)
    area_codes = root / "areacodes.json"
    area_codes.write_bytes(encode(area_codes_page(api_base)))
    for offset in mdr_offsets(total):
        (root / mdr_page_filename(offset)).write_bytes(encode(mdr_page(offset, api_base, total)))
    return BodyFiles(
        root=root,
        area_codes=area_codes,
        mdr_first_page=root / mdr_page_filename(0),
        accepted=encode(message_accepted(api_base)),
    )


def main() -> None:
    """Print the size of the first MDR page, to check it stays near the ~110 kB target."""
    page = encode(mdr_page(0, "http://127.0.0.1:8080"))
    print(f"{len(page)} bytes, {len(page) / MDR_PAGE_SIZE:.0f} bytes per record")


if __name__ == "__main__":
    main()
