"""Drafts of forms being filled in, kept inside the encrypted store (never on disk in clear).

One draft per (user, form, record): saving again replaces it. A draft is plain JSON-able data
(what the widgets held), so a crash, a power cut or the idle lock loses nothing typed.
"""
from __future__ import annotations

from sqlalchemy import delete, select

from app.models import utc_now
from app.models.system import Draft
from app.services.workspace import Changes, Workspace


def save_draft(workspace: Workspace, form: str, payload: dict, record_id: str = "") -> Changes:
    with workspace.store.transaction(actor_id=workspace.user_id) as session:
        draft = session.scalar(select(Draft).where(
            Draft.user_id == workspace.user_id, Draft.form == form, Draft.record_id == record_id))
        if draft is None:
            draft = Draft(user_id=workspace.user_id, form=form, record_id=record_id)
            session.add(draft)
        draft.payload = dict(payload)
        draft.updated_at = utc_now()
    return Changes.of("draft")


def load_draft(workspace: Workspace, form: str, record_id: str = "") -> dict | None:
    with workspace.read() as session:
        draft = session.scalar(select(Draft).where(
            Draft.user_id == workspace.user_id, Draft.form == form, Draft.record_id == record_id))
        return dict(draft.payload) if draft is not None else None


def discard_draft(workspace: Workspace, form: str, record_id: str = "") -> Changes:
    with workspace.store.transaction(actor_id=workspace.user_id) as session:
        session.execute(delete(Draft).where(
            Draft.user_id == workspace.user_id, Draft.form == form, Draft.record_id == record_id))
    return Changes.of("draft")


def list_drafts(workspace: Workspace) -> list[tuple[str, str]]:
    """(form, record_id) of this user's saved drafts, newest first."""
    with workspace.read() as session:
        rows = session.execute(select(Draft.form, Draft.record_id).where(
            Draft.user_id == workspace.user_id).order_by(Draft.updated_at.desc()))
        return [(form, record_id) for form, record_id in rows]
