"""Signed updates through the county (TUF, via tufup).

    release.py   the release manager's side, offline: keys, signing a bundle into a repository
    fetcher.py   downloads from the county (HTTP, resumable by Range) or a USB folder
    client.py    the station's side: is there a newer signed release, download, verify, stage it
    launcher.py  at start: run the newest staged version; go back if it never reached sign-in

Trust: the TUF root metadata (`root.json`) of the project's release repository is the anchor.
A release build places it at `resources/update/root.json`; without it, updates are off. The
county only relays files: it cannot sign a release, and neither can a relay in between.
"""
