from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.route_assignment_request import RouteAssignmentRequest
from ...types import Response


def _get_kwargs(
    number_id: str,
    *,
    body: RouteAssignmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/numbers/{number_id}/relationships/primary_route".format(
            number_id=quote(str(number_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 204:
        response_204 = None

        return response_204

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
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RouteAssignmentRequest,
) -> Response[Any | ErrorBody]:
    """Point a number's primary voice route at a route

     Sets which route receives the number's inbound calls. Create the route first.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (RouteAssignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RouteAssignmentRequest,
) -> Any | ErrorBody | None:
    """Point a number's primary voice route at a route

     Sets which route receives the number's inbound calls. Create the route first.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (RouteAssignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        number_id=number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RouteAssignmentRequest,
) -> Response[Any | ErrorBody]:
    """Point a number's primary voice route at a route

     Sets which route receives the number's inbound calls. Create the route first.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (RouteAssignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RouteAssignmentRequest,
) -> Any | ErrorBody | None:
    """Point a number's primary voice route at a route

     Sets which route receives the number's inbound calls. Create the route first.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (RouteAssignmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            number_id=number_id,
            client=client,
            body=body,
        )
    ).parsed
