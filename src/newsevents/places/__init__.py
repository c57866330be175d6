"""Event locations: the gazetteer (:mod:`.gazetteer`), the resolver that picks an event's place in
its sentence (:mod:`.resolver`), where someone is said to stay (:mod:`.trips`), the article's own places,
the fallback (:mod:`.article`), places carried from event to event (:mod:`.carry`), the placer that
uses them all for each coded event (:mod:`.placing`), and the word lists they use (:mod:`.words`,
``data/places/words.yaml``)."""

from __future__ import annotations

from newsevents.places.article import ArticlePlaces
from newsevents.places.gazetteer import Gazetteer, Place, fold
from newsevents.places.resolver import PlaceResolver
from newsevents.places.words import PlaceWords

__all__ = ["ArticlePlaces", "Gazetteer", "Place", "PlaceResolver", "PlaceWords", "fold"]
