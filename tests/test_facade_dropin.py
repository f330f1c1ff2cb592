"""How code written for Flowroute's Python SDK uses it, run through the façade against Prism.

Each test is one usage pattern of Flowroute's published demo programs: the
modules they import, the calls they make with positional arguments, the keys
they index in the answers and the attributes their error handlers read. The
values are ours; the shapes are theirs.
"""

from __future__ import annotations

import gzip
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from flowroute import InvalidParameterError
from flowroutenumbersandmessaging.configuration import Configuration
from flowroutenumbersandmessaging.exceptions.api_exception import APIException
from flowroutenumbersandmessaging.exceptions.error_exception import ErrorException
from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

from devtools.spec import response_example
from tests.support import LoopbackServer, Seen, json_answer

pytestmark = pytest.mark.prism

MOBILE = "16175550199"


@pytest.fixture
def client(prism_url: str) -> Iterator[Any]:
    with FlowroutenumbersandmessagingClient("demo-access", "demo-secret", base_url=prism_url) as facade:
        yield facade


def _answering(prism_url: str, code: int) -> Any:
    """A façade whose every call gets Prism's documented ``code`` answer."""
    http = httpx.Client(headers={"Prefer": f"code={code}"})
    return FlowroutenumbersandmessagingClient(
        "demo-access", "demo-secret", base_url=prism_url, http_client=http, max_retries=0
    )


def test_the_module_paths_old_code_imports() -> None:
    client_module = importlib.import_module("flowroutenumbersandmessaging.flowroutenumbersandmessaging_client")
    assert client_module.FlowroutenumbersandmessagingClient is FlowroutenumbersandmessagingClient
    assert importlib.import_module("flowroutenumbersandmessaging.configuration").Configuration is Configuration
    assert issubclass(ErrorException, APIException) and issubclass(APIException, Exception)
    old_names = {
        "numbers_controller": "NumbersController",
        "routes_controller": "RoutesController",
        "messages_controller": "MessagesController",
        "e911s_controller": "E911sController",
        "cnams_controller": "CNAMsController",
        "porting_controller": "PortingController",
        "cdrs_controller": "CDRsController",
    }
    with FlowroutenumbersandmessagingClient("a", "b") as facade:
        controllers = [facade.numbers, facade.routes, facade.messages, facade.e911s, facade.cnams]
        controllers += [facade.porting, facade.cdrs]
        for (module, name), controller in zip(old_names.items(), controllers, strict=True):
            cls = getattr(importlib.import_module(f"flowroutenumbersandmessaging.controllers.{module}"), name)
            assert isinstance(controller, cls), (module, name)


# --- numbers ---------------------------------------------------------------------------------


def test_number_search_and_details_with_positional_arguments(client: Any) -> None:
    numbers = client.numbers
    area_codes = numbers.list_available_area_codes(3, None, 3.25)
    assert area_codes == response_example("/v2/numbers/available/areacodes", "get", "200")
    exchanges = numbers.list_available_exchange_codes(3, None, None, 347)
    assert exchanges["data"][0]["id"]
    found = numbers.search_for_purchasable_phone_numbers(206, 3, None, 3, None, None, None)
    purchasable = found["data"][0]["id"]
    assert numbers.purchase_a_phone_number(purchasable)["data"]["type"] == "number"
    owned = numbers.list_account_phone_numbers(None, None, None, 3, None)
    number_id = owned["data"][0]["id"]
    assert owned["data"][0]["attributes"]["value"].isdigit()
    assert numbers.list_phone_number_details(number_id)["data"]["attributes"]["value"].isdigit()


def test_number_alias_callback_and_release(client: Any) -> None:
    numbers = client.numbers
    number_id = numbers.list_account_phone_numbers()["data"][0]["id"]
    assert numbers.set_did_alias(number_id, "New Test")["data"]["type"] == "number"
    assert numbers.set_did_callback(number_id, "https://www.example.com/test") is None
    assert numbers.release_a_did(number_id) is None


# --- routes ----------------------------------------------------------------------------------


def test_routes_with_json_string_bodies(client: Any) -> None:
    routes = client.routes
    strategies = routes.list_edge_strategies()
    assert strategies["data"][0]["id"] is not None
    body = (
        '{ "data": { "type": "route", "attributes": { "route_type": "host", '
        '"value": "abc123.sonsofodin.com", "alias": "abc1230123456789", "edge_strategy": "1" } } }'
    )
    created = routes.create_an_inbound_route(body)
    assert created["data"]["type"] == "route"
    listed = routes.list_inbound_routes(10)
    # The demo takes items 1 and 2 of the account's list (after the default route 0).
    primary, secondary = listed["data"][1]["id"], listed["data"][2]["id"]
    number_id = client.numbers.list_account_phone_numbers()["data"][0]["id"]
    primary_body = '{ "data": { "type": "route", "id": "' + str(primary) + '" } }'
    assert routes.update_primary_voice_route(number_id, primary_body) is None
    secondary_body = '{ "data": { "type": "route", "id": "' + str(secondary) + '" } }'
    assert routes.update_failover_voice_route(number_id, secondary_body) is None


