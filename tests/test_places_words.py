"""The place rules' word lists: data/places/words.yaml loads, and a broken file names itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.errors import DataFileError
from newsevents.places import PlaceWords


def _packaged() -> dict[str, Any]:
    text = (resources.files("newsevents") / "data" / "places" / "words.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def test_places_words_packaged_file_loads_every_list() -> None:
    words = PlaceWords.load()
    for field in fields(PlaceWords):
        assert getattr(words, field.name), f"{field.name} is empty"
    assert "off" in words.locative_preps  # quoted in the file: bare, YAML reads it as false
    assert "FAC" in words.place_labels  # entity labels keep spaCy's case


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("on_nouns"), "missing lists: on_nouns"),
        (lambda d: d.update(locative_preps=["in", False]), "'locative_preps' must be a list of words"),
        (lambda d: d.update(articles="al"), "'articles' must be a list of words"),
    ],
)
def test_places_words_broken_file_is_reported_with_its_name(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], message: str
) -> None:
    data = _packaged()
    change(data)
    path = tmp_path / "my-words.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as err:
        PlaceWords.load(path)
    assert str(path) in str(err.value)


def test_places_words_not_a_mapping_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("- in\n- at\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="expected a mapping"):
        PlaceWords.load(path)
