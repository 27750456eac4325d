"""The supervisor's caseload view: per worker, open case files by stage, cases waiting for
review and for how long, overdue follow-ups and high-risk cases; and the list of case files
behind each figure, filtered and searchable by case number or person.

Read-only; plain frozen rows (safe to hand from a worker thread to the GUI thread).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select

from app.models import CaseFile, Person, PersonSearchKey, Task, User
from app.models.cases import CASE_STAGES
from app.services.workspace import Workspace
from app.text.search_keys import query_search_keys

OPEN_STAGES = tuple(stage for stage in CASE_STAGES if stage != "closed")
FOCUSES = ("", "review", "high_risk", "overdue")


@dataclass(frozen=True)
class WorkerLoad:
    worker_id: str
    name: str
    active: bool
    by_stage: dict[str, int] = field(default_factory=dict)  # open stages → count
    open_cases: int = 0
    waiting_review: int = 0
    longest_wait_days: int = 0  # of the cases waiting for review
    overdue_follow_ups: int = 0  # open tasks past their due date
    high_risk: int = 0  # open cases with risk "high"


@dataclass(frozen=True)
class CaseloadRow:
    case_id: str
    number: str
    person: str
    worker: str
    stage: str
    review_state: str
    risk_level: str
    waiting_days: int | None  # days since submitted for review, None when not waiting
    overdue_tasks: int


def _open_cases(session, station_id: str):
    return list(session.scalars(select(CaseFile).where(
        CaseFile.station_id == station_id, CaseFile.stage != "closed",
        CaseFile.deleted_at.is_(None))))


def _overdue(session, today: date) -> list[Task]:
    return list(session.scalars(select(Task).where(
        Task.done_at.is_(None), Task.deleted_at.is_(None), Task.due_on.is_not(None),
        Task.due_on < today)))


def _waiting_days(case: CaseFile, today: date) -> int | None:
    if case.review_state != "submitted":
        return None
    return max(0, (today - case.updated_at.date()).days)  # a submitted case is not edited


def worker_loads(workspace: Workspace, today: date | None = None) -> list[WorkerLoad]:
    """One row per user of the station who holds open cases or tasks, or is a worker (also
    one switched off, so the admin can switch them on again from the same table)."""
    workspace.require_role("supervisor", "admin")
    today = today or date.today()
    with workspace.read() as session:
        users = {u.id: u for u in session.scalars(select(User).where(
            User.station_id == workspace.station_id, User.deleted_at.is_(None)))}
        stats: dict[str, dict] = {}

        def of(user_id: str) -> dict:
            return stats.setdefault(user_id, {"by_stage": {s: 0 for s in OPEN_STAGES},
                                              "open": 0, "waiting": 0, "wait": 0,
                                              "overdue": 0, "high": 0})

        for user in users.values():
            if user.role == "worker":
                of(user.id)
        for case in _open_cases(session, workspace.station_id):
            row = of(case.worker_id)
            row["by_stage"][case.stage] = row["by_stage"].get(case.stage, 0) + 1
            row["open"] += 1
            row["high"] += case.risk_level == "high"
            waited = _waiting_days(case, today)
            if waited is not None:
                row["waiting"] += 1
                row["wait"] = max(row["wait"], waited)
        for task in _overdue(session, today):
            if task.assignee_id in users:
                of(task.assignee_id)["overdue"] += 1
        loads = [WorkerLoad(user_id, users[user_id].display_name if user_id in users else user_id,
                            users[user_id].active if user_id in users else False,
                            row["by_stage"], row["open"], row["waiting"], row["wait"],
                            row["overdue"], row["high"])
                 for user_id, row in stats.items()]
    return sorted(loads, key=lambda w: (-w.waiting_review, -w.high_risk, w.name))


def caseload_cases(workspace: Workspace, worker_id: str = "", focus: str = "", query: str = "",
                   today: date | None = None, limit: int = 300) -> list[CaseloadRow]:
    """Open case files (all of the station, or of `worker_id`), narrowed by `focus` (review /
    high_risk / overdue) and by `query`: a case number (or its start) or a person's name,
    pinyin, Tibetan or ID number. With a query, closed case files are found too."""
    workspace.require_role("supervisor", "admin")
    today = today or date.today()
    if focus not in FOCUSES:
        raise ValueError(f"unknown focus {focus!r}")
    with workspace.read() as session:
        users = dict(session.execute(select(User.id, User.display_name)).all())
        statement = select(CaseFile).where(CaseFile.station_id == workspace.station_id,
                                           CaseFile.deleted_at.is_(None))
        text = query.strip()
        if text:
            ranges = [PersonSearchKey.key.between(key, key + "\uffff")
                      for key in query_search_keys(text) if key]
            by_person = select(PersonSearchKey.person_id).where(or_(*ranges)) if ranges else None
            conditions = [CaseFile.case_number.like(f"{text}%")]
            if by_person is not None:
                conditions.append(CaseFile.person_id.in_(by_person))
            statement = statement.where(or_(*conditions))
        else:
            statement = statement.where(CaseFile.stage != "closed")
        if worker_id:
            statement = statement.where(CaseFile.worker_id == worker_id)
        if focus == "review":
            statement = statement.where(CaseFile.review_state == "submitted")
        elif focus == "high_risk":
            statement = statement.where(CaseFile.risk_level == "high")
        overdue_by_case: dict[str, int] = {}
        for task in _overdue(session, today):
            if task.case_id:
                overdue_by_case[task.case_id] = overdue_by_case.get(task.case_id, 0) + 1
        rows = []
        for case in session.scalars(statement.order_by(CaseFile.case_number.desc()).limit(limit)):
            if focus == "overdue" and not overdue_by_case.get(case.id):
                continue
            person = session.get(Person, case.person_id)
            name = " ".join(x for x in ((person.name_zh, person.name_bo) if person else ()) if x)
            rows.append(CaseloadRow(case.id, case.case_number, name,
                                    users.get(case.worker_id, ""), case.stage, case.review_state,
                                    case.risk_level, _waiting_days(case, today),
                                    overdue_by_case.get(case.id, 0)))
    if focus == "review":
        rows.sort(key=lambda r: -(r.waiting_days or 0))
    return rows