def test_routes_with_dict_bodies(client: Any) -> None:
    routes = client.routes
    body = {"data": {"type": "route", "attributes": {"route_type": "host", "value": "x1.example.com", "alias": "x1"}}}
    assert routes.create_an_inbound_route(body)["data"]["attributes"]["route_type"]
    listed = routes.list_inbound_routes(3)
    number_id = client.numbers.list_account_phone_numbers(1, None, None, 5, None)["data"][0]["id"]
    for update, route_id in ((routes.update_primary_voice_route, listed["data"][0]["id"]),
                             (routes.update_failover_voice_route, listed["data"][1]["id"])):  # fmt: skip
        assert update(number_id, {"data": {"type": "route", "id": str(route_id)}}) is None


# --- messages --------------------------------------------------------------------------------


def test_messages_send_and_look_up(client: Any) -> None:
    messages = client.messages
    sms = {"to": MOBILE, "from": "12065550100", "body": "Hello there how are you?", "is_mms": "false"}
    with_dlr = {**sms, "dlr_callback": "http://httpbin.org/status/:code"}
    mms = {**sms, "is_mms": "true", "media_urls": ["http://example.com/37.gif"]}
    for attributes in (sms, with_dlr):
        sent = messages.send_a_message(json.dumps({"data": {"type": "message", "attributes": attributes}}))
        assert sent["data"]["id"].startswith("mdr2-")
    assert messages.send_a_message({"data": {"type": "message", "attributes": mms}})["data"]["id"]
    found = messages.look_up_a_set_of_messages("2018-12-01", "2021-01-08", 2)
    message_id = found["data"][0]["id"]
    detail = messages.look_up_a_message_detail_record(message_id)
    assert detail["data"]["attributes"]["amount_display"].startswith("$")


def test_messaging_callbacks(client: Any) -> None:
    messages = client.messages
    assert messages.set_account_level_sms_callback("http://example.com/sms") is None
    assert messages.set_account_level_mms_callback("http://example.com/mms") is None
    assert messages.set_account_level_dlr_callback("http://example.com/dlr") is None
    number_id = client.numbers.list_account_phone_numbers()["data"][0]["id"]
    assert messages.set_did_level_dlr_callback(number_id, "http://example.com/did/dlr") is None


def test_check_portability_takes_numbers_without_plus(prism_url: str) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    with FlowroutenumbersandmessagingClient("a", "b", base_url=prism_url, http_client=http) as facade:
        porting: Any = facade.porting
        result = porting.checkPortability(["14254664444", "+18827833439"])
        with pytest.raises(InvalidParameterError, match=r"numbers\[0\]"):
            porting.checkPortability(["4254664444x"])
    assert result == response_example("/v2/portorders/portability", "post", "200")
    assert json.loads(seen[0].content) == {"numbers": ["+14254664444", "+18827833439"]}
    assert len(seen) == 1


# --- E911 ------------------------------------------------------------------------------------

ADDRESS = {
    "label": "E911 Test",
    "first_name": "Chris",
    "last_name": "Smith",
    "street_name": "3rd Ave",
    "street_number": "1218",
    "city": "Seattle",
    "state": "WA",
    "country": "US",
    "zipcode": "98101",
}


def test_e911_records(client: Any) -> None:
    e911s = client.e911s
    listed = e911s.list_e911s(10, None)
    e911_id = next(record["id"] for record in listed["data"])
    assert e911s.get_e911(e911_id)["data"]["attributes"]["label"]
    assert e911s.validate_address(**ADDRESS) is None
    created = e911s.create_address(**ADDRESS)
    record_id = created["data"]["id"]
    assert e911s.update_address(record_id, last_name="Wiley")["data"]["type"] == "e911"
    did = client.numbers.list_account_phone_numbers()["data"][0]["attributes"]["value"]
    e911_id = e911s.list_e911s()["data"][0]["id"]
    assert e911s.associate(e911_id, did) is None
    assert e911s.list_dids_for_e911(e911_id)["data"][0]["attributes"]["value"]
    assert e911s.disconnect(did) is None
    assert e911s.delete_address(e911_id) is None


# --- CNAM ------------------------------------------------------------------------------------


def test_cnam_records(client: Any) -> None:
    cnams = client.cnams
    assert cnams.list_cnams(10, None)["data"]
    approved = cnams.list_cnams(10, None, is_approved=True)
    cnam_id = approved["data"][0]["id"]
    assert cnams.get_cnam(cnam_id)["data"]["id"]
    assert cnams.create_cnam_record("FR AB12")["data"]["attributes"]["value"]
    did_id = client.numbers.list_account_phone_numbers()["data"][0]["id"]
    assert cnams.associate_cnam(cnam_id, did_id)["data"]["type"] == "cnam"
    assert cnams.unassociate_cnam(did_id)["data"]["attributes"]["date_created"]
    assert cnams.remove_cnam(cnam_id) is None


# --- CDR exports (the file round trip is in test_cdr_export_files.py) ------------------------


