"""Which part of a project an analysis looks at: documents, document
attributes, codes, coders and speakers.

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
  attribute never matches, except a survey's answer, which holds its
  respondent's attributes through the respondent's case;
* ``codes``: only these codes *and their sub-codes*;
* ``coders``: only the codings these coders made.  Memos, which are not
  codings, follow their author (see :mod:`qcode.analysis.segments_report`);
* ``origins``: only the codings made this way (words of
  :data:`~qcode.model.ORIGINS`: ``hand``, ``suggestion``, ``search``...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from qcode.analysis.speaker_filter import KeptText, SpeakerSelection, selection
from qcode.core.attributes import parse_assignment
from qcode.core.project import Project
from qcode.core.surveys import RESPONDENT
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import ORIGINS, AttributeValue, Code, Codebook, Coding, Document


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
    speakers: SpeakerSelection | None = None  # None: every coding, whoever speaks
    listed: bool = True  # False: every document is in scope, ``documents`` left empty
    origins: frozenset[str] | None = None  # None: however the codings were made

    @property
    def document_ids(self) -> list[int]:
        return [document.id for document in self.documents]

    def ids(self, project: Project) -> list[int]:
        """The ids of the documents in scope, display order (read now when
        the list was left out: see :meth:`Filters.resolve`)."""
        if self.listed:
            return self.document_ids
        return [document_id for document_id, _name in project.reader.document_names()]

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

    def kept_text(self, project: Project, document: Document) -> KeptText | None:
        """What the speaker filter keeps of ``document`` (``None``: no
        speaker filter, everything counts).  A coding counts when
        ``kept.holds(coding start)``."""
        if self.speakers is None:
            return None
        return self.speakers.kept_text(project.speaker_turns(document), document.length)

    def spoken(self, project: Project, codings: Sequence[Coding]) -> list[Coding]:
        """The codings that pass the speaker filter (all, without one)."""
        if self.speakers is None:
            return list(codings)
        kept: dict[int, KeptText | None] = {}
        found = []
        for coding in codings:
            if coding.document_id not in kept:
                document = project.document(coding.document_id)
                kept[coding.document_id] = self.kept_text(project, document)
            text = kept[coding.document_id]
            if text is None or text.holds(coding.start):
                found.append(coding)
        return found


@dataclass(frozen=True)
class Filters:
    """What to analyse; every field left at its default means "everything"."""

    documents: frozenset[int] | None = None  # document ids
    attributes: tuple[tuple[str, str], ...] = ()  # (name, value) pairs
    codes: frozenset[int] | None = None  # code ids; their sub-codes are included
    coders: frozenset[int] | None = None  # coder ids
    speakers: tuple[str, ...] = ()  # speaker labels kept (none: every speaker)
    exclude_speakers: tuple[str, ...] = ()  # speaker labels left out
    speaker_roles: tuple[str, ...] = ()  # speakers with these roles are kept too
    origins: frozenset[str] | None = None  # words of ORIGINS (None: every origin)

    @classmethod
    def from_names(
        cls,
        project: Project,
        *,
        documents: Sequence[str] | None = None,
        attributes: Sequence[str] = (),
        codes: Sequence[str] | None = None,
        coders: Sequence[str] | None = None,
        speakers: Sequence[str] | None = None,
        exclude_speakers: Sequence[str] | None = None,
        speaker_roles: Sequence[str] | None = None,
        origins: Sequence[str] | None = None,
    ) -> Filters:
        """Filters from what a user types: document names (or UUIDs),
        ``name=value`` attributes, code paths (or UUIDs), coder names,
        speaker labels (exact, else ignoring case), speaker roles and
        origins (``hand``, ``suggestion``..., each maybe ``a,b``).

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
                unknown.append(Message("no attribute '{name}'", name=name))
            else:
                pairs.append((canonical, value))
        kept = _speaker_labels(project, speakers or (), unknown)
        left_out = _speaker_labels(project, exclude_speakers or (), unknown)
        roles = _roles(project, speaker_roles or (), unknown)
        how = None
        if origins:
            try:
                how = parse_origins(origins)
            except QcodeError as error:
                unknown.append(_problem(error))
        if unknown:
            raise QcodeError(joined(unknown))
        return cls(document_ids, tuple(pairs), code_ids, coder_ids, kept, left_out, roles, how)

    @property
    def filters_anything(self) -> bool:
        return bool(
            self.documents is not None
            or self.attributes
            or self.codes is not None
            or self.coders is not None
            or self.filters_speakers
            or self.origins is not None
        )

    @property
    def filters_speakers(self) -> bool:
        return bool(self.speakers or self.exclude_speakers or self.speaker_roles)

    def attribute_matches(self, project: Project) -> set[int] | None:
        """The ids of the documents that pass the attribute filter (see the
        module; ``None``: no attribute filter).  A survey's answer passes on
        its respondent's attributes too (those of its case of the type
        ``respondent``, see :mod:`qcode.core.surveys`) when it lacks the
        attribute itself; read a variable at a time, never every value."""
        wanted: dict[str, set[str]] = {}
        for name, value in self.attributes:
            wanted.setdefault(name, set()).add(_folded(value))
        if not wanted:
            return None
        names = [variable.name for variable in project.reader.variables()]
        passing: set[int] | None = None
        for name, values in wanted.items():
            canonical = name if name in names else None
            if canonical is None:
                canonical = next((n for n in names if _folded(n) == _folded(name)), None)
            held = (
                {} if canonical is None else project.reader.attribute_values(canonical, RESPONDENT)
            )
            found = {i for i, value in held.items() if _folded(attribute_text(value)) in values}
            passing = found if passing is None else passing & found
        return passing

    @property
    def every_document(self) -> bool:
        """Whether every document is in scope (no document, attribute or
        speaker filter)."""
        return self.documents is None and not self.attributes and not self.filters_speakers

    def resolve(self, project: Project, *, list_documents: bool = True) -> Scope:
        """The documents, codes and coders these filters select now.

        ``list_documents=False`` leaves :attr:`Scope.documents` empty when
        :attr:`every_document` holds, for an analysis that needs only the
        documents' ids, not a list of 100,000 documents with their
        attributes (it reads them with :meth:`Scope.ids`)."""
        codebook = project.codebook()
        passing = self.attribute_matches(project)
        listed = list_documents or not self.every_document
        documents = (
            []
            if not listed
            else [
                document
                for document in project.documents()
                if (self.documents is None or document.id in self.documents)
                and (passing is None or document.id in passing)
            ]
        )
        code_ids: frozenset[int] | None = None
        if self.codes is not None:
            chosen = {code_id for code_id in self.codes if code_id in codebook}
            for code_id in list(chosen):
                chosen.update(code.id for code in codebook.walk(code_id))
            code_ids = frozenset(chosen)
        whole = self.documents is None and not self.attributes
        speakers = None
        if self.filters_speakers:
            roles = {speaker.name: speaker.role for speaker in project.speakers()}
            speakers = selection(self.speakers, self.exclude_speakers, self.speaker_roles, roles)
        return Scope(
            documents, codebook, code_ids, self.coders, whole, speakers, listed, self.origins
        )

    def describe(self, project: Project | None = None) -> str:
        """The filters in words, for the Summary sheet and the command line.

        With ``project`` the documents, codes and coders are named; without
        it they are counted.  The words are a :class:`~qcode.messages.Message`
        (English, as the command line prints it) whose pieces the app shows
        in its own language.
        """
        if not self.filters_anything:
            return Message("none (the whole project)")
        parts: list[str] = []
        if self.documents is not None:
            names = _names(self.documents, project, "documents")
            parts.append(Message("documents: {names}", names=names))
        if self.attributes:
            shown = ", ".join(f"{name} = {value}" for name, value in self.attributes)
            parts.append(Message("document attributes: {pairs}", pairs=shown))
        if self.codes is not None:
            names = _names(self.codes, project, "codes")
            parts.append(Message("codes (with their sub-codes): {names}", names=names))
        if self.coders is not None:
            names = _names(self.coders, project, "coders")
            parts.append(Message("coders: {names}", names=names))
        if self.speakers:
            parts.append(Message("speakers: {names}", names=", ".join(self.speakers)))
        if self.speaker_roles:
            roles = ", ".join(self.speaker_roles)
            parts.append(Message("speakers with the role: {roles}", roles=roles))
        if self.exclude_speakers:
            names = ", ".join(self.exclude_speakers)
            parts.append(Message("leaving out speakers: {names}", names=names))
        if self.origins is not None:
            made = [origin for origin in ORIGINS if origin in self.origins]
            parts.append(Message("codings made: {origins}", origins=", ".join(made)))
        return joined(parts)


