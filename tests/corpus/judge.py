"""The request corpus: requests public Flowroute clients send, and how to judge them.

Each file in ``tests/corpus/requests/`` is one request a real client makes, with
its source. ``accepted`` requests are ones the live API takes; ``refused`` ones
are the clients' own bugs, with the evidence and the part of the request that is
wrong (``refused_for``). This module loads them and judges a request twice: against
the spec (``spec_problems``) and from what Prism answered (``prism_reasons``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx

from devtools.spec import load_spec, resolve, validator_at

CORPUS = Path(__file__).parent / "requests"
REASONS = ("path", "query", "content-type", "body")
VERDICTS = ("accepted", "refused")
_NO_BODY = object()


@dataclass(frozen=True)
class Source:
    repository: str
    path: str
    shows: str


@dataclass(frozen=True)
class CorpusRequest:
    name: str
    summary: str
    sources: tuple[Source, ...]
    expect: str
    method: str
    path: str
    query: dict[str, Any] = field(default_factory=dict)
    content_type: str | None = None
    body: Any = _NO_BODY
    refused_for: str | None = None
    evidence: str | None = None
    answered: int | None = None

    @property
    def has_body(self) -> bool:
        return self.body is not _NO_BODY

    def wire_body(self) -> bytes | None:
        if not self.has_body:
            return None
        return self.body.encode() if isinstance(self.body, str) else json.dumps(self.body).encode()


def load(path: Path) -> CorpusRequest:
    """Read one fixture, refusing a malformed one (a typo must not turn into a silent pass)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    request = raw.pop("request")
    unknown = set(raw) - {"summary", "source", "expect", "refused_for", "evidence", "answered"}
    unknown |= set(request) - {"method", "path", "query", "content_type", "json", "text"}
    if unknown:
        raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
    if raw["expect"] not in VERDICTS:
        raise ValueError(f"{path.name}: expect must be one of {VERDICTS}")
    if (raw["expect"] == "refused") != ("refused_for" in raw and "evidence" in raw):
        raise ValueError(f"{path.name}: refused_for and evidence go with, and only with, expect=refused")
    if raw.get("refused_for", "path") not in REASONS:
        raise ValueError(f"{path.name}: refused_for must be one of {REASONS}")
    if "json" in request and "text" in request:
        raise ValueError(f"{path.name}: give the body as json or as text, not both")
    body = request.get("json", request.get("text", _NO_BODY))
    return CorpusRequest(
        name=path.stem,
        summary=raw["summary"],
        sources=tuple(Source(**source) for source in raw["source"]),
        expect=raw["expect"],
        method=request["method"].upper(),
        path=request["path"],
        query=request.get("query", {}),
        content_type=request.get("content_type"),
        body=body,
        refused_for=raw.get("refused_for"),
        evidence=raw.get("evidence"),
        answered=raw.get("answered"),
    )


def corpus() -> list[CorpusRequest]:
    return [load(path) for path in sorted(CORPUS.glob("*.json"))]


