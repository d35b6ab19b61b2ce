"""Text made to fit one line of a table or a list."""

from __future__ import annotations

LONGEST_SHOWN = 240  # a longer passage shows its start and end


def one_line(text: str, longest: int = LONGEST_SHOWN) -> str:
    """``text`` on one line; a long passage keeps its start and its end."""
    flat = " ".join(text.split())
    if len(flat) <= longest:
        return flat
    head = longest * 2 // 3
    return f"{flat[:head]} … {flat[-(longest - head) :]}"
