"""Helpers for the console tests: a county server on loopback with console accounts, and an
HTTP client that signs in through the real sign-in form."""
from __future__ import annotations

import re

import httpx

PASSWORDS = {"admin": "county-admin-pass", "viewer": "county-viewer-pass",
             "supa": "supervisor-a-pass", "supb": "supervisor-b-pass"}


def add_accounts(store) -> None:
    from app.server.accounts import create_user

    create_user(store, "admin", PASSWORDS["admin"], "county_admin", display_name="县管理员")
    create_user(store, "viewer", PASSWORDS["viewer"], "county_viewer")
    create_user(store, "supa", PASSWORDS["supa"], "supervisor", stations=["alpha"])
    create_user(store, "supb", PASSWORDS["supb"], "supervisor", stations=["beta"])


def form_token(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, follow_redirects=False, timeout=60)


def signed_in(url: str, username: str, password: str | None = None) -> tuple[httpx.Client, str]:
    """A client with a session; returns it and the session's CSRF token."""
    browser = client(url)
    page = browser.get("/console/login")
    answer = browser.post("/console/login", data={
        "username": username, "password": password or PASSWORDS[username],
        "csrf": form_token(page.text)})
    assert answer.status_code == 303, answer.text
    stations = browser.get("/console/stations")
    assert stations.status_code == 200
    return browser, form_token(stations.text)
