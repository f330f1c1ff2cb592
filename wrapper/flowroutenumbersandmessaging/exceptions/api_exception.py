from flowroute import APIStatusError as APIException

__all__ = ["APIException"]
