"""A user's own interface preferences, kept on their User row (so they follow the user).
Thin names over the settings registry (app/services/settings.py, scope "user")."""
from __future__ import annotations

from app.services.settings import set_setting
from app.services.workspace import Changes, Workspace


def set_language(workspace: Workspace, code: str) -> Changes:
    """ValidationError (field "language") for a language the app does not have."""
    return set_setting(workspace, "language", code)


def set_larger_text(workspace: Workspace, on: bool) -> Changes:
    return set_setting(workspace, "larger_text", bool(on))
