"""Run a blocking call (API request, export) in a QgsTask and hand its result back on the main thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QTimer

from .exceptions import CrisisPlatformError

# Python keeps the task wrappers alive until they finish (the task manager owns only the C++ side).
_RUNNING: set[PlatformTask] = set()


class PlatformTask(QgsTask):
    """Calls `work()` in a worker thread; `on_done(result)` or `on_error(exception)` run on the main thread."""

    def __init__(self, description: str, work: Callable, on_done: Callable | None = None,
                 on_error: Callable | None = None):
        super().__init__(description, QgsTask.CanCancel)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self.result = None
        self.exception: Exception | None = None

    def run(self) -> bool:
        try:
            self.result = self._work()
            return True
        except Exception as exc:  # noqa: BLE001 - handed to on_error on the main thread
            self.exception = exc
            return False

    def finished(self, ok: bool) -> None:
        # Drop our reference on the next turn of the event loop: the task manager still uses the task now.
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))
        try:
            if ok:
                if self._on_done:
                    self._on_done(self.result)
            elif self._on_error:
                self._on_error(self.exception or CrisisPlatformError("cancelled"))
        except Exception:  # noqa: BLE001 - an exception escaping a Qt slot would abort QGIS
            QgsMessageLog.logMessage(traceback.format_exc(), "Crisis platform", Qgis.Critical)
        finally:
            self._work = self._on_done = self._on_error = None

    def forget(self) -> None:
        """Let it run to its end but call nobody back (the widgets that asked are gone)."""
        self._on_done = self._on_error = None


def run_task(description: str, work: Callable, on_done: Callable | None = None,
             on_error: Callable | None = None) -> PlatformTask:
    task = PlatformTask(description, work, on_done, on_error)
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def running_tasks() -> int:
    return len(_RUNNING)


def forget_all() -> None:
    """On unload: running tasks finish without calling back into deleted widgets."""
    for task in list(_RUNNING):
        task.forget()
