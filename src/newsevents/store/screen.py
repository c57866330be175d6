"""Which incoming articles are new: the decisions of de-duplication, before any NLP is spent.

``Screen`` looks at a batch of articles in input order, against the store and against the
articles it has already let through that are not stored yet (``Pending``: those being
coded in other processes). Each article gets one ``Verdict``:

- ``stored``: this very record was stored before (same text, from the same file, under its
  id): a re-run or resumed run; nothing to do and nothing to record.
- ``duplicate``: the story is stored already (same text under another file or id, same
  URL, or a near-duplicate rewrite); recorded as a row of `sightings`, not coded again.
- ``new``: to be coded and stored. An article whose id is taken by a *different* story
  is renamed ``<id>~<first 8 hex digits of its content hash>`` so that nothing is lost.

The verdicts depend only on the store's contents and on the earlier articles of the same
input, so a run that is killed and started again reaches the same verdicts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from newsevents.dedup import NEAR_DUPLICATE_JACCARD, Fingerprint, Signature, similarity
from newsevents.records import Article
from newsevents.store.backend import IN_INTS, IN_TEXTS, Connection

Kind = Literal["new", "stored", "duplicate"]


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    article: Article  # renamed when its id was taken by another story
    fingerprint: Fingerprint
    sighting: tuple[Any, ...] | None = None  # a row of `sightings` for duplicates


def renamed_id(article_id: str, content_hash: str) -> str:
    return f"{article_id}~{content_hash[:8]}"


@dataclass
class Pending:
    """Articles let through and not yet stored, indexed like the store."""

    by_hash: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    by_url: dict[str, str] = field(default_factory=dict)
    bands: dict[int, list[str]] = field(default_factory=dict)
    signatures: dict[str, Signature] = field(default_factory=dict)
    prints: dict[str, Fingerprint] = field(default_factory=dict)

    def add(self, article: Article, fp: Fingerprint) -> None:
        self.prints[article.id] = fp
        self.by_hash[fp.content_hash] = (article.id, article.source_path)
        if fp.url_key:
            self.by_url.setdefault(fp.url_key, article.id)
        if fp.signature is not None:
            self.signatures[article.id] = fp.signature
            for key in fp.bands():
                self.bands.setdefault(key, []).append(article.id)

    def remove(self, doc_id: str) -> None:
        fp = self.prints.pop(doc_id, None)
        if fp is None:
            return
        self.by_hash.pop(fp.content_hash, None)
        if fp.url_key and self.by_url.get(fp.url_key) == doc_id:
            del self.by_url[fp.url_key]
        self.signatures.pop(doc_id, None)
        for key in fp.bands():
            ids = self.bands.get(key, [])
            if doc_id in ids:
                ids.remove(doc_id)
            if not ids:
                self.bands.pop(key, None)


@dataclass
class _Known:
    """What the store holds about one batch's keys."""

    by_hash: dict[str, tuple[str, str | None]]
    ids: set[str]
    by_url: dict[str, str]
    bands: dict[int, list[str]]
    signatures: dict[str, Signature]


