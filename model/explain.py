"""Evidence a reviewer can check: every contribution to a prediction, given back to a whole word or a detail.

A linear head's logit for a label is a sum of ``x_j * w_j`` over the features of the text. The features are
word n-grams, character n-grams inside words, and detail features (counts of dates, amounts, cue words...).
A character 3-gram such as ``าง`` + ``เ`` means nothing to a reviewer, so :func:`explain` gives each n-gram's
contribution back to the tokens it was taken from: a character n-gram to the token it lies in, a word
n-gram of ``n`` tokens to each of its tokens (``1/n`` each); an n-gram that occurs several times shares its
contribution evenly between its occurrences. Every token's evidence is then the sum of what its n-grams
contributed, its span is the token's span in the original text, and the token contributions plus the
detail contributions add up to the whole logit contribution of the text (nothing is lost or invented).

Detail features point at their spans (the first amount for ``detail:amount``), topic cues at the tokens where
they were counted, personal data at its span with a placeholder instead of the data. Tokens that touch
personal data are never evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from model.details import KINDS, PERSONAL_KINDS, PLACEHOLDERS
from model.result import Evidence, EvidenceKind

if TYPE_CHECKING:
    from model.features import Doc, ThaiFeatures

_CACHE_MAX = 100_000
_PERSONAL_FEATURE = "personal_data"


class Explainer:
    """Evidence for the predictions of one fitted :class:`~model.features.ThaiFeatures` and its heads.

    Parameters
    ----------
    features
        The fitted feature transformer.
    """

    def __init__(self, features: ThaiFeatures) -> None:
        from model.features import DETAIL_FEATURES
        from model.topics import TOPICS

        self.features = features
        word_vec, char_vec = features.word_vectorizer_, features.char_vectorizer_
        self._word_vocab: dict[str, int] = word_vec.vocabulary_
        self._char_vocab: dict[str, int] = char_vec.vocabulary_
        self._char_offset = features.n_word_
        self._detail_offset = features.n_word_ + features.n_char_
        self._char_grams: Callable[[list[str]], list[str]] = (
            char_vec.analyzer if callable(char_vec.analyzer) else char_vec.build_analyzer()
        )
        low, high = features.word_ngram_range
        self._word_orders = [n for n in range(max(low, 2), high + 1)]
        self._unigrams = low == 1
        self._token_cols: dict[str, list[int]] = {}
        self._details = list(DETAIL_FEATURES)
        self._topic_index = {f"topic_{t}": i for i, t in enumerate(TOPICS)}

    # --- contributions per token ---------------------------------------------------------------------------

    def _cols_of(self, token: str) -> list[int]:
        """Feature columns of one token: its word unigram and its character n-grams (one per occurrence)."""
        got = self._token_cols.get(token)
        if got is None:
            got = []
            if self._unigrams:
                j = self._word_vocab.get(token)
                if j is not None:
                    got.append(j)
            off, vocab = self._char_offset, self._char_vocab
            for gram in self._char_grams([token]):
                j = vocab.get(gram)
                if j is not None:
                    got.append(off + j)
            if len(self._token_cols) >= _CACHE_MAX:
                self._token_cols.clear()
            self._token_cols[token] = got
        return got

    def _occurrences(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (column, token position, share) that the word and character n-grams of ``tokens`` make."""
        cols: list[int] = []
        owners: list[int] = []
        for p, tok in enumerate(tokens):
            c = self._cols_of(tok)
            cols.extend(c)
            owners.extend([p] * len(c))
        n_single = len(cols)
        shares: list[float] = []
        vocab = self._word_vocab
        for n in self._word_orders:
            for p in range(len(tokens) - n + 1):
                j = vocab.get(" ".join(tokens[p : p + n]))
                if j is not None:
                    cols.extend([j] * n)
                    owners.extend(range(p, p + n))
                    shares.extend([1.0 / n] * n)
        factors = np.ones(len(cols))
        factors[n_single:] = shares
        return np.asarray(cols, dtype=np.int64), np.asarray(owners, dtype=np.int64), factors

    def contributions(
        self, doc: Doc, cols: np.ndarray, contrib: Sequence[np.ndarray]
    ) -> tuple[list[np.ndarray], list[dict[int, float]]]:
        """Per head: each token's summed contribution, and each detail feature's (by its index).

        ``cols`` are the sorted non-zero columns of the document's row, ``contrib[h]`` their contributions
        to head ``h``'s label.
        """
        tokens = [t for t, _, _ in doc.tokens]
        occ_cols, owners, factors = self._occurrences(tokens)
        if len(cols) and len(occ_cols):
            pos = np.minimum(np.searchsorted(cols, occ_cols), len(cols) - 1)
            found = cols[pos] == occ_cols
            pos, owners, factors = pos[found], owners[found], factors[found]
        else:
            pos = owners = np.zeros(0, dtype=np.int64)
            factors = np.zeros(0)
        counts = np.bincount(pos, weights=factors, minlength=len(cols))
        per_token = []
        for c in contrib:
            share = c[pos] * factors / counts[pos] if len(pos) else np.zeros(0)
            per_token.append(np.bincount(owners, weights=share, minlength=len(tokens)))
        start = int(np.searchsorted(cols, self._detail_offset))
        detail_cols = (cols[start:] - self._detail_offset).tolist()
        per_detail = [dict(zip(detail_cols, c[start:].tolist(), strict=True)) for c in contrib]
        return per_token, per_detail

    # --- evidence -----------------------------------------------------------------------------------------

    def evidence(
        self,
        view: _DocView,
        head: str,
        label: str,
        token_weights: np.ndarray,
        detail_weights: dict[int, float],
        top: int,
    ) -> list[Evidence]:
        """At most ``top`` pieces of evidence for ``label`` of ``head``, the strongest first."""
        doc = view.doc
        items: list[tuple[float, str, EvidenceKind, tuple[int, int] | None, str | None]] = []
        if len(view.first):
            # the same word several times: one item, its weights summed, shown where it first occurs
            weights = np.bincount(view.group, weights=token_weights * view.public, minlength=len(view.first))
            strongest = np.argsort(-np.abs(weights))[:top]
            for g in strongest:
                w = float(weights[g])
                p = int(view.first[g])
                if w == 0.0 or p < 0:
                    continue
                span = view.spans[p]
                items.append((w, f"word:{doc.tokens[p][0]}", "word", span, doc.raw[span[0] : span[1]]))
        for d, w in detail_weights.items():
            if w == 0.0 or not 0 <= d < len(self._details):
                continue
            name = self._details[d]
            feature = f"detail:{name}"
            if name == _PERSONAL_FEATURE:
                first = next((s for s in doc.spans if s.kind in PERSONAL_KINDS), None)
                if first is not None:
                    items.append((w, feature, "personal", (first.start, first.end), PLACEHOLDERS[first.kind]))
            elif name in self._topic_index:
                cue = view.cue_span(self._topic_index[name])
                if cue is not None:
                    items.append((w, feature, "cue", cue, doc.raw[cue[0] : cue[1]]))
            elif name in _KIND_FEATURES:
                first = next((s for s in doc.spans if s.kind == name), None)
                if first is not None:
                    items.append((w, feature, "detail", (first.start, first.end), first.text))
            else:
                items.append((w, feature, "document", None, None))
        items.sort(key=lambda c: -abs(c[0]))
        return [
            Evidence(head=head, label=label, feature=f, kind=k, weight=round(w, 4), span=s, text=t)
            for w, f, k, s, t in items[:top]
            if round(w, 4) != 0.0
        ]


