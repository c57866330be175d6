"""Convert PETRARCH2's CAMEO verb dictionary into newsevents' pattern format.

Source: openeventdata/petrarch2, ``petrarch2/data/dictionaries/CAMEO.2.0.txt`` (MIT licence,
Copyright (c) 2015 Open Event Data Alliance). The output is a lower-priority pattern layer
(``data/patterns/imported/``): a pattern there is tried only when none of our own matches.

What is converted, and how (PETRARCH2 -> ours):

- synonym sets ``&NAME`` / ``+WORD`` -> ``&NAME = word|word|...`` (one-word members only);
- a verb block's verbs and its patterns ``- * OBJECT (PREP NOUN) [CODE] # VERB`` ->
  ``CODE verb object prep noun``. A pattern is given to the verb its comment names (the verb
  it was written for), not to every synonym of the block: "set fire" is an attack, "place
  fire" is nothing. ``{A B}`` noun phrases and ``(PREP ...)`` phrases become words that must hang
  off the trigger; ``+`` (the target) becomes our ``*``; one word or set before the verb becomes
  a subject constraint ``@word``;
- a multi-word verb (``+CALL_OFF``) becomes its first word with the rest as particles.

What is left out, for precision: the default codes of bare verbs (a block's or a verb's own code:
"add", "hold", "hope", "take" alone are events in PETRARCH2 and mostly not in news), CAMEO 01x
statements (no PLOVER type), no-event codes ``---``,
patterns with source or skip markers (``$``, ``^``, ``%``), patterns with more than one word
before the verb, multi-word set members, and the entries of ``scripts/petrarch_verbs_drop.txt``
(verbs and patterns whose everyday sense the dictionary reads as an event, each with the reason).

Usage::

    python scripts/import_petrarch_verbs.py --git-dir /work/.mirror/openeventdata+petrarch2/repo/.git \\
        > src/newsevents/data/patterns/imported/petrarch2_verbs.txt
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_REPO = "https://github.com/openeventdata/petrarch2"
SOURCE_PATH = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
LICENCE = "MIT (Copyright (c) 2015 Open Event Data Alliance)"
_ARTICLES = frozenset({"a", "an", "the"})
_SKIP_MARKERS = frozenset({"$", "^", "%"})
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")
_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


@dataclass
class Block:
    verbs: dict[str, str | None] = field(default_factory=dict)  # lemma -> its own default code
    patterns: list[tuple[str, str, str]] = field(default_factory=list)  # (body, code, comment verb)


def _code(raw: str) -> str | None:
    """The event code of ``[CODE]`` or ``[CODE:CODE]``; None for no code or a statement."""
    first = raw.split(":", 1)[0].strip()
    if not first.isdigit() or first.startswith("01"):
        return None
    return first


def _word(raw: str) -> str:
    """A dictionary word -> our word with its plural's singular: RALLIES -> rallies|rally."""
    out = []
    for w in raw.lower().rstrip("_").split("/"):
        w = w.rstrip("_")
        out.append(w)
        if w.endswith("ies") and len(w) > 4:
            out.append(w[:-3] + "y")
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            out.append(w[:-1])
    return "|".join(dict.fromkeys(out))


def _element(tok: str, synsets: set[str]) -> list[str] | None:
    """One pattern element -> our words; None if it cannot be converted."""
    if tok.startswith(("(", "{")):
        inner = tok[1:-1].split()
        words: list[str] = []
        for t in inner:
            sub = _element(t, synsets)
            if sub is None:
                return None
            words.extend(sub)
        return words
    if tok in _SKIP_MARKERS:
        return None
    if tok == "+":
        return ["*"]
    if tok.startswith("&"):
        return [tok] if tok in synsets else None
    if not re.fullmatch(r"[A-Za-z][A-Za-z'/_-]*", tok) or "_" in tok.rstrip("_"):
        return None
    return [] if tok.lower() in _ARTICLES else [_word(tok)]


def convert_pattern(body: str, synsets: set[str]) -> tuple[str | None, list[str]] | None:
    """``PRE * POST`` -> (subject constraint, words after the trigger); None if not convertible."""
    if body.count("*") != 1:
        return None
    pre, post = (part.strip() for part in body.split("*", 1))
    subject = None
    if pre:
        if len(pre.split()) != 1 or pre in _SKIP_MARKERS or pre == "+":
            return None
        converted = _element(pre, synsets)
        if not converted or converted == ["*"]:
            return None
        subject = converted[0]
    words: list[str] = []
    for tok in _TOKEN.findall(post):
        converted = _element(tok, synsets)
        if converted is None:
            return None
        words.extend(converted)
    while words and words[0] == "*":
        words.pop(0)  # "+" right after the verb: the verb's object, our default
    if words.count("*") > 1:
        return None
    return subject, words


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0], [])
        elif line.startswith("+") and current is not None:
            word = line[1:].split()[0].rstrip("_")
            if "_" not in word and re.fullmatch(r"[A-Za-z][A-Za-z'-]*", word):
                current.append(word.lower())
        elif not line:
            current = None
    return {k: list(dict.fromkeys(v)) for k, v in sets.items() if v}


