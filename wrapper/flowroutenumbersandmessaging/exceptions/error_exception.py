from flowroute import ErrorException

__all__ = ["ErrorException"]
