"""The caseload's encryption at rest: the officer's passphrase, its key, and SQLCipher.

- The database, its write-ahead log and its backups are SQLCipher files (AES-256, an HMAC on
  every page), opened through the `sqlcipher3` module, which has the standard library sqlite3's
  API and ships SQLCipher statically linked in its wheels.
- The key is never stored. It is derived from the officer's passphrase with scrypt (standard
  library `hashlib.scrypt`, N=2**17, r=8, p=1: 128 MiB and a few tenths of a second, so that
  guessing passphrases costs an attacker the same), and a random salt kept beside the database
  in `<database>.salt` (`coplan.db.salt`), with the cost parameters and a check value that
  tells a wrong passphrase from a damaged file before the database is touched.
- SQLCipher is given the derived key raw (`PRAGMA key = "x'…'"`), so it does not run its own
  (PBKDF2) derivation again on every connection: opening a connection stays cheap.
- A plain SQLite file starts with the 16 bytes "SQLite format 3\\0"; an encrypted one with
  random bytes. `is_plain_sqlite` tells them apart without a key.

Nothing here imports SQLAlchemy or Qt; `quick` uses it before SQLAlchemy is loaded.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError

SALT_SUFFIX = ".salt"
FORMAT = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10
PASSPHRASE_ENV = "COPLAN_PASSPHRASE"
# Tests and throw-away demos may keep a caseload unencrypted; the app says so on screen.
UNENCRYPTED_ENV = "COPLAN_UNENCRYPTED"
_PLAIN_HEADER = b"SQLite format 3\x00"
_CHECK_LABEL = b"CoPlan passphrase check v1"


class PassphraseNeeded(StoreError):
    """The caseload is encrypted (or must be) and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase given does not open this caseload."""


class EncryptionError(StoreError):
    """The caseload's encryption files are missing or damaged; the message says what to do."""


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters; stored in the salt file so that a later default can differ."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        return 2 * 128 * self.n * self.r * self.p + 1024 * 1024


DEFAULT_KDF = KdfParams()


class DatabaseKey:
    """A derived 32-byte key. Its repr and str never show it."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a database key is 32 bytes")
        self._raw = raw

    def pragma(self) -> str:
        """The statement that keys a SQLCipher connection (a raw key: no second derivation)."""
        return f"PRAGMA key = \"x'{self._raw.hex()}'\""

    def attach_key(self) -> str:
        """The KEY clause of `ATTACH DATABASE … AS … KEY …` for a file encrypted with this key."""
        return f"\"x'{self._raw.hex()}'\""

    def subkey(self, purpose: bytes) -> bytes:
        """A separate key for another use (the recovery marker), so that the database key is
        used for nothing else."""
        return hmac.new(self._raw, b"CoPlan sub-key: " + purpose, hashlib.sha256).digest()

    def check_value(self) -> str:
        return hmac.new(self._raw, _CHECK_LABEL, hashlib.sha256).hexdigest()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DatabaseKey) and hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(self._raw)

    def __repr__(self) -> str:
        return "<DatabaseKey (hidden)>"

    __str__ = __repr__


_SEALED = b"CoPlan sealed 1\n"


def seal(key: DatabaseKey, data: bytes, *, purpose: bytes) -> bytes:
    """`data` encrypted and authenticated (AES-256-GCM, `cryptography`) for small files beside
    the database, such as the recovery marker; `purpose` keeps each kind of file apart."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return _SEALED + nonce + AESGCM(key.subkey(purpose)).encrypt(nonce, data, purpose)


