"""Every data model used in requests and responses, each loaded on first use.

Models are resolved lazily (PEP 562) so that importing one model does not import
all of them; type checkers see ordinary imports.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accepted_message import AcceptedMessage
    from .account_callback import AccountCallback
    from .account_callback_attributes import AccountCallbackAttributes
    from .account_callback_document import AccountCallbackDocument
    from .account_callback_type import AccountCallbackType
    from .area_code import AreaCode
    from .area_code_page import AreaCodePage
    from .callback_url import CallbackUrl
    from .callback_url_data import CallbackUrlData
    from .callback_url_document import CallbackUrlDocument
    from .cdr_export import CdrExport
    from .cdr_export_attributes import CdrExportAttributes
    from .cdr_export_attributes_filter_parameters import (
        CdrExportAttributesFilterParameters,
    )
    from .cdr_export_create_attributes import CdrExportCreateAttributes
    from .cdr_export_create_data import CdrExportCreateData
    from .cdr_export_create_request import CdrExportCreateRequest
    from .cdr_export_document import CdrExportDocument
    from .cdr_export_filters import CdrExportFilters
    from .cdr_export_page import CdrExportPage
    from .cdr_export_status import CdrExportStatus
    from .cnam import Cnam
    from .cnam_assignment import CnamAssignment
    from .cnam_assignment_attributes import CnamAssignmentAttributes
    from .cnam_assignment_document import CnamAssignmentDocument
    from .cnam_attributes import CnamAttributes
    from .cnam_create_request import CnamCreateRequest
    from .cnam_detail import CnamDetail
    from .cnam_document import CnamDocument
    from .cnam_page import CnamPage
    from .cnam_relationships import CnamRelationships
    from .cnam_update_attributes import CnamUpdateAttributes
    from .cnam_update_data import CnamUpdateData
    from .cnam_update_request import CnamUpdateRequest
    from .delivery_receipt import DeliveryReceipt
    from .delivery_receipt_notice import DeliveryReceiptNotice
    from .delivery_receipt_notice_attributes import DeliveryReceiptNoticeAttributes
    from .delivery_receipt_webhook import DeliveryReceiptWebhook
    from .e911_address import E911Address
    from .e911_address_attributes import E911AddressAttributes
    from .e911_address_create_attributes import E911AddressCreateAttributes
    from .e911_address_create_data import E911AddressCreateData
    from .e911_address_create_request import E911AddressCreateRequest
    from .e911_address_document import E911AddressDocument
    from .e911_address_page import E911AddressPage
    from .e911_address_type import E911AddressType
    from .e911_address_update_attributes import E911AddressUpdateAttributes
    from .e911_address_update_data import E911AddressUpdateData
    from .e911_address_update_request import E911AddressUpdateRequest
    from .e911_country import E911Country
    from .e911_number import E911Number
    from .e911_number_page import E911NumberPage
    from .edge_strategy import EdgeStrategy
    from .edge_strategy_attributes import EdgeStrategyAttributes
    from .edge_strategy_list import EdgeStrategyList
    from .error_body import ErrorBody
    from .error_object import ErrorObject
    from .exchange_code import ExchangeCode
    from .exchange_code_page import ExchangeCodePage
    from .inbound_message_attributes import InboundMessageAttributes
    from .inbound_message_record import InboundMessageRecord
    from .inbound_message_webhook import InboundMessageWebhook
    from .inbound_mms_webhook import InboundMmsWebhook
    from .included_resource import IncludedResource
    from .included_resource_attributes import IncludedResourceAttributes
    from .loa_details import LoaDetails
    from .media_attributes import MediaAttributes
    from .media_relationship import MediaRelationship
    from .media_resource import MediaResource
    from .message_accepted import MessageAccepted
    from .message_attributes import MessageAttributes
    from .message_bulk_provisioning_numbers import MessageBulkProvisioningNumbers
    from .message_bulk_provisioning_status import MessageBulkProvisioningStatus
    from .message_bulk_provisioning_status_attributes import (
        MessageBulkProvisioningStatusAttributes,
    )
    from .message_bulk_provisioning_status_document import (
        MessageBulkProvisioningStatusDocument,
    )
    from .message_detail_record import MessageDetailRecord
    from .message_document import MessageDocument
    from .message_page import MessagePage
    from .message_page_links import MessagePageLinks
    from .message_provisioning_action import MessageProvisioningAction
    from .message_provisioning_request import MessageProvisioningRequest
    from .message_provisioning_status import MessageProvisioningStatus
    from .message_provisioning_status_attributes import (
        MessageProvisioningStatusAttributes,
    )
    from .message_provisioning_status_document import MessageProvisioningStatusDocument
    from .message_relationships import MessageRelationships
    from .number_alias_attributes import NumberAliasAttributes
    from .number_callback_type import NumberCallbackType
    from .number_order_by import NumberOrderBy
    from .number_route_relationship import NumberRouteRelationship
    from .number_type_filter import NumberTypeFilter
    from .outbound_message import OutboundMessage
    from .outbound_message_data import OutboundMessageData
    from .outbound_message_document import OutboundMessageDocument
    from .page_links import PageLinks
    from .phone_number import PhoneNumber
    from .phone_number_attributes import PhoneNumberAttributes
    from .phone_number_detail import PhoneNumberDetail
    from .phone_number_document import PhoneNumberDocument
    from .phone_number_page import PhoneNumberPage
    from .phone_number_relationships import PhoneNumberRelationships
    from .phone_number_update import PhoneNumberUpdate
    from .port_country import PortCountry
    from .port_order import PortOrder
    from .port_order_attributes import PortOrderAttributes
    from .port_order_billing_address import PortOrderBillingAddress
    from .port_order_cancel import PortOrderCancel
    from .port_order_create_attributes import PortOrderCreateAttributes
    from .port_order_create_data import PortOrderCreateData
    from .port_order_create_request import PortOrderCreateRequest
    from .port_order_document import PortOrderDocument
    from .port_order_event import PortOrderEvent
    from .port_order_event_attributes import PortOrderEventAttributes
    from .port_order_event_webhook import PortOrderEventWebhook
    from .port_order_group_numbers_request import PortOrderGroupNumbersRequest
    from .port_order_group_numbers_result import PortOrderGroupNumbersResult
    from .port_order_list import PortOrderList
    from .port_order_list_attributes import PortOrderListAttributes
    from .port_order_list_document import PortOrderListDocument
    from .port_order_numbers_change import PortOrderNumbersChange
    from .port_order_orders import PortOrderOrders
    from .port_order_preset import PortOrderPreset
    from .port_order_presets import PortOrderPresets
    from .port_order_status import PortOrderStatus
    from .port_order_status_attributes import PortOrderStatusAttributes
    from .port_order_status_document import PortOrderStatusDocument
    from .port_order_update_attributes import PortOrderUpdateAttributes
    from .port_order_update_data import PortOrderUpdateData
    from .port_order_update_request import PortOrderUpdateRequest
    from .portability import Portability
    from .portability_document import PortabilityDocument
    from .portability_request import PortabilityRequest
    from .purchasable_number import PurchasableNumber
    from .purchasable_number_attributes import PurchasableNumberAttributes
    from .purchasable_number_page import PurchasableNumberPage
    from .purchase_options import PurchaseOptions
    from .related_links import RelatedLinks
    from .resource_identifier import ResourceIdentifier
    from .route import Route
    from .route_assignment_request import RouteAssignmentRequest
    from .route_attributes import RouteAttributes
    from .route_create_attributes import RouteCreateAttributes
    from .route_create_data import RouteCreateData
    from .route_create_request import RouteCreateRequest
    from .route_document import RouteDocument
    from .route_identifier import RouteIdentifier
    from .route_page import RoutePage
    from .route_type import RouteType
    from .route_type_filter import RouteTypeFilter
    from .route_update_attributes import RouteUpdateAttributes
    from .route_update_data import RouteUpdateData
    from .route_update_request import RouteUpdateRequest
    from .self_links import SelfLinks
    from .sort_direction import SortDirection
    from .to_many_relationship import ToManyRelationship
    from .to_one_relationship import ToOneRelationship
    from .usage_type import UsageType

_MODULES = {
    "AcceptedMessage": ".accepted_message",
    "AccountCallback": ".account_callback",
    "AccountCallbackAttributes": ".account_callback_attributes",
    "AccountCallbackDocument": ".account_callback_document",
    "AccountCallbackType": ".account_callback_type",
    "AreaCode": ".area_code",
    "AreaCodePage": ".area_code_page",
    "CallbackUrl": ".callback_url",
    "CallbackUrlData": ".callback_url_data",
    "CallbackUrlDocument": ".callback_url_document",
    "CdrExport": ".cdr_export",
    "CdrExportAttributes": ".cdr_export_attributes",
    "CdrExportAttributesFilterParameters": ".cdr_export_attributes_filter_parameters",
    "CdrExportCreateAttributes": ".cdr_export_create_attributes",
    "CdrExportCreateData": ".cdr_export_create_data",
    "CdrExportCreateRequest": ".cdr_export_create_request",
    "CdrExportDocument": ".cdr_export_document",
    "CdrExportFilters": ".cdr_export_filters",
    "CdrExportPage": ".cdr_export_page",
    "CdrExportStatus": ".cdr_export_status",
    "Cnam": ".cnam",
    "CnamAssignment": ".cnam_assignment",
    "CnamAssignmentAttributes": ".cnam_assignment_attributes",
    "CnamAssignmentDocument": ".cnam_assignment_document",
    "CnamAttributes": ".cnam_attributes",
    "CnamCreateRequest": ".cnam_create_request",
    "CnamDetail": ".cnam_detail",
    "CnamDocument": ".cnam_document",
    "CnamPage": ".cnam_page",
    "CnamRelationships": ".cnam_relationships",
    "CnamUpdateAttributes": ".cnam_update_attributes",
    "CnamUpdateData": ".cnam_update_data",
    "CnamUpdateRequest": ".cnam_update_request",
    "DeliveryReceipt": ".delivery_receipt",
    "DeliveryReceiptNotice": ".delivery_receipt_notice",
    "DeliveryReceiptNoticeAttributes": ".delivery_receipt_notice_attributes",
    "DeliveryReceiptWebhook": ".delivery_receipt_webhook",
    "E911Address": ".e911_address",
    "E911AddressAttributes": ".e911_address_attributes",
    "E911AddressCreateAttributes": ".e911_address_create_attributes",
    "E911AddressCreateData": ".e911_address_create_data",
    "E911AddressCreateRequest": ".e911_address_create_request",
    "E911AddressDocument": ".e911_address_document",
    "E911AddressPage": ".e911_address_page",
    "E911AddressType": ".e911_address_type",
    "E911AddressUpdateAttributes": ".e911_address_update_attributes",
    "E911AddressUpdateData": ".e911_address_update_data",
    "E911AddressUpdateRequest": ".e911_address_update_request",
    "E911Country": ".e911_country",
    "E911Number": ".e911_number",
    "E911NumberPage": ".e911_number_page",
    "EdgeStrategy": ".edge_strategy",
    "EdgeStrategyAttributes": ".edge_strategy_attributes",
    "EdgeStrategyList": ".edge_strategy_list",
    "ErrorBody": ".error_body",
    "ErrorObject": ".error_object",
    "ExchangeCode": ".exchange_code",
    "ExchangeCodePage": ".exchange_code_page",
    "InboundMessageAttributes": ".inbound_message_attributes",
    "InboundMessageRecord": ".inbound_message_record",
    "InboundMessageWebhook": ".inbound_message_webhook",
    "InboundMmsWebhook": ".inbound_mms_webhook",
    "IncludedResource": ".included_resource",
    "IncludedResourceAttributes": ".included_resource_attributes",
    "LoaDetails": ".loa_details",
    "MediaAttributes": ".media_attributes",
    "MediaRelationship": ".media_relationship",
    "MediaResource": ".media_resource",
    "MessageAccepted": ".message_accepted",
    "MessageAttributes": ".message_attributes",
    "MessageBulkProvisioningNumbers": ".message_bulk_provisioning_numbers",
    "MessageBulkProvisioningStatus": ".message_bulk_provisioning_status",
    "MessageBulkProvisioningStatusAttributes": ".message_bulk_provisioning_status_attributes",
    "MessageBulkProvisioningStatusDocument": ".message_bulk_provisioning_status_document",
    "MessageDetailRecord": ".message_detail_record",
    "MessageDocument": ".message_document",
    "MessagePage": ".message_page",
    "MessagePageLinks": ".message_page_links",
    "MessageProvisioningAction": ".message_provisioning_action",
    "MessageProvisioningRequest": ".message_provisioning_request",
    "MessageProvisioningStatus": ".message_provisioning_status",
    "MessageProvisioningStatusAttributes": ".message_provisioning_status_attributes",
    "MessageProvisioningStatusDocument": ".message_provisioning_status_document",
    "MessageRelationships": ".message_relationships",
    "NumberAliasAttributes": ".number_alias_attributes",
    "NumberCallbackType": ".number_callback_type",
    "NumberOrderBy": ".number_order_by",
    "NumberRouteRelationship": ".number_route_relationship",
    "NumberTypeFilter": ".number_type_filter",
    "OutboundMessage": ".outbound_message",
    "OutboundMessageData": ".outbound_message_data",
    "OutboundMessageDocument": ".outbound_message_document",
    "PageLinks": ".page_links",
    "PhoneNumber": ".phone_number",
    "PhoneNumberAttributes": ".phone_number_attributes",
    "PhoneNumberDetail": ".phone_number_detail",
    "PhoneNumberDocument": ".phone_number_document",
    "PhoneNumberPage": ".phone_number_page",
    "PhoneNumberRelationships": ".phone_number_relationships",
    "PhoneNumberUpdate": ".phone_number_update",
    "PortCountry": ".port_country",
    "PortOrder": ".port_order",
    "PortOrderAttributes": ".port_order_attributes",
    "PortOrderBillingAddress": ".port_order_billing_address",
    "PortOrderCancel": ".port_order_cancel",
    "PortOrderCreateAttributes": ".port_order_create_attributes",
    "PortOrderCreateData": ".port_order_create_data",
    "PortOrderCreateRequest": ".port_order_create_request",
    "PortOrderDocument": ".port_order_document",
    "PortOrderEvent": ".port_order_event",
    "PortOrderEventAttributes": ".port_order_event_attributes",
    "PortOrderEventWebhook": ".port_order_event_webhook",
    "PortOrderGroupNumbersRequest": ".port_order_group_numbers_request",
    "PortOrderGroupNumbersResult": ".port_order_group_numbers_result",
    "PortOrderList": ".port_order_list",
    "PortOrderListAttributes": ".port_order_list_attributes",
    "PortOrderListDocument": ".port_order_list_document",
    "PortOrderNumbersChange": ".port_order_numbers_change",
    "PortOrderOrders": ".port_order_orders",
    "PortOrderPreset": ".port_order_preset",
    "PortOrderPresets": ".port_order_presets",
    "PortOrderStatus": ".port_order_status",
    "PortOrderStatusAttributes": ".port_order_status_attributes",
    "PortOrderStatusDocument": ".port_order_status_document",
    "PortOrderUpdateAttributes": ".port_order_update_attributes",
    "PortOrderUpdateData": ".port_order_update_data",
    "PortOrderUpdateRequest": ".port_order_update_request",
    "Portability": ".portability",
    "PortabilityDocument": ".portability_document",
    "PortabilityRequest": ".portability_request",
    "PurchasableNumber": ".purchasable_number",
    "PurchasableNumberAttributes": ".purchasable_number_attributes",
    "PurchasableNumberPage": ".purchasable_number_page",
    "PurchaseOptions": ".purchase_options",
    "RelatedLinks": ".related_links",
    "ResourceIdentifier": ".resource_identifier",
    "Route": ".route",
    "RouteAssignmentRequest": ".route_assignment_request",
    "RouteAttributes": ".route_attributes",
    "RouteCreateAttributes": ".route_create_attributes",
    "RouteCreateData": ".route_create_data",
    "RouteCreateRequest": ".route_create_request",
    "RouteDocument": ".route_document",
    "RouteIdentifier": ".route_identifier",
    "RoutePage": ".route_page",
    "RouteType": ".route_type",
    "RouteTypeFilter": ".route_type_filter",
    "RouteUpdateAttributes": ".route_update_attributes",
    "RouteUpdateData": ".route_update_data",
    "RouteUpdateRequest": ".route_update_request",
    "SelfLinks": ".self_links",
    "SortDirection": ".sort_direction",
    "ToManyRelationship": ".to_many_relationship",
    "ToOneRelationship": ".to_one_relationship",
    "UsageType": ".usage_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AcceptedMessage",
    "AccountCallback",
    "AccountCallbackAttributes",
    "AccountCallbackDocument",
    "AccountCallbackType",
    "AreaCode",
    "AreaCodePage",
    "CallbackUrl",
    "CallbackUrlData",
    "CallbackUrlDocument",
    "CdrExport",
    "CdrExportAttributes",
    "CdrExportAttributesFilterParameters",
    "CdrExportCreateAttributes",
    "CdrExportCreateData",
    "CdrExportCreateRequest",
    "CdrExportDocument",
    "CdrExportFilters",
    "CdrExportPage",
    "CdrExportStatus",
    "Cnam",
    "CnamAssignment",
    "CnamAssignmentAttributes",
    "CnamAssignmentDocument",
    "CnamAttributes",
    "CnamCreateRequest",
    "CnamDetail",
    "CnamDocument",
    "CnamPage",
    "CnamRelationships",
    "CnamUpdateAttributes",
    "CnamUpdateData",
    "CnamUpdateRequest",
    "DeliveryReceipt",
    "DeliveryReceiptNotice",
    "DeliveryReceiptNoticeAttributes",
    "DeliveryReceiptWebhook",
    "E911Address",
    "E911AddressAttributes",
    "E911AddressCreateAttributes",
    "E911AddressCreateData",
    "E911AddressCreateRequest",
    "E911AddressDocument",
    "E911AddressPage",
    "E911AddressType",
    "E911AddressUpdateAttributes",
    "E911AddressUpdateData",
    "E911AddressUpdateRequest",
    "E911Country",
    "E911Number",
    "E911NumberPage",
    "EdgeStrategy",
    "EdgeStrategyAttributes",
    "EdgeStrategyList",
    "ErrorBody",
    "ErrorObject",
    "ExchangeCode",
    "ExchangeCodePage",
    "InboundMessageAttributes",
    "InboundMessageRecord",
    "InboundMessageWebhook",
    "InboundMmsWebhook",
    "IncludedResource",
    "IncludedResourceAttributes",
    "LoaDetails",
    "MediaAttributes",
    "MediaRelationship",
    "MediaResource",
    "MessageAccepted",
    "MessageAttributes",
    "MessageBulkProvisioningNumbers",
    "MessageBulkProvisioningStatus",
    "MessageBulkProvisioningStatusAttributes",
    "MessageBulkProvisioningStatusDocument",
    "MessageDetailRecord",
    "MessageDocument",
    "MessagePage",
    "MessagePageLinks",
    "MessageProvisioningAction",
    "MessageProvisioningRequest",
    "MessageProvisioningStatus",
    "MessageProvisioningStatusAttributes",
    "MessageProvisioningStatusDocument",
    "MessageRelationships",
    "NumberAliasAttributes",
    "NumberCallbackType",
    "NumberOrderBy",
    "NumberRouteRelationship",
    "NumberTypeFilter",
    "OutboundMessage",
    "OutboundMessageData",
    "OutboundMessageDocument",
    "PageLinks",
    "PhoneNumber",
    "PhoneNumberAttributes",
    "PhoneNumberDetail",
    "PhoneNumberDocument",
    "PhoneNumberPage",
    "PhoneNumberRelationships",
    "PhoneNumberUpdate",
    "Portability",
    "PortabilityDocument",
    "PortabilityRequest",
    "PortCountry",
    "PortOrder",
    "PortOrderAttributes",
    "PortOrderBillingAddress",
    "PortOrderCancel",
    "PortOrderCreateAttributes",
    "PortOrderCreateData",
    "PortOrderCreateRequest",
    "PortOrderDocument",
    "PortOrderEvent",
    "PortOrderEventAttributes",
    "PortOrderEventWebhook",
    "PortOrderGroupNumbersRequest",
    "PortOrderGroupNumbersResult",
    "PortOrderList",
    "PortOrderListAttributes",
    "PortOrderListDocument",
    "PortOrderNumbersChange",
    "PortOrderOrders",
    "PortOrderPreset",
    "PortOrderPresets",
    "PortOrderStatus",
    "PortOrderStatusAttributes",
    "PortOrderStatusDocument",
    "PortOrderUpdateAttributes",
    "PortOrderUpdateData",
    "PortOrderUpdateRequest",
    "PurchasableNumber",
    "PurchasableNumberAttributes",
    "PurchasableNumberPage",
    "PurchaseOptions",
    "RelatedLinks",
    "ResourceIdentifier",
    "Route",
    "RouteAssignmentRequest",
    "RouteAttributes",
    "RouteCreateAttributes",
    "RouteCreateData",
    "RouteCreateRequest",
    "RouteDocument",
    "RouteIdentifier",
    "RoutePage",
    "RouteType",
    "RouteTypeFilter",
    "RouteUpdateAttributes",
    "RouteUpdateData",
    "RouteUpdateRequest",
    "SelfLinks",
    "SortDirection",
    "ToManyRelationship",
    "ToOneRelationship",
    "UsageType",
)
