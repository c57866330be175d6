"""The word lists the place rules use, read once from ``data/places/words.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

import yaml

from newsevents.errors import DataFileError
from newsevents.nlp import PLACE_ENTITIES
from newsevents.saying import verbs_of_saying

_PACKAGED = "data/places/words.yaml"


@dataclass(frozen=True)
class PlaceWords:
    """Vocabulary of the gazetteer and the resolver; each list is documented in the data file."""

    locative_preps: frozenset[str]
    weak_preps: frozenset[str]
    motion_lemmas: frozenset[str]
    of_locatives: frozenset[str]
    place_nouns: frozenset[str]
    on_nouns: frozenset[str]
    place_labels: frozenset[str]
    skip_labels: frozenset[str]
    articles: frozenset[str]
    direction_words: frozenset[str]
    place_object_lemmas: frozenset[str]
    speech_lemmas: frozenset[str]
    venue_participles: frozenset[str]
    admin_suffixes: frozenset[str]
    admin_prefixes: frozenset[str]
    admin1_nouns: frozenset[str]
    admin2_nouns: frozenset[str]
    town_nouns: frozenset[str]
    mislabelled_labels: frozenset[str]
    where_preps: frozenset[str]
    traveller_sectors: frozenset[str]
    partner_preps: frozenset[str]
    home_words: frozenset[str]
    earlier_marks: frozenset[str]
    sequence_preps: frozenset[str]
    territory_nouns: frozenset[str]
    origin_preps: frozenset[str]
    arrival_lemmas: frozenset[str]
    trip_verbs: frozenset[str]
    setting_out_lemmas: frozenset[str]
    destination_preps: frozenset[str]
    stay_words: frozenset[str]
    manner_preps: frozenset[str]
    remote_words: frozenset[str]
    home_sectors: frozenset[str]
    topic_preps: frozenset[str]
    party_marks: frozenset[str]
    area_directions: frozenset[str]
    venue_preps: frozenset[str]
    abroad_sectors: frozenset[str]
    authority_sectors: frozenset[str]
    being_verbs: frozenset[str]
    leaving_lemmas: frozenset[str]
    captive_words: frozenset[str]
    stateless_countries: frozenset[str]
    named_after_nouns: frozenset[str]
    craft_nouns: frozenset[str]
    route_preps: frozenset[str]
    gathering_nouns: frozenset[str]
    unheld_words: frozenset[str]
    discussion_lemmas: frozenset[str]
    warning_lemmas: frozenset[str]

    def kind_of_noun(self, word: str) -> str | None:
        """The kind of place a noun asks for: "province" -> admin1, "district" -> admin2, "city" -> town."""
        for kind, words in (("admin1", self.admin1_nouns), ("admin2", self.admin2_nouns), ("town", self.town_nouns)):
            if word in words:
                return kind
        return None

    @classmethod
    def load(cls, path: Path | None = None) -> PlaceWords:
        """The packaged lists, or those of the YAML file ``path``; words are kept as written."""
        if path is None:
            name, text = _PACKAGED, (resources.files("newsevents") / _PACKAGED).read_text(encoding="utf-8")
        else:
            name, text = str(path), path.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as err:
            raise DataFileError(name, None, f"not valid YAML: {err}") from err
        if not isinstance(data, dict):
            raise DataFileError(name, None, "expected a mapping of list names to lists of words")
        # the verbs of saying are in saying.yaml, with the others; the place labels are nlp.PLACE_ENTITIES
        wanted = [f.name for f in fields(cls) if f.name not in {"speech_lemmas", "place_labels"}]
        missing = [f for f in wanted if f not in data]
        if missing:
            raise DataFileError(name, None, f"missing lists: {', '.join(missing)}")
        lists: dict[str, frozenset[str]] = {}
        for field in wanted:
            words = data[field]
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise DataFileError(
                    name, None, f"'{field}' must be a list of words (quote words YAML reads otherwise: \"off\")"
                )
            lists[field] = frozenset(words)
        return cls(**lists, speech_lemmas=verbs_of_saying("saying_verbs"), place_labels=PLACE_ENTITIES)
