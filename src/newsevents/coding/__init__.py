"""Event coding: the CAMEO/PLOVER ontology, verb patterns and modality."""
