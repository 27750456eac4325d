"""The audit chain's arithmetic, shared by the device (app.services.audit) and the county
(app.server.audit): entry hashes, and the forward-secure key that anchors them at the county.

Every user of a station holds its data key, so a hash chain alone proves nothing: whoever can
write the log can recompute it. The chain is therefore also folded into a **ratchet key** the
county knows from enrolment:

    k[anchor]  = random 32 bytes, sent sealed to the verified county key at enrolment,
                 with the seq and hash of the last entry before it (the anchor)
    k[n]       = HMAC-SHA256(k[n-1], "SLA1 step" || hash[n])      after each new entry n
    tag(k, n)  = HMAC-SHA256(k, "SLA1 tag" || n)                  sent with the entries

The device keeps only the newest key; the older ones are gone (overwritten in the store). To
rewrite or drop entry m a worker would need k[m-1], which no longer exists anywhere but at the
county. So at the next sync the county, replaying the entries it receives from its own copy
of the key, gets a different tag — or a broken link to what it already holds — and records
what it found. Limits: a copy of the store taken before entry m (a backup) still holds the
older key; entries made before enrolment are anchored only by the hash the county received
at enrolment.
"""
from __future__ import annotations

import hashlib
import hmac
import json

GENESIS_HASH = "0" * 64
KEY_BYTES = 32
AUDIT_KEY, AUDIT_KEY_SEQ = "audit_key", "audit_key_seq"  # device meta: the newest key, its seq


def entry_hash(prev_hash: str, seq: int, at_iso: str, actor_id, device_id, action,
               target_kind, target_id, details) -> str:
    """SHA-256 (hex) over the previous hash and the entry's canonical JSON."""
    body = json.dumps(
        [seq, at_iso, actor_id, device_id, action, target_kind, target_id, details],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def wire_entry_hash(entry: dict) -> str:
    """`entry_hash` of an entry as it travels (`{seq, at, actor_id, …, prev_hash}`)."""
    return entry_hash(entry["prev_hash"], int(entry["seq"]), str(entry["at"]),
                      entry.get("actor_id"), entry.get("device_id"), entry.get("action"),
                      entry.get("target_kind"), entry.get("target_id"), entry.get("details"))


def ratchet(key: bytes, hash_hex: str) -> bytes:
    """The next key after the entry with this hash (one-way: the old key is not derivable)."""
    return hmac.new(key, b"SLA1 step" + hash_hex.encode(), hashlib.sha256).digest()


def tag(key: bytes, seq: int) -> str:
    """Proof (hex) that the sender holds the key reached after entry `seq`."""
    return hmac.new(key, b"SLA1 tag" + str(int(seq)).encode(), hashlib.sha256).hexdigest()
