"""A signed-in user's handle on the open store, and the `Changes` every use case returns."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app.changes import Changes, Created, OpResult  # noqa: F401 - re-exported for the use cases
from app.errors import N_, PermissionDenied
from app.models.store import Store
from app.services.audit import record_audit


@dataclass
class Workspace:
    data_dir: Path
    store: Store
    user_id: str
    username: str
    display_name: str
    role: str
    station_id: str
    language: str = "zh_CN"
    larger_text: bool = False
    data_key: bytes = field(default=b"", repr=False)  # to give new users a key slot

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One use case = one transaction, attributed to this user in the change log."""
        with self.store.transaction(actor_id=self.user_id) as session:
            yield session

    def read(self) -> Session:
        return self.store.session()

    def audit(self, session: Session, action: str, target_kind: str = "", target_id: str = "",
              details: dict | None = None) -> None:
        record_audit(session, action=action, actor_id=self.user_id,
                     device_id=self.store.device_id,
                     target_kind=target_kind, target_id=target_id, details=details)

    def require_role(self, *roles: str) -> None:
        if self.role not in roles:
            raise PermissionDenied(N_("Your role (%1) may not do this."), self.role)

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")
