"""The test PostgreSQL server with TLS turned on, its certificate signed by a CA made in the test
(`cryptography`), for the tests of the team database connection (store and ui)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import time
from pathlib import Path

import pytest


def _key():
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def _certificate(subject_key, subject, issuer_key, issuer, *, ca, names=()):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if names:
        alternatives = [
            x509.IPAddress(ipaddress.ip_address(n)) if n[0].isdigit() else x509.DNSName(n)
            for n in names
        ]
        builder = builder.add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(thing) -> bytes:
    from cryptography.hazmat.primitives import serialization

    if hasattr(thing, "private_bytes"):
        return thing.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    return thing.public_bytes(serialization.Encoding.PEM)


@pytest.fixture
def tls_server(tmp_path):
    """The test server with TLS turned on, its certificate signed by a CA made for this test
    (for the name "localhost" only); turned off again afterwards."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    admin_url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if not admin_url:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL tests cannot be skipped in CI")
        pytest.skip("COPLAN_TEST_POSTGRES_URL is not set (run under scripts/with-postgres)")
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        data_directory = Path(connection.exec_driver_sql("SHOW data_directory").scalar())
    if not data_directory.is_dir() or not os.access(data_directory, os.W_OK):
        admin.dispose()
        pytest.skip(
            "the test server's files are not on this computer: cannot give it a certificate"
        )
    ca_key, rogue_key, server_key = _key(), _key(), _key()
    ca = _certificate(ca_key, "CoPlan test council CA", ca_key, "CoPlan test council CA", ca=True)
    rogue = _certificate(rogue_key, "Someone else's CA", rogue_key, "Someone else's CA", ca=True)
    server = _certificate(
        server_key, "localhost", ca_key, "CoPlan test council CA", ca=False, names=("localhost",)
    )
    folder = data_directory / "coplan-test-tls"
    folder.mkdir(exist_ok=True)
    owner = data_directory.stat()
    for name, content, mode in (
        ("server.crt", _pem(server), 0o644),
        ("server.key", _pem(server_key), 0o600),
    ):
        path = folder / name
        path.write_bytes(content)
        os.chmod(path, mode)
        if os.geteuid() == 0:
            os.chown(path, owner.st_uid, owner.st_gid)
    (tmp_path / "council-ca.pem").write_bytes(_pem(ca))
    (tmp_path / "rogue-ca.pem").write_bytes(_pem(rogue))

    def configure(*statements):
        with admin.connect() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
            connection.exec_driver_sql("SELECT pg_reload_conf()")
        time.sleep(0.5)  # the postmaster reloads asynchronously

    configure(
        f"ALTER SYSTEM SET ssl_cert_file = '{folder / 'server.crt'}'",
        f"ALTER SYSTEM SET ssl_key_file = '{folder / 'server.key'}'",
        "ALTER SYSTEM SET ssl = on",
    )
    try:
        with admin.connect() as connection:
            assert connection.exec_driver_sql("SHOW ssl").scalar() == "on"
        yield url, tmp_path
    finally:
        configure(
            "ALTER SYSTEM RESET ssl",
            "ALTER SYSTEM RESET ssl_cert_file",
            "ALTER SYSTEM RESET ssl_key_file",
        )
        admin.dispose()
        for name in ("server.crt", "server.key"):
            (folder / name).unlink(missing_ok=True)
        folder.rmdir()
