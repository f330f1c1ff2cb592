"""Contains all the data models used in inputs/outputs"""

from .accepted_message import AcceptedMessage
from .area_code import AreaCode
from .area_code_page import AreaCodePage
from .delivery_receipt import DeliveryReceipt
from .error_body import ErrorBody
from .error_object import ErrorObject
from .exchange_code import ExchangeCode
from .exchange_code_page import ExchangeCodePage
from .included_resource import IncludedResource
from .included_resource_attributes import IncludedResourceAttributes
from .media_relationship import MediaRelationship
from .message_accepted import MessageAccepted
from .message_attributes import MessageAttributes
from .message_detail_record import MessageDetailRecord
from .message_document import MessageDocument
from .message_page import MessagePage
from .message_page_links import MessagePageLinks
from .message_relationships import MessageRelationships
from .number_order_by import NumberOrderBy
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
from .self_links import SelfLinks
from .to_one_relationship import ToOneRelationship

__all__ = (
    "AcceptedMessage",
    "AreaCode",
    "AreaCodePage",
    "DeliveryReceipt",
    "ErrorBody",
    "ErrorObject",
    "ExchangeCode",
    "ExchangeCodePage",
    "IncludedResource",
    "IncludedResourceAttributes",
    "MediaRelationship",
    "MessageAccepted",
    "MessageAttributes",
    "MessageDetailRecord",
    "MessageDocument",
    "MessagePage",
    "MessagePageLinks",
    "MessageRelationships",
    "NumberOrderBy",
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
    "SelfLinks",
    "ToOneRelationship",
)
