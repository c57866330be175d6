"""Is this article one we already have? Exact keys (URL, normalised text) and near-duplicates.

A *near-duplicate* is a rewrite of the same story: a wire report that a second outlet
trims, re-titles or edits lightly. We compare articles by the Jaccard similarity of their
sets of word 5-grams ("shingles"), estimated with a MinHash signature of
``NUM_PERM`` values, and find candidates quickly with locality-sensitive hashing
(``BANDS`` bands of ``ROWS`` values each: two articles whose signatures agree on a
whole band become candidates, and a candidate is a duplicate when its estimated
Jaccard is at least ``NEAR_DUPLICATE_JACCARD``).

Why 0.7: a lightly edited rewrite of a wire story (a changed lead, a paragraph cut, a
few words swapped) keeps most of its 5-grams and scores 0.75-0.95; two different
stories on the same subject share almost no 5-grams (< 0.1), and even a follow-up story
that quotes a paragraph of the first stays well under 0.5. With 32 bands of 4, a pair
at Jaccard 0.7 becomes a candidate with probability 1 - (1 - 0.7^4)^32 > 0.999, one at
0.3 with probability about 0.23 (then rejected by the exact estimate), so the threshold
is decided by the estimate, not by chance. ``tests/test_ingest_dedup.py`` shows both
sides on real stories.

Everything here is a pure function of the article: the same text gives the same
fingerprint in every process and every run (fixed seeds), which resuming relies on.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
import numpy.typing as npt

from newsevents.records import Article

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
NEAR_DUPLICATE_JACCARD = 0.7

_PRIME = np.uint64(4294967311)  # the first prime above 2**32 (shingle hashes are 32-bit)
_RNG = np.random.default_rng(20190425)  # fixed: signatures must be equal across runs
_A = _RNG.integers(1, 2**31, size=NUM_PERM, dtype=np.uint64)
_B = _RNG.integers(0, 2**31, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)", re.IGNORECASE)

Signature = npt.NDArray[np.uint64]


def normalise_url(url: str | None) -> str | None:
    """A URL without what does not change the page: scheme, ``www.``, fragment, tracking
    parameters, a trailing slash; host in lower case. None for no URL."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    if not host:
        return url.strip()
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{query}" if query else "")


def shingles(text: str) -> set[int]:
    """32-bit hashes of the word 5-grams of the lower-cased text (empty for very short texts)."""
    words = _WORD.findall(text.lower())
    n = SHINGLE_WORDS
    return {zlib.crc32(" ".join(words[i:i + n]).encode("utf-8")) for i in range(len(words) - n + 1)}


def minhash(text: str) -> Signature | None:
    """The MinHash signature of the text's shingles, or None when it has fewer than 5 words."""
    found = shingles(text)
    if not found:
        return None
    values = np.fromiter(found, dtype=np.uint64, count=len(found))
    hashed = (np.outer(values, _A) + _B) % _PRIME  # a < 2**31 and value < 2**32: no overflow
    return np.asarray(hashed.min(axis=0), dtype=np.uint64)


def band_keys(signature: Signature) -> list[int]:
    """One 63-bit key per LSH band (band number included, so equal values in different bands differ)."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)
    return keys


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two articles' shingle sets."""
    return float(np.mean(a == b))


@dataclass(frozen=True)
class Fingerprint:
    """What de-duplication needs to know about one article."""

    content_hash: str
    url_key: str | None
    signature: Signature | None

    @classmethod
    def of(cls, article: Article) -> Fingerprint:
        return cls(article.content_hash(), normalise_url(article.url), minhash(article.text))

    def bands(self) -> list[int]:
        return band_keys(self.signature) if self.signature is not None else []
