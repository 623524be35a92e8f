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

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from model.details import KINDS, PERSONAL_KINDS, PLACEHOLDERS
from model.result import Evidence, EvidenceKind
from model.vectorize import TokenBatch, TokenTfidfVectorizer

if TYPE_CHECKING:
    from model.features import Counting, Doc, ThaiFeatures

_PERSONAL_FEATURE = "personal_data"


class Explainer:
    """Evidence for the predictions of one fitted :class:`~model.features.ThaiFeatures` and its heads.

    The work is done for a whole batch at once with arrays: the n-gram occurrences come from the
    vectorizers themselves (:meth:`~model.vectorize.TokenTfidfVectorizer.occurrences`, the very counting
    that made the features), each head's contributions are one product per head, the strongest tokens of
    every document are chosen by one sort; Python only builds the items shown.

    Parameters
    ----------
    features
        The fitted feature transformer.
    """

    def __init__(self, features: ThaiFeatures) -> None:
        from model.features import DETAIL_FEATURES
        from model.topics import TOPICS

        self.features = features
        self._word_vec, self._char_vec = features.word_vectorizer_, features.char_vectorizer_
        self._char_offset = features.n_word_
        self._detail_offset = features.n_word_ + features.n_char_
        self._details = list(DETAIL_FEATURES)
        self._detail_features = [f"detail:{name}" for name in DETAIL_FEATURES]
        self._topic_index = {f"topic_{t}": i for i, t in enumerate(TOPICS)}

    # --- contributions per token ---------------------------------------------------------------------------

    def _occurrences(self, batch: TokenBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (column, token, share) that the word and character n-grams of the documents make: a word
        n-gram of ``n`` tokens gives ``1/n`` to each of them, a character n-gram all to its token. Tokens
        are numbered across the batch (``batch.tokens``)."""
        if not isinstance(self._word_vec, TokenTfidfVectorizer) or not isinstance(
            self._char_vec, TokenTfidfVectorizer
        ):
            return _text_occurrences(self.features, batch)
        w_cols, w_first, w_size = self._word_vec.occurrences(batch)
        c_cols, c_first, _ = self._char_vec.occurrences(batch)
        total = int(w_size.sum())
        within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(w_size) - w_size, w_size)
        cols = np.concatenate([np.repeat(w_cols, w_size), c_cols + self._char_offset])
        owners = np.concatenate([np.repeat(w_first, w_size) + within, c_first])
        factors = np.concatenate([np.repeat(1.0 / np.maximum(w_size, 1), w_size), np.ones(len(c_cols))])
        return cols, owners, factors

    def _flat_contributions(
        self, X: Any, batch: TokenBatch, weights: Sequence[tuple[np.ndarray, np.ndarray]]
    ) -> list[tuple[np.ndarray, _Details]]:
        """Per head: every token's summed contribution (numbered across the batch), and the detail features'
        contributions (document, detail index, contribution; by document, then index)."""
        X = X.tocsr()
        if not X.has_sorted_indices:
            X = X.copy()
            X.sort_indices()
        n_docs, n_features = X.shape
        rows = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(X.indptr))
        indices = X.indices.astype(np.int64)
        keys = rows * n_features + indices  # sorted: rows ascending, columns sorted within a row
        vals = X.data.astype(np.float64)
        occ_cols, owners, factors = self._occurrences(batch)
        pos = np.zeros(0, dtype=np.int64)
        if len(keys) and len(occ_cols):
            occ_keys = batch.doc_of[owners] * n_features + occ_cols
            pos = np.minimum(np.searchsorted(keys, occ_keys), len(keys) - 1)
            found = keys[pos] == occ_keys
            pos, owners, factors = pos[found], owners[found], factors[found]
        else:
            owners, factors = owners[:0], factors[:0]
        counts = np.bincount(pos, weights=factors, minlength=len(keys))
        detail = indices >= self._detail_offset
        detail_rows, detail_idx = rows[detail], indices[detail] - self._detail_offset
        out = []
        for W, k in weights:
            contrib = vals * W[k[rows], indices]
            share = contrib[pos] * factors / counts[pos] if len(pos) else np.zeros(0)
            per_token = np.bincount(owners, weights=share, minlength=len(batch.tokens))
            out.append((per_token, _Details(detail_rows, detail_idx, contrib[detail], n_docs)))
        return out

    def _counted_contributions(
        self, counting: Counting, weights: Sequence[tuple[np.ndarray, np.ndarray]]
    ) -> list[tuple[np.ndarray, _Details]]:
        """:meth:`_flat_contributions` from the blocks and occurrences that made the features.

        A head's weight is looked up once per stored value (document, column) of the blocks, then given to
        the occurrences behind the value; a character n-gram lies in one token, so only word n-grams are
        repeated for the tokens they span.
        """
        batch = counting.batch
        entries, owners, values, entry_rows, entry_cols = [], [], [], [], []
        n_entries = 0
        for block, counted, offset in counting.blocks:
            size = counted.size
            # each occurrence's part of its value, shared by the tokens it spans
            value = block.data[counted.entry].astype(np.float64) / counted.counts[counted.entry]
            entry, first = counted.entry + n_entries, counted.first
            total = int(size.sum())
            if total != len(size):  # n-grams of several tokens: 1/n to each of them
                value = np.repeat(value / size, size)
                within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(size) - size, size)
                entry, first = np.repeat(entry, size), np.repeat(first, size) + within
            entries.append(entry)
            owners.append(first)
            values.append(value)
            entry_rows.append(np.repeat(np.arange(block.shape[0], dtype=np.int64), np.diff(block.indptr)))
            entry_cols.append(block.indices.astype(np.int64) + offset)
            n_entries += block.nnz
        occ_entry, occ_owner, occ_value = (
            np.concatenate(entries),
            np.concatenate(owners),
            np.concatenate(values),
        )
        e_rows, e_cols = np.concatenate(entry_rows), np.concatenate(entry_cols)
        detail = counting.detail
        d_rows = np.repeat(np.arange(detail.shape[0], dtype=np.int64), np.diff(detail.indptr))
        d_idx = detail.indices.astype(np.int64)
        d_vals = detail.data.astype(np.float64)
        out = []
        for W, k in weights:
            share = occ_value * W[k[e_rows], e_cols][occ_entry]
            per_token = np.bincount(occ_owner, weights=share, minlength=len(batch.tokens))
            contrib = d_vals * W[k[d_rows], counting.detail_offset + d_idx]
            out.append((per_token, _Details(d_rows, d_idx, contrib, detail.shape[0])))
        return out

    def contributions(
        self, docs: Sequence[Doc], X: Any, weights: Sequence[tuple[np.ndarray, np.ndarray]]
    ) -> list[tuple[list[np.ndarray], list[dict[int, float]]]]:
        """Per head, per document: each token's summed contribution, and each detail feature's (by index).

        ``X`` is the documents' feature matrix (CSR); ``weights[h]`` is ``(W, k)``: head ``h``'s per-class
        feature weights (classes x features) and the class explained for each document. Computed for the
        whole batch at once.
        """
        batch = TokenBatch.of([d.words for d in docs])
        bounds = np.concatenate([[0], np.cumsum(batch.lengths)]).astype(np.int64)
        out = []
        for per_token, details in self._flat_contributions(X, batch, weights):
            per_doc = [per_token[bounds[i] : bounds[i + 1]] for i in range(len(docs))]
            out.append((per_doc, [dict(pairs) for pairs in details.per_doc()]))
        return out

    def explain(
        self,
        docs: Sequence[Doc],
        X: Any,
        heads: Sequence[tuple[str, list[str], np.ndarray, np.ndarray, int]],
        counting: Counting | None = None,
    ) -> list[list[Evidence]]:
        """Evidence for every document of a batch.

        ``heads`` holds ``(head, labels, W, k, budget)``: the label explained for each document, the head's
        per-class weights (centred and scaled: what moves a softmax probability), the class index of each
        document's label and how many items the head may give. ``counting`` (from
        :meth:`~model.features.ThaiFeatures.transform_counted`) saves counting the n-grams again.
        """
        head_weights = [(W, k) for _, _, W, k, _ in heads]
        if counting is not None:  # the occurrences as counted for X: nothing to count or look up again
            batch = counting.batch
            per_head = self._counted_contributions(counting, head_weights)
        else:
            batch = TokenBatch.of([d.words for d in docs])
            per_head = self._flat_contributions(X, batch, head_weights)
        groups = _Groups.of(docs, batch)
        out: list[list[Evidence]] = [[] for _ in docs]
        # what an item shows (feature, kind, span, text; None: nothing a reviewer may see) depends on the
        # document and the token or detail only, not on the head: looked up once for both heads
        shown_as: list[dict[int, tuple[str, EvidenceKind, tuple[int, int] | None, str | None] | None]]
        shown_as = [{} for _ in docs]
        for (head, labels, _, _, budget), (per_token, details) in zip(heads, per_head, strict=True):
            if budget <= 0:
                continue
            bounds, weights, what, index = self._ranked(groups, per_token, details, 2 * budget)
            for i, doc in enumerate(docs):
                items = out[i]
                label = labels[i]
                known = shown_as[i]
                shown = 0
                for j in range(bounds[i], bounds[i + 1]):
                    weight = round(weights[j], 4)
                    if shown >= budget or weight == 0.0:
                        break
                    key = 2 * index[j] + what[j]
                    if key in known:
                        item = known[key]
                    else:
                        item = known[key] = self._item(doc, what[j], index[j])
                    if item is not None:
                        feature, kind, span, text = item
                        items.append(Evidence(head, label, feature, kind, weight, span, text))
                        shown += 1
        return out

    def _ranked(
        self, groups: _Groups, per_token: np.ndarray, details: _Details, n_tokens: int
    ) -> tuple[list[int], list[float], list[int], list[int]]:
        """Every document's candidates, the strongest first: its ``n_tokens`` strongest distinct tokens
        (``what`` 0, ``index`` the position of the first public occurrence) and its detail features
        (``what`` 1, ``index`` the detail), ties kept in that order. Returns ``bounds`` (document ``i``'s
        candidates are ``bounds[i]:bounds[i + 1]``) and the ``weights``, ``what`` and ``index`` lists.

        Spans are looked up later, only for the items shown (a detail without a span a reviewer may see
        gives way to the next).
        """
        tok_doc, tok_w, tok_pos = groups.strongest(per_token, n_tokens)
        keep = (details.contrib != 0.0) & (details.idx < len(self._details))
        doc = np.concatenate([tok_doc, details.rows[keep]])
        weights = np.concatenate([tok_w, details.contrib[keep]])
        what = np.concatenate(
            [np.zeros(len(tok_doc), dtype=np.int64), np.ones(int(keep.sum()), dtype=np.int64)]
        )
        index = np.concatenate([tok_pos, details.idx[keep]])
        order = np.lexsort((np.arange(len(doc)), -np.abs(weights), doc))
        bounds = np.searchsorted(doc[order], np.arange(groups.n_docs + 1)).tolist()
        return bounds, weights[order].tolist(), what[order].tolist(), index[order].tolist()

    # --- evidence -----------------------------------------------------------------------------------------

    def _item(
        self, doc: Doc, what: int, index: int
    ) -> tuple[str, EvidenceKind, tuple[int, int] | None, str | None] | None:
        if what == 0:  # a token (always public: tokens that touch personal data are never candidates)
            a, b = doc.piece_index.span(index)
            start, end = doc.offsets[a], doc.offsets[b - 1] + 1
            return f"word:{doc.words[index]}", "word", (start, end), doc.raw[start:end]
        name = self._details[index]
        feature = self._detail_features[index]
        if name == _PERSONAL_FEATURE:
            first = next((s for s in doc.spans if s.kind in PERSONAL_KINDS), None)
            return (
                None
                if first is None
                else (feature, "personal", (first.start, first.end), PLACEHOLDERS[first.kind])
            )
        if name in self._topic_index:
            cue = _cue_span(doc, self._topic_index[name])
            return None if cue is None else (feature, "cue", cue, doc.raw[cue[0] : cue[1]])
        if name in _KIND_FEATURES:
            first = next((s for s in doc.spans if s.kind == name), None)
            return None if first is None else (feature, "detail", (first.start, first.end), first.text)
        return feature, "document", None, None


def _token_span(doc: Doc, p: int) -> tuple[int, int]:
    """Word ``p``'s span in the original text."""
    return doc.word_span(p)


