"""The network dropping half-way through a sync, for real: the laptop reaches PostgreSQL through a
TCP relay that the test cuts (every connection closed, the port shut) after some plans."""

from __future__ import annotations

import contextlib
import socket
import threading
import uuid

import pytest
from conftest import make_plan
from sqlalchemy.engine import make_url
from sync_helpers import audit_uids, documents

from coplan.store import Store, open_store
from coplan.store.sync import open_team, sync_caseload, sync_status

pytestmark = pytest.mark.postgresql


class Relay:
    """127.0.0.1:<port> → the server, byte for byte, until `cut()`."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.open = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:  # accepted by the kernel as the cut happened: refuse it
                client.close()
                return
            server = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.open = False
        with contextlib.suppress(OSError):  # wakes the accept() blocked on it
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for end in self.sockets:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()


@pytest.fixture
def team_schema_url(postgres_database):
    schema = f"net_{uuid.uuid4().hex[:12]}"
    with postgres_database.connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = postgres_database.url.update_query_dict({"options": f"-csearch_path={schema}"})
    yield url
    with postgres_database.connect() as connection:
        connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


def test_a_network_cut_half_way_stops_the_sync_plainly_and_the_next_one_finishes(
    team_schema_url, tmp_path
):
    direct = team_schema_url.render_as_string(hide_password=False)
    open_team(direct, upgrade=True).close()
    url = make_url(direct)
    relay = Relay(url.host, url.port)
    through_relay = url.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    with open_store(data_dir=tmp_path / "a") as laptop:
        laptop.save_many(
            [make_plan("Nell Example", plan_id=f"p{n:02}", items=1) for n in range(40)],
            actor="a",
        )

        def progress(done: int, _total: int) -> None:
            if done == 12:
                relay.cut()  # the laptop's Wi-Fi goes

        team = open_team(through_relay)
        try:
            report = sync_caseload(laptop, team, officer="a", progress=progress)
        finally:
            team.close()

        assert report.unreachable and not report.complete
        assert "cannot be reached" in report.error and "Nothing was lost" in report.error
        assert 12 <= len(report.sent) < 40
        assert sync_status(laptop).changes_waiting == 40 - len(report.sent)
        assert sync_status(laptop).last_error == report.error

        again = sync_caseload(laptop, direct, officer="a")  # back in the office

        assert again.in_step and len(again.sent) == 40 - len(report.sent)
        team_store = Store(open_team(direct).engine)
        try:
            assert documents(team_store) == documents(laptop)
            uids = audit_uids(team_store)
            assert sorted(uids) == sorted(set(uids)) == sorted(audit_uids(laptop))
        finally:
            team_store.close()
