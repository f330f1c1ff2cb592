"""A stateful fake of the Flowroute API for tests: ``FakeFlowroute``.

    from flowroute.testing import FakeFlowroute

    fake = FakeFlowroute()
    client = fake.client()
    number = client.numbers.search_for_purchasable_phone_numbers(starts_with="206", limit=1).data[0].id
    client.numbers.purchase_a_phone_number(number)

pytest users get the ``flowroute_fake``, ``flowroute_client`` and
``async_flowroute_client`` fixtures from the plugin this package registers.
``python -m flowroute.testing serve`` serves the same fake over HTTP (port 4010 by default).
"""

from ._fake import FakeFlowroute, Inbound, RecordedCall
from ._server import FakeServer
from ._validation import SchemaError
from ._webhooks import Delivery

__all__ = ["Delivery", "FakeFlowroute", "FakeServer", "Inbound", "RecordedCall", "SchemaError"]