def _touches(start: int, end: int, personal: list[tuple[int, int]]) -> bool:
    return any(pa < end and start < pb for pa, pb in personal)


def _cue_span(doc: Doc, topic: int) -> tuple[int, int] | None:
    """Where the first cue of ``topic`` was counted: its whole tokens, in the original text."""
    personal = doc.personal
    for t, a, b in doc.cues:
        if t == topic:
            start, end = _token_span(doc, a)[0], _token_span(doc, b - 1)[1]
            if start < end and not _touches(start, end, personal):
                return start, end
    return None


class _Details:
    """The detail-feature contributions of a batch: ``(document, detail index, contribution)`` arrays,
    sorted by document then index."""

    def __init__(self, rows: np.ndarray, idx: np.ndarray, contrib: np.ndarray, n_docs: int) -> None:
        self.rows, self.idx, self.contrib, self.n_docs = rows, idx, contrib, n_docs

    def per_doc(self) -> list[list[tuple[int, float]]]:
        b = np.searchsorted(self.rows, np.arange(self.n_docs + 1)).tolist()
        idx, contrib = self.idx.tolist(), self.contrib.tolist()
        return [
            list(zip(idx[b[i] : b[i + 1]], contrib[b[i] : b[i + 1]], strict=True)) for i in range(self.n_docs)
        ]


