"""The parse repair component on small hand-built Docs (no trained model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.coding.grammar import Grammar
from newsevents.coding.repair import COMPONENT, ParseRepair, add_parse_repair

Row = tuple[str, int, str, str, str, str]  # word, head, dep, pos, tag, lemma


def _doc(rows: list[Row]) -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def test_coding_repair_infinitive_after_a_verb_of_intent_is_a_complement() -> None:
    doc = _doc([("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"), ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
                ("to", 3, "aux", "PART", "TO", "to"), ("fight", 1, "advcl", "VERB", "VB", "fight"),
                ("on", 3, "prt", "ADP", "RP", "on")])
    ParseRepair(Grammar.load())(doc)
    assert doc[3].dep_ == "xcomp" and doc[3].head.i == 1


def test_coding_repair_infinitive_with_for_subject_is_a_complement() -> None:
    doc = _doc([("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
                ("for", 5, "mark", "SCONJ", "IN", "for"), ("Peru", 5, "nsubj", "PROPN", "NNP", "Peru"),
                ("to", 5, "aux", "PART", "TO", "to"), ("withdraw", 1, "advcl", "VERB", "VB", "withdraw")])
    ParseRepair(Grammar.load())(doc)
    assert doc[5].dep_ == "xcomp"


def test_coding_repair_infinitive_after_a_request_noun_is_its_content() -> None:
    doc = _doc([("Senators", 1, "nsubj", "NOUN", "NNS", "senator"), ("renewed", 1, "ROOT", "VERB", "VBD", "renew"),
                ("calls", 1, "dobj", "NOUN", "NNS", "call"), ("to", 4, "aux", "PART", "TO", "to"),
                ("impose", 1, "advcl", "VERB", "VB", "impose"), ("tariffs", 4, "dobj", "NOUN", "NNS", "tariff")])
    ParseRepair(Grammar.load())(doc)
    assert doc[4].dep_ == "acl" and doc[4].head.i == 2


def test_coding_repair_leaves_a_real_purpose_clause_alone() -> None:
    doc = _doc([("Ghana", 1, "nsubj", "PROPN", "NNP", "Ghana"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
                ("troops", 1, "dobj", "NOUN", "NNS", "troop"), ("to", 4, "aux", "PART", "TO", "to"),
                ("help", 1, "advcl", "VERB", "VB", "help")])
    ParseRepair(Grammar.load())(doc)
    assert doc[4].dep_ == "advcl" and doc[4].head.i == 1


def test_coding_repair_is_added_once() -> None:
    nlp = spacy.blank("en")
    add_parse_repair(nlp)
    add_parse_repair(nlp)
    assert nlp.pipe_names == [COMPONENT]


def test_coding_repair_runs_in_the_session_pipeline(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = pipeline.nlp.pipe_names
    assert names[-1] == COMPONENT and {"parser", "lemmatizer"} <= set(names)


def _said_and(clause_verb: Row, clause_aux: Row, act: Row) -> Doc:
    """ "Peru said the vote [aux] clause_verb and act Chile": the act hung on the reported clause."""
    return _doc([("Peru", 1, "nsubj", "PROPN", "NNP", "Peru"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
                 ("the", 3, "det", "DET", "DT", "the"), ("vote", 5, "nsubj", "NOUN", "NN", "vote"),
                 clause_aux, clause_verb, ("and", 5, "cc", "CCONJ", "CC", "and"), act,
                 ("Chile", 7, "dobj", "PROPN", "NNP", "Chile")])


def test_coding_repair_speaker_act_after_a_description_is_the_speakers() -> None:
    doc = _said_and(("rigged", 1, "ccomp", "VERB", "VBN", "rig"), ("was", 5, "auxpass", "AUX", "VBD", "be"),
                    ("urged", 5, "conj", "VERB", "VBD", "urge"))
    ParseRepair(Grammar.load())(doc)
    assert doc[7].head.i == 1 and doc[7].dep_ == "conj" and doc[6].head.i == 1


@pytest.mark.parametrize(("clause_verb", "clause_aux", "act"), [
    # "said the vote had rigged ... and urged": the auxiliary may be shared, the clause's subject may act
    (("rigged", 1, "ccomp", "VERB", "VBN", "rig"), ("had", 5, "aux", "AUX", "VBD", "have"),
     ("urged", 5, "conj", "VERB", "VBD", "urge")),
    # the clause tells a deed, not a state: its subject does the second act too
    (("beat", 1, "ccomp", "VERB", "VBD", "beat"), ("easily", 5, "advmod", "ADV", "RB", "easily"),
     ("urged", 5, "conj", "VERB", "VBD", "urge")),
    # not an act of a speaker
    (("rigged", 1, "ccomp", "VERB", "VBN", "rig"), ("was", 5, "auxpass", "AUX", "VBD", "be"),
     ("bombed", 5, "conj", "VERB", "VBD", "bomb")),
])
def test_coding_repair_leaves_a_joined_clause_alone(clause_verb: Row, clause_aux: Row, act: Row) -> None:
    doc = _said_and(clause_verb, clause_aux, act)
    ParseRepair(Grammar.load())(doc)
    assert doc[7].head.i == 5
