"""`SyncClient`: enroll, "sync now" (push then pull) with progress and cancel, and the
folder/USB transport. Headless: the Qt sync panel runs it on a worker thread.

Push sends the oldest parcel without a receipt (the same bytes on every retry) and marks its
changes synced only when the signed receipt is stored. The batch size adapts to the link:
it doubles after a quick round-trip and halves after a slow or failed one; a parcel that
keeps failing and that the county has never seen is repacked smaller.
"""
from __future__ import annotations

import base64
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.changes import Changes
from app.models import ChangeLogEntry, utc_now
from app.models.cases import CASE_PREFIX_KEY
from app.models.store import Store
from app.models.sync_state import SyncHistory, SyncServer
from app.progress import Cancelled
from app.sync.blobs import (BlobLink, Thumbnailer, export_blobs_to_folder, fetch_missing_blobs,
                            import_blob_receipts, missing_blobs, pending_blobs,
                            send_pending_blobs)
from app.sync.inbox import apply_pull_parcel
from app.sync.clock import note_county_time, parse_county_time
from app.sync.outbox import (accept_receipt, county_server, device_keys, discard_unseen_parcel,
                             next_parcel, pack_new_parcel, pending_filter, release_held_changes,
                             unacked_parcels)
from app.sync.transport import (HttpTransport, LinkDown, ServerRefused, SyncFolder,
                                write_atomically)
from app.errors import N_, ValidationError
from app.files import existing_folder
from app.protocol.wire import ParcelError, b64, sign_document, unb64
from app.security.auditchain import KEY_BYTES
from app.security.sealing import seal
from app.sync.auditsync import anchor_audit_key
from app.sync.trust import (ENROL_SEAL_INFO, KeyMismatch, check_fingerprint, check_server_url,
                            enrol_seal_aad, normalise_fingerprint)

MIN_BATCH, MAX_BATCH, FOLDER_BATCH = 20, 5000, 5000


@dataclass(frozen=True)
class SyncProgress:
    stage: str  # "push", "pull", "attachments" (done/total in bytes) or "done"
    done: int
    total: int
    message: str = ""


@dataclass
class SyncReport:
    pushed_changes: int = 0
    parcels_sent: int = 0
    pulled_records: int = 0
    blobs_sent: int = 0  # attachments' content the county now holds
    blobs_fetched: int = 0  # attachments' content fetched to this laptop
    blob_problems: list[str] = field(default_factory=list)  # skipped this time (in history)
    conflicts: int = 0
    quarantined: int = 0
    kinds: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    @property
    def changes(self) -> Changes:
        """The records received, and the sync state itself (an operation's result)."""
        return Changes(frozenset(self.kinds | {"sync"}), frozenset(self.ids))


def record_history(store: Store, event: str, detail: str = "", error: str | None = None) -> None:
    with store.transaction() as session:
        session.add(SyncHistory(event=event, detail=detail[:2000]))
        server = session.get(SyncServer, "county")
        if server is not None and error is not None:
            server.last_error = error[:2000]