# ---- judged against the spec -------------------------------------------------------------------


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@cache
def _template(path: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
    return re.compile(pattern)


def _coercions(raw: Any) -> list[Any]:
    # Path and query values arrive as text; try the JSON types the schema may want.
    if not isinstance(raw, str):
        return [raw]
    forms: list[Any] = [raw]
    if raw in ("true", "false"):
        forms.append(raw == "true")
    for number in (int, float):
        try:
            forms.append(number(raw))
        except ValueError:
            continue
    return forms


def _value_problem(schema_ptr: str, raw: Any) -> str | None:
    validator = validator_at(schema_ptr)
    if any(validator.is_valid(form) for form in _coercions(raw)):
        return None
    return "; ".join(error.message for error in validator.iter_errors(raw))


def _parameters(base: str, item: dict[str, Any], method: str) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """Every parameter of the operation, by (name, in), with the pointer to its schema."""
    found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    owners = [
        (f"{base}/parameters", item.get("parameters", [])),
        (f"{base}/{method}/parameters", item[method].get("parameters", [])),
    ]
    for owner_ptr, params in owners:  # operation-level parameters override path-level ones
        for i, param in enumerate(params):
            ptr = param["$ref"].removeprefix("#") if "$ref" in param else f"{owner_ptr}/{i}"
            resolved = resolve(param)
            found[(resolved["name"], resolved["in"])] = (f"{ptr}/schema", resolved)
    return found


def _operation_problems(request: CorpusRequest, template: str, values: dict[str, str]) -> list[tuple[str, str]]:
    item = load_spec()["paths"][template]
    method = request.method.lower()
    base = f"/paths/{_escape(template)}"
    problems: list[tuple[str, str]] = []
    for (name, where), (schema_ptr, param) in _parameters(base, item, method).items():
        if where == "path":
            problem = _value_problem(schema_ptr, values[name])
            if problem:
                problems.append(("path", f"{name}: {problem}"))
        elif where == "query":
            if name not in request.query:
                if param.get("required"):
                    problems.append(("query", f"{name} is required"))
                continue
            problem = _value_problem(schema_ptr, request.query[name])
            if problem:
                problems.append(("query", f"{name}: {problem}"))
    problems += _body_problems(request, item[method], f"{base}/{method}/requestBody")
    return problems


def _body_problems(request: CorpusRequest, operation: dict[str, Any], own_ptr: str) -> list[tuple[str, str]]:
    declared = operation.get("requestBody")
    if declared is None:
        return [("content-type", "the operation takes no body")] if request.has_body else []
    body_ptr = declared["$ref"].removeprefix("#") if "$ref" in declared else own_ptr
    body = resolve(declared)
    if not request.has_body:
        return [("body", "a body is required")] if body.get("required") else []
    media = (request.content_type or "").split(";")[0].strip().lower()
    if media not in body["content"]:
        return [("content-type", f"{media or 'no content type'} is not one of {sorted(body['content'])}")]
    value = request.body
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return [("body", f"the body is not JSON although sent as {media}")]
    validator = validator_at(f"{body_ptr}/content/{_escape(media)}/schema")
    return [("body", error.message) for error in validator.iter_errors(value)]


def spec_problems(request: CorpusRequest) -> list[tuple[str, str]]:
    """What the spec finds wrong with the request, as (reason, message); empty when it validates.

    A URL can fit more than one path template (``/v2.1/messages/{callback_type}`` and
    ``/v2.1/messages/{id}``): the request is valid when any operation takes it, and
    otherwise judged by the operation that found the fewest problems.
    """
    candidates = []
    for template, item in load_spec()["paths"].items():
        matched = _template(template).fullmatch(request.path)
        if matched and request.method.lower() in item:
            candidates.append(_operation_problems(request, template, matched.groupdict()))
    if not candidates:
        return [("path", f"no {request.method} operation matches {request.path}")]
    return min(candidates, key=len)


def declared_statuses(request: CorpusRequest) -> set[int]:
    """The success statuses of the operation the request reaches (it must validate)."""
    statuses: set[int] = set()
    for template, item in load_spec()["paths"].items():
        if _template(template).fullmatch(request.path) and request.method.lower() in item:
            statuses |= {int(code) for code in item[request.method.lower()]["responses"] if code.startswith("2")}
    return statuses


# ---- judged by Prism ------------------------------------------------------------------------------


def send(base_url: str, request: CorpusRequest, client: httpx.Client) -> httpx.Response:
    headers = {}
    if request.content_type:
        headers["Content-Type"] = request.content_type
    if request.answered:
        headers["Prefer"] = f"code={request.answered}"  # ask Prism for the status the source shows
    return client.request(
        request.method,
        base_url + request.path,
        params=request.query,
        content=request.wire_body(),
        headers=headers,
        auth=("corpus-access-key", "corpus-secret-key"),
    )


def prism_reasons(response: httpx.Response) -> set[str]:
    """Which parts of the request Prism (run with --errors) refused; empty when it took it."""
    if response.status_code in (404, 405) and response.headers.get("content-type", "").startswith(
        "application/problem+json"
    ):
        kind = response.json().get("type", "")
        if kind.endswith(("NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR")):
            return {"path"}
    reasons = set()
    for violation in json.loads(response.headers.get("sl-violations", "[]")):
        if violation.get("code") == 415:
            reasons.add("content-type")
            continue
        location = violation.get("location", [])
        reasons.add(location[1] if len(location) > 1 else "request")
    return reasons
