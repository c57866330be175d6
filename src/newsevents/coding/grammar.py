"""Word lists for the grammar rules (``data/grammar.yaml``) and small parse helpers.

The parse repair that relabels the spaCy ``Doc`` is a pipeline component: ``coding/repair.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields
from importlib import resources

import yaml
from spacy.tokens import Token

from newsevents import docmemo
from newsevents.errors import DataFileError
from newsevents.nlp import TIME_ENTITIES
from newsevents.saying import verbs_of_saying

NOUN_TAGS = frozenset({"NOUN", "PROPN"})  # the parts of speech of a noun
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # the tags of a verb in the simple present


@dataclass(frozen=True)
class Grammar:
    speech_verbs: frozenset[str]
    singular_pronouns: frozenset[str]
    dealing_verbs: frozenset[str]
    demand_modals: frozenset[str]
    duty_adjectives: frozenset[str]
    duty_preps: frozenset[str]
    pundit_nouns: frozenset[str]
    tie_verbs: frozenset[str]
    attending_verbs: frozenset[str]
    invitation_nouns: frozenset[str]
    accepting_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    admission_verbs: frozenset[str]
    error_words: frozenset[str]
    light_verbs: frozenset[str]
    armed_doer_modifiers: frozenset[str]
    force_doer_modifiers: frozenset[str]
    force_operation_nouns: frozenset[str]
    leading_words: frozenset[str]
    object_control_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    future_verbs: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_aux: frozenset[str]
    conditional_contractions: frozenset[str]
    condition_marks: frozenset[str]
    condition_phrases: frozenset[str]
    intent_governors: frozenset[str]
    negated_acceptance: frozenset[str]
    negating_nouns: frozenset[str]
    negating_marks: frozenset[str]
    unrealized_adverbs: frozenset[str]
    modal_nouns: frozenset[str]
    prospect_nouns: frozenset[str]
    evaluative_words: frozenset[str]
    belief_verbs: frozenset[str]
    asking_words: frozenset[str]
    press_words: frozenset[str]
    anonymity_verbs: frozenset[str]
    desire_verbs: frozenset[str]
    reception_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    acknowledging_verbs: frozenset[str]
    question_marks: frozenset[str]
    purpose_nouns: frozenset[str]
    aim_nouns: frozenset[str]
    third_party_codes: frozenset[str]
    request_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    speculation_verbs: frozenset[str]
    allegation_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    warned_of_preps: frozenset[str]
    prudence_verbs: frozenset[str]
    particle_nouns: frozenset[str]
    fate_verbs: frozenset[str]
    office_leaving_verbs: frozenset[str]
    punishment_roots: frozenset[str]
    punished_deed_preps: frozenset[str]
    reflexive_pronouns: frozenset[str]
    message_nouns: frozenset[str]
    message_verbs: frozenset[str]
    adverbial_preps: frozenset[str]
    occasion_preps: frozenset[str]
    frame_preps: frozenset[str]
    meeting_spans: frozenset[str]
    coming_adjectives: frozenset[str]
    before_words: frozenset[str]
    habitual_adverbs: frozenset[str]
    habitual_deed_roots: frozenset[str]
    consequence_words: frozenset[str]
    warned_force_nouns: frozenset[str]
    state_party_nouns: frozenset[str]
    vowing_verbs: frozenset[str]
    penalty_verbs: frozenset[str]
    regret_verbs: frozenset[str]
    response_verbs: frozenset[str]
    defence_rights: frozenset[str]
    granted_rights: frozenset[str]
    right_backing_verbs: frozenset[str]
    right_holding_verbs: frozenset[str]
    generic_marks: frozenset[str]
    omission_aux: frozenset[str]
    own_side_pronouns: frozenset[str]
    permission_verbs: frozenset[str]
    agentless_roots: frozenset[str]
    implied_agent_roots: frozenset[str]
    occurrence_verbs: frozenset[str]
    protest_nouns: frozenset[str]
    stative_verbs: frozenset[str]
    speaker_acts: frozenset[str]
    protest_met_verbs: frozenset[str]
    protest_met_nouns: frozenset[str]
    inverted_condition_aux: frozenset[str]
    agent_nouns: frozenset[str]
    weapon_doers: frozenset[str]
    war_machines: frozenset[str]
    undergone_roots: frozenset[str]
    force_moving_roots: frozenset[str]
    moved_force_nouns: frozenset[str]
    people_nouns: frozenset[str]
    political_camps: frozenset[str]
    forceful_criticism_verbs: frozenset[str]
    killing_verbs: frozenset[str]
    office_nouns: frozenset[str]
    attitude_verbs: frozenset[str]
    persistence_adverbs: frozenset[str]
    continuing_verbs: frozenset[str]
    generic_quantifiers: frozenset[str]
    public_judging_verbs: frozenset[str]
    acting_body_nouns: frozenset[str]
    contrast_conjunctions: frozenset[str]
    ensuring_verbs: frozenset[str]
    poll_shares: frozenset[str]
    past_passive_aux: frozenset[str]
    habitual_passive_aux: frozenset[str]
    festive_verbs: frozenset[str]
    expletives: frozenset[str]
    relative_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    plural_object_pronouns: frozenset[str]
    reciprocals: frozenset[str]
    giving_roots: frozenset[str]
    negators: frozenset[str]
    meeting_nouns: frozenset[str]
    addressing_verbs: frozenset[str]
    press_sectors: frozenset[str]
    between_preps: frozenset[str]
    target_preps: frozenset[str]
    noun_target_preps: frozenset[str]
    pattern_target_preps: frozenset[str]
    one_sided_codes: frozenset[str]
    topic_codes: frozenset[str]
    topic_verbs: frozenset[str]
    talk_topic_preps: frozenset[str]
    visit_codes: frozenset[str]
    object_preps: frozenset[str]
    place_preps: frozenset[str]
    destination_preps: frozenset[str]
    force_roots: frozenset[str]
    coactor_preps: frozenset[str]
    coactor_adverbs: frozenset[str]
    coactor_nouns: frozenset[str]
    coactor_event_roots: frozenset[str]
    place_target_roots: frozenset[str]
    government_place_roots: frozenset[str]
    addressee_roots: frozenset[str]
    reported_target_roots: frozenset[str]
    deed_clause_marks: frozenset[str]
    attack_roots: frozenset[str]
    deed_nouns: frozenset[str]
    attack_nouns: frozenset[str]
    deed_doer_roots: frozenset[str]
    reaction_roots: frozenset[str]
    reaction_codes: frozenset[str]
    condition_roots: frozenset[str]
    holding_participles: frozenset[str]
    affair_nouns: frozenset[str]
    deed_families: frozenset[str]
    deed_definite_dets: frozenset[str]
    deed_about_preps: frozenset[str]
    dying_verbs: frozenset[str]
    readiness_words: frozenset[str]
    first_person: frozenset[str]
    answering_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    figurative_words: frozenset[str]
    link_run_ends: frozenset[str]
    diplomatic_protest_verbs: frozenset[str]
    state_sectors: frozenset[str]
    adversary_sectors: frozenset[str]
    crowd_nouns: frozenset[str]
    future_time_words: frozenset[str]
    likelihood_words: frozenset[str]
    meeting_moods: frozenset[str]
    meeting_wishes: frozenset[str]
    past_progressive_aux: frozenset[str]
    hearsay_passives: frozenset[str]
    uncertainty_adverbs: frozenset[str]
    purpose_marks: frozenset[str]
    purpose_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    trip_purposes: frozenset[str]
    struggle_verbs: frozenset[str]
    opposing_preps: frozenset[str]
    struggle_nouns: frozenset[str]
    document_nouns: frozenset[str]
    endangering_verbs: frozenset[str]
    endangered_stakes: frozenset[str]
    lifeless_victims: frozenset[str]
    press_people: frozenset[str]
    claiming_verbs: frozenset[str]
    plain_saying_verbs: frozenset[str]
    wrongful_deeds: frozenset[str]
    culpability_words: frozenset[str]
    own_side_sectors: frozenset[str]
    audience_nouns: frozenset[str]
    talk_verbs: frozenset[str]
    talk_preps: frozenset[str]
    noun_opposing_preps: frozenset[str]
    stance_verbs: frozenset[str]
    concurring_verbs: frozenset[str]
    contingency_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    state_verbs: frozenset[str]
    papers_handed: frozenset[str]
    habit_nouns: frozenset[str]
    taste_verbs: frozenset[str]
    animal_nouns: frozenset[str]
    tale_nouns: frozenset[str]
    name_entities: frozenset[str]
    obligation_verbs: frozenset[str]
    mandative_verbs: frozenset[str]
    negating_subjects: frozenset[str]
    perception_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    mooting_verbs: frozenset[str]
    later_marks: frozenset[str]
    condition_like_marks: frozenset[str]
    advice_aux: frozenset[str]
    met_things: frozenset[str]
    evidence_nouns: frozenset[str]
    bearing_out_verbs: frozenset[str]
    borne_out_nouns: frozenset[str]
    electing_verbs: frozenset[str]
    seat_preps: frozenset[str]
    presupposing_wh: frozenset[str]
    sent_messages: frozenset[str]
    sent_out_particles: frozenset[str]
    response_preps: frozenset[str]
    political_bodies: frozenset[str]
    political_goals: frozenset[str]
    movement_roots: frozenset[str]
    movement_preps: frozenset[str]
    state_nouns: frozenset[str]
    information_nouns: frozenset[str]
    unrealized_adjectives: frozenset[str]
    exposure_adjectives: frozenset[str]
    capability_adjectives: frozenset[str]
    test_weapon_words: frozenset[str]
    test_nouns: frozenset[str]
    signal_adjectives: frozenset[str]
    attempted_deed_roots: frozenset[str]
    repression_words: frozenset[str]
    practice_nouns: frozenset[str]
    inviting_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    questioning_verbs: frozenset[str]
    asking_preps: frozenset[str]
    deciding_aux: frozenset[str]
    onward_particles: frozenset[str]
    dismissal_verbs: frozenset[str]
    aimed_preps: frozenset[str]
    personal_pronouns: frozenset[str]
    polity_nouns: frozenset[str]
    whole_state_nouns: frozenset[str]
    moved_out_words: frozenset[str]
    proxy_nouns: frozenset[str]
    plan_change_verbs: frozenset[str]
    visit_nouns: frozenset[str]
    showing_verbs: frozenset[str]
    grabbing_verbs: frozenset[str]
    actor_only_verbs: frozenset[str]
    measure_entities: frozenset[str]
    receiving_verbs: frozenset[str]
    generic_determiners: frozenset[str]
    generic_pronouns: frozenset[str]
    self_moving_verbs: frozenset[str]
    figure_centres: frozenset[str]
    place_centre_wholes: frozenset[str]
    questioner_nouns: frozenset[str]
    device_nouns: frozenset[str]
    rally_nouns: frozenset[str]
    campaign_words: frozenset[str]
    market_words: frozenset[str]
    briefing_nouns: frozenset[str]
    joint_words: frozenset[str]
    arrangement_words: frozenset[str]
    talking_verbs: frozenset[str]
    topic_preps: frozenset[str]
    partner_preps: frozenset[str]
    promoting_particles: frozenset[str]
    manner_nouns: frozenset[str]
    circumstance_nouns: frozenset[str]
    degree_words: frozenset[str]
    dropping_verbs: frozenset[str]
    dropped_stances: frozenset[str]
    demonstrative_pronouns: frozenset[str]
    second_person: frozenset[str]
    plural_third_person: frozenset[str]
    befalling_outcomes: frozenset[str]
    awaited_marks: frozenset[str]
    overtaken_plan_verbs: frozenset[str]
    seeming_verbs: frozenset[str]
    hostile_vowed_acts: frozenset[str]
    toll_verbs: frozenset[str]
    toll_preps: frozenset[str]
    toll_leaving_verbs: frozenset[str]
    toll_states: frozenset[str]
    toll_claiming_verbs: frozenset[str]
    lives_nouns: frozenset[str]
    toll_adjectives: frozenset[str]
    toll_nouns: frozenset[str]
    background_preps: frozenset[str]
    flight_verbs: frozenset[str]
    falling_verbs: frozenset[str]
    fallen_places: frozenset[str]
    won_bodies: frozenset[str]
    talks_nouns: frozenset[str]
    stalling_verbs: frozenset[str]
    stalled_words: frozenset[str]
    restarting_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    barring_verbs: frozenset[str]
    unspecific_determiners: frozenset[str]
    definite_determiners: frozenset[str]
    habit_marks: frozenset[str]
    aim_preps: frozenset[str]
    intent_codes: tuple[tuple[str, str], ...] = ()  # (prefix, intent code), longest prefix first
    implied_agents: tuple[tuple[str, str], ...] = ()  # (verb lemma, role noun of its implied doer)

    @classmethod
    def load(cls) -> Grammar:
        src = resources.files("newsevents") / "data" / "grammar.yaml"
        data = yaml.safe_load(src.read_text(encoding="utf-8")) or {}
        missing = [f for f in _word_sets() if f not in data]
        if missing:
            raise DataFileError("grammar.yaml", None, f"missing lists: {', '.join(missing)}")
        intents = sorted(((str(k), str(v)) for k, v in (data.get("intent_codes") or {}).items()),
                         key=lambda kv: -len(kv[0]))
        implied = tuple((str(k), str(v)) for k, v in (data.get("implied_agents") or {}).items())
        return cls(**{f: frozenset(str(w).lower() for w in data[f]) for f in _word_sets()},
                   speech_verbs=verbs_of_saying("reporting_verbs"), intent_codes=tuple(intents), implied_agents=implied)

    def intent_code(self, code: str) -> str:
        """The CAMEO code for intending `code` ("will support" -> 032); unchanged if none applies."""
        for prefix, intent in self.intent_codes:
            if code.startswith(prefix):
                return intent
        return code

    def reacts(self, code: str) -> bool:
        """Whether an event coded `code` reacts to a deed told earlier (reaction_roots, reaction_codes)."""
        return code[:2] in self.reaction_roots or code in self.reaction_codes

    def implied_agent(self, lemma: str, code: str) -> str | None:
        """The role noun of the doer a passive of `lemma` coded `code` implies without "by" ("sentenced": court)."""
        if code[:2] not in self.implied_agent_roots:
            return None
        return dict(self.implied_agents).get(lemma)

    def ahead_of(self, noun: Token) -> bool:
        """ "ahead of his meeting", "in the run-up to the summit", "on the eve of talks", "preparing for talks":
        a noun the clause looks forward to."""
        prep = noun.head
        return (noun.dep_ == "pobj" and prep.lower_ in {"of", "to", "for"}
                and prep.head.lemma_.lower() in self.before_words)

    def speech_head(self, token: Token) -> Token | None:
        """The reporting verb whose complement holds `token`'s clause ("said" in "X said Y met Z")."""
        t = token
        for _ in range(6):
            if t.dep_ in {"ccomp", "parataxis"} or (t.dep_ == "conj" and t.head.dep_ == "ccomp"):
                head = t.head if t.dep_ != "conj" else t.head.head
                if head.lemma_.lower() in self.speech_verbs:
                    return head
                t = head
                continue
            # "said they would be glad to mediate": an adjective with an infinitive hangs on its copula
            adjective = t.dep_ == "acomp" and child(t, "xcomp") is not None
            if (t.dep_ in {"xcomp", "conj", "advcl"} or adjective) and t.head != t:
                t = t.head
                continue
            return None
        return None


