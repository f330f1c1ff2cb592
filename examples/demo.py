"""Walk the old SDK's demo flow with the typed client.

    make demo                       # against the SDK's stateful fake (flowroute.testing), served over HTTP
    make demo MOCK=prism            # against a Prism mock of spec/flowroute.yaml (static examples)
    FR_ACCESS_KEY=… FR_SECRET_KEY=… make demo   # against the live API

Live runs never buy a number unless you pass --purchase (it costs money) and
only send a message when --to names your mobile number.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from datetime import date, timedelta

from flowroute import FlowrouteClient, FlowrouteError


def step(number: int, title: str) -> None:
    print(f"\n[{number:2d}/13] {title}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--purchase", action="store_true", help="really buy a number on the live API")
    parser.add_argument("--to", help="your mobile number, for the MMS step on the live API")
    args = parser.parse_args()

    mock = "FLOWROUTE_BASE_URL" in os.environ and "127.0.0.1" in os.environ["FLOWROUTE_BASE_URL"]
    with FlowrouteClient() as client:
        print(f"Using {client.base_url} ({'mock' if mock else 'live API'})")

        step(1, "List available area codes")
        area_codes = client.numbers.list_available_area_codes(limit=3, max_setup_cost=3.25)
        print("  area codes:", ", ".join(code.id for code in area_codes.data))

        step(2, "List available exchange codes")
        exchanges = client.numbers.list_available_exchange_codes(limit=3, areacode=347)
        print("  exchanges:", ", ".join(exchange.id for exchange in exchanges.data))

        step(3, "Search for purchasable phone numbers")
        found = client.numbers.search_for_purchasable_phone_numbers(starts_with=646, contains=3, ends_with=7, limit=3)
        for candidate in found.data:
            attrs = candidate.attributes
            print(f"  {attrs.value}  {attrs.rate_center}, {attrs.state}  ${attrs.monthly_cost}/month")

        step(4, "Purchase a phone number")
        bought_id = None
        if mock or args.purchase:
            bought = client.numbers.purchase_a_phone_number(found.data[0].id)
            bought_id = bought.data.id
            primary = bought.data.relationships.primary_route.data
            print(f"  bought {bought.data.id}; primary route {primary.id if primary else 'none'}")
        else:
            print("  skipped on the live API (pass --purchase to buy one; it costs money)")

        step(5, "List account phone numbers")
        numbers = client.numbers.list_account_phone_numbers(limit=3)
        for owned in numbers.data:
            # A stateful server (the fake, the live API) lists the number step 4 bought; a static mock cannot.
            marker = "  <- bought in step 4" if owned.id == bought_id else ""
            print(
                f"  {owned.id}  alias={owned.attributes.alias!r}  "
                f"cnam lookups={owned.attributes.cnam_lookups_enabled}{marker}"
            )
        if not numbers.data:
            print("  the account has no numbers; stopping here")
            return 0
        number_id = numbers.data[0].id

        step(6, "List phone number details")
        details = client.numbers.list_phone_number_details(number_id)
        for resource in details.included:
            print(f"  included {resource.type_} {resource.id}")

        step(7, "Create an inbound route")
        route = client.routes.create_route(
            alias=f"demo route {secrets.token_hex(3)}", route_type="host", value=f"{secrets.token_hex(3)}.example.com"
        )
        print(f"  created route {route.data.id}: {route.data.attributes.route_type} {route.data.attributes.value}")

        step(8, "List inbound routes")
        routes = client.routes.list_inbound_routes(limit=3)
        for existing in routes.data:
            print(f"  {existing.id:>6}  {existing.attributes.route_type:<8} {existing.attributes.value}")

        step(9, "Update the primary voice route")
        client.routes.set_primary_route(number_id, routes.data[-1].id)
        print(f"  {number_id} -> route {routes.data[-1].id} (204 No Content)")

        step(10, "Update the failover voice route")
        client.routes.set_failover_route(number_id, routes.data[0].id)
        print(f"  {number_id} -> failover route {routes.data[0].id} (204 No Content)")

        step(11, "Send an MMS")
        to = "16175550199" if mock else args.to
        if to:
            sent = client.messages.send(
                to=to, from_=number_id, body="hello there", media_urls=["https://example.com/media/hello.gif"]
            )
            print(f"  accepted as {sent.data.id}")
        else:
            print("  skipped on the live API (pass --to YOUR_MOBILE to send one)")

        step(12, "Look up a set of messages")
        messages = client.messages.look_up_a_set_of_messages(date.today() - timedelta(days=30), date.today(), limit=2)
        for record in messages.data:
            a = record.attributes
            print(f"  {record.id}  {a.direction:<8} {a.from_} -> {a.to}  {a.status!r}  {a.amount_display}")

        step(13, "Look up one message detail record")
        if messages.data:
            mdr = client.messages.look_up_a_message_detail_record(messages.data[0].id).data
            receipts = len(mdr.attributes.delivery_receipts)
            print(f"  {mdr.id}: {mdr.attributes.body!r}, {receipts} delivery receipts")
        else:
            print("  no messages in the last 30 days")
    print("\nDemo finished.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except FlowrouteError as exc:
        print(f"\nFlowroute error: {exc}", file=sys.stderr)
        sys.exit(1)
