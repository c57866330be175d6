"""Verb and phrase patterns: the file format and its parser.

One pattern a line (see the header of ``data/patterns/core.txt``)::

    CODE  TRIGGER word word ...   # comment

``TRIGGER`` is the lemma of the word that names the event (a verb such as ``meet``,
an adjective such as ``keen``, or a noun marked ``:n`` such as ``summit:n``). The words after it must
hang off the trigger in the dependency parse: particles, prepositions, object nouns and
complement verbs, matched by lemma. ``a|b`` accepts any of the alternatives, ``[a]``
marks a word as optional, ``@a|b`` asks the trigger's subject (its head noun or a modifier of
it) to be one of these words ("peacekeepers arrive" is peacekeeping, not a visit), ``~`` says the
subject undergoes the event ("came under fire from X": the subject is the target, the slot holds the
doer), and ``*`` marks where the target is: the object of the
preposition before it, or the object of the verb before it. ``+`` is a ``*`` that must
hold an actor, or the pattern codes nothing ("host +": hosting a visitor, not a festival). The pattern with the most
words that matches wins; ties go to the pattern listed first.

Named synonym sets (PETRARCH2's ``&SET`` habit) are defined on a line of their own,
``&MILITARY = troops|army|soldiers``, and used wherever a word may stand: ``154 deploy &MILITARY``,
``[&WEAPON]``, ``@&MILITARY``. A set is known from its line on, in its file and the files after.

Our own files (``data/patterns/*.txt`` and the user's) are the first layer; files imported from
public dictionaries (``data/patterns/imported/*.txt``) are a second layer, tried only for a
trigger when no pattern of the first layer matches it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from newsevents.errors import DataFileError

_CODE = re.compile(r"^(\d{2,4}|---)$")
NO_EVENT = "---"  # the code of a pattern that says a phrase is no event ("met with criticism")
_WORD = re.compile(r"^\[?&?[\w'.-]+(\|&?[\w'.-]+)*\]?$")
_SYNSET = re.compile(r"^&(\w+)\s*=\s*(\S+)$")


@dataclass(frozen=True)
class Word:
    options: frozenset[str]
    optional: bool = False

    def accepts(self, lemma: str, lower: str) -> bool:
        return lemma in self.options or lower in self.options


@dataclass(frozen=True)
class Pattern:
    code: str
    trigger: frozenset[str]
    noun: bool  # True: the trigger is a noun ("summit:n"); False: a verb or adjective
    words: tuple[Word, ...]
    # index into `words` after which the target comes (-1: right after the trigger; None: no slot)
    target_after: int | None
    origin: str  # "file:line", printed in every event's `rule`
    text: str
    target_required: bool = False  # `+` instead of `*`: no actor there, no event
    subject: Word | None = None  # `@a|b`: what the trigger's subject must be
    layer: int = 0  # 0: our own patterns; 1: imported dictionaries, tried only when layer 0 has no match
    undergone: bool = False  # `~`: the subject undergoes the event (its target); the slot holds the doer

    @cached_property
    def required(self) -> tuple[frozenset[str], ...]:
        """The options of each word that must be found (not optional): read at every trigger the
        pattern is tried at, so worked out once."""
        return tuple(w.options for w in self.words if not w.optional)

    @property
    def specificity(self) -> int:
        slot = 1 if self.target_after is not None else 0  # "demand *" is more specific than "demand"
        subject = 2 if self.subject is not None else 0
        return (sum(1 for w in self.words if not w.optional) * 2 + sum(1 for w in self.words if w.optional)
                + slot + subject)


@dataclass
class PatternSet:
    """All patterns, indexed by trigger lemma."""

    by_trigger: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    # inflected forms of verb triggers, for words the lemmatizer gets wrong ("staged" -> "stag")
    by_form: dict[str, str] = field(default_factory=dict)
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)  # "&MILITARY" -> its words
    # (lemma, noun) -> its patterns: asked for every word of every sentence; emptied by ``add``
    _by_kind: dict[tuple[str, bool], tuple[Pattern, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len({id(p) for ps in self.by_trigger.values() for p in ps})

    def for_lemma(self, lemma: str, *, noun: bool) -> tuple[Pattern, ...]:
        """The patterns of a trigger lemma as a noun or as a verb, most specific first (a cached tuple)."""
        key = (lemma, noun)
        found = self._by_kind.get(key)
        if found is None:
            if lemma not in self.by_trigger:
                return ()  # most words: nothing kept for them
            found = self._by_kind[key] = tuple(p for p in self.by_trigger[lemma] if p.noun == noun)
        return found

    def for_token(self, lemma: str, form: str, *, noun: bool) -> tuple[Pattern, ...]:
        """Patterns for a token by its lemma, else by its inflected form."""
        found = self.for_lemma(lemma, noun=noun)
        if not found and form in self.by_form:
            found = self.for_lemma(self.by_form[form], noun=noun)
        return found

    def codes_under(self, lemma: str, form: str, roots: AbstractSet[str], *, noun: bool) -> bool:
        """Whether a pattern of the word (as ``for_token`` finds them) gives a code under one of the two-digit
        ``roots``: "attack" as a noun names an assault (18, 19), "strike" as a verb one too."""
        return any(p.code[:2] in roots for p in self.for_token(lemma, form, noun=noun))

    def codes(self) -> set[str]:
        """The CAMEO codes the patterns can give (not the no-event marker)."""
        return {p.code for ps in self.by_trigger.values() for p in ps} - {NO_EVENT}

    def add(self, pattern: Pattern) -> None:
        self._by_kind.clear()
        for lemma in pattern.trigger:
            if not pattern.noun:
                for form in inflections(lemma):
                    self.by_form.setdefault(form, lemma)
            # our own layer first, then most specific first; insort is stable, so file order breaks ties
            bisect.insort_right(self.by_trigger[lemma], pattern, key=lambda p: (p.layer, -p.specificity))

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> PatternSet:
        """The packaged pattern files (``data/patterns/*.txt``, in name order), then the user's."""
        ps = cls()
        folder = resources.files("newsevents") / "data" / "patterns"
        for f in sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name):
            ps.read(f, name=f"patterns/{f.name}")
        for path in extra:
            ps.read(Path(path), name=str(path))
        imported = folder / "imported"
        if imported.is_dir():
            for f in sorted((f for f in imported.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name):
                ps.read(f, name=f"patterns/imported/{f.name}", layer=1)
        return ps

    def read(self, source: Traversable | Path, *, name: str, layer: int = 0) -> None:
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise DataFileError(name, None, f"cannot read pattern file: {err}") from err
        for n, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            synset = _SYNSET.match(line)
            if synset:
                self.synsets["&" + synset.group(1).upper()] = frozenset(synset.group(2).lower().split("|"))
                continue
            self.add(parse_line(line, f"{name}:{n}", self.synsets, layer=layer))


def inflections(verb: str) -> set[str]:
    """Regular English forms of a verb: stage -> stages, staged, staging."""
    if verb.endswith("e"):
        return {verb + "s", verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return {verb + "es", verb + "ed", verb + "ing"}
    return {verb + "s", verb + "ed", verb + "ing"}


def _options(text: str, synsets: dict[str, frozenset[str]], where: str, lineno: int | None) -> frozenset[str]:
    """ "a|b|&SET" -> the words it accepts, with each named set expanded."""
    out: set[str] = set()
    for option in text.lower().split("|"):
        if option.startswith("&"):
            name = "&" + option[1:].upper()
            if name not in synsets:
                raise DataFileError(where, lineno, f"unknown synonym set {name} (define it first: {name} = a|b)")
            out |= synsets[name]
        else:
            out.add(option)
    return frozenset(out)


def parse_line(line: str, origin: str, synsets: dict[str, frozenset[str]] | None = None, *,
               layer: int = 0) -> Pattern:
    """One pattern line -> Pattern; DataFileError names the file and line when it is malformed."""
    sets = synsets or {}
    where, _, num = origin.rpartition(":")
    lineno = int(num) if num.isdigit() else None
    parts = line.split()
    if len(parts) < 2 or not _CODE.match(parts[0]):
        raise DataFileError(where, lineno, f"expected 'CODE TRIGGER [words]', got {line!r}")
    code, trigger, rest = parts[0], parts[1], parts[2:]
    noun = trigger.endswith(":n")
    trigger = trigger.removesuffix(":n")
    if not _WORD.match(trigger) or trigger.startswith("["):
        raise DataFileError(where, lineno, f"bad trigger {trigger!r}")
    words: list[Word] = []
    target_after: int | None = None
    required = False
    subject: Word | None = None
    undergone = "~" in rest
    for w in (w for w in rest if w != "~"):
        if w.startswith("@"):
            if subject is not None or not _WORD.match(w[1:]) or w[1:].startswith("["):
                raise DataFileError(where, lineno, f"bad subject {w!r} (use one @word or @a|b per pattern)")
            subject = Word(_options(w[1:], sets, where, lineno))
            continue
        if w in {"*", "+"}:
            if target_after is not None:
                raise DataFileError(where, lineno, "only one target slot ('*' or '+') per pattern")
            target_after = len(words) - 1
            required = w == "+"
            continue
        if not _WORD.match(w):
            raise DataFileError(where, lineno, f"bad word {w!r} (use word, a|b or [word])")
        optional = w.startswith("[")
        words.append(Word(_options(w.strip("[]"), sets, where, lineno), optional))
    return Pattern(code, _options(trigger, sets, where, lineno), noun, tuple(words), target_after, origin, line,
                   required, subject, layer, undergone)
