"""A user's own interface preferences, kept on their User row (so they follow the user)."""
from __future__ import annotations

from app.errors import N_, ValidationError
from app.i18n import available_languages
from app.models import User
from app.services.workspace import Changes, Workspace


def set_language(workspace: Workspace, code: str) -> Changes:
    if code not in available_languages():
        raise ValidationError(N_("Please choose a language."), field="language")
    with workspace.write() as session:
        user = session.get(User, workspace.user_id)
        user.language = code
    workspace.language = code
    return Changes.of("preference", workspace.user_id)


def set_larger_text(workspace: Workspace, on: bool) -> Changes:
    with workspace.write() as session:
        user = session.get(User, workspace.user_id)
        user.larger_text = bool(on)
    workspace.larger_text = bool(on)
    return Changes.of("preference", workspace.user_id)
