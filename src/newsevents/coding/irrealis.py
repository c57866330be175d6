"""Clause types that name an act without asserting it, beyond the modals and governing verbs that
``modality.py`` reads.

PLOVER codes what was done. These name acts that were not:

- talks that stalled, collapsed or were called off ("negotiations between the two have stalled", "the
  deadlocked talks"): the talks are not being held (negated);
- an act that something prevents or deters ("sent ships to deter attacks", "barred firms from taking
  part"): it did not happen;
- a gerund that is the subject of a modal or of a general truth ("Assad moving the weapons would cross a
  red line", "cutting militant funding is linked to the campaign"), or an event noun with "any" ("any
  attack from Gaza"): an act in general, not one that took place;
- a present clause of "when", "whenever" or "once" beside a present main clause ("once the group takes a
  town, it cracks down"): a habit or a rule, not a deed; both clauses;
- the aim in "in a bid to", "in an effort to", "with the aim of": the purpose of another act;
- a quality joined to a denied one ("is not rude or insulting").

(A bare verb joined to an order, "restore the border and eliminate the group", is read in ``modality.py``.)

The words are lists in ``data/grammar.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.grammar import PRESENT_TAGS, Grammar, child, children, is_denied, is_infinitive
from newsevents.records import Status


def irrealis(trigger: Token, verb: Token, grammar: Grammar) -> Status | None:
    """The status the clause type around ``trigger`` gives its event (``verb``: the trigger or the light
    verb of a nominal event), or None when it says nothing."""
    if _stalled(trigger, grammar) or _denied_quality(trigger, grammar):
        return "negated"
    if (_prevented(trigger, grammar) or _prevented(verb, grammar) or _general_gerund(verb, grammar)
            or _unspecified(trigger, grammar) or _habitual(verb, grammar) or _aim(verb, grammar)):
        return "hypothetical"
    return None


def _stalled(noun: Token, grammar: Grammar) -> bool:
    """ "talks between the two stalled", "negotiations have collapsed", "the talks were called off", "talks
    remain deadlocked", "the stalled negotiations": talks said to have stopped are not being held."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in grammar.talks_nouns:
        return False
    if any(c.dep_ == "amod" and c.lower_ in grammar.stalled_words for c in noun.children):
        return noun.head.lemma_.lower() not in grammar.restarting_verbs  # not "the stalled talks resumed"
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    if is_denied(verb, grammar):
        return False  # "the talks have not collapsed", "negotiations never stalled"
    if _stalling(verb, grammar):
        return True
    # "talks remain stalled", "the negotiations are deadlocked"
    return any(c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in grammar.stalled_words for c in verb.children)


def stopping_denied(verb: Token, grammar: Grammar) -> bool:
    """ "the talks have not collapsed", "the truce never broke down": a verb of stopping, denied. Its negation
    says the subject goes on; it does not deny the subject's own event."""
    return _stalling(verb, grammar) and is_denied(verb, grammar)


def _stalling(verb: Token, grammar: Grammar) -> bool:
    """A verb of stopping: its lemma ("stall", "collapse") or lemma and particle ("break down", "fall apart")."""
    lemma = verb.lemma_.lower()
    particles = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}}
    return verb.pos_ in {"VERB", "AUX"} and bool(({lemma} | particles) & grammar.stalling_verbs)


def _prevented(word: Token, grammar: Grammar) -> bool:
    """ "to deter Iranian attacks", "averted a strike", "to prevent lone wolf attacks": the object of a verb
    of preventing; "barred the firms from taking part", "kept Iran from enriching uranium": the act after
    "from"."""
    if word.dep_ == "dobj" and word.pos_ == "NOUN":
        return _preventing(word.head, grammar)
    if word.dep_ == "pcomp" and word.head.lower_ == "from":
        barrer = word.head.head
        # "will not deter us from conducting operations": the act goes on
        return barrer.lemma_.lower() in grammar.barring_verbs and not is_denied(barrer, grammar)
    return False