class Screen:
    """De-duplication decisions against one store connection plus the pending articles."""

    def __init__(self, conn: Connection, near_threshold: float = NEAR_DUPLICATE_JACCARD) -> None:
        self._conn = conn
        self.near_threshold = near_threshold
        self.pending = Pending()

    def judge(self, articles: Sequence[Article]) -> list[Verdict]:
        """One verdict per article, in order; articles judged new join ``pending``."""
        prints = [Fingerprint.of(a) for a in articles]
        known = self._known(articles, prints)
        return [self._judge_one(a, fp, known) for a, fp in zip(articles, prints, strict=True)]

    def _judge_one(self, article: Article, fp: Fingerprint, known: _Known) -> Verdict:
        pending = self.pending
        alias = renamed_id(article.id, fp.content_hash)
        stored = pending.by_hash.get(fp.content_hash) or known.by_hash.get(fp.content_hash)
        if stored is not None:
            doc_id, source_path = stored
            if doc_id in (article.id, alias):
                if source_path == article.source_path:
                    return Verdict("stored", article, fp)
                return self._duplicate(article, fp, doc_id, "same", 1.0)
            return self._duplicate(article, fp, doc_id, "text", 1.0)
        if fp.url_key is not None:
            same_url = pending.by_url.get(fp.url_key) or known.by_url.get(fp.url_key)
            if same_url is not None:
                other = pending.signatures.get(same_url, known.signatures.get(same_url))
                sim = similarity(fp.signature, other) if fp.signature is not None and other is not None else 0.0
                return self._duplicate(article, fp, same_url, "url", sim)
        near = self._nearest(fp, known)
        if near is not None:
            return self._duplicate(article, fp, near[0], "near", near[1])
        if article.id in known.ids or article.id in pending.prints:
            article = dataclasses.replace(article, id=alias)
        pending.add(article, fp)
        return Verdict("new", article, fp)

    def _duplicate(self, article: Article, fp: Fingerprint, doc_id: str, reason: str, sim: float) -> Verdict:
        row = (article.source_path or "", article.id, doc_id, article.url, article.date, reason, round(sim, 4))
        return Verdict("duplicate", article, fp, row)

    def _nearest(self, fp: Fingerprint, known: _Known) -> tuple[str, float] | None:
        if fp.signature is None:
            return None
        candidates: set[str] = set()
        for key in fp.bands():
            candidates.update(self.pending.bands.get(key, ()))
            candidates.update(known.bands.get(key, ()))
        best: tuple[str, float] | None = None
        for doc_id in sorted(candidates):
            other = self.pending.signatures.get(doc_id, known.signatures.get(doc_id))
            if other is None:
                continue
            sim = similarity(fp.signature, other)
            if sim >= self.near_threshold and (best is None or sim > best[1]):
                best = (doc_id, sim)
        return best

    def _known(self, articles: Sequence[Article], prints: Sequence[Fingerprint]) -> _Known:
        """Everything the store holds that these articles could collide with, in four queries."""
        conn = self._conn
        hashes = [fp.content_hash for fp in prints]
        pairs = zip(articles, prints, strict=True)
        ids = [a.id for a in articles] + [renamed_id(a.id, fp.content_hash) for a, fp in pairs]
        rows = conn.execute(
            "SELECT id, content_hash, source_path FROM articles "
            f"WHERE id {IN_TEXTS} OR content_hash {IN_TEXTS}", [ids, hashes]).fetchall()
        by_hash = {h: (i, p) for i, h, p in rows}
        taken = {i for i, _, _ in rows}
        urls = sorted({fp.url_key for fp in prints if fp.url_key})
        by_url: dict[str, str] = {}
        if urls:
            for doc_id, key in conn.execute(
                    f"SELECT min(doc_id), url_key FROM fingerprints WHERE url_key {IN_TEXTS} "
                    "GROUP BY url_key", [urls]).fetchall():
                by_url[key] = doc_id
        keys = sorted({k for fp in prints for k in fp.bands()})
        bands: dict[int, list[str]] = {}
        if keys:
            for key, doc_id in conn.execute(
                    f"SELECT band_key, doc_id FROM lsh_bands WHERE band_key {IN_INTS}", [keys]).fetchall():
                bands.setdefault(key, []).append(doc_id)
        wanted = sorted({d for docs in bands.values() for d in docs} | set(by_url.values()))
        signatures: dict[str, Signature] = {}
        if wanted:
            for doc_id, values in conn.execute(
                    f"SELECT doc_id, minhash FROM fingerprints WHERE doc_id {IN_TEXTS} "
                    "AND minhash IS NOT NULL", [wanted]).fetchall():
                signatures[doc_id] = np.asarray(values, dtype=np.uint64)
        return _Known(by_hash, taken, by_url, bands, signatures)
