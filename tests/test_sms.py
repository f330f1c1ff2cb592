from __future__ import annotations

import pytest
from flowroute.sms import segments


@pytest.mark.parametrize(
    ("text", "encoding", "count"),
    [
        ("", 0, 0),
        ("a", 0, 1),
        ("a" * 160, 0, 1),
        ("a" * 161, 0, 2),
        ("a" * 280, 0, 2),
        ("a" * 281, 0, 3),
        ("é", 8, 1),
        ("é" * 70, 8, 1),
        ("é" * 71, 8, 2),
        ("a" * 159 + "é", 8, 3),
        ("\U0001f600" * 35, 8, 1),
        ("\U0001f600" * 36, 8, 2),
    ],
)
def test_segments_follow_flowroutes_figures(text: str, encoding: int, count: int) -> None:
    result = segments(text)
    assert (result.encoding, result.count) == (encoding, count)
    assert result.characters == len(text)


def test_segments_refuses_non_text() -> None:
    with pytest.raises(TypeError, match="str"):
        segments(b"bytes")  # type: ignore[arg-type]