def read_blocks(lines: list[str]) -> Iterator[Block]:
    block: Block | None = None
    for raw in lines:
        line, _, comment = raw.partition("#")
        line = line.strip()
        header = _HEADER.match(line)
        if header:
            if block is not None:
                yield block
            block = Block()
            continue
        if block is None or not line:
            continue
        if line.startswith("- "):
            code = _CODE.search(line)
            if code is None:
                continue
            verb = comment.strip().split()[0].lower() if comment.strip() else ""
            block.patterns.append((line[2:code.start()].strip(), code.group(1), verb))
            continue
        name = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).split()
        if name:
            block.verbs[name[0].lstrip("+").lower()] = None
    if block is not None:
        yield block


def _trigger(verb: str) -> tuple[str, list[str]] | None:
    """A dictionary verb -> (our trigger lemma, particle words): CALL_OFF -> call, [off]."""
    parts = verb.rstrip("_").split("_")
    if not all(re.fullmatch(r"[a-z][a-z'-]*", p) for p in parts) or parts[0] in {"be", "is", "are", "was"}:
        return None
    return parts[0], [p for p in parts[1:] if p not in _ARTICLES]


def convert(text: str) -> tuple[dict[str, list[str]], list[str]]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next((i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line), len(lines))
    synsets = read_synsets(lines[:start])
    names = set(synsets)
    out: dict[str, None] = {}
    for block in read_blocks(lines[start:end]):
        for body, raw_code, verb in block.patterns:
            code = _code(raw_code)
            converted = convert_pattern(body, names)
            verbs = [verb] if verb in block.verbs else list(block.verbs)
            if code is None or converted is None:
                continue
            subject, words = converted
            for v in verbs:
                trig = _trigger(v)
                if trig is None:
                    continue
                subj = [f"@{subject}"] if subject else []
                out[" ".join([code, trig[0], *trig[1], *words, *subj])] = None
    used = {w for line in out for w in line.split() if w.lstrip("@").startswith("&")}
    keep = {k: v for k, v in synsets.items() if k in {u.lstrip("@") for u in used}}
    return keep, list(out)


def read_drops(path: Path) -> tuple[set[str], set[str]]:
    """The drop list: (trigger verbs to leave out, exact converted patterns to leave out)."""
    verbs: set[str] = set()
    lines: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        entry = " ".join(raw.split("#", 1)[0].split())
        if not entry:
            continue
        (lines if " " in entry else verbs).add(entry)
    return verbs, lines


def read_codes(path: Path) -> set[str]:
    """The event codes of our CAMEO table (its first column)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {row[0] for row in csv.reader(f) if row and row[0][:1].isdigit()}


def _kept(pattern: str, verbs: set[str], lines: set[str]) -> bool:
    return pattern.split()[1] not in verbs and pattern not in lines


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--git-dir", required=True, help="a clone of openeventdata/petrarch2 (bare is fine)")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--drop", type=Path, default=Path(__file__).with_name("petrarch_verbs_drop.txt"),
                    help="patterns to leave out (default: scripts/petrarch_verbs_drop.txt)")
    ap.add_argument("--codes", type=Path,
                    default=Path(__file__).parents[1] / "src" / "newsevents" / "data" / "cameo.csv",
                    help="our CAMEO code table; codes outside it are left out")
    args = ap.parse_args(argv)
    git = ["git", f"--git-dir={args.git_dir}"]
    commit = subprocess.run([*git, "rev-parse", args.rev], check=True, capture_output=True, text=True).stdout.strip()
    raw = subprocess.run([*git, "show", f"{commit}:{SOURCE_PATH}"], check=True, capture_output=True).stdout
    synsets, patterns = convert(raw.decode("utf-8", errors="replace"))
    drop_verbs, drop_lines = read_drops(args.drop)
    known = read_codes(args.codes)
    patterns = [p for p in patterns if _kept(p, drop_verbs, drop_lines) and p.split()[0] in known]
    print("# Imported from PETRARCH2's CAMEO verb dictionary by scripts/import_petrarch_verbs.py. Do not edit:")
    print("# rerun the script (see data/patterns/README.md).")
    print(f"# source: {SOURCE_REPO} {SOURCE_PATH}")
    print(f"# commit: {commit}")
    print(f"# sha256: {hashlib.sha256(raw).hexdigest()}")
    print(f"# licence: {LICENCE}")
    print("#")
    print("# Synonym sets (PETRARCH2's &SETS, one-word members)")
    for name, words in sorted(synsets.items()):
        print(f"{name} = {'|'.join(words)}")
    print("#")
    print("# Patterns (lower priority than core.txt and synonyms.txt)")
    for line in patterns:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
