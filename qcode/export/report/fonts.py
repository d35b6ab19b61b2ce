"""The fonts a PDF report (and its charts) are set in, found offline.

Researchers write reports on Windows, macOS and Linux laptops without a
network, about interviews in many scripts; a PDF must carry its fonts so it
shows the same everywhere.  qcode's own dependencies bring them, all under
the SIL Open Font License 1.1:

* ``manimgx-fonts``: Noto Sans (upright, bold through its weight axis,
  italic), Noto Emoji (black and white), Noto Sans Symbols, and Noto Sans for
  Hebrew, Armenian, Georgian, Ethiopic, the scripts of India and Sri Lanka,
  Thai, Lao, Khmer and Myanmar;
* ``fontpkg-amiri``: Amiri, for Arabic, Persian and Urdu (shaped, right to
  left; its letters come back out of the PDF as text, unlike fonts that
  build letters out of separate dots);
* ``noto-cjk-sans-otc``: Noto Sans CJK, for Chinese, Japanese and Korean,
  including characters beyond the Basic Multilingual Plane such as 𠮷.

Where one of those packages is missing, well-known system fonts stand in.
A character that no font here can show is refused with a one-line error
naming it and what to install, before anything is written: a quote must
never lose a character silently.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from qcode.errors import QcodeError
from qcode.messages import Message

# Characters that take no glyph: white space and invisible format characters
# (joiners, variation selectors, direction marks), shaped away or skipped.
_NO_GLYPH = frozenset("\n\r\t\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")


@dataclass(frozen=True)
class FontFile:
    """One font: a file (and its number inside a collection)."""

    path: Path
    number: int = 0


@dataclass(frozen=True)
class Face:
    """A font the report may use: its name in the PDF, where it is found
    (packaged first, then system files), and what to install when it is not."""

    name: str
    package: str  # the Python package (module) that ships it
    package_file: str  # the file inside that package
    package_number: int = 0  # inside a collection
    system: tuple[tuple[str, int], ...] = ()  # (path, number) on Windows, macOS, Linux
    install: str = "manimgx-fonts"  # what to pip install

    def find(self) -> FontFile | None:
        """The first of the packaged file and the system files that exists."""
        spec = importlib.util.find_spec(self.package)
        if spec is not None and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                candidate = Path(folder) / self.package_file
                if candidate.is_file():
                    return FontFile(candidate, self.package_number)
        for path, number in self.system:
            candidate = Path(os.path.expandvars(path))
            if candidate.is_file():
                return FontFile(candidate, number)
        return None


_WINDOWS = "%WINDIR%/Fonts/" if sys.platform == "win32" else "/nonexistent/"
_MAC = "/System/Library/Fonts/"
_LINUX = "/usr/share/fonts/"


def _noto(script: str) -> Face:
    return Face(script, "manimgx_fonts", f"NotoSans{script}[wght].ttf")


# The body font first, then the fallbacks in the order they are tried.
SANS = Face(
    "Sans",
    "manimgx_fonts",
    "NotoSans[wght].ttf",
    system=(
        (_WINDOWS + "arial.ttf", 0),
        (_MAC + "Supplemental/Arial.ttf", 0),
        (_LINUX + "truetype/noto/NotoSans-Regular.ttf", 0),
        (_LINUX + "truetype/dejavu/DejaVuSans.ttf", 0),
    ),
)
ITALIC = Face("SansItalic", "manimgx_fonts", "NotoSans-Italic[wght].ttf")
ARABIC = Face(
    "Arabic",
    "fontpkg_amiri",
    "files/Amiri-Regular.ttf",
    system=((_WINDOWS + "arial.ttf", 0), (_LINUX + "truetype/noto/NotoNaskhArabic-Regular.ttf", 0)),
    install="fontpkg-amiri",
)
CJK = Face(
    "CJK",
    "noto_cjk_sans_otc",
    "NotoSansCJK-Regular.ttc",
    2,  # the collection's Simplified Chinese face (all five hold the same characters)
    system=(
        (_WINDOWS + "msyh.ttc", 0),
        (_WINDOWS + "simsun.ttc", 0),
        (_MAC + "PingFang.ttc", 0),
        (_MAC + "STHeiti Light.ttc", 0),
        (_LINUX + "opentype/noto/NotoSansCJK-Regular.ttc", 2),
        (_LINUX + "truetype/wqy/wqy-microhei.ttc", 0),
    ),
    install="noto-cjk-sans-otc",
)
EMOJI = Face(
    "Emoji",
    "manimgx_fonts",
    "NotoEmoji[wght].ttf",
    system=((_WINDOWS + "seguisym.ttf", 0),),
)
FALLBACKS: tuple[Face, ...] = (
    ARABIC,
    CJK,
    *(
        _noto(script)
        for script in (
            "Hebrew Armenian Georgian Ethiopic Devanagari Bengali Gurmukhi Gujarati Oriya "
            "Tamil Telugu Kannada Malayalam Sinhala Thai Lao Khmer Myanmar Symbols"
        ).split()
    ),
    EMOJI,
)


def needs_glyph(char: str) -> bool:
    """Whether ``char`` is drawn (white space and format characters are not)."""
    return not (char in _NO_GLYPH or char.isspace() or unicodedata.category(char) == "Cf")


def describe(char: str) -> str:
    """``'ᚠ' (U+16A0 RUNIC LETTER FEHU)``, for an error message."""
    name = unicodedata.name(char, "unnamed character")
    return f"'{char}' (U+{ord(char):04X} {name})"


@dataclass
class FontSet:
    """The fonts found on this machine and which one shows each character."""

    sans: FontFile
    faces: dict[str, tuple[Face, FontFile]] = field(default_factory=dict)
    _cmaps: dict[str, frozenset[int]] = field(default_factory=dict)
    _chosen: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def find(cls, shown_as: str) -> FontSet:
        """The fonts here; no body font at all is refused (naming ``shown_as``)."""
        sans = SANS.find()
        if sans is None:
            raise QcodeError(
                Message(
                    "{file}: no font to write a PDF with: install the Python package "
                    "{package} (it comes with qcode), or write the report as .docx",
                    file=shown_as,
                    package=SANS.install,
                )
            )
        found = cls(sans)
        for face in FALLBACKS:
            file = face.find()
            if file is not None:
                found.faces[face.name] = (face, file)
        return found

    @cached_property
    def italic(self) -> FontFile | None:
        return ITALIC.find()

    def cmap(self, name: str) -> frozenset[int]:
        """The code points the font ``name`` ("Sans" or a fallback) has glyphs for."""
        if name not in self._cmaps:
            from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

            file = self.sans if name == SANS.name else self.faces[name][1]
            font = TTFont(file.path, fontNumber=file.number, lazy=True)
            try:
                self._cmaps[name] = frozenset(font.getBestCmap() or {})
            finally:
                font.close()
        return self._cmaps[name]

    def face_for(self, char: str) -> str | None:
        """The first font (the body font, then the fallbacks) showing ``char``."""
        if char not in self._chosen:
            point = ord(char)
            chosen = None
            for name in (SANS.name, *self.faces):
                if point in self.cmap(name):
                    chosen = name
                    break
            self._chosen[char] = chosen
        return self._chosen[char]

    def check(self, text: str, shown_as: str) -> set[str]:
        """The fallback fonts ``text`` needs; a character none can show is
        refused with a :class:`QcodeError` naming it and what to install."""
        needed: set[str] = set()
        for char in set(text):
            if not needs_glyph(char):
                continue
            name = self.face_for(char)
            if name is None:
                raise QcodeError(
                    Message(
                        "{file}: no font here can show {character}: install "
                        "{what}, or write the report as .docx",
                        file=shown_as,
                        character=describe(char),
                        what=_install_for(char),
                    )
                )
            if name != SANS.name:
                needed.add(name)
        return needed

    def file(self, name: str) -> FontFile:
        return self.sans if name == SANS.name else self.faces[name][1]

    def pillow_font(self, name: str, size: int) -> Any:
        """The font ``name`` for Pillow (the charts), at ``size`` pixels."""
        from PIL import ImageFont

        file = self.file(name)
        return ImageFont.truetype(str(file.path), size, index=file.number)


def _install_for(char: str) -> str:
    """What to install for ``char``: the package of the font made for its script."""
    name = unicodedata.name(char, "")
    package = None
    if any(word in name for word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPH")):
        package = CJK.install
    elif "ARABIC" in name:
        package = ARABIC.install
    elif unicodedata.category(char) == "So":
        package = EMOJI.install
    if package is None:
        return Message("a font that covers it")
    return Message("the Python package {package} (it comes with qcode)", package=package)