def unseal(key: DatabaseKey, sealed: bytes, *, purpose: bytes) -> bytes:
    """What `seal` sealed; ValueError when it is not sealed, damaged, or sealed another key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not sealed.startswith(_SEALED) or len(sealed) < len(_SEALED) + 12 + 16:
        raise ValueError("not a sealed file")
    nonce = sealed[len(_SEALED) : len(_SEALED) + 12]
    try:
        return AESGCM(key.subkey(purpose)).decrypt(nonce, sealed[len(_SEALED) + 12 :], purpose)
    except InvalidTag:
        raise ValueError("a sealed file that does not open with this key") from None


def is_sealed(data: bytes) -> bool:
    return data.startswith(_SEALED)


def problem_with_new_passphrase(passphrase: str, confirm: str | None = None) -> str | None:
    """Why a proposed passphrase will not do, in plain words; None when it will."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        return (
            f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters: a few "
            "words you will remember, such as a line of a song."
        )
    if len(set(passphrase)) < 4:
        return "Use at least four different characters."
    if confirm is not None and confirm != passphrase:
        return "The two entries do not match. Type the same passphrase twice."
    return None


def _normalise(passphrase: str) -> bytes:
    # The same passphrase typed on another keyboard (composed or decomposed accents) must work.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def derive_key(passphrase: str, salt: bytes, params: KdfParams = DEFAULT_KDF) -> DatabaseKey:
    raw = hashlib.scrypt(
        _normalise(passphrase),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=KEY_BYTES,
    )
    return DatabaseKey(raw)


def salt_file_for(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + SALT_SUFFIX)


NEXT_SUFFIX = ".next"  # the salt file of a passphrase change in progress
_KEY_CHANGE = b"key change"


