"""Translatable user-facing texts for Qt-free code.

Domain code writes `Message("Ctx", QT_TRANSLATE_NOOP("Ctx", "English text with %1"), (arg,))`:
pyside6-lupdate extracts the QT_TRANSLATE_NOOP call (both arguments must be string
literals), and a view shows it with `message.render(QCoreApplication.translate)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A source text, its translation context and the values for its %1…%9 placeholders.

    An argument may itself be a Message (e.g. a field label), rendered with the same
    translator. Placeholders are replaced in one pass, so an argument containing "%2"
    is never substituted again (as QString.arg with several arguments does).
    """

    context: str
    text: str
    args: tuple[str | Message, ...] = ()

    def render(self, translate: Callable[[str, str], str] = _identity) -> str:
        template = translate(self.context, self.text)
        rendered = [a.render(translate) if isinstance(a, Message) else str(a) for a in self.args]

        def substitute(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            return rendered[index] if 0 <= index < len(rendered) else match.group(0)

        return _PLACEHOLDER.sub(substitute, template)

    def __str__(self) -> str:
        return self.render()
