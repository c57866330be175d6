"""Event coding: the CAMEO/PLOVER ontology, verb patterns and modality.

The coder, by concern:

- ``coder.py``: the ``Coder``: a sentence's matches -> events (code, status, attribution, one per pair);
- ``event.py``: ``CodedEvent``, the coder's output before dates and places;
- ``triggers.py``: which matches stand as events of their own (``guards.py``, ``senses.py``: acts ruled out);
- ``cautions.py``: warnings and threats that threaten nobody (advice, alerts, forecasts, outcomes at risk);
- ``roles.py``: the roles a verb's or an event noun's parse gives; ``subjects.py``: whose act a verb names;
- ``parties.py``: sources and targets that name actors, and the fallbacks (``targets.py``);
- ``agency.py``: whether the actors found can act and make an event;
- ``pairing.py``: one event per source and target pair, deduplicated per trigger and pair;
- ``speech.py``: demands, threats and criticism read off what a speaker says (``evaluation.py``).
"""
