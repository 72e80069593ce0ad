"""The print ledger on real SQLite files: unique keys, reprint numbers, crash recovery, retry scheduling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kds.printing.jobs import JobState, Ledger, PrintJob
from kds.store.connect import open_database
from kds.store.print_jobs import PrintJobRepository

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def add(repo: PrintJobRepository, key: str = "keeta_od:o1", kind: str = "kitchen", revision: str = "1",
        route: str = "kitchen", printer: str = "kitchen") -> int | None:
    return repo.add(order_key=key, kind=kind, revision=revision, route=route, printer=printer,
                    document="{}", title="Order #1", auto=True, now=T0)


def test_repository_satisfies_the_queue_ledger_protocol(store_target: str) -> None:
    ledger: Ledger = PrintJobRepository(open_database(store_target))
    assert ledger.get(1) is None


def test_a_key_is_stored_once_even_after_reopening(store_target: str) -> None:
    repo = PrintJobRepository(open_database(store_target))
    first = add(repo)
    assert first is not None
    assert add(repo) is None
    assert add(repo, revision="2") is not None
    assert add(repo, route="bar", printer="bar") is not None
    repo.db.close()
    reopened = PrintJobRepository(open_database(store_target))
    assert add(reopened) is None
    assert [j.revision for j in reopened.for_order("keeta_od:o1")] == ["1", "2", "1"]


def test_reprints_are_numbered_per_document(store_target: str) -> None:
    repo = PrintJobRepository(open_database(store_target))
    add(repo)
    numbers = [repo.add_reprint(order_key="keeta_od:o1", kind="kitchen", revision="1", route="kitchen",
                                printer="kitchen", document="{}", title="t", now=T0)[1] for _ in range(3)]
    assert numbers == [1, 2, 3]
    other = repo.add_reprint(order_key="keeta_od:o1", kind="receipt", revision="1", route="kitchen",
                             printer="kitchen", document="{}", title="t", now=T0)
    assert other[1] == 1


def test_sending_jobs_become_uncertain_at_start_up(store_target: str) -> None:
    repo = PrintJobRepository(open_database(store_target))
    sending, queued = add(repo, key="fake:a1"), add(repo, key="fake:a2")
    assert sending is not None and queued is not None
    repo.mark_sending(sending, T0)
    repo.db.close()  # a crash: nothing else gets written
    repo = PrintJobRepository(open_database(store_target))
    assert repo.recover_interrupted(T0 + timedelta(seconds=5)) == [sending]
    job = repo.get(sending)
    assert job is not None and job.state == "uncertain" and "may have printed" in job.last_error
    assert PrintJob.from_record(job).may_have_printed
    assert repo.next_due("kitchen", T0 + timedelta(hours=1)).id == queued  # type: ignore[union-attr]
    assert repo.has_printed("fake:a1", "kitchen") and not repo.has_printed("fake:a2", "kitchen")
    assert repo.resolve(sending, T0) and repo.get(sending).state == "done"  # type: ignore[union-attr]


def test_failed_jobs_wait_for_their_retry_time(store_target: str) -> None:
    repo = PrintJobRepository(open_database(store_target))
    job_id = add(repo)
    assert job_id is not None
    repo.mark_sending(job_id, T0)
    repo.mark_failed(job_id, T0, "printer does not answer", partial=False, retry_at=T0 + timedelta(seconds=4))
    assert repo.next_due("kitchen", T0 + timedelta(seconds=3)) is None
    assert repo.next_wake("kitchen") == T0 + timedelta(seconds=4)
    due = repo.next_due("kitchen", T0 + timedelta(seconds=4))
    assert due is not None and due.attempts == 1 and due.last_error == "printer does not answer"
    repo.mark_failed(job_id, T0, "gave up", partial=True, retry_at=None)
    assert repo.next_due("kitchen", T0 + timedelta(days=1)) is None
    view = PrintJob.from_record(repo.in_states([JobState.FAILED])[0])
    assert view.state is JobState.FAILED and not view.retrying and view.last_error == "gave up"
    assert repo.retry(job_id, T0, printer="bar")
    retried = repo.next_due("bar", T0)
    assert retried is not None and retried.id == job_id and retried.partial
    assert not repo.retry(job_id, T0)  # only a failed job can be retried
