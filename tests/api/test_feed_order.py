"""sql/010: within one situation, feed entry ids follow commit order (so resuming after an id skips nothing);
writers of different situations do not wait for each other."""

from __future__ import annotations

import threading

import psycopg
from factories import make_situation

INSERT = (
    "INSERT INTO crisis.feed_entries (situation_id, channel, body, author_id) "
    "VALUES (%s, 'multidisciplinary', %s, %s) RETURNING id"
)


def _insert_in_thread(url, sid, author, result):
    def run():
        with psycopg.connect(url, autocommit=True) as conn:
            result.append(conn.execute(INSERT, (sid, "second writer", author)).fetchone()[0])

    t = threading.Thread(target=run)
    t.start()
    return t


def test_a_later_writer_of_the_same_situation_waits_and_gets_a_higher_id(database, admin_conn):
    situation = make_situation(admin_conn)
    sid, author = situation["id"], situation["author"]["id"]
    with psycopg.connect(database.app_url) as first:
        first_id = first.execute(INSERT, (sid, "first writer, still open", author)).fetchone()[0]
        result: list[int] = []
        t = _insert_in_thread(database.app_url, sid, author, result)
        t.join(0.5)
        assert t.is_alive() and not result  # it waits for the open transaction of the same situation
        first.commit()
    t.join(5)
    assert result and result[0] > first_id


def test_writers_of_different_situations_do_not_wait(database, admin_conn):
    one = make_situation(admin_conn)
    other = make_situation(admin_conn, one["owner"], author=one["author"])
    author = one["author"]["id"]
    with psycopg.connect(database.app_url) as first:
        first.execute(INSERT, (one["id"], "open in one situation", author))
        result: list[int] = []
        t = _insert_in_thread(database.app_url, other["id"], author, result)
        t.join(5)
        assert result, "a writer of another situation waited"
        first.rollback()
