"""The case officer's PIN or password: set once, kept only as a slow salted hash.

- The secret is never stored. The file holds a random salt and an scrypt hash (standard
  library `hashlib.scrypt`, OWASP's minimum cost N=2**17, r=8, p=1), the cost parameters it was
  made with, and the count of wrong attempts since the last right one.
- The file lives in `coplan.paths.data_dir()` and is readable and writable by its owner only
  (0600); it is replaced atomically, so a crash never leaves half a file.
- Checking compares the hashes in constant time (`hmac.compare_digest`).
- After `FREE_TRIES` wrong attempts each further one must wait longer (2 s, 4 s, 8 s … up to
  `MAX_DELAY` seconds). The wait is stored in the file, so restarting CoPlan does not reset it.
  While a wait runs, an attempt is refused without being checked, even with the right secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "officer-lock.json"
FORMAT = 1
MIN_LENGTH = 6
FREE_TRIES = 3
MAX_DELAY = 300.0
SALT_BYTES = 16


class LockError(Exception):
    """The secret cannot be set, changed or checked; the message says why, in plain English."""


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters; stored beside each hash so that a later default can differ."""

    n: int = 2**17
    r: int = 8
    p: int = 1
    dklen: int = 32

    @property
    def maxmem(self) -> int:
        # scrypt needs 128 * n * r bytes (plus a little); allow twice that.
        return 2 * 128 * self.n * self.r * self.p + 1024 * 1024


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Attempt:
    """The outcome of one try at the PIN."""

    ok: bool
    wait: float = 0.0  # seconds before the next try will be checked (0: try again now)
    checked: bool = True  # False when refused unchecked because a wait was still running

    @property
    def wait_seconds(self) -> int:
        """The wait rounded up to whole seconds, for showing to people."""
        whole = int(self.wait)
        return whole + (1 if self.wait > whole else 0)


def delay_after(failures: int) -> float:
    """How long to wait after `failures` wrong attempts in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(float(2 ** (failures - FREE_TRIES + 1)), MAX_DELAY)


def _normalise(secret: str) -> bytes:
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def problem_with_new_secret(secret: str, confirm: str | None = None) -> str | None:
    """Why a proposed PIN or password will not do, or None when it is acceptable."""
    if len(secret) < MIN_LENGTH:
        return f"Choose a PIN or password of at least {MIN_LENGTH} characters."
    if len(set(secret)) == 1:
        return "Use more than one different character."
    if secret.isdigit() and (secret in "01234567890123456789" or secret in "98765432109876543210"):
        return "Do not use a run of digits such as 123456."
    if confirm is not None and confirm != secret:
        return "The two entries do not match. Type the same PIN or password twice."
    return None


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hashlib.scrypt(
        _normalise(secret),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=params.dklen,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class _State:
    params: KdfParams
    salt: bytes
    hash: bytes
    failures: int = 0
    wait_until: float = 0.0

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "kdf": "scrypt",
            "n": self.params.n,
            "r": self.params.r,
            "p": self.params.p,
            "dklen": self.params.dklen,
            "salt": _b64(self.salt),
            "hash": _b64(self.hash),
            "failures": self.failures,
            "wait_until": self.wait_until,
        }

    @classmethod
    def from_json(cls, data: dict) -> _State:
        if data.get("format") != FORMAT or data.get("kdf") != "scrypt":
            raise ValueError("unknown format")
        params = KdfParams(int(data["n"]), int(data["r"]), int(data["p"]), int(data["dklen"]))
        failures = int(data.get("failures", 0))
        wait_until = float(data.get("wait_until", 0.0))
        if params.n < 2 or params.n & (params.n - 1) or failures < 0:
            raise ValueError("bad parameters")
        return cls(params, _unb64(data["salt"]), _unb64(data["hash"]), failures, wait_until)


class OfficerLock:
    """The case officer's PIN or password, kept in one private file.

    `clock` returns wall-clock seconds (the wait must survive a restart, so it cannot be a
    monotonic clock); tests pass a fake one. `kdf` sets the cost for a newly set secret.
    """

    def __init__(
        self,
        path: str | os.PathLike | None = None,
        *,
        clock: Callable[[], float] = time.time,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        if path is None:
            from coplan.paths import data_dir

            path = data_dir() / FILE_NAME
        self.path = Path(path)
        self._clock = clock
        self._kdf = kdf

    # -- state ------------------------------------------------------------------------------
    def is_set(self) -> bool:
        return self.path.exists()

    def _read(self) -> _State:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise LockError("No PIN or password has been set yet.") from None
        except OSError as exc:
            raise LockError(f"The PIN file cannot be read ({exc.strerror}).") from exc
        try:
            state = _State.from_json(json.loads(text))
        except (ValueError, KeyError, TypeError) as exc:
            raise LockError(
                "The PIN file is damaged. Ask IT support to reset the case officer's PIN."
            ) from exc
        if os.name == "posix" and self.path.stat().st_mode & 0o077:
            os.chmod(self.path, 0o600)  # someone opened it up: close it again
        return state

    def _write(self, state: _State) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temporary, flags, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(descriptor, 0o600)
            os.write(descriptor, json.dumps(state.to_json(), indent=1).encode("utf-8"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, self.path)
        if os.name == "posix":
            directory = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)

    def _wait_left(self, state: _State, now: float) -> float:
        # A clock set backwards must not lock the officer out for longer than the rule says.
        return max(0.0, min(state.wait_until - now, delay_after(state.failures)))

    # -- what the app calls -------------------------------------------------------------------
    def set_secret(self, secret: str, confirm: str | None = None) -> None:
        """Set the PIN or password for the first time."""
        if self.is_set():
            raise LockError("A PIN or password is already set: change it with the current one.")
        self._store_new(secret, confirm)

    def change_secret(self, current: str, new: str, confirm: str | None = None) -> Attempt:
        """Replace the secret; `current` must be right (and counts as an attempt if wrong)."""
        problem = problem_with_new_secret(new, confirm)
        if problem:
            raise LockError(problem)
        attempt = self.attempt(current)
        if attempt.ok:
            self._store_new(new, confirm)
        return attempt

    def _store_new(self, secret: str, confirm: str | None) -> None:
        problem = problem_with_new_secret(secret, confirm)
        if problem:
            raise LockError(problem)
        salt = secrets.token_bytes(SALT_BYTES)
        self._write(_State(self._kdf, salt, _derive(secret, salt, self._kdf)))

    def wait_left(self) -> float:
        """Seconds before the next attempt will be checked (0 when it can be tried now)."""
        return self._wait_left(self._read(), self._clock())

    def attempt(self, secret: str) -> Attempt:
        """Check a PIN; a wrong one is counted and may start a wait before the next try."""
        state = self._read()
        now = self._clock()
        waiting = self._wait_left(state, now)
        if waiting > 0:
            return Attempt(ok=False, wait=waiting, checked=False)
        right = hmac.compare_digest(_derive(secret, state.salt, state.params), state.hash)
        if right:
            if state.failures or state.wait_until:
                state.failures, state.wait_until = 0, 0.0
                self._write(state)
            return Attempt(ok=True)
        state.failures += 1
        delay = delay_after(state.failures)
        state.wait_until = now + delay if delay else 0.0
        self._write(state)
        return Attempt(ok=False, wait=delay)

    @property
    def failures(self) -> int:
        """Wrong attempts since the last right one."""
        return self._read().failures
