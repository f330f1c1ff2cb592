"""The old SDK's README flow, ported only to Python 3 print(), runs through the facade.

The calls keep the old README's argument values and positional order, its JSON
string bodies (with "is_mms": "true" as a string) and its dict indexing.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from devtools.prism import PrismServer

pytestmark = pytest.mark.prism

SEED_FLOW = r"""
import pprint
import os
import json
import random
import string
from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

basic_auth_user_name = os.environ.get('FR_ACCESS_KEY')
basic_auth_password = os.environ.get('FR_SECRET_KEY')
mobile_number = "16175550199"

client = FlowroutenumbersandmessagingClient(basic_auth_user_name, basic_auth_password)
numbers_controller = client.numbers
routes_controller = client.routes
messages_controller = client.messages

print("--List Available Area Codes")
result = numbers_controller.list_available_area_codes(3, None, 3.25)
pprint.pprint(result)

print("--List Available Exchange Codes")
result = numbers_controller.list_available_exchange_codes(3, None, None, 347)
pprint.pprint(result)

print("--Search for Purchasable Phone Numbers")
result = numbers_controller.search_for_purchasable_phone_numbers(646, 3, 7, 3, None, None, None)

print("--Purchase a Phone Number")
purchasable_number = result['data'][0]['id']
result = numbers_controller.purchase_a_phone_number(purchasable_number)

print("--List Account Phone Numbers")
result = numbers_controller.list_account_phone_numbers(201, None, None, 3, None)
pprint.pprint(result)

print("--List Phone Number Details")
number_id = result['data'][0]['id']
result = numbers_controller.list_phone_number_details(number_id)
pprint.pprint(result)

print("---Create an Inbound Route")
def id_generator(size=6, chars=string.ascii_lowercase + string.digits):
    return ''.join(random.choice(chars) for _ in range(size))
new_route = id_generator() + '.sonsofodin.com'
alias = "new route"
for i in range(10): alias += str(i)
request_body = '{ \
  "data": { \
    "type": "route", \
    "attributes": { \
      "route_type": "host", \
      "value": "' + new_route +'", \
      "alias": "' + alias + '" \
    } \
  } \
}'
result = routes_controller.create_an_inbound_route(request_body)
print(result)

print("---List Inbound Routes")
result = routes_controller.list_inbound_routes(3)
pprint.pprint(result)

prirouteid = result['data'][1]['id']
request_body = '{ \
  "data": { \
    "type": "route", \
    "id": "' + str(prirouteid) +'" \
  } \
}'
print("---Update Primary Voice Route")
result = routes_controller.update_primary_voice_route(number_id, request_body)
if result is None:
    print("204: No Content")
else:
    print(result)

secrouteid = result_id = '0'
request_body = '{ \
  "data": { \
    "type": "route", \
    "id": "' + str(secrouteid) +'" \
  } \
}'
print("---Update Failover Voice Route")
result = routes_controller.update_failover_voice_route(number_id, request_body)
if result is None:
    print("204: No Content")
else:
    print(result)

request_body = '{ \
  "data": { \
    "type": "message", \
    "attributes": { \
      "to": "' + str(mobile_number) + '", \
      "from": "' + str(number_id) + '", \
      "body": "hello there", \
      "is_mms": "true", \
      "media_urls": ["http://s3.amazonaws.com/barkpost-assets/50+GIFs/37.gif"] \
    } \
  } \
}'
print("---Send A Message")
result = messages_controller.send_a_message(request_body)
pprint.pprint(result)

print("---Look Up A Set Of Messages")
start_date = "2017-12-01"
end_date = "2018-01-08"
limit = 2
result = messages_controller.look_up_a_set_of_messages(start_date, end_date, limit)
pprint.pprint(result)

message_id = result['data'][0]['id']
result = messages_controller.look_up_a_message_detail_record(message_id)
pprint.pprint(result)
print("SEED FLOW DONE")
"""


def test_old_readme_flow_runs_through_the_facade(prism: PrismServer) -> None:
    env = {**os.environ, "FLOWROUTE_BASE_URL": prism.url, "FR_ACCESS_KEY": "seed-user", "FR_SECRET_KEY": "seed-pass"}
    result = subprocess.run(  # noqa: S603 - our own snippet
        [sys.executable, "-c", SEED_FLOW], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "SEED FLOW DONE" in out
    assert out.count("204: No Content") == 2
    assert "'id': 'mdr2-39cadeace66e11e7aff806cd7f24ba2d'" in out
    assert "'amount_display': '$0.0040'" in out
    assert "seed-pass" not in out + result.stderr
