"""A user's error survives a process boundary unchanged.

Work done in a worker process (an import, training suggestions) reports its
refusal by pickling the exception.  ``UnreadableFileError(path, problem)``
used to come back as a ``TypeError`` (its ``__init__`` was called again
with the message alone), so the researcher was told of a bug instead of the
file and its problem.  Every ``QcodeError`` class in qcode must come back as
the same class, with the same English text, the same translatable template
and values, and the same attributes.
"""

from __future__ import annotations

import importlib
import pickle
import pkgutil
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

import qcode
from qcode.analysis.queries.grammar import QuerySyntaxError, parse
from qcode.errors import (
    ConflictError,
    DamagedTextError,
    NotFoundError,
    ProjectLockedError,
    QcodeError,
    UnreadableFileError,
    message_of,
)
from qcode.io.documents import read_document
from qcode.messages import Message
from qcode.store.cipher import PassphraseNeededError, WrongPassphraseError
from qcode.store.database import UpgradeNeededError

EMPTY = Message("the file is empty")

# One made the way qcode raises it, for each class.
MADE: dict[type[QcodeError], QcodeError] = {
    QcodeError: QcodeError(Message("no code '{name}' in the codebook", name="Fear")),
    UnreadableFileError: UnreadableFileError(Path("/data/Interview 3.txt"), EMPTY),
    ProjectLockedError: ProjectLockedError(Message("{file} is open", file="study.qcode")),
    ConflictError: ConflictError(Message("cannot undo '{label}'", label="rename 'A' to 'B'")),
    PassphraseNeededError: PassphraseNeededError(Message("{file} is encrypted", file="s.qcode")),
    WrongPassphraseError: WrongPassphraseError(Message("wrong passphrase for {file}", file="s")),
    UpgradeNeededError: UpgradeNeededError(Message("{file} is older", file="s.qcode")),
    QuerySyntaxError: QuerySyntaxError(7, Message("a quote is not closed")),
    DamagedTextError: DamagedTextError(Message("{file} is damaged", file="study.qcode")),
    NotFoundError: NotFoundError(Message("no document '{ref}' in {file}", ref="I", file="s")),
}


def _all_error_classes() -> set[type[QcodeError]]:
    """Every QcodeError class qcode defines outside the app (which needs Qt)."""
    for module in pkgutil.walk_packages(qcode.__path__, "qcode."):
        gui = module.name.startswith("qcode.gui")
        if not gui and not module.name.endswith("__main__"):  # __main__ runs the command
            importlib.import_module(module.name)
    found: set[type[QcodeError]] = set()
    pending = [QcodeError]
    while pending:
        kind = pending.pop()
        found.add(kind)
        pending += kind.__subclasses__()
    return {kind for kind in found if kind.__module__.startswith("qcode.")}


def _parts(error: BaseException) -> tuple[Any, ...]:
    message = error.args[0]
    assert isinstance(message, Message)
    return type(error), str(error), message.as_json(), vars(error)


def test_every_error_class_of_qcode_is_tested_here() -> None:
    assert _all_error_classes() == set(MADE)


@pytest.mark.parametrize("kind", MADE, ids=lambda kind: kind.__name__)
def test_each_error_comes_back_the_same_class_message_and_attributes(
    kind: type[QcodeError],
) -> None:
    error = MADE[kind]
    back = pickle.loads(pickle.dumps(error))
    assert _parts(back) == _parts(error)
    assert isinstance(message_of(back), Message)


def test_the_file_and_its_problem_are_kept_with_their_templates() -> None:
    back = pickle.loads(pickle.dumps(MADE[UnreadableFileError]))
    assert isinstance(back, UnreadableFileError)
    assert str(back) == "Interview 3.txt: the file is empty"
    assert back.path == Path("/data/Interview 3.txt")
    assert back.args[0].template == "{file}: {problem}"
    assert back.problem.template == "the file is empty"
    # Translated inside as well (here by a "translation" that marks each template).
    assert back.args[0].translated(lambda t: f"<{t}>") == "<Interview 3.txt: <the file is empty>>"


def test_a_query_error_keeps_its_column() -> None:
    with pytest.raises(QuerySyntaxError) as raised:
        parse('"Fear" AND (')
    back = pickle.loads(pickle.dumps(raised.value))
    assert (type(back), str(back), back.column) == (
        QuerySyntaxError,
        str(raised.value),
        raised.value.column,
    )


def test_a_note_added_to_an_error_is_kept() -> None:
    error = UnreadableFileError("a.txt", EMPTY)
    error.add_note("while importing 3 files")
    back = pickle.loads(pickle.dumps(error))
    assert back.__notes__ == ["while importing 3 files"]


def _read_in_worker(path: str) -> str:
    return read_document(Path(path)).text


def test_a_file_refused_in_a_worker_process_is_reported_as_that_file(tmp_path: Path) -> None:
    empty = tmp_path / "Interview 3.txt"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFileError) as here:
        read_document(empty)
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        future = pool.submit(_read_in_worker, str(empty))
        with pytest.raises(UnreadableFileError) as there:
            future.result(timeout=120)
    assert str(there.value) == str(here.value)
    assert str(there.value).startswith("Interview 3.txt: ")
    assert there.value.args[0].as_json() == here.value.args[0].as_json()
