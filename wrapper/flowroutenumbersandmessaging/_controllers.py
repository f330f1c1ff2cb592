"""The façade's controller classes: the generated raw resources, plus the old SDK's file and name quirks."""

from __future__ import annotations

import os

from flowroute._operations.cdrs import RawCdrsResource
from flowroute._operations.cnams import RawCnamsResource
from flowroute._operations.e911s import RawE911sResource
from flowroute._operations.message_provisioning import RawMessageProvisioningResource
from flowroute._operations.messages import RawMessagesResource
from flowroute._operations.numbers import RawNumbersResource
from flowroute._operations.porting import RawPortingResource
from flowroute._operations.routes import RawRoutesResource

from . import _cdr_files
from ._lenient import checkPortability

NumbersController = RawNumbersResource
RoutesController = RawRoutesResource
MessagesController = RawMessagesResource
E911sController = RawE911sResource
CnamsController = RawCnamsResource
MessageProvisioningController = RawMessageProvisioningResource


class CdrsController(RawCdrsResource):
    """``client.cdrs``; the file helpers keep the old SDK's shapes (a dict, and dict rows)."""

    def download_cdr_export(  # type: ignore[override]
        self, cdrexport_id: str | int, filename: str | os.PathLike[str]
    ) -> dict[str, str | os.PathLike[str]]:
        """Write a finished export's CSV, decompressed, to ``filename``; returns ``{"filename": filename}``."""
        return _cdr_files.download_cdr_export(self, cdrexport_id, filename)

    def parse_cdr_export(self, filename: str | os.PathLike[str]) -> list[dict[str, str]]:  # type: ignore[override]
        """The rows of a downloaded export as dicts keyed by the CSV's own header names."""
        return _cdr_files.parse_cdr_export(self, filename)


class PortingController(RawPortingResource):
    """``client.porting``; ``checkPortability`` also takes numbers without the leading ``+``."""

    checkPortability = checkPortability


__all__ = [
    "CdrsController",
    "CnamsController",
    "E911sController",
    "MessageProvisioningController",
    "MessagesController",
    "NumbersController",
    "PortingController",
    "RoutesController",
]
