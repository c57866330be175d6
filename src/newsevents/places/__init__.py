"""Event locations: the gazetteer (:mod:`.gazetteer`), the resolver that picks an event's place
(:mod:`.resolver`) and the word lists both use (:mod:`.words`, ``data/places/words.yaml``)."""

from __future__ import annotations

from newsevents.places.gazetteer import Gazetteer, Place, fold
from newsevents.places.resolver import PlaceResolver
from newsevents.places.words import PlaceWords

__all__ = ["Gazetteer", "Place", "PlaceResolver", "PlaceWords", "fold"]