class SyncClient:
    def __init__(self, store: Store, transport: HttpTransport | None = None, *,
                 progress: Callable[[SyncProgress], None] | None = None,
                 cancel: threading.Event | None = None, target_seconds: float = 10.0,
                 max_failures: int = 5, backoff_seconds: float = 1.0,
                 thumbnailer: Thumbnailer = lambda _data, _mime: None) -> None:
        self.store = store
        self.thumbnailer = thumbnailer  # makes an arriving attachment's thumbnail
        self.transport = transport
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or threading.Event()
        self.target_seconds = target_seconds
        self.max_failures = max_failures
        self.backoff_seconds = backoff_seconds

    @classmethod
    def for_workspace(cls, workspace, **kwargs) -> "SyncClient":
        with workspace.read() as session:
            url = county_server(session).url
        return cls(workspace.store, HttpTransport(url) if url else None, **kwargs)

    # -- enrollment ---------------------------------------------------------------------
    def enroll(self, url: str, code: str, label: str = "", *, fingerprint: str,
               allow_plain_http: bool = False) -> dict:
        """Enrol with the county at `url` using a one-time `code`, trusting only the county
        keys that give `fingerprint` (from the enrolment sheet; app.sync.trust).

        The county's public keys are fetched and checked first; on a mismatch nothing is sent
        (KeyMismatch). The code travels sealed to the verified county key. `allow_plain_http`
        is the explicit trial switch for http:// to another computer (ValidationError
        otherwise). Returns the county's answer (station key, org id, its public keys)."""
        check_server_url(url, allow_plain_http)
        keys = device_keys(self.store)
        transport = self.transport or HttpTransport(url)
        sign_public, box_public = verified_county_keys(transport, fingerprint)
        sign_public_b64 = b64(keys.sign_public)
        aad = enrol_seal_aad(keys.device_id, sign_public_b64)
        sealed_code = seal(box_public, code.strip().encode(), aad=aad, info=ENROL_SEAL_INFO)
        audit_key = os.urandom(KEY_BYTES)  # the county's copy anchors this device's audit log
        with self.store.transaction() as session:
            anchor_seq, anchor_hash = anchor_audit_key(session, audit_key)
        request = sign_document({
            "sealed_code": b64(sealed_code), "device_id": keys.device_id, "label": label,
            "sealed_audit_key": b64(seal(box_public, audit_key, aad=aad, info=ENROL_SEAL_INFO)),
            "audit_anchor": {"seq": anchor_seq, "hash": anchor_hash},
            "sign_public": sign_public_b64, "box_public": b64(keys.box_public),
            "station_org_id": self.store.get_meta("station_id") or "",
            # set by a restore from backup: the device ids this one replaces (to revoke)
            "supersedes": json.loads(self.store.get_meta("superseded_device_ids") or "[]"),
            "at": utc_now().isoformat()}, keys.sign_private)
        answer = transport.enroll(request)
        if (answer.get("county_sign_public"), answer.get("county_box_public")) != (
                b64(sign_public), b64(box_public)):
            raise KeyMismatch(N_("The server answered with other keys than the county's. "
                                 "Enrolment stopped; nothing was stored."))
        with self.store.transaction() as session:
            if answer.get("case_prefix"):  # the letter in this device's case numbers
                self.store.set_meta(session, CASE_PREFIX_KEY, str(answer["case_prefix"]))
            server = session.get(SyncServer, "county") or SyncServer(id="county")
            server.url = url
            server.county_box_public = answer["county_box_public"]
            server.county_sign_public = answer["county_sign_public"]
            server.station_key = answer["station_key"]
            session.add(server)
        self.transport = transport
        record_history(self.store, "enroll", f"enrolled with {url} as {answer['station_key']}")
        return answer

    # -- sync now -----------------------------------------------------------------------
    def sync_now(self) -> SyncReport:
        """Push everything, then pull everything; raises LinkDown after repeated failures."""
        report = SyncReport()
        try:
            release_held_changes(self.store)  # refused last time: checked again now
            self._push_all(report)
            link = self.blob_link(sum(size for _digest, size in pending_blobs(self.store)))
            report.blobs_sent = send_pending_blobs(link)
            report.blob_problems += link.problems
            self._pull_all(report)
            link = self.blob_link(sum(size for *_rest, size in missing_blobs(self.store)))
            report.blobs_fetched = fetch_missing_blobs(link, self.thumbnailer)
            report.blob_problems += link.problems
            if report.blobs_fetched:
                report.kinds.add("attachment")
        except (LinkDown, ServerRefused, ParcelError) as exc:
            self._note_county_time()
            record_history(self.store, "error", str(exc), error=str(exc))
            raise
        self._note_county_time()
        problems = "; ".join(report.blob_problems)
        record_history(self.store, "sync", f"sent {report.pushed_changes}, received "
                       f"{report.pulled_records}" + (f"; {problems}" if problems else ""),
                       error=problems)
        self.progress(SyncProgress("done", 1, 1))
        return report

    def blob_link(self, total_bytes: int = 0) -> BlobLink:
        """What app.sync.blobs needs: the store, the transport, retry and cancel; the bytes
        moved are reported as the stage "attachments" of `total_bytes`."""
        moved = [0]

        def on_piece(count: int) -> None:
            moved[0] += count
            self.progress(SyncProgress("attachments", moved[0], max(total_bytes, moved[0])))

        return BlobLink(self.store, self.transport, self._retry_or_raise, self._check_cancel,
                        on_piece)

    def _note_county_time(self) -> None:
        """Compare the laptop clock with the county's (every county answer carries it)."""
        county_time = getattr(self.transport, "county_time", None)
        note_county_time(self.store, parse_county_time(county_time))

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()  # what was already acknowledged stays synced

    def _batch(self) -> int:
        with self.store.session() as session:
            return county_server(session).batch_size

    def _tune(self, ok: bool, seconds: float) -> None:
        with self.store.transaction() as session:
            server = county_server(session)
            if ok and seconds < self.target_seconds / 2:
                server.batch_size = min(MAX_BATCH, server.batch_size * 2)
            elif not ok or seconds > self.target_seconds * 1.5:
                server.batch_size = max(MIN_BATCH, server.batch_size // 2)
            if ok:
                server.last_contact_at = utc_now()

    def _retry_or_raise(self, failures: int, exc: Exception) -> None:
        if failures >= self.max_failures:
            raise exc
        deadline = time.monotonic() + min(30.0, self.backoff_seconds * 2 ** (failures - 1))
        while time.monotonic() < deadline:
            self._check_cancel()
            time.sleep(0.05)

    def _push_all(self, report: SyncReport) -> None:
        total = self.pending_changes()
        failures = 0
        while True:
            self._check_cancel()
            parcel = next_parcel(self.store, self._batch())
            if parcel is None:
                return
            started = time.monotonic()
            try:
                receipt = self.transport.push(parcel.data)
            except ServerRefused as exc:
                if exc.status == 413 and parcel.change_count > MIN_BATCH \
                        and self._shrink(parcel):  # too big for the county: repack smaller
                    continue
                raise
            except LinkDown as exc:
                failures += 1
                self._tune(False, 0)
                if failures >= 2 and parcel.change_count > self._batch():
                    self._repack_if_unseen(parcel.seq)
                self._retry_or_raise(failures, exc)
                continue
            failures = 0
            outcome = accept_receipt(self.store, receipt)
            self._tune(True, time.monotonic() - started)
            report.parcels_sent += 1
            report.pushed_changes += parcel.change_count
            report.conflicts += outcome.conflicts
            report.quarantined += len(outcome.quarantined)
            self.progress(SyncProgress("push", min(report.pushed_changes, total), total))

    def _shrink(self, parcel) -> bool:
        """The county refused `parcel` as too large (413: it applied nothing): unpack it and
        halve the batch size, so its changes go out in smaller parcels. False if it cannot
        be unpacked."""
        with self.store.transaction() as session:
            server = county_server(session)
            server.batch_size = max(MIN_BATCH, min(server.batch_size, parcel.change_count // 2))
        return discard_unseen_parcel(self.store, parcel.seq)

    def _repack_if_unseen(self, seq: int) -> None:
        try:
            chain = self.transport.chain(self.store.device_id)
        except (LinkDown, ServerRefused):
            return
        if int(chain.get("last_seq", seq)) < seq:
            discard_unseen_parcel(self.store, seq)

    def _pull_request(self, after: int, max_items: int) -> bytes:
        keys = device_keys(self.store)
        return sign_document({"device": keys.device_id, "after": after, "max_items": max_items,
                              "at": utc_now().isoformat()}, keys.sign_private)

    def _cursor(self) -> int:
        with self.store.session() as session:
            return county_server(session).pull_cursor

    def _pull_all(self, report: SyncReport) -> None:
        failures = 0
        while True:
            self._check_cancel()
            started = time.monotonic()
            try:
                data = self.transport.pull(self._pull_request(self._cursor(), self._batch()))
            except LinkDown as exc:
                failures += 1
                self._tune(False, 0)
                self._retry_or_raise(failures, exc)
                continue
            failures = 0
            outcome = apply_pull_parcel(self.store, data)
            self._tune(True, time.monotonic() - started)
            report.pulled_records += outcome.records
            report.conflicts += outcome.conflicts
            report.quarantined += outcome.quarantined
            report.kinds |= outcome.kinds
            report.ids |= outcome.ids
            self.progress(SyncProgress("pull", report.pulled_records, report.pulled_records))
            if not outcome.more:
                return

    def pending_changes(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
                *pending_filter(self.store.device_id)))

    # -- folder / USB -------------------------------------------------------------------
    def export_to_folder(self, folder: Path) -> int:
        """Write every parcel still waiting for a receipt, and a pull request; returns how
        many parcels were written. The county imports them and writes receipts back.
        ValidationError if `folder` is not an existing folder (it is never made)."""
        sync_folder = SyncFolder(existing_folder(folder))
        sync_folder.to_county.mkdir(parents=True, exist_ok=True)
        release_held_changes(self.store)
        while pack_new_parcel(self.store, FOLDER_BATCH) is not None:
            self._check_cancel()
        device_id = self.store.device_id
        parcels = unacked_parcels(self.store)
        for parcel in parcels:
            write_atomically(sync_folder.parcel_path(device_id, parcel.seq), parcel.data)
        write_atomically(sync_folder.pull_request_path(device_id),
                         self._pull_request(self._cursor(), FOLDER_BATCH))
        blobs = export_blobs_to_folder(self.store, sync_folder)
        record_history(self.store, "export", f"{len(parcels)} parcels, {blobs} attachments "
                       f"to {folder}")
        return len(parcels)

    def import_from_folder(self, folder: Path) -> SyncReport:
        """Take in the county's receipts and parcels for this device from the folder.
        ValidationError if `folder` is not an existing folder, or holds nothing from the
        county (no from-county folder: the wrong stick or folder, not "0 records")."""
        sync_folder = SyncFolder(existing_folder(folder))
        if not sync_folder.from_county.is_dir():
            raise ValidationError(N_("%1 holds nothing from the county (no from-county "
                                     "folder). Choose the folder the county wrote to."),
                                  Path(folder), field="folder")
        device_id = self.store.device_id
        report = SyncReport()
        for path in sync_folder.receipts(device_id):
            outcome = accept_receipt(self.store, path.read_bytes())
            if not outcome.already_had:
                report.parcels_sent += 1
                report.conflicts += outcome.conflicts
                report.quarantined += len(outcome.quarantined)
        report.blobs_sent = import_blob_receipts(self.store, sync_folder)
        for path in sorted(sync_folder.pull_parcels(device_id)):
            outcome = apply_pull_parcel(self.store, path.read_bytes())
            report.pulled_records += outcome.records
            report.conflicts += outcome.conflicts
            report.kinds |= outcome.kinds
            report.ids |= outcome.ids
        record_history(self.store, "import", f"{report.parcels_sent} receipts, "
                       f"{report.pulled_records} records from {folder}", error="")
        return report


def verified_county_keys(transport, fingerprint: str) -> tuple[bytes, bytes]:
    """The county's (signing, box) public keys as the server shows them (`/v1/health`),
    checked against the `fingerprint` from the enrolment sheet: KeyMismatch if they do not
    give it, ValidationError if the fingerprint is malformed, LinkDown if unreachable."""
    expected = normalise_fingerprint(fingerprint)
    try:
        offered = transport.health()
        sign_public = unb64(offered["county_sign_public"])
        box_public = unb64(offered["county_box_public"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyMismatch(N_("The server did not show county keys; it is not a county "
                             "server of this version.")) from exc
    check_fingerprint(expected, sign_public, box_public)
    return sign_public, box_public


def county_public_keys(store: Store) -> tuple[bytes, bytes]:
    with store.session() as session:
        server = county_server(session)
        return (base64.b64decode(server.county_box_public),
                base64.b64decode(server.county_sign_public))