class _DocView:
    """What every head's evidence needs of one document, computed once: token spans in the original, which
    tokens touch personal data, distinct tokens, the topic cues."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        personal = [(s.start, s.end) for s in doc.spans if s.kind in PERSONAL_KINDS]
        self.spans = [doc.raw_span(start, end) for _, start, end in doc.tokens]
        if personal:
            public = [a < b and not any(pa < b and a < pb for pa, pb in personal) for a, b in self.spans]
        else:
            public = [a < b for a, b in self.spans]
        self.public = np.asarray(public, dtype=np.float64)
        groups: dict[str, int] = {}
        group = []
        first: list[int] = []
        for p, (tok, _, _) in enumerate(doc.tokens):
            g = groups.setdefault(tok, len(groups))
            if g == len(first):
                first.append(-1)
            if first[g] < 0 and public[p]:
                first[g] = p
            group.append(g)
        self.group = np.asarray(group, dtype=np.int64)
        self.first = np.asarray(first, dtype=np.int64)
        self._personal = personal
        self._matches: list[tuple[int, int, int]] | None = None

    def cue_span(self, topic: int) -> tuple[int, int] | None:
        """Where the first cue of ``topic`` was counted: its whole tokens, in the original text."""
        if self._matches is None:
            from model.topics import topic_matches

            self._matches = topic_matches([tok for tok, _, _ in self.doc.tokens])
        for t, a, b in self._matches:
            if t == topic:
                start, end = self.spans[a][0], self.spans[b - 1][1]
                if start < end and not any(pa < end and start < pb for pa, pb in self._personal):
                    return start, end
        return None


_KIND_FEATURES = frozenset(KINDS)  # detail features that count spans of a kind (not of the whole text)


def explain(
    explainer: Explainer,
    doc: Doc,
    row_cols: np.ndarray,
    row_vals: np.ndarray,
    heads: Sequence[tuple[str, str, np.ndarray, int]],
) -> list[Evidence]:
    """Evidence for several heads of one document.

    ``heads`` holds ``(head, label, weights, budget)``: the per-feature weights of ``label`` (centred and
    scaled) and how many items that head may give.
    """
    order = np.argsort(row_cols, kind="stable")
    cols, vals = row_cols[order], row_vals[order]
    contrib = [vals * w[cols] for _, _, w, _ in heads]
    per_token, per_detail = explainer.contributions(doc, cols, contrib)
    view = _DocView(doc)
    out: list[Evidence] = []
    for (head, label, _, budget), tw, dw in zip(heads, per_token, per_detail, strict=True):
        if budget > 0:
            out.extend(explainer.evidence(view, head, label, tw, dw, budget))
    return out
