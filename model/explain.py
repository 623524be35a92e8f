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
from itertools import repeat
from typing import TYPE_CHECKING, Any

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
        self._token_cols: dict[str, np.ndarray] = {}
        self._details = list(DETAIL_FEATURES)
        self._topic_index = {f"topic_{t}": i for i, t in enumerate(TOPICS)}

    # --- contributions per token ---------------------------------------------------------------------------

    def _cols_of(self, token: str) -> np.ndarray:
        """Feature columns of one token: its word unigram and its character n-grams (one per occurrence)."""
        got = self._token_cols.get(token)
        if got is None:
            cols = []
            if self._unigrams:
                j = self._word_vocab.get(token)
                if j is not None:
                    cols.append(j)
            off, vocab = self._char_offset, self._char_vocab
            for gram in self._char_grams([token]):
                j = vocab.get(gram)
                if j is not None:
                    cols.append(off + j)
            got = np.asarray(cols, dtype=np.int64)
            if len(self._token_cols) >= _CACHE_MAX:
                self._token_cols.clear()
            self._token_cols[token] = got
        return got

    def _occurrences(self, token_lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (column, token, share) that the word and character n-grams of the documents make; tokens are
        numbered across the documents, in order."""
        flat = [tok for tokens in token_lists for tok in tokens]
        per_token = [self._cols_of(tok) for tok in flat]
        lengths = [len(c) for c in per_token]
        parts = [np.concatenate(per_token)] if per_token else []
        owner_parts = [np.repeat(np.arange(len(flat), dtype=np.int64), lengths)]
        factor_parts = [np.ones(sum(lengths))]
        doc_of = np.repeat(np.arange(len(token_lists)), [len(t) for t in token_lists])
        get = self._word_vocab.get
        for n in self._word_orders:
            if len(flat) < n:
                continue
            if n == 2:
                grams = [a + " " + b for a, b in zip(flat, flat[1:], strict=False)]
            else:
                grams = [" ".join(flat[p : p + n]) for p in range(len(flat) - n + 1)]
            cols = np.fromiter(map(get, grams, repeat(-1)), dtype=np.int64, count=len(grams))
            starts = np.flatnonzero(
                (cols >= 0) & (doc_of[: len(grams)] == doc_of[n - 1 :])
            )  # within one text
            if not len(starts):
                continue
            parts.append(np.repeat(cols[starts], n))
            owner_parts.append((starts[:, None] + np.arange(n)).ravel())
            factor_parts.append(np.full(len(starts) * n, 1.0 / n))
        if not parts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        return np.concatenate(parts), np.concatenate(owner_parts), np.concatenate(factor_parts)

    def contributions(
        self, docs: Sequence[Doc], X: Any, weights: Sequence[tuple[np.ndarray, np.ndarray]]
    ) -> list[tuple[list[np.ndarray], list[dict[int, float]]]]:
        """Per head, per document: each token's summed contribution, and each detail feature's (by index).

        ``X`` is the documents' feature matrix (CSR); ``weights[h]`` is ``(W, k)``: head ``h``'s per-class
        feature weights (classes x features) and the class explained for each document. Computed for the
        whole batch at once.
        """
        X = X.tocsr()
        if not X.has_sorted_indices:
            X = X.copy()
            X.sort_indices()
        n_docs, n_features = X.shape
        rows = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(X.indptr))
        indices = X.indices.astype(np.int64)
        keys = rows * n_features + indices  # sorted: rows ascending, columns sorted within a row
        vals = X.data.astype(np.float64)
        token_lists = [d.words for d in docs]
        n_tokens = [len(t) for t in token_lists]
        bounds = np.concatenate([[0], np.cumsum(n_tokens)]).astype(np.int64)
        doc_of_token = np.repeat(np.arange(n_docs, dtype=np.int64), n_tokens)
        occ_cols, owners, factors = self._occurrences(token_lists)
        pos = np.zeros(0, dtype=np.int64)
        if len(keys) and len(occ_cols):
            occ_keys = doc_of_token[owners] * n_features + occ_cols
            pos = np.minimum(np.searchsorted(keys, occ_keys), len(keys) - 1)
            found = keys[pos] == occ_keys
            pos, owners, factors = pos[found], owners[found], factors[found]
        else:
            owners, factors = owners[:0], factors[:0]
        counts = np.bincount(pos, weights=factors, minlength=len(keys))
        detail = indices >= self._detail_offset
        detail_rows, detail_idx = rows[detail], (indices[detail] - self._detail_offset).tolist()
        out = []
        for W, k in weights:
            contrib = vals * W[k[rows], indices]
            share = contrib[pos] * factors / counts[pos] if len(pos) else np.zeros(0)
            per_token = np.bincount(owners, weights=share, minlength=int(bounds[-1]))
            per_detail: list[dict[int, float]] = [{} for _ in range(n_docs)]
            for r, d, c in zip(detail_rows.tolist(), detail_idx, contrib[detail].tolist(), strict=True):
                per_detail[r][d] = c
            out.append(([per_token[bounds[i] : bounds[i + 1]] for i in range(n_docs)], per_detail))
        return out

    def explain(
        self, docs: Sequence[Doc], X: Any, heads: Sequence[tuple[str, list[str], np.ndarray, np.ndarray, int]]
    ) -> list[list[Evidence]]:
        """Evidence for every document of a batch.

        ``heads`` holds ``(head, labels, W, k, budget)``: the label explained for each document, the head's
        per-class weights (centred and scaled: what moves a softmax probability), the class index of each
        document's label and how many items the head may give.
        """
        per_head = self.contributions(docs, X, [(W, k) for _, _, W, k, _ in heads])
        out: list[list[Evidence]] = []
        for i, doc in enumerate(docs):
            view = _DocView(doc)
            items: list[Evidence] = []
            for (head, labels, _, _, budget), (tokens, details) in zip(heads, per_head, strict=True):
                if budget > 0:
                    items.extend(self.evidence(view, head, labels[i], tokens[i], details[i], budget))
            out.append(items)
        return out

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
        """At most ``top`` pieces of evidence for ``label`` of ``head``, the strongest first.

        Candidates are ranked by weight first; spans are looked up only for the ones shown (a candidate
        without a span a reviewer may see, such as a word inside personal data, gives way to the next).
        """
        # (weight, what, index): a distinct token (its weights summed over its occurrences) or a detail feature
        candidates: list[tuple[float, int, int]] = []
        if len(view.first):
            weights = np.bincount(view.group, weights=token_weights * view.public, minlength=len(view.first))
            for g in np.argsort(-np.abs(weights))[: top * 2]:
                if weights[g] != 0.0 and view.first[g] >= 0:
                    candidates.append((float(weights[g]), 0, int(view.first[g])))
        candidates += [
            (w, 1, d) for d, w in detail_weights.items() if w != 0.0 and 0 <= d < len(self._details)
        ]
        candidates.sort(key=lambda c: -abs(c[0]))
        out: list[Evidence] = []
        for w, what, index in candidates:
            if len(out) >= top or round(w, 4) == 0.0:
                break
            item = self._item(view, what, index)
            if item is not None:
                feature, kind, span, text = item
                out.append(
                    Evidence(
                        head=head,
                        label=label,
                        feature=feature,
                        kind=kind,
                        weight=round(w, 4),
                        span=span,
                        text=text,
                    )
                )
        return out

    def _item(
        self, view: _DocView, what: int, index: int
    ) -> tuple[str, EvidenceKind, tuple[int, int] | None, str | None] | None:
        doc = view.doc
        if what == 0:  # a token
            start, end = view.span(index)
            return f"word:{doc.words[index]}", "word", (start, end), doc.raw[start:end]
        name = self._details[index]
        feature = f"detail:{name}"
        if name == _PERSONAL_FEATURE:
            first = next((s for s in doc.spans if s.kind in PERSONAL_KINDS), None)
            return (
                None
                if first is None
                else (feature, "personal", (first.start, first.end), PLACEHOLDERS[first.kind])
            )
        if name in self._topic_index:
            cue = view.cue_span(self._topic_index[name])
            return None if cue is None else (feature, "cue", cue, doc.raw[cue[0] : cue[1]])
        if name in _KIND_FEATURES:
            first = next((s for s in doc.spans if s.kind == name), None)
            return None if first is None else (feature, "detail", (first.start, first.end), first.text)
        return feature, "document", None, None


class _DocView:
    """What every head's evidence needs of one document, computed once: distinct tokens and where each
    first occurs outside personal data, token spans in the original text (on demand), the topic cues."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._personal = [(s.start, s.end) for s in doc.spans if s.kind in PERSONAL_KINDS]
        groups: dict[str, int] = {}
        group: list[int] = []
        first: list[int] = []
        for p, tok in enumerate(doc.words):
            g = groups.get(tok)
            if g is None:
                g = groups[tok] = len(first)
                first.append(p)
            group.append(g)
        self.group = np.asarray(group, dtype=np.int64)
        self._spans: dict[int, tuple[int, int]] = {}
        if self._personal:  # tokens that touch personal data never become evidence, nor give it weight
            public = [self._is_public(p) for p in range(len(doc.words))]
            self.public = np.asarray(public, dtype=np.float64)
            first = [-1] * len(first)
            for p in range(len(doc.words) - 1, -1, -1):
                if public[p]:
                    first[group[p]] = p
        else:
            self.public = np.ones(len(doc.words))
        self.first = np.asarray(first, dtype=np.int64)

    def span(self, p: int) -> tuple[int, int]:
        """Token ``p``'s span in the original text."""
        got = self._spans.get(p)
        if got is None:
            _, start, end = self.doc.tokens[p]
            got = self._spans[p] = self.doc.raw_span(start, end)
        return got

    def _is_public(self, p: int) -> bool:
        a, b = self.span(p)
        return a < b and not any(pa < b and a < pb for pa, pb in self._personal)

    def cue_span(self, topic: int) -> tuple[int, int] | None:
        """Where the first cue of ``topic`` was counted: its whole tokens, in the original text."""
        for t, a, b in self.doc.cues:
            if t == topic:
                start, end = self.span(a)[0], self.span(b - 1)[1]
                if start < end and not any(pa < end and start < pb for pa, pb in self._personal):
                    return start, end
        return None


_KIND_FEATURES = frozenset(KINDS)  # detail features that count spans of a kind (not of the whole text)
