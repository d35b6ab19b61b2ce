"""Commands on the project itself: its title and description."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.names import check_text
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.store import project_info


@dataclass
class SetProjectInfo(Command[None]):
    kind: ClassVar[str] = "set_project_info"
    name: str | None = None
    description: str | None = None

    @property
    def label(self) -> Message:
        if self.name is not None:
            return Message("rename project")
        return Message("edit project description")

    def do(self, tx: Transaction) -> None:
        if self.name is not None:
            if not self.name.strip():
                raise QcodeError(Message("a project needs a name"))
            check_text(self.name, Message("the project's name"))
            project_info.set_name(tx.changes, self.name.strip())
        if self.description is not None:
            check_text(self.description, Message("the project's description"))
            project_info.set_description(tx.changes, self.description)
