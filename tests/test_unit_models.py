"""What the custom model template promises about parsing: fields are read from the
source without changing it, and undeclared keys end up in ``additional_properties``."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest
from flowroute_api.models.delivery_receipt import DeliveryReceipt
from flowroute_api.models.message_detail_record import MessageDetailRecord


def _record(**extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "mdr2-5b2ea42140633da3312e198b5fb11df2",
        "attributes": {
            "from": "14155550199",
            "to": "17205550142",
            "body": "Hello",
            "direction": "inbound",
            "is_mms": False,
            "message_type": "longcode",
            "message_encoding": 0,
            "status": "delivered",
            "timestamp": "2017-12-01T00:00:00.00Z",
            "amount_display": "$0.0040",
            "amount_nanodollars": 4000000,
            "delivery_receipts": [
                {
                    "level": 2,
                    "status": "delivered",
                    "status_code": 1000,
                    "status_code_description": "Message delivered to handset",
                    "timestamp": "2017-12-01T00:00:04.54Z",
                }
            ],
        },
        **extra,
    }


def test_parsing_leaves_the_source_unchanged() -> None:
    source = _record(meta={"page": 1})
    before = copy.deepcopy(source)
    MessageDetailRecord.from_dict(source)
    assert source == before


def test_undeclared_keys_are_kept_and_declared_ones_are_not() -> None:
    source = _record(meta={"page": 1}, links={"self": "/x"})
    source["attributes"]["carrier"] = "T-Mobile"
    record = MessageDetailRecord.from_dict(source)
    assert record.additional_properties == {"meta": {"page": 1}, "links": {"self": "/x"}}
    assert record.attributes.additional_properties == {"carrier": "T-Mobile"}
    assert record.attributes.delivery_receipts[0].additional_properties == {}
    assert MessageDetailRecord.from_dict(record.to_dict()) == record


def test_an_optional_field_present_is_not_mistaken_for_an_extra() -> None:
    source = _record(relationships={"media": {"data": [{"type": "media", "id": "8fe6f689ecfd2db5"}]}})
    record = MessageDetailRecord.from_dict(source)
    assert record.additional_properties == {}
    assert MessageDetailRecord.from_dict(record.to_dict()) == record


def test_extras_belong_to_the_model_not_to_the_source_or_other_models() -> None:
    source = _record(meta={"page": 1})
    first = MessageDetailRecord.from_dict(source)
    second = MessageDetailRecord.from_dict(_record())
    third = MessageDetailRecord.from_dict(_record())
    first["added"] = 1
    second["added"] = 2
    assert "added" not in source
    assert third.additional_properties == {}
    assert (first["added"], second["added"]) == (1, 2)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"level": "2"}, "level: expected int"),
        ({"status_code": 1.5}, "status_code: expected int or str or null"),
        ({"status": None}, "status: expected str"),
    ],
)
def test_a_wrong_type_is_refused_by_name(change: dict[str, Any], message: str) -> None:
    source = {**_record()["attributes"]["delivery_receipts"][0], **change}
    with pytest.raises(TypeError, match=message):
        DeliveryReceipt.from_dict(source)


def test_a_missing_required_key_is_refused() -> None:
    source = _record()["attributes"]["delivery_receipts"][0]
    del source["status"]
    with pytest.raises(KeyError, match="status"):
        DeliveryReceipt.from_dict(source)


def _receipt() -> DeliveryReceipt:
    return DeliveryReceipt.from_dict(_record()["attributes"]["delivery_receipts"][0])


def test_extras_made_on_first_use_behave_like_a_plain_dict() -> None:
    built = DeliveryReceipt(2, "delivered", 1000, "Message delivered to handset", _receipt().timestamp)
    parsed = _receipt()
    assert built.additional_properties == {} == parsed.additional_properties
    assert built.additional_properties is built.additional_properties
    parsed["carrier"] = "T-Mobile"
    assert "carrier" in parsed
    assert parsed.additional_properties == {"carrier": "T-Mobile"}
    assert parsed.additional_keys == ["carrier"]
    del parsed["carrier"]
    assert "carrier" not in parsed


def test_models_without_extras_compare_print_copy_and_pickle_as_before() -> None:
    first, second = _receipt(), _receipt()
    assert first == second
    second["carrier"] = "T-Mobile"
    assert first != second
    assert "additional_properties={}" in repr(first)
    assert copy.deepcopy(first) == first
    assert pickle.loads(pickle.dumps(second)) == second  # noqa: S301 - our own bytes
    assert attrs.asdict(first)["additional_properties"] == {}


def test_a_misspelt_attribute_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="'DeliveryReceipt' object has no attribute 'stauts'") as caught:
        _receipt().stauts  # type: ignore[attr-defined]  # noqa: B018
    assert caught.value.name == "stauts"
