"""Where the analysis runs: Dask, on this machine or on a cluster.

The build's work is Dask tasks (:mod:`analysis.pipeline`): the per-article extraction one task per
partition of articles, the corpus-wide TF-IDF and themes one task beside them. Which scheduler runs
them is chosen here, from the ``scheduler`` argument of :func:`analysis.pipeline.analyse` (the CLI's
``--scheduler``) or the ``DASK_SCHEDULER_ADDRESS`` environment variable:

- ``tcp://HOST:8786`` (any address Dask understands): the scheduler of an existing cluster. Its
  workers need this project installed (``pip install .``) and the Python packages of
  ``requirements.txt``: tasks refer to the project's functions by name. A scheduler that cannot be
  reached fails in :data:`CONNECT_TIMEOUT` seconds with an :class:`EngineError` naming the address.
- ``"local"``: a ``LocalCluster`` of worker processes on this machine, one per core, one thread
  each (started on first use; its processes are spawned, never forked from a threaded process). It
  lives for one build: :func:`release` ends it once the build's tasks are gathered, before the build
  assembles its tables, so that idle workers (the TF-IDF's held ~540 MB at the end of a 31k build) do
  not add to the build's peak, nor stay in a dashboard that imported one large corpus. :func:`analysis.pipeline.build` starts it, and warms its workers, while it reads a
  corpus whose files are large enough (:func:`guess_articles`).
- ``"synchronous"``: every task in the calling process, one after another (Dask's synchronous
  scheduler): no process to start, the fastest on small corpora.
- ``None`` (the default): the environment variable if set, else ``"synchronous"`` for corpora below
  :data:`LOCAL_CLUSTER_FROM` articles to extract, else ``"local"``.
"""

from __future__ import annotations

import atexit
import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from distributed import Client

#: The environment variable Dask itself reads for the scheduler's address.
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
#: Seconds to wait for a scheduler before giving up.
CONNECT_TIMEOUT = 5
#: Below this many articles to extract, the synchronous scheduler is the default: starting worker
#: processes (spawned, each loading the project and warming its matchers), sending them the articles
#: and receiving their tables costs more than the second core saves. bench/build_bench.py on this
#: 2-core machine, 2026-12-03 (other work at the lowest priority, load average 3-5): 3,000 articles
#: 13.0 s synchronous, 12.0 s on a LocalCluster (14.4 and 22.7 s of CPU); 10,000: 29.8 and 21.7 s;
#: 29,904: 74.6 (quiet) and 46.5 s. Earlier figures under heavy load (load average 6-13) had the
#: LocalCluster losing up to 50,000 articles: two busy workers are what a loaded machine lacks.
LOCAL_CLUSTER_FROM = 5_000

SYNCHRONOUS = "synchronous"
LOCAL = "local"


class EngineError(RuntimeError):
    """The scheduler named for the build cannot be used (unreachable, or not a Dask scheduler)."""


def choose(scheduler: str | None, n_articles: int) -> str:
    """``"synchronous"``, ``"local"`` or a scheduler's address, for a build of ``n_articles``."""
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
    if scheduler is not None:
        return scheduler.strip()
    return SYNCHRONOUS if n_articles < LOCAL_CLUSTER_FROM else LOCAL


#: Bytes of corpus files (uncompressed) per article, to guess a corpus's size before reading it:
#: SaudiNewsNet's JSON is 3,470 bytes an article (107.8 MB uncompressed for 31,030 articles).
BYTES_PER_ARTICLE = 4000


def guess_articles(path: str | os.PathLike) -> int:
    """About how many articles the corpus at ``path`` holds, from its files' sizes alone (a ZIP's
    members counted uncompressed); 0 when it cannot be told. Cheap: no file is read."""
    import zipfile
    from pathlib import Path

    root = Path(path)
    try:
        files = [f for f in root.rglob("*") if f.is_file()] if root.is_dir() else [root]
        total = 0
        for f in files:
            if f.suffix.lower() == ".zip":
                with zipfile.ZipFile(f) as archive:
                    total += sum(member.file_size for member in archive.infolist())
            else:
                total += f.stat().st_size
    except (OSError, zipfile.BadZipFile):
        return 0
    return total // BYTES_PER_ARTICLE


_lock = threading.Lock()
_clients: dict[str, Client] = {}
_users: dict[str, int] = {}  # builds holding each client: the LocalCluster ends when the last lets go


def client(scheduler: str) -> Client:
    """A Dask client for ``"local"`` or a scheduler's address, made once per process and shared by the
    builds running at once; each call is a hold on it that :func:`release` gives back."""
    with _lock:
        known = _clients.get(scheduler)
        if known is None or known.status != "running":
            known = _local_client() if scheduler == LOCAL else _remote_client(scheduler)
            _clients[scheduler] = known
        _users[scheduler] = _users.get(scheduler, 0) + 1
        return known


#: Dask settings of the LocalCluster: no sampling profiler in the workers (a thread that walks the task's
#: stack every 10 ms, for a dashboard a build does not show), and no task queued behind a running one
#: on a one-thread worker (the TF-IDF task runs long: a partition waiting behind it waits for nothing).
LOCAL_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.scheduler.worker-saturation": 1.0}


def _local_client() -> Client:
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(LOCAL_CONFIG):
        cluster = LocalCluster(
            n_workers=os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: two builds at once must not fight over 8787
            silence_logs=40,  # errors only: a restarted worker is Dask's business, the problems table ours
        )
    return Client(cluster, set_as_default=False)


def _remote_client(address: str) -> Client:
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        raise EngineError(
            f"cannot reach the Dask scheduler at {address!r} within {CONNECT_TIMEOUT} s "
            f"({type(error).__name__}: {str(error)[:200]}); start it with `dask scheduler` or check "
            f"--scheduler / ${SCHEDULER_ENV}"
        ) from error


def release(scheduler: str) -> bool:
    """Give back a hold taken by :func:`client`. When no build holds the LocalCluster any more, it ends
    (its worker processes exit; the next build starts another); a cluster at an address is not this
    process's to end, its client stays. Whether a LocalCluster was ended."""
    with _lock:
        _users[scheduler] = max(_users.get(scheduler, 0) - 1, 0)
        if scheduler != LOCAL or _users[scheduler]:
            return False
        made = _clients.pop(LOCAL, None)
    if made is None:
        return False
    _shut(made)
    return True


def _shut(made: Client) -> None:
    """Close a client and, for a LocalCluster, the cluster it started."""
    cluster = made.cluster
    made.close()
    if cluster is not None:
        cluster.close()


def close() -> None:
    """Close the clients (and the LocalCluster) this process made."""
    with _lock:
        for made in _clients.values():
            _shut(made)
        _clients.clear()
        _users.clear()


atexit.register(close)
