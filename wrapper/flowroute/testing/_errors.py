"""The error an operation handler raises, answered in the API's documented error shape."""

from __future__ import annotations

import uuid
from typing import Any


class ApiError(Exception):
    """Answer with ``status`` and ``{"errors": [{id, status, title, detail}]}``."""

    def __init__(self, status: int, title: str | None, detail: str) -> None:
        super().__init__(f"{status} {title or ''}: {detail}")
        self.status = status
        self.title = title
        self.detail = detail

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"id": str(uuid.uuid4()), "status": self.status}
        if self.title is not None:
            error["title"] = self.title
        error["detail"] = self.detail
        return {"errors": [error]}


def not_found(what: str) -> ApiError:
    return ApiError(404, None, f"Could not find {what} on your account.")


def invalid(detail: str) -> ApiError:
    return ApiError(422, "Unprocessable Entity", detail)


def forbidden(title: str = "ActionNotAuthorizedError", detail: str = "") -> ApiError:
    return ApiError(403, title, detail)