def parse_origins(texts: Iterable[str], flag: str = "--origin") -> frozenset[str]:
    """``--origin`` values (``hand``, ``suggestion,search``...) as the set of
    origins they name; an unknown word is refused with the list of known ones,
    and no word at all names ``flag`` (the option the user gave)."""
    found: set[str] = set()
    for text in texts:
        for word in text.split(","):
            origin = word.strip().casefold()
            if not origin:
                continue
            if origin not in ORIGINS:
                raise QcodeError(
                    Message(
                        "unknown origin '{origin}' (origins: {origins})",
                        origin=word.strip(),
                        origins=", ".join(ORIGINS),
                    )
                )
            found.add(origin)
    if not found:
        raise QcodeError(
            Message("{flag} needs one of: {origins}", flag=flag, origins=", ".join(ORIGINS))
        )
    return frozenset(found)


def joined(parts: Sequence[str]) -> str:
    """``parts`` joined with "; ", each part still shown translated by the app
    (a :class:`~qcode.messages.Message` of Messages, not a flat string)."""
    if not parts:
        return ""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = Message("{first}; {rest}", first=part, rest=result)
    return result


def _problem(error: QcodeError) -> str:
    """An error's message, kept a Message when it is one (so the app can translate it)."""
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


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
            unknown.append(_problem(error))
    return frozenset(ids)


