"""A small template language for discourse frames.

Syntax (nestable):

- ``[a|b|c]``   one alternative, chosen uniformly; ``[a|]`` makes ``a`` optional.
- ``{slot}``    a value from the gazetteers (see :mod:`training.corpus.gazetteer`); the same slot name
  within one rendering always gives the same value, so ``{person}`` twice names one person.
  A digit suffix asks for another value of the same kind: ``{person2}``, ``{amount3}``.
- ``<<a##b##c>>`` the parts ``a``, ``b``, ``c`` in a random order (sentence reordering).

Templates are compiled once; rendering is a walk over the compiled tree with a seeded ``random.Random``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

SlotFiller = Callable[[str, random.Random], str]


@dataclass(frozen=True)
class Text:
    value: str


@dataclass(frozen=True)
class Slot:
    name: str
    kind: str


@dataclass(frozen=True)
class Choice:
    options: tuple[Seq, ...]


@dataclass(frozen=True)
class Shuffle:
    parts: tuple[Seq, ...]


Node = Text | Slot | Choice | Shuffle
Seq = tuple[Node, ...]

_SLOT_KIND = re.compile(r"^([a-z_]+?)\d*$")


class TemplateError(ValueError):
    """A frame's template does not parse."""


def compile_template(source: str) -> Seq:
    """Parse ``source`` into a tree of nodes.

    >>> compile_template("[ก|ข]{province}")[1]
    Slot(name='province', kind='province')
    """
    seq, pos = _parse_seq(source, 0, stop=())
    if pos != len(source):
        raise TemplateError(f"unexpected {source[pos]!r} at {pos} in {source[:60]!r}")
    return seq


def _parse_seq(src: str, pos: int, stop: tuple[str, ...]) -> tuple[Seq, int]:
    nodes: list[Node] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            nodes.append(Text("".join(buf)))
            buf.clear()

    while pos < len(src):
        if any(src.startswith(s, pos) for s in stop):
            break
        ch = src[pos]
        if src.startswith("<<", pos):
            flush()
            parts: list[Seq] = []
            pos += 2
            while True:
                part, pos = _parse_seq(src, pos, stop=("##", ">>"))
                parts.append(part)
                if src.startswith("##", pos):
                    pos += 2
                elif src.startswith(">>", pos):
                    pos += 2
                    break
                else:
                    raise TemplateError(f"unclosed << in {src[:60]!r}")
            nodes.append(Shuffle(tuple(parts)))
        elif ch == "[":
            flush()
            options: list[Seq] = []
            pos += 1
            while True:
                opt, pos = _parse_seq(src, pos, stop=("|", "]"))
                options.append(opt)
                if pos >= len(src):
                    raise TemplateError(f"unclosed [ in {src[:60]!r}")
                if src[pos] == "|":
                    pos += 1
                else:
                    pos += 1
                    break
            nodes.append(Choice(tuple(options)))
        elif ch == "{":
            end = src.find("}", pos)
            if end < 0:
                raise TemplateError(f"unclosed {{ in {src[:60]!r}")
            name = src[pos + 1 : end].strip()
            m = _SLOT_KIND.match(name)
            if not m:
                raise TemplateError(f"bad slot name {name!r}")
            flush()
            nodes.append(Slot(name, m.group(1)))
            pos = end + 1
        elif ch in "]|}" or src.startswith("##", pos) or src.startswith(">>", pos):
            raise TemplateError(f"stray {ch!r} at {pos} in {src[:60]!r}")
        else:
            buf.append(ch)
            pos += 1
    flush()
    return tuple(nodes), pos


def slots_of(seq: Seq) -> set[str]:
    """Every slot kind a compiled template uses."""
    kinds: set[str] = set()
    for node in seq:
        if isinstance(node, Slot):
            kinds.add(node.kind)
        elif isinstance(node, Choice):
            for opt in node.options:
                kinds |= slots_of(opt)
        elif isinstance(node, Shuffle):
            for part in node.parts:
                kinds |= slots_of(part)
    return kinds


def render(seq: Seq, rng: random.Random, fill: SlotFiller, values: dict[str, str] | None = None) -> str:
    """Render a compiled template; ``values`` keeps slot values consistent within one text."""
    values = {} if values is None else values
    out: list[str] = []
    _render_into(seq, rng, fill, values, out)
    return "".join(out)


def _render_into(
    seq: Seq, rng: random.Random, fill: SlotFiller, values: dict[str, str], out: list[str]
) -> None:
    for node in seq:
        if isinstance(node, Text):
            out.append(node.value)
        elif isinstance(node, Slot):
            if node.name not in values:
                values[node.name] = fill(node.kind, rng)
            out.append(values[node.name])
        elif isinstance(node, Choice):
            _render_into(node.options[rng.randrange(len(node.options))], rng, fill, values, out)
        else:
            order = list(range(len(node.parts)))
            rng.shuffle(order)
            for i in order:
                _render_into(node.parts[i], rng, fill, values, out)
