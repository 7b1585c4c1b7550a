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