def _preventing(verb: Token, grammar: Grammar) -> bool:
    if is_denied(verb, grammar):
        return False  # "did not prevent the attacks"
    lemma = verb.lemma_.lower()
    particles = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return bool(({lemma} | particles) & grammar.preventing_verbs)


def _general_gerund(verb: Token, grammar: Grammar) -> bool:
    """ "Assad moving the weapons would cross a red line": a gerund subject of a modal names a possible act;
    "cutting militant funding is linked to the war", "giving drones access moves the country closer to ...":
    one with no doer or definite object of its own, subject of a present verb, names an act in general."""
    if (verb.tag_ != "VBG" or verb.dep_ not in {"csubj", "csubjpass", "nsubj", "nsubjpass"}
            or child(verb, "aux", "auxpass") is not None):
        return False  # "why is the administration raising the alarm": a progressive the parser misread
    head = verb.head
    aux = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    if aux & (grammar.hypothetical_aux | grammar.conditional_aux):
        return True
    if _one_act(verb, grammar) or head.lemma_.lower() in grammar.occurrence_verbs:
        return False  # "fighting continues": one act
    if head.tag_ in PRESENT_TAGS:
        # not "shelling has killed ten"; not "banning the two from entering is a sign of disrespect", which judges
        # one act
        return not aux and head.lemma_ != "be"
    # "cutting militant funding is linked to ...": a present passive
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in head.children)


def _one_act(gerund: Token, grammar: Grammar) -> bool:
    """ "Russia's annexing Crimea", "holding the summit at the council": a gerund with its own doer or a
    definite object tells of one act."""
    if any(c.dep_ in {"nsubj", "poss"} for c in gerund.children):
        return True
    return any(d.dep_ == "poss" or d.lower_ in grammar.definite_determiners
               for c in children(gerund, "dobj") for d in c.children)


def _unspecified(noun: Token, grammar: Grammar) -> bool:
    """ "any attack from Gaza", "any planned offensive": an act of a kind, none in particular."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in grammar.unspecific_determiners
                                       for c in noun.children)


def _habitual(verb: Token, grammar: Grammar) -> bool:
    """ "once the group takes a town, it cracks down", "when you deny the army the means, you leave it
    frustrated": simple present in a clause of time and in the clause it hangs on is a habit or a rule."""
    if verb.dep_ == "advcl" and _habit_clause(verb, grammar):
        return _simple_present(verb.head)
    return _simple_present(verb) and any(_habit_clause(c, grammar) for c in children(verb, "advcl"))


def _habit_clause(verb: Token, grammar: Grammar) -> bool:
    """ "once the group takes a town", "because once it takes a town": a mark of habit before the verb."""
    return _simple_present(verb) and any(c.dep_ in {"mark", "advmod"} and c.i < verb.i
                                         and c.lower_ in grammar.habit_marks for c in verb.children)


def _simple_present(verb: Token) -> bool:
    """ "takes", "deny": a present verb with no auxiliary (not "is taking", "has taken", "will take")."""
    return verb.tag_ in PRESENT_TAGS and verb.lemma_ != "be" and child(verb, "aux", "auxpass") is None


def _aim(verb: Token, grammar: Grammar) -> bool:
    """ "sent ships in a bid to deter attacks", "raised taxes in an effort to punish the firms", "deployed
    missiles with the aim of intimidating its neighbours": the aim of the act the phrase hangs on."""
    if verb.dep_ == "acl" and is_infinitive(verb):
        noun = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        noun = verb.head.head
    else:
        return False
    return (noun.lemma_.lower() in grammar.aim_nouns and noun.dep_ == "pobj"
            and noun.head.lower_ in grammar.aim_preps)


def _denied_quality(trigger: Token, grammar: Grammar) -> bool:
    """ "he isn't dismissive or insulting": a quality joined to one that a denied copula says; not one set
    against it ("is not dismissive but insulting", "not only rude but insulting")."""
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        if any(c.dep_ == "cc" and c.lower_ in grammar.contrast_conjunctions for c in first.children):
            return False
    if first is trigger or first.dep_ not in {"acomp", "attr"}:
        return False
    neg = child(first.head, "neg")
    return neg is not None and not (neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ == "only")
