"""What a draft plan holds, as sets the extract tests compare (a helper module, not a test)."""

from __future__ import annotations


def drafted(draft) -> set[tuple]:
    """(indicator name, year, text, line) of every target of a draft."""
    out = set()
    for item in draft.indicators:
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                out.add(((item["name"].get("zh") or item["name"]["en"]), year, target["text"], target["source"]["line"]))
    return out


def drafted_words(draft) -> set[tuple]:
    """(indicator name, year, text) of every target of a draft: what it sets, wherever it stands."""
    return {(name, year, words) for name, year, words, _ in drafted(draft)}


def draft_from(text: str, name: str = "plan.txt"):
    """The draft plan made from ``text``, read as the file ``name`` (its head, indicators and review counts)."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    return build(read_text(text, name))


def drafted_from(text: str, name: str = "plan.txt") -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``, read as the file ``name``."""
    return drafted_words(draft_from(text, name))


def drafted_or_none(text: str) -> set[tuple]:
    """What :func:`drafted_from` gives, or nothing where the text is refused."""
    from checker.errors import CheckerError

    try:
        return drafted_from(text)
    except CheckerError:
        return set()
