"""The quick caseload reader (sqlite3 only) answers exactly as the store, and LazyStore.

`QuickCaseload` shows the first caseload page before SQLAlchemy is loaded; every answer it gives
must be the store's, to the tzinfo of each moment.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import make_plan

from coplan.domain.model import PlanStatus
from coplan.store import StoreError, caseload, layout, open_store, quick
from coplan.store.lazy import LazyStore, lazy_store
from coplan.store.quick import QuickCaseload, QuickReadRefused

NAMES = [
    ("Amira Khan", "Mira"),
    ("zoë smith", ""),
    ("ZOE\u0308 SMITH", "Zo"),  # the same letter, decomposed, in capitals
    ("Oliver Twist", "Ollie"),
    ("BEN 100% O_NEILL", ""),
    ("Chloé Martin", "Coco"),
    ("Łukasz Kowalski", "Łukas"),
    ("ΣΟΦΊΑ Παπαδοπούλου", "Σοφία"),  # final sigma folds to σ
    ("Grüße Straße", ""),  # ß folds to ss
    ("Ｊａｍｅｓ Ｂｒｏｗｎ", "Jim"),  # full-width letters: NFKC makes them ASCII
    ("Иван Петров", "Ваня"),
    ("李 小龍", "小龍"),
    ("Siobhán Ní Bhriain", ""),
    ("a/b slash", "%_/"),
    ("İlkay Yılmaz", ""),
    ("Mohammed Ali", "Mo"),
]

SEARCHES = [
    "",
    "   ",
    "mira",
    "OLLIE",
    "ZOË",
    "zoe\u0308",
    "100%",
    "o_n",
    "%",
    "_",
    "/",
    "a/b",
    "σοφια",
    "ΣΟΦΊΑ",
    "strasse",
    "STRASSE",
    "james",
    "ваня",
    "小龍",
    "ní",
    "i̇lkay",
    "\x1f",
    "i",
    "nobody",
]

STATUSES = [
    None,
    PlanStatus.DRAFT,
    "final",
    [PlanStatus.CONSULTATION, "final"],
    [],
    ("draft", "draft"),
]

# A datetime or text is not what the API asks for, but the store accepts them: so does the reader.
REVIEWS = [None, date(2027, 1, 1), date(2026, 12, 2), datetime(2026, 12, 2, 23, 59), "2026-12-02"]
BINS = [{}, {"include_deleted": True}, {"only_deleted": True}]


@pytest.fixture(scope="module")
def caseload_store(tmp_path_factory):
    """A store with 48 plans: every name thrice, every status, reviews or none, some in the bin,
    some saved together (the same updated_at) and some one by one."""
    data_dir = tmp_path_factory.mktemp("quick") / "data"
    store = open_store(data_dir)
    plans = []
    for number, ((full, preferred), round_) in enumerate(itertools.product(NAMES, range(3))):
        review = None if number % 4 == 0 else date(2026, 11 + number % 2, 1 + number % 28)
        plans.append(
            make_plan(
                full,
                preferred,
                plan_id=f"p{(number * 37) % 100:02d}-{round_}",
                status=list(PlanStatus)[number % 3],
                next_review_on=review,
                items=1,
            )
        )
    store.save_many(plans[:24], actor="test")
    for plan in plans[24:]:
        store.save(plan, actor="test")
    for plan in plans[::5]:
        store.delete(plan.id, actor="test")
    yield store, QuickCaseload(data_dir / layout.DATABASE_FILE_NAME)
    store.close()


def same(left, right) -> None:
    # repr: PlanSummary equality would call 10:00+00:00 equal to 11:00+01:00; the repr does not.
    assert repr(left) == repr(right)


def test_the_head_revision_is_alembics_head():
    from coplan.store import migrate

    assert migrate.head_revision() == layout.HEAD_REVISION


def test_the_orderings_are_the_stores():
    assert quick.ORDERINGS == caseload.ORDERINGS


def test_counts_match_for_every_filter(caseload_store):
    store, reader = caseload_store
    for search, status, review, bin_flags in itertools.product(SEARCHES, STATUSES, REVIEWS, BINS):
        filters = {"search": search, "status": status, "review_due_before": review, **bin_flags}
        assert reader.count_plans(**filters) == store.count_plans(**filters), filters
    assert reader.count_plans("mira", "draft") == store.count_plans("mira", "draft")


def test_lists_match_for_every_filter(caseload_store):
    store, reader = caseload_store
    for search, status, review, bin_flags in itertools.product(SEARCHES, STATUSES, REVIEWS, BINS):
        filters = {"search": search, "status": status, "review_due_before": review, **bin_flags}
        same(reader.list_plans(**filters), store.list_plans(**filters))


def test_lists_match_for_every_order_and_page(caseload_store):
    store, reader = caseload_store
    pages = [(None, 0), (7, 0), (7, 7), (7, 42), (0, 0), (None, 5), (100, 3)]
    for order_by, descending, bin_flags, search, (limit, offset) in itertools.product(
        caseload.ORDERINGS, (False, True), BINS, ("", "i", "%"), pages
    ):
        arguments = {
            "order_by": order_by,
            "descending": descending,
            "search": search,
            "limit": limit,
            "offset": offset,
            **bin_flags,
        }
        same(reader.list_plans(**arguments), store.list_plans(**arguments))


def test_pages_cover_the_whole_order_once(caseload_store):
    _store, reader = caseload_store
    for order_by, descending in itertools.product(caseload.ORDERINGS, (False, True)):
        whole = reader.list_plans(order_by=order_by, descending=descending, include_deleted=True)
        pages = [
            reader.list_plans(
                order_by=order_by, descending=descending, include_deleted=True, limit=5, offset=at
            )
            for at in range(0, len(whole), 5)
        ]
        assert [s.id for page in pages for s in page] == [s.id for s in whole]
    assert len(whole) == len(NAMES) * 3


def test_moments_are_utc_and_dates_are_dates(caseload_store):
    _store, reader = caseload_store
    summaries = reader.list_plans(include_deleted=True)
    assert all(s.updated_at.utcoffset().total_seconds() == 0 for s in summaries)
    assert any(s.deleted_at is not None for s in summaries)
    assert any(type(s.next_review_on) is date for s in summaries)
    assert any(s.next_review_on is None for s in summaries)


@pytest.mark.parametrize(
    "arguments",
    [{"order_by": "child"}, {"status": "closed"}, {"status": ["draft", "closed"]}],
)
def test_wrong_arguments_fail_as_in_the_store(caseload_store, arguments):
    store, reader = caseload_store
    with pytest.raises(ValueError) as from_store:
        store.list_plans(**arguments)
    with pytest.raises(ValueError) as from_reader:
        reader.list_plans(**arguments)
    assert str(from_reader.value) == str(from_store.value)


# -- refusing -------------------------------------------------------------------------------
def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(QuickReadRefused):
        QuickCaseload(tmp_path / "coplan.db")
    assert not (tmp_path / "coplan.db").exists()


def test_a_file_without_coplans_tables_is_refused(tmp_path):
    (tmp_path / "coplan.db").touch()
    with pytest.raises(QuickReadRefused):
        QuickCaseload(tmp_path / "coplan.db")


def stamp(database_file: Path, revision: str) -> None:
    connection = sqlite3.connect(database_file)
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        connection.close()


def test_a_database_not_at_head_is_refused_at_once_and_later(sqlite_database):
    sqlite_database.open().close()
    reader = QuickCaseload(sqlite_database.sqlite_file)
    assert reader.count_plans() == 0
    stamp(sqlite_database.sqlite_file, "0000")
    with pytest.raises(QuickReadRefused):
        reader.count_plans()
    with pytest.raises(QuickReadRefused):
        reader.list_plans()
    with pytest.raises(QuickReadRefused):
        QuickCaseload(sqlite_database.sqlite_file)


def open_files_in(folder: Path) -> list[str]:
    found = []
    for descriptor in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{descriptor}")
        except OSError:
            continue
        if Path(target).parent == folder:
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_every_read_closes_its_files(tmp_path):
    data_dir = tmp_path / "data"
    with open_store(data_dir) as store:
        store.save(make_plan(plan_id="one"), actor="test")
    assert open_files_in(data_dir) == []
    reader = QuickCaseload(data_dir / "coplan.db")
    assert reader.count_plans() == 1
    assert [s.id for s in reader.list_plans()] == ["one"]
    stamp(data_dir / "coplan.db", "0000")
    with pytest.raises(QuickReadRefused):
        reader.list_plans()
    assert open_files_in(data_dir) == []


# -- LazyStore ------------------------------------------------------------------------------
class Opener:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.opened = []

    def __call__(self):
        store = open_store(self.data_dir)
        self.opened.append(store)
        return store


@pytest.fixture
def folder_with_a_plan(tmp_path):
    data_dir = tmp_path / "data"
    with open_store(data_dir) as store:
        store.save(make_plan("Amira Khan", "Mira", plan_id="amira"), actor="test")
    return data_dir


def test_lazy_store_reads_the_caseload_without_opening_the_store(folder_with_a_plan):
    opener = Opener(folder_with_a_plan)
    lazy = LazyStore(QuickCaseload(folder_with_a_plan / "coplan.db"), opener)
    assert lazy.count_plans() == 1
    assert lazy.count_plans("mira", status="draft") == 1
    assert [s.id for s in lazy.list_plans(search="MIRA", limit=10)] == ["amira"]
    assert opener.opened == []
    assert not lazy.is_open


def test_anything_else_opens_the_store_once_and_is_the_stores(folder_with_a_plan):
    opener = Opener(folder_with_a_plan)
    lazy = LazyStore(QuickCaseload(folder_with_a_plan / "coplan.db"), opener)
    try:
        assert lazy.summary("amira").id == "amira"
        assert len(opener.opened) == 1
        real = opener.opened[0]
        lazy.save(make_plan("Oliver Twist", plan_id="oliver"), actor="test")
        assert lazy.load("oliver").child.full_name == "Oliver Twist"
        assert lazy.url == real.url
        assert lazy.engine is real.engine
        assert lazy.open_now() is real
        # From now on the real store answers the caseload too.
        assert [s.id for s in lazy.list_plans()] == ["amira", "oliver"]
        assert lazy.count_plans() == 2
        assert len(opener.opened) == 1
    finally:
        lazy.close()


def test_open_now_opens_once_and_close_closes_the_real_store(folder_with_a_plan, monkeypatch):
    opener = Opener(folder_with_a_plan)
    with LazyStore(QuickCaseload(folder_with_a_plan / "coplan.db"), opener) as lazy:
        store = lazy.open_now()
        assert lazy.open_now() is store
        assert lazy.is_open
        closed = []
        monkeypatch.setattr(store, "close", lambda: closed.append(True) or type(store).close(store))
    assert closed == [True]
    assert len(opener.opened) == 1


def test_a_refused_quick_read_falls_back_to_the_store(folder_with_a_plan):
    opener = Opener(folder_with_a_plan)
    lazy = LazyStore(QuickCaseload(folder_with_a_plan / "coplan.db"), opener)
    stamp(folder_with_a_plan / "coplan.db", "0000")  # as if another CoPlan changed it
    try:
        with pytest.raises(StoreError):  # open_store refuses a revision it does not know
            lazy.count_plans()
    finally:
        stamp(folder_with_a_plan / "coplan.db", layout.HEAD_REVISION)
    assert lazy.count_plans() == 1
    assert len(opener.opened) == 1
    lazy.close()


def test_lazy_store_is_only_for_a_current_sqlite_data_folder(
    folder_with_a_plan, tmp_path, monkeypatch
):
    monkeypatch.delenv("COPLAN_DATABASE_URL", raising=False)
    lazy = lazy_store(folder_with_a_plan)
    assert isinstance(lazy, LazyStore)
    assert lazy.count_plans() == 1
    with lazy:
        assert lazy.load("amira").id == "amira"
    assert lazy_store(tmp_path / "empty") is None  # a database to create
    assert not (tmp_path / "empty" / "coplan.db").exists()
    url = f"sqlite:///{folder_with_a_plan / 'coplan.db'}"
    assert lazy_store(database_url=url) is None  # a URL: open_store as before
    monkeypatch.setenv("COPLAN_DATABASE_URL", url)
    assert lazy_store() is None
    assert isinstance(lazy_store(folder_with_a_plan), LazyStore)  # a folder beats the variable
    stamp(folder_with_a_plan / "coplan.db", "0000")
    assert lazy_store(folder_with_a_plan) is None  # a database to migrate


def test_sqlalchemy_is_loaded_only_when_the_store_is_opened(folder_with_a_plan):
    script = textwrap.dedent(
        """
        import sys
        import coplan.store.quick, coplan.store.lazy
        from coplan.store.lazy import lazy_store
        from coplan.domain.model import PlanStatus
        print("sqlalchemy" in sys.modules)
        lazy = lazy_store(sys.argv[1])
        lazy.count_plans(search="mira")
        lazy.list_plans(order_by="status", limit=200)
        print("sqlalchemy" in sys.modules, "alembic" in sys.modules)
        lazy.summary("amira")
        print("sqlalchemy" in sys.modules, "alembic" in sys.modules)
        lazy.close()
        """
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("COPLAN_")}
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", "-c", script, str(folder_with_a_plan)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no ResourceWarning, nothing ignored in __del__
    assert result.stdout.split() == ["False", "False", "False", "True", "False"]
