"""Which part of a project an analysis looks at: documents, document
attributes, codes and coders.

A :class:`Filters` holds ids and is what the app and the command line build;
:meth:`Filters.resolve` turns it into a :class:`Scope`, the concrete lists
every analysis in :mod:`qcode.analysis` works from.

Rules, the same for every analysis:

* ``documents``: only these documents (``None``: all of them);
* ``attributes``: ``name=value`` pairs; a document must match every named
  attribute.  Values compare as text, ignoring case and surrounding spaces
  (``gender=Female`` matches ``female``; a yes/no attribute is ``true`` or
  ``false``).  The same name given twice means either value
  (``city=Beijing`` and ``city=Wuhan``): one document never holds two values,
  so "both" could only ever select nothing.  A document without the
  attribute never matches;
* ``codes``: only these codes *and their sub-codes*;
* ``coders``: only the codings these coders made.  Memos, which are not
  codings, follow their author (see :mod:`qcode.analysis.segments_report`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from qcode.core.attributes import parse_assignment
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.model import AttributeValue, Code, Codebook, Document


def attribute_text(value: AttributeValue | None) -> str:
    """An attribute value as the text filters and reports compare and show."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _folded(text: str) -> str:
    return text.strip().casefold()


@dataclass(frozen=True)
class Scope:
    """A :class:`Filters` resolved against one project at one moment."""

    documents: list[Document]  # passing the document and attribute filters, display order
    codebook: Codebook
    code_ids: frozenset[int] | None  # the chosen codes with all their sub-codes; None: all
    coder_ids: frozenset[int] | None  # None: every coder
    all_documents: bool = True  # no document or attribute filter

    @property
    def document_ids(self) -> list[int]:
        return [document.id for document in self.documents]

    def codes(self) -> list[Code]:
        """The codes in scope, in codebook (depth-first display) order."""
        return [
            code
            for code in self.codebook.walk()
            if self.code_ids is None or code.id in self.code_ids
        ]

    def includes_code(self, code_id: int) -> bool:
        return self.code_ids is None or code_id in self.code_ids

    def includes_coder(self, coder_id: int | None) -> bool:
        return self.coder_ids is None or coder_id in self.coder_ids


@dataclass(frozen=True)
class Filters:
    """What to analyse; every field left at its default means "everything"."""

    documents: frozenset[int] | None = None  # document ids
    attributes: tuple[tuple[str, str], ...] = ()  # (name, value) pairs
    codes: frozenset[int] | None = None  # code ids; their sub-codes are included
    coders: frozenset[int] | None = None  # coder ids

    @classmethod
    def from_names(
        cls,
        project: Project,
        *,
        documents: Sequence[str] | None = None,
        attributes: Sequence[str] = (),
        codes: Sequence[str] | None = None,
        coders: Sequence[str] | None = None,
    ) -> Filters:
        """Filters from what a user types: document names (or UUIDs),
        ``name=value`` attributes, code paths (or UUIDs) and coder names.

        An empty or missing list filters nothing.  Anything unknown raises one
        :class:`~qcode.errors.QcodeError` that names all of it.
        """
        unknown: list[str] = []
        document_ids = _resolve(documents, lambda ref: project.document(ref).id, unknown)
        code_ids = _resolve(codes, lambda ref: project.code(ref).id, unknown)
        coder_ids = _resolve(coders, project.coder_id, unknown)
        names = {variable.name: variable.name for variable in project.reader.variables()}
        folded_names = {_folded(name): name for name in names}
        pairs: list[tuple[str, str]] = []
        for text in attributes:
            name, value = parse_assignment(text)
            canonical = names.get(name) or folded_names.get(_folded(name))
            if canonical is None:
                unknown.append(f"no attribute '{name}'")
            else:
                pairs.append((canonical, value))
        if unknown:
            raise QcodeError("; ".join(unknown))
        return cls(document_ids, tuple(pairs), code_ids, coder_ids)

    @property
    def filters_anything(self) -> bool:
        return bool(
            self.documents is not None
            or self.attributes
            or self.codes is not None
            or self.coders is not None
        )

    def matches_attributes(self, document: Document) -> bool:
        """Whether ``document`` passes the attribute filter (see the module)."""
        wanted: dict[str, set[str]] = {}
        for name, value in self.attributes:
            wanted.setdefault(name, set()).add(_folded(value))
        if not wanted:
            return True
        folded = {_folded(name): value for name, value in document.attributes.items()}
        for name, values in wanted.items():
            held = document.attributes.get(name, folded.get(_folded(name)))
            if held is None or _folded(attribute_text(held)) not in values:
                return False
        return True

    def resolve(self, project: Project) -> Scope:
        """The documents, codes and coders these filters select now."""
        codebook = project.codebook()
        documents = [
            document
            for document in project.documents()
            if (self.documents is None or document.id in self.documents)
            and self.matches_attributes(document)
        ]
        code_ids: frozenset[int] | None = None
        if self.codes is not None:
            chosen = {code_id for code_id in self.codes if code_id in codebook}
            for code_id in list(chosen):
                chosen.update(code.id for code in codebook.walk(code_id))
            code_ids = frozenset(chosen)
        whole = self.documents is None and not self.attributes
        return Scope(documents, codebook, code_ids, self.coders, whole)

    def describe(self, project: Project | None = None) -> str:
        """The filters in words, for the Summary sheet and the command line.

        With ``project`` the documents, codes and coders are named; without
        it they are counted.
        """
        if not self.filters_anything:
            return "none (the whole project)"
        parts: list[str] = []
        if self.documents is not None:
            names = _names(self.documents, project, "documents")
            parts.append(f"documents: {names}")
        if self.attributes:
            shown = ", ".join(f"{name} = {value}" for name, value in self.attributes)
            parts.append(f"document attributes: {shown}")
        if self.codes is not None:
            parts.append(f"codes (with their sub-codes): {_names(self.codes, project, 'codes')}")
        if self.coders is not None:
            parts.append(f"coders: {_names(self.coders, project, 'coders')}")
        return "; ".join(parts)


def _resolve(
    refs: Sequence[str] | None, lookup: Callable[[str], int], unknown: list[str]
) -> frozenset[int] | None:
    if not refs:
        return None
    ids: set[int] = set()
    for ref in refs:
        try:
            ids.add(lookup(ref))
        except QcodeError as error:
            unknown.append(str(error))
    return frozenset(ids)


def _names(ids: Iterable[int], project: Project | None, kind: str) -> str:
    ids = sorted(ids)
    if project is None:
        return f"{len(ids)} {kind[:-1] if len(ids) == 1 else kind}" if ids else f"no {kind}"
    if kind == "documents":
        known = {document.id: document.name for document in project.documents()}
    elif kind == "codes":
        codebook = project.codebook()
        known = {code.id: codebook.path(code.id) for code in codebook.walk()}
    else:
        known = {coder.id: coder.name for coder in project.coders()}
    names = [known.get(i, f"#{i} (deleted)") for i in ids]
    return ", ".join(names) if names else f"no {kind}"
