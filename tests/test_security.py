"""Primitives: KDF, AEAD key wrapping, sealed boxes, signatures (real crypto, no mocks)."""
from __future__ import annotations

import os
import unicodedata

import pytest

from app.security.aead import WrongKey, decrypt, encrypt, unwrap_key, wrap_key
from app.security.kdf import DEFAULT_KDF_PARAMS, KdfParams, default_kdf_params, derive_key
from app.security.sealing import (SealError, generate_x25519, open_sealed,
                                  public_key_fingerprint, seal)
from app.security.signing import BadSignature, generate_ed25519, sign, verify


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Cheap Argon2id everywhere except the one test that removes it again."""
    monkeypatch.setenv("STATION_LEDGER_FAST_KDF", "1")


def flipped(blob: bytes, index: int) -> bytes:
    return blob[:index] + bytes([blob[index] ^ 0x01]) + blob[index + 1:]


# ----- KDF -----
def test_default_parameters_are_strong_and_work(monkeypatch):
    monkeypatch.delenv("STATION_LEDGER_FAST_KDF", raising=False)
    params = default_kdf_params()
    assert params == DEFAULT_KDF_PARAMS
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3
    key = derive_key("correct horse", b"s" * 16, params)
    assert len(key) == 32 and key == derive_key("correct horse", b"s" * 16, params)


def test_fast_parameters_only_with_env():
    assert default_kdf_params() == KdfParams(memory_kib=8192, iterations=1, lanes=1)


def test_derive_key_depends_on_password_salt_and_params():
    p = default_kdf_params()
    base = derive_key("pässword", b"a" * 16, p)
    assert derive_key("pässword", b"b" * 16, p) != base
    assert derive_key("passwörd", b"a" * 16, p) != base
    assert derive_key("pässword", b"a" * 16, KdfParams(8192, 2, 1)) != base


def test_password_is_nfc_normalised():
    p = default_kdf_params()
    composed, decomposed = "张三é", unicodedata.normalize("NFD", "张三é")
    assert composed != decomposed
    assert derive_key(composed, b"x" * 16, p) == derive_key(decomposed, b"x" * 16, p)


def test_salt_must_be_16_bytes():
    with pytest.raises(ValueError):
        derive_key("pw", b"short", default_kdf_params())


def test_kdf_params_round_trip_and_weak_values_refused():
    params = KdfParams(memory_kib=131072, iterations=4, lanes=2)
    assert KdfParams.from_dict(params.to_dict()) == params
    for bad in ({"memory_kib": 4096, "iterations": 3, "lanes": 4},
                {"memory_kib": 65536, "iterations": 0, "lanes": 4},
                {"memory_kib": 65536, "iterations": 3}, {"memory_kib": "lots"}):
        with pytest.raises(ValueError):
            KdfParams.from_dict(bad)


# ----- AEAD -----
def test_wrap_unwrap_round_trip_and_fresh_nonce():
    kek, key = os.urandom(32), os.urandom(32)
    wrapped = wrap_key(kek, key, b"slot:u1")
    assert unwrap_key(kek, wrapped, b"slot:u1") == key
    assert wrap_key(kek, key, b"slot:u1") != wrapped
    assert key not in wrapped


def test_unwrap_refuses_wrong_key_aad_and_any_tampered_byte():
    kek, key = os.urandom(32), os.urandom(32)
    wrapped = wrap_key(kek, key, b"slot:u1")
    with pytest.raises(WrongKey):
        unwrap_key(os.urandom(32), wrapped, b"slot:u1")
    with pytest.raises(WrongKey):
        unwrap_key(kek, wrapped, b"slot:u2")
    for i in range(len(wrapped)):
        with pytest.raises(WrongKey):
            unwrap_key(kek, flipped(wrapped, i), b"slot:u1")
    for cut in (0, 11, 27, len(wrapped) - 1):
        with pytest.raises(WrongKey):
            unwrap_key(kek, wrapped[:cut], b"slot:u1")


def test_encrypt_decrypt_general_data():
    key = os.urandom(32)
    for plaintext in (b"", b"x", "社工站台账".encode() * 1000):
        assert decrypt(key, encrypt(key, plaintext, b"ctx"), b"ctx") == plaintext
    with pytest.raises(WrongKey):
        decrypt(key, encrypt(key, b"data", b"ctx"), b"other")


# ----- sealed boxes -----
def test_seal_round_trip_format():
    private, public = generate_x25519()
    assert len(private) == 32 and len(public) == 32
    sealed = seal(public, b"data key bytes", aad=b"recovery", info=b"v1")
    assert sealed.startswith(b"SLS1") and len(sealed) == 4 + 32 + 12 + 14 + 16
    assert open_sealed(private, sealed, aad=b"recovery", info=b"v1") == b"data key bytes"
    assert seal(public, b"data key bytes", aad=b"recovery", info=b"v1") != sealed


def test_open_sealed_refuses_wrong_key_aad_info_tampering_truncation_magic():
    private, public = generate_x25519()
    other_private, _ = generate_x25519()
    sealed = seal(public, b"secret", aad=b"a", info=b"i")
    attempts = [(other_private, sealed, b"a", b"i"), (private, sealed, b"b", b"i"),
                (private, sealed, b"a", b"j"), (private, b"XXXX" + sealed[4:], b"a", b"i"),
                (b"short", sealed, b"a", b"i")]
    attempts += [(private, flipped(sealed, i), b"a", b"i") for i in range(len(sealed))]
    attempts += [(private, sealed[:cut], b"a", b"i") for cut in (0, 4, 36, 48, 63)]
    for key, blob, aad, info in attempts:
        with pytest.raises(SealError):
            open_sealed(key, blob, aad=aad, info=info)


def test_fingerprint_is_short_stable_hex():
    _, public = generate_x25519()
    fingerprint = public_key_fingerprint(public)
    assert len(fingerprint) == 16 and int(fingerprint, 16) >= 0
    assert fingerprint == public_key_fingerprint(public)
    assert fingerprint != public_key_fingerprint(generate_x25519()[1])


# ----- signatures -----
def test_sign_verify_and_refusals():
    private, public = generate_ed25519()
    assert len(private) == 32 and len(public) == 32
    signature = sign(private, b"parcel")
    assert len(signature) == 64
    verify(public, b"parcel", signature)
    with pytest.raises(BadSignature):
        verify(public, b"parcel!", signature)
    with pytest.raises(BadSignature):
        verify(generate_ed25519()[1], b"parcel", signature)
    for i in range(64):
        with pytest.raises(BadSignature):
            verify(public, b"parcel", flipped(signature, i))
    with pytest.raises(BadSignature):
        verify(public, b"parcel", signature[:63])
