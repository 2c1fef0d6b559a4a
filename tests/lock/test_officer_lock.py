import json
import os
import stat

import pytest

from coplan.lock import KdfParams, LockError, OfficerLock, delay_after, problem_with_new_secret
from coplan.lock.officer_lock import DEFAULT_KDF, FILE_NAME, MAX_DELAY

FAST = KdfParams(n=2**10, r=8, p=1)  # cheap enough for tests; the default is OWASP's minimum


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def lock(tmp_path, clock):
    officer = OfficerLock(tmp_path / FILE_NAME, clock=clock, kdf=FAST)
    officer.set_secret("harbour-7")
    return officer


def test_default_cost_is_owasp_minimum_for_scrypt():
    assert (DEFAULT_KDF.n, DEFAULT_KDF.r, DEFAULT_KDF.p) == (2**17, 8, 1)


def test_default_file_is_in_the_data_folder():
    from coplan.paths import data_dir

    assert OfficerLock().path == data_dir() / FILE_NAME


def test_not_set_until_first_use(tmp_path):
    officer = OfficerLock(tmp_path / FILE_NAME, kdf=FAST)
    assert not officer.is_set()
    with pytest.raises(LockError, match="No PIN"):
        officer.attempt("anything")


def test_right_secret_opens_and_wrong_one_does_not(lock):
    assert lock.attempt("harbour-7").ok
    assert not lock.attempt("harbour-8").ok
    assert not lock.attempt("").ok


def test_the_secret_is_never_stored_in_plain_text(lock):
    raw = lock.path.read_bytes()
    assert b"harbour" not in raw
    data = json.loads(raw)
    assert data["kdf"] == "scrypt"
    assert {"salt", "hash", "n", "r", "p"} <= data.keys()


def test_same_secret_gets_a_different_salt_and_hash(tmp_path):
    first = OfficerLock(tmp_path / "a.json", kdf=FAST)
    second = OfficerLock(tmp_path / "b.json", kdf=FAST)
    first.set_secret("harbour-7")
    second.set_secret("harbour-7")
    one, two = json.loads(first.path.read_text()), json.loads(second.path.read_text())
    assert one["salt"] != two["salt"]
    assert one["hash"] != two["hash"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_is_private_to_the_owner(lock, clock):
    assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
    lock.attempt("wrong-one")  # rewritten after a failure: still private
    assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
    os.chmod(lock.path, 0o644)
    lock.attempt("harbour-7")
    assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600


def test_compares_in_constant_time(lock, monkeypatch):
    import hmac

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr("coplan.lock.officer_lock.hmac.compare_digest", spy)
    lock.attempt("harbour-7")
    assert len(calls) == 1


def test_first_use_only_once(lock):
    with pytest.raises(LockError, match="already set"):
        lock.set_secret("another-1")


@pytest.mark.parametrize(
    ("secret", "confirm", "message"),
    [
        ("", None, "at least 6"),
        ("12345", None, "at least 6"),
        ("aaaaaaa", None, "more than one"),
        ("123456", None, "run of digits"),
        ("654321", None, "run of digits"),
        ("harbour-7", "harbour-8", "do not match"),
    ],
)
def test_weak_or_mistyped_new_secrets_are_refused(tmp_path, secret, confirm, message):
    assert message in problem_with_new_secret(secret, confirm)
    with pytest.raises(LockError, match=message):
        OfficerLock(tmp_path / FILE_NAME, kdf=FAST).set_secret(secret, confirm)
    assert not (tmp_path / FILE_NAME).exists()


def test_a_pin_of_digits_is_fine():
    assert problem_with_new_secret("470913", "470913") is None


def test_unicode_forms_of_the_same_text_match(tmp_path):
    officer = OfficerLock(tmp_path / FILE_NAME, kdf=FAST)
    officer.set_secret("caf\u00e9-2026")
    assert officer.attempt("cafe\u0301-2026").ok


def test_change_needs_the_current_secret(lock):
    assert not lock.change_secret("wrong-one", "lighthouse-3").ok
    assert lock.attempt("harbour-7").ok
    assert lock.change_secret("harbour-7", "lighthouse-3", "lighthouse-3").ok
    assert lock.attempt("lighthouse-3").ok
    assert not lock.attempt("harbour-7").ok


def test_delays_grow_after_three_free_tries_and_are_capped():
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 32, 64]
    assert delay_after(50) == MAX_DELAY


def test_wrong_attempts_slow_down(lock, clock):
    assert lock.attempt("nope-001").wait == 0
    assert lock.attempt("nope-002").wait == 0
    third = lock.attempt("nope-003")
    assert not third.ok and third.checked and third.wait == 2
    assert lock.wait_left() == 2
    # while the wait runs even the right secret is refused, unchecked
    refused = lock.attempt("harbour-7")
    assert not refused.ok and not refused.checked and refused.wait_seconds == 2
    clock.now += 2
    fourth = lock.attempt("nope-004")
    assert fourth.wait == 4
    clock.now += 4
    assert lock.attempt("harbour-7").ok
    assert lock.failures == 0
    assert lock.wait_left() == 0


def test_restarting_does_not_reset_the_wait(lock, clock, tmp_path):
    for n in range(5):
        clock.now += 100
        lock.attempt(f"nope-{n:03d}")
    again = OfficerLock(lock.path, clock=clock, kdf=FAST)  # a new process
    assert again.failures == 5
    assert again.wait_left() == 8
    assert not again.attempt("harbour-7").checked


def test_setting_the_clock_back_does_not_extend_the_wait(lock, clock):
    for n in range(3):
        lock.attempt(f"nope-{n:03d}")
    clock.now -= 86_400
    assert lock.wait_left() == 2


def test_damaged_file_is_reported_not_treated_as_unset(lock):
    lock.path.write_text("{not json")
    with pytest.raises(LockError, match="damaged"):
        lock.attempt("harbour-7")
    lock.path.write_text(json.dumps({"format": 1, "kdf": "scrypt", "n": 3}))
    with pytest.raises(LockError, match="damaged"):
        lock.wait_left()


def test_no_temporary_file_left_behind(lock):
    lock.attempt("nope-001")
    assert sorted(p.name for p in lock.path.parent.iterdir()) == [FILE_NAME]