def test_cdr_exports(client: Any) -> None:
    cdrs = client.cdrs
    filters = {
        "start_call_start_time": "2019-01-01 00:00:00",
        "start_call_end_time": "2019-02-01 00:00:00",
        "number_aliases": ["Office 221", "Office 888"],
    }
    created = cdrs.create_cdr_export(filters, "https://myserver.com/cdrs")
    assert created["data"]["attributes"]["status"] == "processing"
    assert cdrs.create_cdr(filters, "https://myserver.com/cdrs") == created
    assert cdrs.list_cdrs(10, None)["data"]
    completed = cdrs.list_cdrs(10, None, "completed")
    cdr_id = completed["data"][0]["data"]["id"]
    status = cdrs.get_cdr_export_status(cdr_id)
    assert status["data"]["attributes"]["download_url"].startswith("https://")


CDR_CSV = (
    "direction,start_time,end_time,destination,number_alias,callerid,total_cost\n"
    "outbound,2019-06-25 18:18:54+00,2019-06-25 18:19:31+00,18774551500,Office Line 2,+12063389999,0.00000000\n"
    "inbound,2019-06-25 18:18:00+00,2019-06-25 18:18:29+00,12063389999,Office Line 2,+12069928999,0.00474784\n"
)


class CdrAccount:
    """A loopback Flowroute answering the CDR demo's calls with the spec's examples, and the file."""

    def __init__(self, file_body: bytes) -> None:
        self.file_body = file_body
        self.server = LoopbackServer(self.respond)

    def respond(self, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        file_url = f"{self.server.url}/bucket/203485.csv.gz?X-Amz-Signature=s1"
        if seen.path.startswith("/bucket/"):
            return 200, {"Content-Type": "application/octet-stream"}, self.file_body
        if seen.method == "POST":
            return json_answer(201, response_example("/v2/cdrs/exports", "post", "201"))
        if seen.path.startswith("/v2/cdrs/exports/"):
            status = response_example("/v2/cdrs/exports/{id}", "get", "200")
            status["data"]["attributes"]["download_url"] = file_url
            return json_answer(200, status)
        return json_answer(200, response_example("/v2/cdrs/exports", "get", "200"))


@pytest.mark.parametrize("compress", [gzip.compress, bytes], ids=["gzip", "plain"])
def test_cdr_demo_flow_to_the_rows(tmp_path: Path, compress: Any) -> None:
    account = CdrAccount(compress(CDR_CSV.encode()))
    with account.server, FlowroutenumbersandmessagingClient("a", "b", base_url=account.server.url) as facade:
        cdrs: Any = facade.cdrs
        filters = {"start_call_start_time": "2019-01-01 00:00:00", "start_call_end_time": "2019-02-01 00:00:00"}
        assert cdrs.create_cdr_export(filters, "https://myserver.com/cdrs")["data"]["id"]
        result = cdrs.list_cdrs(10, None, "completed")
        cdr_id = result["data"][0]["data"]["id"]
        assert cdrs.get_cdr_export_status(cdr_id)["data"]["attributes"]["status"] == "completed"
        filename = str(tmp_path / "temp_cdr_file.csv")
        result = cdrs.download_cdr_export(cdr_id, filename)
        lines = [
            f"{row['callerid']} called {row['destination']} for {row['total_cost']} at {row['start_time']}"
            for row in cdrs.parse_cdr_export(result["filename"])
        ]
    assert lines == [
        "+12063389999 called 18774551500 for 0.00000000 at 2019-06-25 18:18:54+00",
        "+12069928999 called 12063389999 for 0.00474784 at 2019-06-25 18:18:00+00",
    ]
    assert Path(filename).read_text() == CDR_CSV
    paths = [seen.path for seen in account.server.requests]
    listed = httpx.URL(paths[1])
    assert listed.path == "/v2/cdrs/exports" and dict(listed.params) == {"limit": "10", "status": "completed"}
    assert paths[2:] == [f"/v2/cdrs/exports/{cdr_id}"] * 2 + ["/bucket/203485.csv.gz?X-Amz-Signature=s1"]


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "call"),
    [
        (401, lambda c: c.numbers.list_account_phone_numbers()),
        (404, lambda c: c.cnams.remove_cnam("4291")),
        (400, lambda c: c.e911s.validate_address(**ADDRESS)),
        (422, lambda c: c.e911s.associate("20930", "15095550100")),
    ],
)
def test_error_handlers_read_the_context(prism_url: str, code: int, call: Any) -> None:
    caught: list[Any] = []
    with _answering(prism_url, code) as failing:
        try:
            call(failing)
        except Exception as exc:  # the demos catch Exception and print what they find
            e: Any = exc  # untyped, as in the demos
            caught = [e, str(e), e.context.response.raw_body, e.response_code, e.context.response.status_code]
    error, message, raw_body, response_code, status_code = caught
    assert isinstance(error, ErrorException) and isinstance(error, APIException)
    assert response_code == status_code == code
    assert json.loads(raw_body)["errors"][0]["status"] == code
    assert error.errors[0].status == code and error.errors[0].title
    assert str(code) in message
    assert "demo-secret" not in message + raw_body
