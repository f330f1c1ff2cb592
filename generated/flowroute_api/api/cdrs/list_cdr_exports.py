from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cdr_export_page import CdrExportPage
from ...models.cdr_export_status import CdrExportStatus
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: CdrExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/cdrs/exports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CdrExportPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CdrExportPage.from_dict(response.json())

        return response_200

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
) -> Response[CdrExportPage | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: CdrExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CdrExportPage | ErrorBody]:
    """List CDR export jobs

     Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
    demo reads `result['data'][0]['data']['id']`, and the live example in
    Flowroute's Python SDK README has the same shape. Flowroute's API page
    shows plain items, so both forms are accepted. The `links` have been seen
    pointing at an internal host (`http://cdr-api/…`): page with `offset`
    rather than following them.

    Args:
        status (CdrExportStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdrExportPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: CdrExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CdrExportPage | ErrorBody | None:
    """List CDR export jobs

     Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
    demo reads `result['data'][0]['data']['id']`, and the live example in
    Flowroute's Python SDK README has the same shape. Flowroute's API page
    shows plain items, so both forms are accepted. The `links` have been seen
    pointing at an internal host (`http://cdr-api/…`): page with `offset`
    rather than following them.

    Args:
        status (CdrExportStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdrExportPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: CdrExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CdrExportPage | ErrorBody]:
    """List CDR export jobs

     Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
    demo reads `result['data'][0]['data']['id']`, and the live example in
    Flowroute's Python SDK README has the same shape. Flowroute's API page
    shows plain items, so both forms are accepted. The `links` have been seen
    pointing at an internal host (`http://cdr-api/…`): page with `offset`
    rather than following them.

    Args:
        status (CdrExportStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdrExportPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: CdrExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CdrExportPage | ErrorBody | None:
    """List CDR export jobs

     Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
    demo reads `result['data'][0]['data']['id']`, and the live example in
    Flowroute's Python SDK README has the same shape. Flowroute's API page
    shows plain items, so both forms are accepted. The `links` have been seen
    pointing at an internal host (`http://cdr-api/…`): page with `offset`
    rather than following them.

    Args:
        status (CdrExportStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdrExportPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            offset=offset,
        )
    ).parsed