class SaltFile:
    """`coplan.db.salt`: the salt, the scrypt parameters and the passphrase check (no key)."""

    def __init__(self, database_file: str | os.PathLike) -> None:
        self.database_file = Path(database_file)
        self.path = salt_file_for(self.database_file)
        self.next_path = self.path.with_name(self.path.name + NEXT_SUFFIX)

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, passphrase: str, *, kdf: KdfParams | None = None) -> DatabaseKey:
        """A new salt for a new (or newly encrypted) caseload; the key it gives."""
        kdf = kdf or DEFAULT_KDF  # read now: tests lower the cost
        problem = problem_with_new_passphrase(passphrase)
        if problem:
            raise WrongPassphrase(problem)
        key, data = _new_salt(passphrase, kdf)
        _write_private(self.path, json.dumps(data, indent=1).encode("utf-8"))
        return key

    def begin_change(
        self, old_key: DatabaseKey, new_passphrase: str, *, backups_folder: Path | None
    ) -> DatabaseKey:
        """Write `<salt>.next` for a new passphrase; the new key. Each key is kept in it sealed
        with the other, so that whichever passphrase is typed after a crash, the change can be
        finished (encrypt.resume_key_change)."""
        problem = problem_with_new_passphrase(new_passphrase)
        if problem:
            raise WrongPassphrase(problem)
        new_key, data = _new_salt(new_passphrase, DEFAULT_KDF)
        data["new_key"] = base64.b64encode(seal(old_key, new_key._raw, purpose=_KEY_CHANGE)).decode(
            "ascii"
        )
        data["old_key"] = base64.b64encode(seal(new_key, old_key._raw, purpose=_KEY_CHANGE)).decode(
            "ascii"
        )
        data["backups"] = str(backups_folder) if backups_folder is not None else ""
        _write_private(self.next_path, json.dumps(data, indent=1).encode("utf-8"))
        return new_key

    def end_change(self) -> None:
        """The change is done: the next salt (without the sealed keys) becomes the salt."""
        data = json.loads(self.next_path.read_text(encoding="utf-8"))
        for field in ("new_key", "old_key", "backups"):
            data.pop(field, None)
        _write_private(self.path, json.dumps(data, indent=1).encode("utf-8"))
        self.next_path.unlink(missing_ok=True)
        fsync_folder(self.path.parent)

    def change_keys(self, passphrase: str) -> tuple[DatabaseKey, DatabaseKey, Path | None] | None:
        """(old key, new key, backups folder) of a change in progress, from either passphrase;
        None when there is none (or it is already done). WrongPassphrase for neither."""
        if not self.next_path.exists():
            return None
        try:
            data = json.loads(self.next_path.read_text(encoding="utf-8"))
            next_salt = base64.b64decode(data["salt"].encode("ascii"), validate=True)
            next_params = KdfParams(int(data["n"]), int(data["r"]), int(data["p"]))
            next_check = str(data["check"])
            sealed_new = base64.b64decode(data["new_key"].encode("ascii"), validate=True)
            sealed_old = base64.b64decode(data["old_key"].encode("ascii"), validate=True)
            backups = Path(data["backups"]) if data.get("backups") else None
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.next_path.unlink(missing_ok=True)  # torn before it was written whole: no change
            return None
        salt, params, check = self.read()
        if hmac.compare_digest(check, next_check):
            self.next_path.unlink(missing_ok=True)  # the swap was made; only the tidy-up was left
            return None
        typed = derive_key(passphrase, salt, params)
        if hmac.compare_digest(typed.check_value(), check):
            old_key = typed
            new_key = DatabaseKey(unseal(old_key, sealed_new, purpose=_KEY_CHANGE))
            return old_key, new_key, backups
        typed = derive_key(passphrase, next_salt, next_params)
        if hmac.compare_digest(typed.check_value(), next_check):
            new_key = typed
            old_key = DatabaseKey(unseal(new_key, sealed_old, purpose=_KEY_CHANGE))
            return old_key, new_key, backups
        raise WrongPassphrase(
            "That passphrase does not open this caseload. CoPlan was changing the passphrase "
            "when it stopped: the old one or the new one will do."
        )

    def read(self) -> tuple[bytes, KdfParams, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("kdf") != "scrypt":
                raise ValueError("unknown format")
            params = KdfParams(int(data["n"]), int(data["r"]), int(data["p"]))
            if params.n < 2 or params.n & (params.n - 1) or params.n > 2**22:
                raise ValueError("bad parameters")
            salt = base64.b64decode(data["salt"].encode("ascii"), validate=True)
            check = str(data["check"])
        except FileNotFoundError:
            raise EncryptionError(
                f"{self.path.name} is missing from {self.path.parent}: without it the "
                "caseload cannot be opened. Ask IT to restore it from the laptop's backup."
            ) from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EncryptionError(
                f"{self.path.name} in {self.path.parent} is damaged: without it the caseload "
                "cannot be opened. Ask IT to restore it from the laptop's backup."
            ) from exc
        return salt, params, check

    def unlock(self, passphrase: str) -> DatabaseKey:
        """The key for `passphrase`; WrongPassphrase when it is not this caseload's. A passphrase
        change stopped half-way is finished first (with the old or the new passphrase)."""
        if self.next_path.exists():
            from .encrypt import resume_key_change

            key = resume_key_change(self, passphrase)
            if key is not None:
                return key
        salt, params, check = self.read()
        key = derive_key(passphrase, salt, params)
        if not hmac.compare_digest(key.check_value(), check):
            raise WrongPassphrase(
                "That passphrase does not open this caseload. Check Caps Lock and try again."
            )
        return key


def _new_salt(passphrase: str, kdf: KdfParams) -> tuple[DatabaseKey, dict]:
    salt = secrets.token_bytes(SALT_BYTES)
    key = derive_key(passphrase, salt, kdf)
    data = {
        "format": FORMAT,
        "kdf": "scrypt",
        "n": kdf.n,
        "r": kdf.r,
        "p": kdf.p,
        "salt": base64.b64encode(salt).decode("ascii"),
        "check": key.check_value(),
    }
    return key, data


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (or an empty one, which SQLite treats as new)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return header in (b"", _PLAIN_HEADER)


def unencrypted_allowed() -> bool:
    """Whether a caseload may be kept unencrypted here (tests, throw-away demos)."""
    return os.environ.get(UNENCRYPTED_ENV, "") == "1"


def connect(path: str | os.PathLike, key: DatabaseKey | None, **options):
    """A DB-API connection to `path`: SQLCipher keyed with `key`, or the stdlib sqlite3.

    Raises WrongPassphrase when the key does not open an existing file.
    """
    if key is None:
        import sqlite3

        return sqlite3.connect(path, **options)
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(str(path), **options)
    try:
        key_connection(connection, key)
        # The key is only tried when a page is read: read one now.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        connection.close()
        raise WrongPassphrase(
            "That passphrase does not open this caseload's database file."
        ) from exc
    except BaseException:
        connection.close()
        raise
    return connection


def key_connection(connection, key: DatabaseKey) -> None:
    """Key a fresh SQLCipher connection, before anything reads the file."""
    # SQLCipher writes its own errors (a wrong key's failed page check) to stderr; CoPlan
    # reports them in plain words instead.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key.pragma())


def _write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, owner-only, surviving a crash at any moment."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(descriptor, 0o600)
        os.write(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, path)
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# -- which key a caseload needs ------------------------------------------------------------------


class CaseloadState:
    """What is on disk, read without a key (and without SQLAlchemy)."""

    NEW = "new"  # no database yet: the officer chooses a passphrase
    PLAIN = "plain"  # an unencrypted database from an earlier CoPlan: to be encrypted
    ENCRYPTED = "encrypted"  # a salt file (the database is, or is being made, encrypted)
    SALT_MISSING = "salt missing"  # an encrypted database whose salt file has gone


def caseload_state(database_file: Path) -> str:
    database_file = Path(database_file)
    if salt_file_for(database_file).exists():
        return CaseloadState.ENCRYPTED
    try:
        size = database_file.stat().st_size
    except FileNotFoundError:
        return CaseloadState.NEW
    if size == 0:
        return CaseloadState.NEW
    return CaseloadState.PLAIN if is_plain_sqlite(database_file) else CaseloadState.SALT_MISSING


def key_for(
    database_file: Path,
    *,
    key: DatabaseKey | None = None,
    passphrase: str | None = None,
    plain: bool = False,
) -> DatabaseKey | None:
    """The key that opens (or will encrypt) `database_file`; None for a caseload kept plain.

    A passphrase not given is read from $COPLAN_PASSPHRASE. A caseload is kept plain only when
    it has no salt file and `plain` is asked for (the demo) or, with no passphrase at all,
    $COPLAN_UNENCRYPTED=1 (tests). A new or plain caseload given a passphrase gets a salt file
    here (it is encrypted by `open_store`). PassphraseNeeded, WrongPassphrase or
    EncryptionError, each with a message for people, otherwise.
    """
    salt = SaltFile(database_file)
    state = caseload_state(database_file)
    if state == CaseloadState.SALT_MISSING:
        salt.read()  # raises EncryptionError, naming the missing file
    if key is not None:
        if state != CaseloadState.ENCRYPTED:
            raise ValueError("a key needs the salt file it was derived with")
        _salt, _params, check = salt.read()
        if not hmac.compare_digest(key.check_value(), check):
            raise WrongPassphrase("That key does not open this caseload.")
        return key
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV) or None
    if state == CaseloadState.ENCRYPTED:
        if passphrase is None:
            raise PassphraseNeeded(
                f"the caseload is encrypted: give the officer's passphrase (for scripts and "
                f"the command line, in the environment variable {PASSPHRASE_ENV})"
            )
        return salt.unlock(passphrase)
    if plain or (passphrase is None and unencrypted_allowed()):
        return None
    if passphrase is None:
        raise PassphraseNeeded(
            "CoPlan keeps the caseload encrypted, and no passphrase was given to encrypt it "
            f"with (for scripts and the command line, set {PASSPHRASE_ENV})"
        )
    return salt.create(passphrase)
