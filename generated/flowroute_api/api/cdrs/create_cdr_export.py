from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cdr_export_create_request import CdrExportCreateRequest
from ...models.cdr_export_document import CdrExportDocument
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CdrExportCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/cdrs/exports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CdrExportDocument | ErrorBody | None:
    if response.status_code == 201:
        response_201 = CdrExportDocument.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CdrExportDocument | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CdrExportCreateRequest,
) -> Response[CdrExportDocument | ErrorBody]:
    """Start exporting call detail records to a CSV file

     The window between the two start times may be at most 92 days; jobs
    usually finish within five minutes. Poll `get_cdr_export_status` or give a
    `callback_url` (its payload is undocumented).

    Args:
        body (CdrExportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdrExportDocument | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CdrExportCreateRequest,
) -> CdrExportDocument | ErrorBody | None:
    """Start exporting call detail records to a CSV file

     The window between the two start times may be at most 92 days; jobs
    usually finish within five minutes. Poll `get_cdr_export_status` or give a
    `callback_url` (its payload is undocumented).

    Args:
        body (CdrExportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdrExportDocument | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CdrExportCreateRequest,
) -> Response[CdrExportDocument | ErrorBody]:
    """Start exporting call detail records to a CSV file

     The window between the two start times may be at most 92 days; jobs
    usually finish within five minutes. Poll `get_cdr_export_status` or give a
    `callback_url` (its payload is undocumented).

    Args:
        body (CdrExportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdrExportDocument | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CdrExportCreateRequest,
) -> CdrExportDocument | ErrorBody | None:
    """Start exporting call detail records to a CSV file

     The window between the two start times may be at most 92 days; jobs
    usually finish within five minutes. Poll `get_cdr_export_status` or give a
    `callback_url` (its payload is undocumented).

    Args:
        body (CdrExportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdrExportDocument | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