class _Groups:
    """The distinct tokens of each document of a batch, and where each first occurs outside personal data.

    Tokens that touch personal data are never evidence, nor give weight to their group.
    """

    def __init__(
        self,
        group: np.ndarray,
        group_doc: np.ndarray,
        first: np.ndarray,
        public: np.ndarray,
        starts: np.ndarray,
        n_docs: int,
    ) -> None:
        self.group, self.group_doc, self.first, self.public = group, group_doc, first, public
        self.starts, self.n_docs = starts, n_docs

    @classmethod
    def of(cls, docs: Sequence[Doc], batch: TokenBatch) -> _Groups:
        n_distinct = max(len(batch.distinct), 1)
        keys, group = np.unique(batch.doc_of * n_distinct + batch.ids, return_inverse=True)
        group = group.reshape(-1)
        starts = np.concatenate([[0], np.cumsum(batch.lengths)[:-1]]).astype(np.int64)
        public = np.ones(len(batch.tokens))
        for i, doc in enumerate(docs):
            personal = doc.personal
            if personal:
                for p in range(len(doc.words)):
                    a, b = _token_span(doc, p)
                    if not (a < b and not _touches(a, b, personal)):
                        public[starts[i] + p] = 0.0
        visible = np.flatnonzero(public)
        first = np.full(len(keys), -1, dtype=np.int64)
        seen, where = np.unique(group[visible], return_index=True)
        first[seen] = visible[where]
        return cls(group, keys // n_distinct, first, public, starts, len(docs))

    def strongest(self, per_token: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each document, its ``n`` distinct tokens of largest summed weight (non-zero), strongest
        first: the arrays (document, weight, position in the document of the first public occurrence),
        sorted by document."""
        weights = np.bincount(self.group, weights=per_token * self.public, minlength=len(self.first))
        cand = np.flatnonzero((weights != 0.0) & (self.first >= 0))
        cand = cand[_within_top(np.abs(weights[cand]), self.group_doc[cand], self.n_docs, n)]
        order = cand[np.lexsort((-np.abs(weights[cand]), self.group_doc[cand]))]
        docs = self.group_doc[order]
        begin = np.searchsorted(docs, np.arange(self.n_docs + 1))
        keep = order[np.arange(len(order)) - begin[docs] < n]
        kept_docs = self.group_doc[keep]
        return kept_docs, weights[keep], self.first[keep] - self.starts[kept_docs]


_PAD_LIMIT = 4_000_000  # cells of the padded (documents x candidates) table; beyond it, no pre-selection


def _within_top(strength: np.ndarray, doc: np.ndarray, n_docs: int, n: int) -> np.ndarray:
    """Which candidates can be among the ``n`` strongest of their document: those at least as strong as
    the document's ``n``-th strongest (ties kept, so the sort that follows keeps exactly the same ``n``).

    ``doc`` is sorted. One ``np.partition`` of a (documents x candidates) table instead of sorting every
    candidate of the batch: the sort then sees about ``n`` per document. Everything is kept when no document
    has more than ``n`` candidates or the table would be too large (one very long text in a batch).
    """
    if n <= 0:
        return np.zeros(len(strength), dtype=bool)
    counts = np.bincount(doc, minlength=n_docs)
    width = int(counts.max()) if len(counts) else 0
    if width <= n or n_docs * width > _PAD_LIMIT:
        return np.ones(len(strength), dtype=bool)
    column = np.arange(len(doc), dtype=np.int64) - (np.cumsum(counts) - counts)[doc]
    table = np.full((n_docs, width), -1.0)
    table[doc, column] = strength
    nth = np.partition(table, width - n, axis=1)[:, width - n]  # the n-th largest of each row
    return strength >= nth[doc]


def _text_occurrences(features: ThaiFeatures, batch: TokenBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Occurrences for vectorizers pickled before :class:`~model.vectorize.TokenTfidfVectorizer` counted
    them itself: n-grams looked up by their text (a callable analyzer)."""
    word_vec, char_vec = features.word_vectorizer_, features.char_vectorizer_
    word_vocab, char_vocab = word_vec.vocabulary_, char_vec.vocabulary_
    char_grams = char_vec.analyzer if callable(char_vec.analyzer) else char_vec.build_analyzer()
    low, high = features.word_ngram_range
    flat = batch.tokens
    cols: list[int] = []
    owners: list[int] = []
    factors: list[float] = []
    for p, tok in enumerate(flat):
        if low == 1 and tok in word_vocab:
            cols.append(word_vocab[tok])
            owners.append(p)
            factors.append(1.0)
        for gram in char_grams([tok]):
            j = char_vocab.get(gram)
            if j is not None:
                cols.append(features.n_word_ + j)
                owners.append(p)
                factors.append(1.0)
    doc_of = batch.doc_of
    for n in range(max(low, 2), high + 1):
        for p in range(len(flat) - n + 1):
            j = word_vocab.get(" ".join(flat[p : p + n]))
            if j is not None and doc_of[p] == doc_of[p + n - 1]:
                cols.extend([j] * n)
                owners.extend(range(p, p + n))
                factors.extend([1.0 / n] * n)
    return (
        np.asarray(cols, dtype=np.int64),
        np.asarray(owners, dtype=np.int64),
        np.asarray(factors, dtype=np.float64),
    )


_KIND_FEATURES = frozenset(KINDS)  # detail features that count spans of a kind (not of the whole text)
