"""sync/invoice_downloads.py without Qt (R-40, R-41), against a private sandbox on loopback: the listing kept for
offline use, which files are still wanted, each kind fetched into the archive and checked against the listing's
sha256, and the queue of files still to fetch kept in the store across a restart."""

from __future__ import annotations

import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.store import ArchiveError, InvoiceArchive, Store
from windtre_desktop.sync import invoice_downloads as downloads
from windtre_desktop.sync.invoice_downloads import FileRequest


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=20, seed=5)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def client(server):
    with signed_in_clients(server) as make:
        yield make("USER_ADMIN")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "cache.sqlite3") as store:
        yield store


@pytest.fixture
def archive(store, tmp_path):
    return InvoiceArchive(store, tmp_path / "data")


def test_the_listing_is_fetched_once_then_answered_from_the_store(client, archive):
    first = downloads.refresh_listing(client, archive)
    assert first and first == archive.listing() and archive.listing_etag()
    requests_before, saved_at = client.request_count, archive.listing_saved_at()
    assert downloads.refresh_listing(client, archive) == first  # 304: the stored listing
    assert client.request_count == requests_before + 1
    assert archive.listing_saved_at() == saved_at  # not received again: asked with the stored ETag


def test_everything_is_wanted_until_fetched_then_nothing(client, archive):
    invoices = downloads.refresh_listing(client, archive)[:3]
    wanted = downloads.wanted(archive, invoices)
    assert wanted == [FileRequest(str(i["id"]), kind) for i in invoices for kind in ("pdf", "fatturapa")]
    for request in wanted:
        path = downloads.fetch(client, archive, request)
        assert path.is_file() and archive.verify(request.invoice_id, request.kind) == "ok"
    assert downloads.wanted(archive, invoices) == []


def test_each_kind_lands_with_its_own_extension(client, archive):
    invoices = downloads.refresh_listing(client, archive)
    signed = next(i for i in invoices if i["fatturapa"]["signed"])
    plain = next(i for i in invoices if not i["fatturapa"]["signed"])
    with_detail = next(i for i in invoices if i.get("hasCallDetail"))
    assert downloads.fetch(client, archive, FileRequest(signed["id"], "fatturapa")).name == "fatturapa.xml.p7m"
    assert downloads.fetch(client, archive, FileRequest(plain["id"], "fatturapa")).name == "fatturapa.xml"
    assert downloads.fetch(client, archive, FileRequest(plain["id"], "pdf")).name == "pdf.pdf"
    detail = downloads.fetch(client, archive, FileRequest(with_detail["id"], "call_detail"))
    assert detail.name == "call_detail.csv" and archive.read_verified(with_detail["id"], "call_detail")
    with pytest.raises(ValueError, match="unknown file kind 'zip'"):
        downloads.fetch(client, archive, FileRequest(plain["id"], "zip"))


def test_the_call_detail_is_wanted_only_where_there_is_one(client, archive):
    invoices = downloads.refresh_listing(client, archive)
    without = next(i for i in invoices if not i.get("hasCallDetail"))
    with_detail = next(i for i in invoices if i.get("hasCallDetail"))
    assert downloads.wanted(archive, [without, with_detail], kinds=("call_detail",)) == [
        FileRequest(with_detail["id"], "call_detail")
    ]
    assert downloads.wanted(archive, [without], kinds=("call_detail", "pdf")) == [FileRequest(without["id"], "pdf")]


def test_a_file_whose_sha256_is_not_the_listings_is_refused_and_still_wanted(client, archive):
    invoice = downloads.refresh_listing(client, archive)[0]
    lying = dict(invoice, pdf=dict(invoice["pdf"], sha256="00" * 32))
    archive.save_listing([lying], None)
    with pytest.raises(ArchiveError):
        downloads.fetch(client, archive, FileRequest(invoice["id"], "pdf"))
    assert archive.recorded(invoice["id"], "pdf") is None
    assert downloads.wanted(archive, [lying], kinds=("pdf",)) == [FileRequest(invoice["id"], "pdf")]


def test_a_reissued_or_damaged_file_is_wanted_again(client, archive):
    invoice = downloads.refresh_listing(client, archive)[0]
    downloads.fetch(client, archive, FileRequest(invoice["id"], "pdf"))
    assert downloads.is_current(archive, invoice, "pdf")
    upper = dict(invoice, pdf=dict(invoice["pdf"], sha256=invoice["pdf"]["sha256"].upper()))
    assert downloads.is_current(archive, upper, "pdf")  # the listing's case does not matter
    reissued = dict(invoice, pdf=dict(invoice["pdf"], sha256="11" * 32))
    assert not downloads.is_current(archive, reissued, "pdf")
    archive.path(invoice["id"], "pdf").write_bytes(b"cut")
    assert not downloads.is_current(archive, invoice, "pdf")


def test_the_expected_sha256_is_the_listings_and_none_for_the_call_detail():
    invoice = {"id": "I1", "pdf": {"sha256": "ab" * 32}, "fatturapa": {"sha256": ""},
               "call_detail": {"sha256": "cd" * 32}}
    assert downloads.expected_sha256(invoice, "pdf") == "ab" * 32
    assert downloads.expected_sha256(invoice, "fatturapa") is None
    assert downloads.expected_sha256(invoice, "call_detail") is None
    assert downloads.expected_sha256({"id": "I2"}, "pdf") is None


def test_a_file_without_a_listed_sha256_is_current_once_archived(archive):
    archive.write_file("I1", "call_detail", b"a;b\n", None)
    assert downloads.is_current(archive, {"id": "I1"}, "call_detail")
    assert not downloads.is_current(archive, {"id": "I2"}, "call_detail")


def test_the_queue_survives_a_restart_and_empties(tmp_path):
    queue = [FileRequest("I1", "pdf"), FileRequest("I2", "fatturapa")]
    with Store(tmp_path / "cache.sqlite3") as store:
        downloads.save_queue(store, queue)
    with Store(tmp_path / "cache.sqlite3") as store:
        assert downloads.load_queue(store) == queue
        downloads.save_queue(store, [])
        assert downloads.load_queue(store) == []
        assert store.load_draft(downloads.QUEUE_DRAFT) is None


def test_a_damaged_queue_keeps_only_what_is_well_formed(store):
    store.save_draft(downloads.QUEUE_DRAFT, [["I1", "pdf"], ["I2"], ["I3", 4], "I4", ["I5", "fatturapa", "x"],
                                             ["I6", "call_detail"]])
    assert downloads.load_queue(store) == [FileRequest("I1", "pdf"), FileRequest("I6", "call_detail")]
    store.save_draft(downloads.QUEUE_DRAFT, {"I1": "pdf"})
    assert downloads.load_queue(store) == []
    store.save_draft(downloads.QUEUE_DRAFT, 5)
    assert downloads.load_queue(store) == []