def child(token: Token, *deps: str) -> Token | None:
    for c in kids(token):
        if c.dep_ in deps:
            return c
    return None


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in kids(token) if c.dep_ in deps]


def word_in(token: Token, words: AbstractSet[str]) -> bool:
    """The token's lemma or its form is one of ``words`` (a form catches what the lemmatizer gets wrong)."""
    return token.lemma_.lower() in words or token.lower_ in words


def kids(token: Token) -> list[Token]:
    """``token.children``, built once per Doc (``docmemo.children``): the rules ask for them again and again."""
    return docmemo.children(token)


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Russia, South Korea and Japan")."""
    out = [token]
    for c in token.conjuncts:
        if c.i != token.i and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def lost_object(verb: Token) -> Token | None:
    """A name after the verb that the parser hung on it as an adverb ("criticized Washington",
    "berating the host, Prime Minister Justin Trudeau"): the verb's object."""
    for c in verb.rights:
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ not in TIME_ENTITIES:
            return c
    return None


def is_passive(token: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)  # the parse repair asks it too: no memo


def complement_heads(trigger: Token) -> Iterator[Token]:
    """The words ``trigger``'s complement hangs from, nearest first and three at most, up acl, pcomp, pobj and
    prep links: "no plans to meet" gives "plans", "designs on raiding the port" gives "on", then "designs"."""
    t = trigger
    for _ in range(3):
        if t.dep_ not in {"acl", "pcomp", "pobj", "prep"} or t.head.i == t.i:
            return
        t = t.head
        yield t


def nobody_did(verb: Token, grammar: Grammar) -> bool:
    """ "Nobody at the ministry was charged", "no country recognized the vote": a subject that is
    nobody (so no refusal by anyone either)."""
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is None:
        return False
    return subj.lower_ in grammar.negating_subjects or any(c.dep_ == "det" and c.lower_ == "no"
                                                           for c in subj.children)


def is_denied(verb: Token, grammar: Grammar) -> bool:
    """ "did not prevent", "never stalled", "nobody collapsed the talks": the verb's act is denied."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in grammar.negators)
               or (c.dep_ == "aux" and child(c, "neg") is not None) for c in verb.children) or nobody_did(verb, grammar)


def is_infinitive(verb: Token) -> bool:
    """A verb with "to" ("to meet Trump")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _word_sets() -> list[str]:
    """The grammar's word-set fields: each is one list in grammar.yaml (the verbs of saying are in saying.yaml)."""
    return [f.name for f in fields(Grammar) if f.name not in {"speech_verbs", "intent_codes", "implied_agents"}]
