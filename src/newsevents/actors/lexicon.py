"""The English word lists the actor resolver reads, from ``data/actors/words.yaml``.

One frozen ``Lexicon`` per process (``Lexicon.load()`` is cached); each field is one list of
that file, documented there.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

import yaml

from newsevents.errors import DataFileError


@dataclass(frozen=True)
class Lexicon:
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    self_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    definite_determiners: frozenset[str]
    country_descriptions: frozenset[str]
    divided_halves: frozenset[str]
    org_descriptions: frozenset[str]
    pair_markers: frozenset[str]
    pair_person_nouns: frozenset[str]
    pair_party_nouns: frozenset[str]
    not_current: frozenset[str]
    former_markers: frozenset[str]
    topic_roles: frozenset[str]
    country_preps: frozenset[str]
    displaced_sectors: frozenset[str]
    press_audience: frozenset[str]
    civilities: frozenset[str]
    tenure_nouns: frozenset[str]
    recurring_bodies: frozenset[str]
    person_roles: frozenset[str]
    word_act_verbs: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    speaking_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    speaker_pronouns: frozenset[str]
    origin_preps: frozenset[str]
    origin_verbs: frozenset[str]
    general_adjectives: frozenset[str]
    locative_preps: frozenset[str]
    body_preps: frozenset[str]
    partitive_preps: frozenset[str]
    partitive_nouns: frozenset[str]
    authored_messages: frozenset[str]
    author_preps: frozenset[str]
    place_named_things: frozenset[str]
    relation_nouns: frozenset[str]
    armed_bodies: frozenset[str]
    government_bodies: frozenset[str]
    monarchy_nouns: frozenset[str]
    local_sectors: frozenset[str]
    staff_nouns: frozenset[str]
    name_suffixes: frozenset[str]
    naming_verbs: frozenset[str]
    heading_verbs: frozenset[str]
    bare_mass_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    candidate_markers: frozenset[str]
    future_markers: frozenset[str]
    legislature_words: frozenset[str]
    body_titles: frozenset[str]
    honorifics: frozenset[str]
    plain_honorifics: frozenset[str]
    addressed_titles: frozenset[str]
    patron_words: frozenset[str]
    stance_prefixes: frozenset[str]
    stance_suffixes: frozenset[str]
    allegiance_prefixes: frozenset[str]
    patron_nouns: frozenset[str]
    ethnic_markers: frozenset[str]
    temporary_titles: frozenset[str]
    slot_preps: frozenset[str]
    listing_leading_words: frozenset[str]
    us_state_labels: frozenset[str]
    club_words: frozenset[str]
    default_leader_titles: tuple[str, ...]  # in order of preference

    @staticmethod
    @cache
    def load() -> Lexicon:
        src = resources.files("newsevents") / "data" / "actors" / "words.yaml"
        where = str(src)
        try:
            data = yaml.safe_load(src.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise DataFileError(where, None, f"cannot read the actor word lists: {err}") from err
        lists: dict[str, list[str]] = {}
        for f in fields(Lexicon):
            words = data.get(f.name)
            if not isinstance(words, list):
                raise DataFileError(where, None, f"`{f.name}` must be a list of words")
            lists[f.name] = [str(w).lower() for w in words]
        order = tuple(lists.pop("default_leader_titles"))
        return Lexicon(**{k: frozenset(v) for k, v in lists.items()}, default_leader_titles=order)
