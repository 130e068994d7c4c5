"""The key file (``keys.json``): format, hashing, slot wrapping and unwrapping
(docs/SECURITY.md, key hierarchy).

```
{"format": "officer_desk-keys", "version": 1, "db_uuid": "...", "generation": n,
 "state": "ok", "key_check": "<b64>", "slots": [...], "body_sha256": "<hex>"}
```
``body_sha256`` is an unkeyed SHA-256 of the canonical JSON of every other field: a mismatch
means the file is damaged (``KeyfileCorrupt``), while a GCM ``InvalidTag`` with a matching hash
means a wrong passphrase or recovery key. Each slot's AAD is the canonical JSON of its header
(format, version, db_uuid, slot id and type, KDF and parameters, salt), so editing parameters
or moving a slot to another vault fails authentication. ``key_check`` is
HMAC-SHA256(DEK, "officer_desk/key-check/v1|" + db_uuid): it lets a rewrap confirm that the
key in hand is the vault's key without touching the database.

During a key rotation the file is written with ``"state": "rotating"``, an extra
``next_key_check`` (the check of the new key DEK′) and slots for both keys: the slots of DEK′
have the ids ``passphrase-g<generation>`` and ``recovery-g<generation>`` (bound in their AAD
like every id), every other slot wraps the old key. ``next_key_check`` is absent otherwise.

``log_anchor`` (docs/SECURITY.md, "Anchors") records the head of the access log when the
file was last saved: ``{"entries": n, "head": "<hex>", "mac": "<hex>"}``, the MAC being
HMAC-SHA256 under HKDF(DEK, "officer_desk/log-anchor/v1|" + db_uuid) over the db_uuid, the
count and the head. Backup manifests carry the same object.

Bounds (docs/SECURITY.md, A5, A8): the file is read with a size limit and never through a
symbolic link; at most ``MAX_SLOTS`` slots (two in state "ok"); KDF parameters are checked
against a floor and a ceiling before any derivation runs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from officer_desk.errors import (
    KeyfileCorrupt,
    KeyfileRejected,
    NewerSchema,
    NotAVault,
    WrongPassphrase,
    WrongRecoveryKey,
)
from officer_desk.vault.kdf import (
    KEY_LEN,
    SALT_LEN,
    KdfParams,
    derive_kek,
    validate_params,
)

FORMAT = "officer_desk-keys"
VERSION = 1
NONCE_LEN = 12
RECOVERY_INFO = b"officer_desk/recovery/v1|"
KEY_CHECK_INFO = b"officer_desk/key-check/v1|"
ANCHOR_INFO = b"officer_desk/log-anchor/v1|"
MAX_KEYFILE_BYTES = 64 * 1024
#: A rotating key file holds four slots (old and new key, passphrase and recovery each).
MAX_SLOTS = 4
_HEX64 = re.compile(r"[0-9a-f]{64}")
_RECOVERY_CHECK_LEN = 3  # 32 secret bytes + 3 check bytes = 35 bytes = 56 Base32 chars


def _b64e(data: bytes | bytearray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def _b64d(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise KeyfileCorrupt()
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise KeyfileCorrupt() from exc
    if length is not None and len(data) != length:
        raise KeyfileCorrupt()
    return data


def canonical(obj: Any) -> bytes:
    """Canonical JSON bytes (sorted keys, no whitespace, ASCII)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def body_hash(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()


def key_check(dek: bytes | bytearray, db_uuid: str) -> str:
    return _b64e(hmac.new(bytes(dek), KEY_CHECK_INFO + db_uuid.encode(), "sha256").digest())


def read_keyfile_bytes(path: os.PathLike[str] | str) -> bytes:
    """The bytes of a key file, read safely: never through a symbolic link, only from a
    regular file, at most ``MAX_KEYFILE_BYTES`` (a huge or sparse file is "damaged", never a
    ``MemoryError``). Raises ``KeyfileCorrupt``; ``FileNotFoundError`` if it is missing."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NONBLOCK", 0)  # a FIFO planted as keys.json must not block
    try:
        if os.path.islink(path):
            raise KeyfileCorrupt()
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:  # ELOOP for a link, EACCES, ...
        raise KeyfileCorrupt() from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_KEYFILE_BYTES:
            raise KeyfileCorrupt()
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_KEYFILE_BYTES:
            chunk = os.read(fd, MAX_KEYFILE_BYTES + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise KeyfileCorrupt() from exc
    finally:
        os.close(fd)
    if total > MAX_KEYFILE_BYTES:
        raise KeyfileCorrupt()
    return b"".join(chunks)


# --- access-log anchors ---------------------------------------------------------------------


def _anchor_key(dek: bytes | bytearray, db_uuid: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_LEN, salt=None, info=ANCHOR_INFO + db_uuid.encode()
    ).derive(bytes(dek))


def _anchor_mac(dek: bytes | bytearray, db_uuid: str, entries: int, head: str) -> str:
    msg = canonical({"db_uuid": db_uuid, "entries": entries, "head": head})
    return hmac.new(_anchor_key(dek, db_uuid), msg, "sha256").hexdigest()


def make_anchor(dek: bytes | bytearray, db_uuid: str, entries: int, head: str) -> dict[str, Any]:
    """The MACed anchor object for an access log of ``entries`` entries ending in ``head``."""
    if not isinstance(entries, int) or entries < 0 or not _HEX64.fullmatch(head):
        raise ValueError("anchor needs a count >= 0 and a 64-hex head")
    return {"entries": entries, "head": head, "mac": _anchor_mac(dek, db_uuid, entries, head)}


def anchor_shape_ok(obj: object) -> bool:
    """True if ``obj`` looks like an anchor object (the MAC is not checked)."""
    if not isinstance(obj, dict) or set(obj) != {"entries", "head", "mac"}:
        return False
    n, head, mac = obj["entries"], obj["head"], obj["mac"]
    return (
        isinstance(n, int)
        and not isinstance(n, bool)
        and n >= 0
        and isinstance(head, str)
        and _HEX64.fullmatch(head) is not None
        and isinstance(mac, str)
        and _HEX64.fullmatch(mac) is not None
    )


def check_anchor(dek: bytes | bytearray, db_uuid: str, obj: object) -> tuple[int, str] | None:
    """``(entries, head)`` of an anchor whose MAC verifies under ``dek``; None otherwise."""
    if not anchor_shape_ok(obj):
        return None
    assert isinstance(obj, dict)
    expected = _anchor_mac(dek, db_uuid, obj["entries"], obj["head"])
    if not hmac.compare_digest(expected, obj["mac"]):
        return None
    return obj["entries"], obj["head"]


def encode_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# --- recovery key -------------------------------------------------------------------------


def format_recovery_key(secret: bytes | bytearray) -> str:
    """Base32 of the secret plus a 3-byte check, in dash-separated groups of 4 (14 groups)."""
    check = hashlib.sha256(b"officer_desk/recovery-check|" + bytes(secret)).digest()
    raw = bytes(secret) + check[:_RECOVERY_CHECK_LEN]
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Inverse of ``format_recovery_key``; tolerant of spaces, dashes, case and 0/1/8 typos."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 56:
        raise WrongRecoveryKey()
    try:
        raw = base64.b32decode(cleaned)
    except (binascii.Error, ValueError) as exc:
        raise WrongRecoveryKey() from exc
    secret, check = raw[:KEY_LEN], raw[KEY_LEN:]
    expected = hashlib.sha256(b"officer_desk/recovery-check|" + secret).digest()
    if not hmac.compare_digest(check, expected[:_RECOVERY_CHECK_LEN]):
        raise WrongRecoveryKey()
    return secret


# --- slots --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    id: str
    type: str  # "passphrase" | "recovery"
    kdf: str  # "argon2id" | "scrypt" | "hkdf-sha256"
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes
    nonce: bytes
    wrapped: bytes

    @property
    def params(self) -> KdfParams:
        return KdfParams(self.kdf, self.memory_kib, self.iterations, self.lanes)

    def header(self, db_uuid: str) -> dict[str, Any]:
        head: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "db_uuid": db_uuid,
            "id": self.id,
            "type": self.type,
            "kdf": self.kdf,
            "salt": _b64e(self.salt),
        }
        if self.type == "passphrase":
            head.update(memory_kib=self.memory_kib, iterations=self.iterations, lanes=self.lanes)
        return head

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "kdf": self.kdf,
            "salt": _b64e(self.salt),
            "nonce": _b64e(self.nonce),
            "wrapped": _b64e(self.wrapped),
        }
        if self.type == "passphrase":
            data.update(memory_kib=self.memory_kib, iterations=self.iterations, lanes=self.lanes)
        return data

    @classmethod
    def from_json(cls, data: object) -> Slot:
        if not isinstance(data, dict):
            raise KeyfileCorrupt()
        slot_type = data.get("type")
        slot_id = data.get("id")
        kdf = data.get("kdf")
        if not isinstance(slot_id, str) or not isinstance(kdf, str):
            raise KeyfileCorrupt()
        if slot_type == "passphrase":
            nums = [data.get(k) for k in ("memory_kib", "iterations", "lanes")]
            ints = [n for n in nums if isinstance(n, int) and not isinstance(n, bool)]
            if len(ints) != len(nums):
                raise KeyfileCorrupt()
            memory_kib, iterations, lanes = ints
        elif slot_type == "recovery":
            memory_kib = iterations = lanes = 0
        else:
            raise KeyfileRejected()
        return cls(
            id=slot_id,
            type=slot_type,
            kdf=kdf,
            memory_kib=memory_kib,
            iterations=iterations,
            lanes=lanes,
            salt=_b64d(data.get("salt")),
            nonce=_b64d(data.get("nonce"), NONCE_LEN),
            wrapped=_b64d(data.get("wrapped"), KEY_LEN + 16),
        )


def _recovery_kek(secret: bytes, salt: bytes, db_uuid: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=RECOVERY_INFO + db_uuid.encode()
    ).derive(secret)


def _seal(kek: bytes | bytearray, slot: Slot, db_uuid: str, dek: bytes | bytearray) -> Slot:
    aad = canonical(slot.header(db_uuid))
    wrapped = AESGCM(bytes(kek)).encrypt(slot.nonce, bytes(dek), aad)
    return Slot(**{**slot.__dict__, "wrapped": wrapped})


def make_passphrase_slot(
    dek: bytes | bytearray,
    passphrase: str,
    params: KdfParams,
    db_uuid: str,
    *,
    slot_id: str = "passphrase",
) -> Slot:
    """Wrap ``dek`` under Argon2id(passphrase) (may raise ``UnsupportedAlgorithm``)."""
    slot = Slot(
        id=slot_id,
        type="passphrase",
        kdf=params.kdf,
        memory_kib=params.memory_kib,
        iterations=params.iterations,
        lanes=params.lanes,
        salt=os.urandom(SALT_LEN),
        nonce=os.urandom(NONCE_LEN),
        wrapped=b"",
    )
    kek = derive_kek(params, slot.salt, encode_passphrase(passphrase))
    try:
        return _seal(kek, slot, db_uuid, dek)
    finally:
        kek[:] = bytes(len(kek))


def make_recovery_slot(
    dek: bytes | bytearray, secret: bytes, db_uuid: str, *, slot_id: str = "recovery"
) -> Slot:
    slot = Slot(
        id=slot_id,
        type="recovery",
        kdf="hkdf-sha256",
        memory_kib=0,
        iterations=0,
        lanes=0,
        salt=os.urandom(SALT_LEN),
        nonce=os.urandom(NONCE_LEN),
        wrapped=b"",
    )
    return _seal(_recovery_kek(secret, slot.salt, db_uuid), slot, db_uuid, dek)


# --- the file -----------------------------------------------------------------------------


STATES = ("ok", "rotating")


def next_slot_ids(generation: int) -> frozenset[str]:
    """Ids of the slots that wrap the new key in a key file of state "rotating"."""
    return frozenset({f"passphrase-g{generation}", f"recovery-g{generation}"})


@dataclass
class Keyfile:
    db_uuid: str
    generation: int
    state: str
    key_check: str
    slots: list[Slot]
    #: Check of the new key while ``state == "rotating"``; None otherwise.
    next_key_check: str | None = None
    #: The access-log anchor (see the module docs); None in files written before anchors.
    log_anchor: dict[str, Any] | None = None

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "db_uuid": self.db_uuid,
            "generation": self.generation,
            "state": self.state,
            "key_check": self.key_check,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.next_key_check is not None:
            body["next_key_check"] = self.next_key_check
        if self.log_anchor is not None:
            body["log_anchor"] = dict(self.log_anchor)
        return body

    @property
    def rotating(self) -> bool:
        return self.state == "rotating"

    def is_next_slot(self, slot: Slot) -> bool:
        """True for a slot of the new key (only in state "rotating")."""
        return self.rotating and slot.id in next_slot_ids(self.generation)

    def matches_next(self, dek: bytes | bytearray) -> bool:
        if self.next_key_check is None:
            return False
        return hmac.compare_digest(key_check(dek, self.db_uuid), self.next_key_check)

    def to_bytes(self) -> bytes:
        body = self.body()
        doc = {**body, "body_sha256": body_hash(body)}
        return json.dumps(doc, sort_keys=True, indent=2).encode("ascii") + b"\n"

    def slot(self, slot_type: str) -> Slot:
        for slot in self.slots:
            if slot.type == slot_type:
                return slot
        raise KeyfileCorrupt()

    def replace_slot(self, new: Slot) -> None:
        self.slots = [new if s.type == new.type else s for s in self.slots]

    def matches(self, dek: bytes | bytearray) -> bool:
        return hmac.compare_digest(key_check(dek, self.db_uuid), self.key_check)

    @classmethod
    def parse(cls, raw: bytes) -> Keyfile:
        """Parse and verify ``raw``: ``KeyfileCorrupt``, ``NotAVault``, ``NewerSchema``."""
        if len(raw) > MAX_KEYFILE_BYTES:
            raise KeyfileCorrupt()
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise KeyfileCorrupt() from exc
        if not isinstance(doc, dict):
            raise KeyfileCorrupt()
        fmt = doc.get("format")
        if fmt != FORMAT:
            # A JSON file of some other program: not ours. A damaged "format" value of ours
            # also lands here only if the hash would mismatch anyway, so check the hash first
            # when the file looks like ours.
            if "body_sha256" in doc and "slots" in doc:
                raise KeyfileCorrupt()
            raise NotAVault()
        stored_hash = doc.pop("body_sha256", None)
        if not isinstance(stored_hash, str) or not hmac.compare_digest(stored_hash, body_hash(doc)):
            raise KeyfileCorrupt()
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise KeyfileCorrupt()
        if version > VERSION:
            raise NewerSchema()
        if version < 1:
            raise KeyfileCorrupt()
        db_uuid, generation = doc.get("db_uuid"), doc.get("generation")
        state, check, slots = doc.get("state"), doc.get("key_check"), doc.get("slots")
        if not isinstance(db_uuid, str) or not isinstance(generation, int):
            raise KeyfileCorrupt()
        if isinstance(generation, bool) or generation < 1:
            raise KeyfileCorrupt()
        if state not in STATES or not isinstance(check, str) or not isinstance(slots, list):
            raise KeyfileCorrupt()
        next_check = doc.get("next_key_check")
        if (state == "rotating") != isinstance(next_check, str):
            raise KeyfileCorrupt()
        # Every slot may cost a key derivation: a file with more than a rotation needs is
        # refused before any runs.
        if len(slots) > (MAX_SLOTS if state == "rotating" else MAX_SLOTS // 2):
            raise KeyfileRejected()
        parsed = [Slot.from_json(s) for s in slots]
        if len({s.id for s in parsed}) != len(parsed):
            raise KeyfileCorrupt()
        anchor = doc.get("log_anchor")
        if anchor is not None and not anchor_shape_ok(anchor):
            raise KeyfileCorrupt()
        return cls(db_uuid, generation, state, check, parsed, next_check, anchor)


def unwrap_passphrase(keyfile: Keyfile, passphrase: str, *, allow_weak: bool) -> bytearray:
    """Return the DEK: ``KeyfileRejected`` (before any KDF runs) or ``WrongPassphrase``."""
    return _unwrap_passphrase_slot(
        keyfile, keyfile.slot("passphrase"), passphrase, allow_weak=allow_weak
    )


def _unwrap_passphrase_slot(
    keyfile: Keyfile, slot: Slot, passphrase: str, *, allow_weak: bool
) -> bytearray:
    validate_params(slot.params, allow_weak=allow_weak)
    if len(slot.salt) != SALT_LEN:
        raise KeyfileRejected()
    kek = derive_kek(slot.params, slot.salt, encode_passphrase(passphrase))
    try:
        dek = AESGCM(bytes(kek)).decrypt(
            slot.nonce, slot.wrapped, canonical(slot.header(keyfile.db_uuid))
        )
    except InvalidTag as exc:
        raise WrongPassphrase() from exc
    finally:
        kek[:] = bytes(len(kek))
    return _checked(keyfile, dek, next_key=keyfile.is_next_slot(slot))


def unwrap_recovery(keyfile: Keyfile, secret: bytes) -> bytearray:
    slot = keyfile.slot("recovery")
    return _unwrap_recovery_slot(keyfile, slot, secret)


def _unwrap_recovery_slot(keyfile: Keyfile, slot: Slot, secret: bytes) -> bytearray:
    if slot.kdf != "hkdf-sha256" or len(slot.salt) != SALT_LEN:
        raise KeyfileRejected()
    kek = _recovery_kek(secret, slot.salt, keyfile.db_uuid)
    try:
        dek = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, canonical(slot.header(keyfile.db_uuid)))
    except InvalidTag as exc:
        raise WrongRecoveryKey() from exc
    return _checked(keyfile, dek, next_key=keyfile.is_next_slot(slot))


def unwrap_rotating(
    keyfile: Keyfile,
    *,
    passphrase: str | None = None,
    secret: bytes | None = None,
    allow_weak: bool = False,
) -> list[tuple[bool, bytearray]]:
    """Every key a passphrase (or recovery secret) unwraps from a key file of state
    "rotating", the new key first: ``[(is_new_key, dek), …]``, never empty.

    Raises ``WrongPassphrase`` / ``WrongRecoveryKey`` when no slot of the kind opens,
    ``KeyfileRejected`` or ``KeyfileCorrupt`` like the single-slot functions."""
    slot_type = "passphrase" if passphrase is not None else "recovery"
    slots = sorted(
        (s for s in keyfile.slots if s.type == slot_type),
        key=lambda s: not keyfile.is_next_slot(s),
    )
    if not slots:
        raise KeyfileCorrupt()
    found: list[tuple[bool, bytearray]] = []
    wrong: Exception | None = None
    for slot in slots:
        try:
            if passphrase is not None:
                dek = _unwrap_passphrase_slot(keyfile, slot, passphrase, allow_weak=allow_weak)
            else:
                assert secret is not None
                dek = _unwrap_recovery_slot(keyfile, slot, secret)
        except (WrongPassphrase, WrongRecoveryKey) as exc:
            wrong = exc
            continue
        found.append((keyfile.is_next_slot(slot), dek))
    if not found:
        assert wrong is not None
        raise wrong
    return found


def _checked(keyfile: Keyfile, dek: bytes, *, next_key: bool = False) -> bytearray:
    buf = bytearray(dek)
    ok = keyfile.matches_next(buf) if next_key else keyfile.matches(buf)
    if len(buf) != KEY_LEN or not ok:
        buf[:] = bytes(len(buf))
        raise KeyfileCorrupt()
    return buf