def _speaker_labels(project: Project, names: Sequence[str], unknown: list[str]) -> tuple[str, ...]:
    """The speakers' labels as the project has them (an unknown one is noted)."""
    labels: list[str] = []
    for name in names:
        try:
            label = project.speaker(name).name
        except QcodeError as error:
            unknown.append(_problem(error))
            continue
        if label not in labels:
            labels.append(label)
    return tuple(labels)


def _roles(project: Project, roles: Sequence[str], unknown: list[str]) -> tuple[str, ...]:
    """The roles asked for; a role no speaker has is noted (a typo would
    otherwise select nothing, silently)."""
    if not roles:
        return ()
    held = {speaker.role.strip().casefold() for speaker in project.speakers() if speaker.role}
    found: list[str] = []
    for role in roles:
        folded = role.strip().casefold()
        if folded not in held:
            known = ", ".join(sorted(held)) or Message("none yet: set one with 'qcode speaker'")
            unknown.append(
                Message(
                    "no speaker has the role '{role}' (roles: {roles})",
                    role=role.strip(),
                    roles=known,
                )
            )
        elif folded not in found:
            found.append(folded)
    return tuple(found)


def _counted(count: int, kind: str) -> str:
    if kind == "documents":
        if not count:
            return Message("no documents")
        return Message.counted("{count} document{s}", count=count)
    if kind == "codes":
        if not count:
            return Message("no codes")
        return Message.counted("{count} code{s}", count=count)
    if not count:
        return Message("no coders")
    return Message.counted("{count} coder{s}", count=count)


def _names(ids: Iterable[int], project: Project | None, kind: str) -> str:
    ids = sorted(ids)
    if project is None:
        return _counted(len(ids), kind)
    if kind == "documents":
        known = {document.id: document.name for document in project.documents()}
    elif kind == "codes":
        codebook = project.codebook()
        known = {code.id: codebook.path(code.id) for code in codebook.walk()}
    else:
        known = {coder.id: coder.name for coder in project.coders()}
    names = [known[i] if i in known else Message("#{id} (deleted)", id=i) for i in ids]
    if not names:
        return _counted(0, kind)
    return _commas(names)


def _commas(names: Sequence[str]) -> str:
    # Plain names join as they are; a "(deleted)" among them keeps the list a
    # Message so that the app translates that piece too.
    if not any(isinstance(name, Message) for name in names):
        return ", ".join(names)
    result = names[-1]
    for name in reversed(names[:-1]):
        result = Message("{first}, {rest}", first=name, rest=result)
    return result
